import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { CalendarVersion, UncoveredSlot } from '../domain/calendar.ts';
import type { Assignment } from './assignment.ts';
import { isAvailableForSlot, type CalendarContext } from './calendar-context.ts';
import { constructCalendar } from './construct-calendar.ts';
import { toAssignments } from './versions/duties.ts';

export interface ReplanProposal {
  assignments: Assignment[];
  /** The places that lost their holder (absence, end of service). */
  displaced: Assignment[];
  uncovered: UncoveredSlot[];
}

/**
 * Replanning after a change of availability moves as few duties as possible: every duty whose holder
 * can still do it stays where it is (kept as pinned), and only the displaced places are filled again,
 * by the same fairness-driven choice as a new calendar. `ctx` must reflect the new absences.
 */
export function replanCalendar(ctx: CalendarContext, current: DeepReadonly<CalendarVersion>): ReplanProposal {
  const assignments = toAssignments(current.duties);
  const displaced = assignments.filter((a) => {
    const slot = ctx.slotById.get(a.slotId);
    return !slot || !isAvailableForSlot(ctx, a.magistrateId, slot);
  });
  const kept = assignments.filter((a) => !displaced.includes(a)).map((a) => ({ ...a, pinned: true }));
  const rebuilt = constructCalendar(ctx, { pinned: kept });
  // Restore the original pinned flags: replanning pins nothing the head did not pin.
  const wasPinned = new Set(assignments.filter((a) => a.pinned).map((a) => `${a.slotId}#${a.magistrateId}`));
  return {
    assignments: rebuilt.assignments.map((a) => ({ ...a, pinned: wasPinned.has(`${a.slotId}#${a.magistrateId}`) })),
    displaced,
    uncovered: rebuilt.uncovered,
  };
}
