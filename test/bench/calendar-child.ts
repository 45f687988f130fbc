import { buildCalendarContext, type CalendarContext } from '../../src/calendar/calendar-context.ts';
import type { Assignment } from '../../src/calendar/assignment.ts';
import { solveCalendar } from '../../src/calendar/compile/solve-calendar.ts';
import { constructCalendar } from '../../src/calendar/construct-calendar.ts';
import { fairnessReport } from '../../src/calendar/fairness-report.ts';
import { checkRules } from '../../src/calendar/rules/index.ts';
import { generateOffice } from './calendar-office.ts';

/**
 * One benchmark case, run in its own process: `size from to seconds [construction]`; prints one JSON
 * line. The generation (construction + solver) gets `seconds`; with `construction` only the
 * construction runs (the "before" column).
 */
const [size, from, to, seconds] = [Number(process.argv[2]), process.argv[3]!, process.argv[4]!, Number(process.argv[5] ?? 45)];
const constructionOnly = process.argv[6] === 'construction';
const config = generateOffice(size);
const started = performance.now();
const ctx = buildCalendarContext(config, from, to, []);
const result = constructionOnly ? { ...constructCalendar(ctx), chosen: 'construction' } : await solveCalendar(ctx, { seconds });
const elapsed = (performance.now() - started) / 1000;

function measure(context: CalendarContext, assignments: readonly Assignment[]) {
  const report = fairnessReport(context, assignments);
  // "Within one turn": the deviation from target is at most the load of one duty of that kind.
  const maxDutyLoad = new Map<string, number>();
  for (const slot of context.slots) {
    const kind = context.services.get(slot.serviceId)!.kind;
    maxDutyLoad.set(kind, Math.max(maxDutyLoad.get(kind) ?? 0, slot.load));
  }
  const rows = report.rows.filter((r) => r.target > 0);
  return {
    hard: checkRules(context, assignments).filter((v) => v.level === 'hard').length,
    withinOneTurn: rows.every((r) => Math.abs(r.deviation) <= maxDutyLoad.get(r.kind)! + 1e-9),
    outsideOneTurn: rows.filter((r) => Math.abs(r.deviation) > maxDutyLoad.get(r.kind)! + 1e-9).length,
    maxDeviation: Math.max(...rows.map((r) => Math.abs(r.deviation))),
    meanDeviation: rows.reduce((a, r) => a + Math.abs(r.deviation), 0) / rows.length,
    squaredDeviation: rows.reduce((a, r) => a + r.deviation * r.deviation, 0),
    maxPercent: Math.max(...rows.map((r) => (100 * Math.abs(r.deviation)) / r.target)),
  };
}

const places = ctx.slots.reduce((a, s) => a + s.required, 0);
console.log(JSON.stringify({
  size, from, to, seconds: elapsed, places, uncovered: result.uncovered.reduce((a, u) => a + u.missing, 0), chosen: result.chosen,
  ...measure(ctx, result.assignments), peakMiB: process.resourceUsage().maxRSS / 1024,
}));
