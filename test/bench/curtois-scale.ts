// Builds a large synthetic instance of the Curtois family (default 150 staff, 364 days, 32 shift
// types) by tiling Instance13 in time and copying staff and shift types, then solves it once:
// `tsx test/bench/curtois-scale.ts [--seconds 120] [--out big.txt]`. A scalability check, not a test.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCurtois } from '../../src/roster/curtois/parse.ts';
import { solveCurtois } from '../../src/roster/curtois/solve-curtois.ts';
import type { CurtoisInstance } from '../../src/roster/curtois/instance.ts';

function staffId(i: number): string {
  let id = '';
  let n = i;
  do { id = String.fromCharCode(65 + (n % 26)) + id; n = Math.floor(n / 26) - 1; } while (n >= 0);
  return id;
}

function scaleUp(base: CurtoisInstance, weeks: number, staff: number, shifts: number): string {
  const reps = weeks * 7 / base.horizon;
  const H = weeks * 7;
  const extra = base.shifts.slice(0, shifts - base.shifts.length).map((s) => ({ ...s, id: `${s.id}x` }));
  const allShifts = [...base.shifts, ...extra];
  const lines = ['SECTION_HORIZON', String(H), '', 'SECTION_SHIFTS'];
  for (const s of allShifts) {
    const forb = s.forbiddenNext.flatMap((f) => [f, `${f}x`]).filter((f) => allShifts.some((x) => x.id === f));
    lines.push(`${s.id},${s.minutes},${forb.join('|')}`);
  }
  lines.push('', 'SECTION_STAFF');
  const staffOf = (i: number) => base.staff[i % base.staff.length]!;
  for (let i = 0; i < staff; i++) {
    const b = staffOf(i);
    const max = allShifts.map((s) => `${s.id}=${Math.round((b.maxShifts.get(s.id.replace(/x$/, '')) ?? 0) * reps)}`).join('|');
    lines.push(`${staffId(i)},${max},${b.maxTotalMinutes * reps},${b.minTotalMinutes * reps},${b.maxConsecutiveShifts},${b.minConsecutiveShifts},${b.minConsecutiveDaysOff},${b.maxWeekends * reps}`);
  }
  lines.push('', 'SECTION_DAYS_OFF');
  for (let i = 0; i < staff; i++) {
    const days = base.daysOff.get(staffOf(i).id) ?? [];
    const all: number[] = [];
    for (let r = 0; r < reps; r++) for (const d of days) all.push(((d + 7 * (i % 4)) % base.horizon) + r * base.horizon);
    lines.push([staffId(i), ...all].join(','));
  }
  lines.push('', 'SECTION_SHIFT_ON_REQUESTS');
  for (let r = 0; r < reps; r++) {
    for (const q of base.onRequests) lines.push(`${q.employee},${q.day + r * base.horizon},${q.shift},${q.weight}`);
  }
  lines.push('', 'SECTION_SHIFT_OFF_REQUESTS');
  for (let r = 0; r < reps; r++) {
    for (const q of base.offRequests) lines.push(`${q.employee},${q.day + r * base.horizon},${q.shift},${q.weight}`);
  }
  lines.push('', 'SECTION_COVER');
  const factor = staff / base.staff.length;
  for (let d = 0; d < H; d++) {
    for (const s of allShifts) {
      const c = base.cover.find((x) => x.day === d % base.horizon && x.shift === s.id.replace(/x$/, ''))!;
      const req = s.id.endsWith('x') ? Math.round(c.requirement * 0.3) : Math.round(c.requirement * factor * 0.8);
      lines.push(`${d},${s.id},${req},${c.weightUnder},${c.weightOver}`);
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1] ?? 120) || 120;
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = process.env.TURNARIO_CURTOIS_DIR ?? resolve(repo, '..', 'shared', 'bench', 'curtois');
const base = parseCurtois(readFileSync(resolve(dir, 'Instance13.txt'), 'utf8'), 'Instance13');
if (!base.ok) throw new Error('Instance13 does not parse');
const text = scaleUp(base.instance, 52, 150, 32);
const outIndex = args.indexOf('--out');
if (outIndex >= 0) writeFileSync(args[outIndex + 1]!, text);
const big = parseCurtois(text, 'Scaled150x364x32');
if (!big.ok) throw new Error(`scaled instance does not parse: ${JSON.stringify(big.error)}`);
const solved = await solveCurtois(big.instance, { seconds, seed: 1 });
if (!solved.ok) throw new Error('scaled instance does not compile');
const { solution, check, result } = solved.run;
console.log(JSON.stringify({
  objective: solution.objective, checked: check.objective, feasible: check.feasible,
  violations: check.violations.length, seconds: result.stats.seconds,
  maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  hard: result.breakdown.filter((b) => b.kind === 'hard' && b.count > 0),
}));
