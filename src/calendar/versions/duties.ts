import type { Duty } from '../../domain/calendar.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import type { Assignment } from '../assignment.ts';
import type { CalendarContext } from '../calendar-context.ts';

/** A duty's id: its slot and its magistrate (`reperibilita@2026-12-07#rossi-mario`). */
export function dutyId(slotId: string, magistrateId: string): string {
  return `${slotId}#${magistrateId}`;
}

export function slotIdOf(duty: Pick<Duty, 'serviceId' | 'from'>): string {
  return `${duty.serviceId}@${duty.from}`;
}

/** Assignments become duties with the slot's dates. */
export function toDuties(ctx: CalendarContext, assignments: readonly Assignment[]): Duty[] {
  return assignments
    .map((a) => {
      const slot = ctx.slotById.get(a.slotId);
      if (!slot) throw new Error(`Unknown slot ${a.slotId}`);
      return { id: dutyId(a.slotId, a.magistrateId), serviceId: slot.serviceId, magistrateId: a.magistrateId, from: slot.from, to: slot.to, pinned: a.pinned === true };
    })
    .sort((x, y) => (x.from === y.from ? x.id.localeCompare(y.id) : x.from < y.from ? -1 : 1));
}

export function toAssignments(duties: readonly DeepReadonly<Duty>[]): Assignment[] {
  return duties.map((d) => ({ slotId: slotIdOf(d), magistrateId: d.magistrateId, pinned: d.pinned }));
}
