import { buildCalendarContext } from '../../src/calendar/calendar-context.ts';
import { constructCalendar } from '../../src/calendar/construct-calendar.ts';
import { fairnessReport } from '../../src/calendar/fairness-report.ts';
import { checkRules } from '../../src/calendar/rules/index.ts';
import { generateOffice } from './calendar-office.ts';

/** One benchmark case, run in its own process: `size from to`; prints one JSON line. */
const [size, from, to] = [Number(process.argv[2]), process.argv[3]!, process.argv[4]!];
const config = generateOffice(size);
const started = performance.now();
const ctx = buildCalendarContext(config, from, to, []);
const { assignments, uncovered } = constructCalendar(ctx);
const seconds = (performance.now() - started) / 1000;
const report = fairnessReport(ctx, assignments);
const hard = checkRules(ctx, assignments).filter((v) => v.level === 'hard').length;
// "Within one turn": the deviation from target is at most the load of one duty of that kind.
const maxDutyLoad = new Map<string, number>();
for (const slot of ctx.slots) {
  const kind = ctx.services.get(slot.serviceId)!.kind;
  maxDutyLoad.set(kind, Math.max(maxDutyLoad.get(kind) ?? 0, slot.load));
}
const rows = report.rows.filter((r) => r.target > 0);
const withinOneTurn = rows.every((r) => Math.abs(r.deviation) <= maxDutyLoad.get(r.kind)! + 1e-9);
const maxDeviation = Math.max(...rows.map((r) => Math.abs(r.deviation)));
const meanDeviation = rows.reduce((a, r) => a + Math.abs(r.deviation), 0) / rows.length;
const maxPercent = Math.max(...rows.map((r) => (100 * Math.abs(r.deviation)) / r.target));
const places = ctx.slots.reduce((a, s) => a + s.required, 0);
console.log(JSON.stringify({ size, from, to, seconds, places, uncovered: uncovered.reduce((a, u) => a + u.missing, 0), hard, maxDeviation, meanDeviation, maxPercent, withinOneTurn, peakMiB: process.resourceUsage().maxRSS / 1024 }));
