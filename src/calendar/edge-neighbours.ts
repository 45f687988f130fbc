import type { Absence } from '../domain/absence.ts';
import type { CalendarVersion } from '../domain/calendar.ts';
import { addDays } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import type { StoreState } from '../domain/store-state.ts';
import type { Assignment } from './assignment.ts';
import { buildCalendarContext, type CalendarContext } from './calendar-context.ts';
import { edgeContinuations, type Continuation } from './edge-continuations.ts';
import type { Slot } from './slots.ts';
import { otherPublishedPeriods } from './versions/calendar-versions.ts';
import { toAssignments } from './versions/duties.ts';

/** How far beyond the period the neighbours' duties are read: the widest rule window of the demo (21 days) and a month. */
const REACH_DAYS = 31;

/**
 * A published calendar next to the period, joined to it: one context over both sides of the edge (the neighbour's
 * slots outside the period, re-indexed, and the period's), the neighbour's duties there, and the blocks the edge cut
 * in two whose other piece the neighbour holds. Built once per generation and read by both the edge bans (before
 * solving) and the boundary violations (after).
 */
export interface EdgeNeighbour {
  version: DeepReadonly<CalendarVersion>;
  joined: CalendarContext;
  theirs: Assignment[];
  continuations: Continuation[];
}

/** The slots of a context, re-indexed onto the days of a wider one, keeping only those inside `keep`. */
function remap(slots: readonly Slot[], from: CalendarContext, onto: CalendarContext, keep: (s: Slot) => boolean): Slot[] {
  return slots.filter(keep).map((s) => ({ ...s, dayIndexes: s.dayIndexes.map((i) => onto.dayIndex.get(from.days[i]!.day)!) }))
    .filter((s) => s.dayIndexes.every((i) => i !== undefined));
}

/** The period and one published calendar as an `EdgeNeighbour`; null when the neighbour is beyond reach or inside the period. */
function joinNeighbour(config: DeepReadonly<OfficeConfig>, absences: readonly DeepReadonly<Absence>[], ctx: CalendarContext,
  version: DeepReadonly<CalendarVersion>): EdgeNeighbour | null {
  const lo = addDays(ctx.from, -REACH_DAYS);
  const hi = addDays(ctx.to, REACH_DAYS);
  if (version.to < lo || version.from > hi || (version.from >= ctx.from && version.to <= ctx.to)) return null;
  const own = buildCalendarContext(config, version.from, version.to, absences);
  const start = version.from < lo ? lo : version.from;
  const end = version.to > hi ? hi : version.to;
  const around = buildCalendarContext(config, start < ctx.from ? start : ctx.from, end > ctx.to ? end : ctx.to, absences);
  const outside = (s: Slot) => s.to < ctx.from || s.from > ctx.to;
  const slots = [...remap(own.slots, own, around, outside), ...remap(ctx.slots, ctx, around, () => true)];
  const joined: CalendarContext = { ...around, slots, slotById: new Map(slots.map((s) => [s.id, s])) };
  const known = new Set(slots.map((s) => s.id));
  const theirs = toAssignments(version.duties).filter((a) => known.has(a.slotId) && outside(joined.slotById.get(a.slotId)!));
  return { version, joined, theirs, continuations: edgeContinuations(config, ctx, [version]) };
}

/** The published calendars within reach of the period's edges, each joined to the period. */
export function joinNeighbours(config: DeepReadonly<OfficeConfig>, absences: readonly DeepReadonly<Absence>[], ctx: CalendarContext,
  published: readonly DeepReadonly<CalendarVersion>[]): EdgeNeighbour[] {
  return published.flatMap((version) => joinNeighbour(config, absences, ctx, version) ?? []);
}

/** The published calendars next to the period, each joined to it (`joinNeighbours`): what the edge checks read. */
export function publishedNeighbours(state: DeepReadonly<StoreState>, officeId: string, ctx: CalendarContext): EdgeNeighbour[] {
  const published = otherPublishedPeriods(state, { officeId, from: ctx.from, to: ctx.to });
  return published.length === 0 ? [] : joinNeighbours(state.offices[officeId]!, state.absences, ctx, published);
}
