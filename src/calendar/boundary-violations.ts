import type { Absence } from '../domain/absence.ts';
import { addDays } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import type { CalendarVersion } from '../domain/calendar.ts';
import type { Assignment, Violation } from './assignment.ts';
import { buildCalendarContext, type CalendarContext } from './calendar-context.ts';
import { checkRules } from './rules/index.ts';
import type { Slot } from './slots.ts';
import { newViolations } from './versions/edit-calendar.ts';
import { toAssignments } from './versions/duties.ts';

/** How far beyond the period the neighbours' duties are read: the widest rule window of the demo (21 days) and a month. */
const REACH_DAYS = 31;

export interface BoundaryFinding {
  /** The published calendar on the other side of the edge. */
  neighbour: { from: string; to: string; number: number };
  violations: Violation[];
}

/** The slots of a context, re-indexed onto the days of a wider one, keeping only those inside `keep`. */
function remap(slots: readonly Slot[], from: CalendarContext, onto: CalendarContext, keep: (s: Slot) => boolean): Slot[] {
  return slots.filter(keep).map((s) => ({ ...s, dayIndexes: s.dayIndexes.map((i) => onto.dayIndex.get(from.days[i]!.day)!) }))
    .filter((s) => s.dayIndexes.every((i) => i !== undefined));
}

/**
 * The rules a new calendar breaks together with a published calendar next to it (the other side of the period's
 * edge), which the solver, seeing one period at a time, cannot weigh: the turno arrestati of 31 March and of 1 April
 * to one person, two reperibilità weeks a few days apart. Only the neighbours' duties outside the period count; a
 * violation is reported when it appears with both calendars together and with neither alone. Coverage is left out.
 */
export function boundaryViolations(
  config: DeepReadonly<OfficeConfig>,
  absences: readonly DeepReadonly<Absence>[],
  ctx: CalendarContext,
  assignments: readonly Assignment[],
  published: readonly DeepReadonly<CalendarVersion>[],
): BoundaryFinding[] {
  const lo = addDays(ctx.from, -REACH_DAYS);
  const hi = addDays(ctx.to, REACH_DAYS);
  const findings: BoundaryFinding[] = [];
  for (const version of published) {
    if (version.to < lo || version.from > hi || (version.from >= ctx.from && version.to <= ctx.to)) continue;
    const own = buildCalendarContext(config, version.from, version.to, absences);
    const start = version.from < lo ? lo : version.from;
    const end = version.to > hi ? hi : version.to;
    const around = buildCalendarContext(config, start < ctx.from ? start : ctx.from, end > ctx.to ? end : ctx.to, absences);
    const outside = (s: Slot) => s.to < ctx.from || s.from > ctx.to;
    const slots = [...remap(own.slots, own, around, outside), ...remap(ctx.slots, ctx, around, () => true)];
    const joined: CalendarContext = { ...around, slots, slotById: new Map(slots.map((s) => [s.id, s])) };
    const known = new Set(slots.map((s) => s.id));
    const theirs = toAssignments(version.duties).filter((a) => known.has(a.slotId) && outside(joined.slotById.get(a.slotId)!));
    const alone = [...checkRules(joined, theirs), ...checkRules(joined, assignments)];
    const violations = newViolations(alone, checkRules(joined, [...theirs, ...assignments])).filter((v) => v.ruleId !== 'copertura');
    if (violations.length > 0) findings.push({ neighbour: { from: version.from, to: version.to, number: version.number }, violations });
  }
  return findings;
}
