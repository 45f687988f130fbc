import type { CurtoisAssignment, CurtoisInstance } from './instance.ts';

/**
 * Independent evaluator of a Curtois solution, written straight from the benchmark README with
 * plain maps and loops: it shares no code with the model rules or the solver.
 */
export interface CurtoisHardViolation {
  constraint: 'one-shift-per-day' | 'unknown-id' | 'shift-rotation' | 'max-shifts' | 'min-total-minutes'
    | 'max-total-minutes' | 'max-consecutive' | 'min-consecutive' | 'min-days-off' | 'max-weekends' | 'days-off';
  employee: string;
  detail: string;
}

export interface CurtoisEvaluation {
  objective: number;
  feasible: boolean;
  violations: CurtoisHardViolation[];
}

/** For each employee, the shift id worked on each day ('' when off). */
function buildLines(instance: CurtoisInstance, assignments: CurtoisAssignment[], out: CurtoisHardViolation[]): Map<string, string[]> {
  const lines = new Map<string, string[]>();
  for (const s of instance.staff) lines.set(s.id, new Array<string>(instance.horizon).fill(''));
  const shiftIds = new Set(instance.shifts.map((s) => s.id));
  for (const a of assignments) {
    const line = lines.get(a.employee);
    if (!line || !shiftIds.has(a.shift) || !Number.isInteger(a.day) || a.day < 0 || a.day >= instance.horizon) {
      out.push({ constraint: 'unknown-id', employee: a.employee, detail: `${a.employee},${a.day},${a.shift}` });
      continue;
    }
    if (line[a.day] !== '') out.push({ constraint: 'one-shift-per-day', employee: a.employee, detail: `day ${a.day}` });
    line[a.day] = a.shift;
  }
  return lines;
}

/** Lengths and start days of maximal runs where `test(day)` holds. */
function findRuns(line: string[], test: (shift: string) => boolean): { start: number; length: number }[] {
  const runs: { start: number; length: number }[] = [];
  let d = 0;
  while (d < line.length) {
    if (!test(line[d]!)) { d++; continue; }
    const start = d;
    while (d < line.length && test(line[d]!)) d++;
    runs.push({ start, length: d - start });
  }
  return runs;
}

function checkEmployee(instance: CurtoisInstance, employee: string, line: string[], out: CurtoisHardViolation[]): void {
  const staff = instance.staff.find((s) => s.id === employee)!;
  const H = instance.horizon;
  const add = (constraint: CurtoisHardViolation['constraint'], detail: string) => out.push({ constraint, employee, detail });
  for (let d = 0; d + 1 < H; d++) {
    const shift = instance.shifts.find((s) => s.id === line[d]);
    if (shift && line[d + 1] !== '' && shift.forbiddenNext.includes(line[d + 1]!)) add('shift-rotation', `days ${d},${d + 1}`);
  }
  for (const shift of instance.shifts) {
    const count = line.filter((x) => x === shift.id).length;
    if (count > (staff.maxShifts.get(shift.id) ?? H)) add('max-shifts', `${shift.id}: ${count}`);
  }
  let minutes = 0;
  for (const x of line) minutes += instance.shifts.find((s) => s.id === x)?.minutes ?? 0;
  if (minutes < staff.minTotalMinutes) add('min-total-minutes', `${minutes} < ${staff.minTotalMinutes}`);
  if (minutes > staff.maxTotalMinutes) add('max-total-minutes', `${minutes} > ${staff.maxTotalMinutes}`);
  for (const run of findRuns(line, (x) => x !== '')) {
    if (run.length > staff.maxConsecutiveShifts) add('max-consecutive', `from day ${run.start}: ${run.length}`);
    const inside = run.start > 0 && run.start + run.length < H;
    if (inside && run.length < staff.minConsecutiveShifts) add('min-consecutive', `from day ${run.start}: ${run.length}`);
  }
  for (const run of findRuns(line, (x) => x === '')) {
    const inside = run.start > 0 && run.start + run.length < H;
    if (inside && run.length < staff.minConsecutiveDaysOff) add('min-days-off', `from day ${run.start}: ${run.length}`);
  }
  let weekends = 0;
  for (let sat = 5; sat < H; sat += 7) if (line[sat] !== '' || (sat + 1 < H && line[sat + 1] !== '')) weekends++;
  if (weekends > staff.maxWeekends) add('max-weekends', `${weekends} > ${staff.maxWeekends}`);
  for (const d of instance.daysOff.get(employee) ?? []) if (line[d] !== '') add('days-off', `day ${d}`);
}

function computePenalty(instance: CurtoisInstance, lines: Map<string, string[]>): number {
  let penalty = 0;
  for (const r of instance.onRequests) if (lines.get(r.employee)?.[r.day] !== r.shift) penalty += r.weight;
  for (const r of instance.offRequests) if (lines.get(r.employee)?.[r.day] === r.shift) penalty += r.weight;
  for (const c of instance.cover) {
    let x = 0;
    for (const line of lines.values()) if (line[c.day] === c.shift) x++;
    penalty += c.weightUnder * Math.max(0, c.requirement - x) + c.weightOver * Math.max(0, x - c.requirement);
  }
  return penalty;
}

export function evaluateCurtois(instance: CurtoisInstance, assignments: CurtoisAssignment[]): CurtoisEvaluation {
  const violations: CurtoisHardViolation[] = [];
  const lines = buildLines(instance, assignments, violations);
  for (const [employee, line] of lines) checkEmployee(instance, employee, line, violations);
  return { objective: computePenalty(instance, lines), feasible: violations.length === 0, violations };
}
