import { formatDayIt, formatRangeIt } from '../../domain/format-day-it.ts';
import { fullName } from '../../domain/magistrate.ts';
import type { Assignment } from '../assignment.ts';
import type { CalendarContext } from '../calendar-context.ts';
import type { Slot } from '../slots.ts';

/** One duty as the rules see it. */
export interface Holding {
  slot: Slot;
  assignment: Assignment;
}

/** Each magistrate's duties, ordered by start day. Assignments to unknown slots are ignored here. */
export function holdingsByMagistrate(ctx: CalendarContext, assignments: readonly Assignment[]): Map<string, Holding[]> {
  const result = new Map<string, Holding[]>();
  for (const assignment of assignments) {
    const slot = ctx.slotById.get(assignment.slotId);
    if (!slot) continue;
    const list = result.get(assignment.magistrateId) ?? [];
    list.push({ slot, assignment });
    result.set(assignment.magistrateId, list);
  }
  for (const list of result.values()) list.sort((a, b) => a.slot.dayIndexes[0]! - b.slot.dayIndexes[0]!);
  return result;
}

export function nameOf(ctx: CalendarContext, magistrateId: string): string {
  const m = ctx.magistrates.get(magistrateId);
  return m ? fullName(m) : magistrateId;
}

export function serviceName(ctx: CalendarContext, serviceId: string): string {
  return ctx.services.get(serviceId)?.name ?? serviceId;
}

/** "il 3 dicembre 2026" or "dal 7 al 13 dicembre 2026". */
export function slotWhen(slot: Slot): string {
  return formatRangeIt(slot.from, slot.to);
}

export function dayWhen(day: string): string {
  return formatDayIt(day);
}
