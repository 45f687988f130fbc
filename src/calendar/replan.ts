import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { CalendarVersion, UncoveredSlot } from '../domain/calendar.ts';
import type { Assignment } from './assignment.ts';
import { isAvailableForSlot, type CalendarContext } from './calendar-context.ts';
import { solveCalendar } from './compile/solve-calendar.ts';
import type { FairnessHistory } from './fairness-targets.ts';
import { toAssignments } from './versions/duties.ts';

export interface ReplanProposal {
  assignments: Assignment[];
  /** The places that lost their holder (absence, end of service). */
  displaced: Assignment[];
  uncovered: UncoveredSlot[];
}

export interface ReplanOptions {
  /** The fairness balance of the periods published before this one, as for a new calendar. */
  history?: FairnessHistory;
  /**
   * The solver's move budget (the result is the same for the same budget); by default 1,000,000 to 2,000,000 (300
   * per place). Most cells are pinned, so most moves are refused at once: 0.3 s on a quarter of the demo Procura;
   * with 300 per place and no cap a year of a generated 400-magistrate office took 9.3 s (construction alone 0.2 s).
   */
  iterations?: number;
}

/**
 * Replanning after a change of availability moves as few duties as possible: every duty whose holder
 * can still do it stays where it is (kept as pinned), and only the displaced places are filled again.
 * They are filled as a new calendar is: the fairness-driven construction, then the roster solver, which
 * weighs the recommended rules and fairness together (the construction alone takes whoever is furthest
 * below target and uses the rules only to break ties: on the demo Procura it handed a Saturday's turno
 * arrestati to the week's reperibile, four days from his next one). `ctx` must reflect the new absences.
 */
export async function replanCalendar(ctx: CalendarContext, current: DeepReadonly<CalendarVersion>, options: ReplanOptions = {}): Promise<ReplanProposal> {
  const assignments = toAssignments(current.duties);
  const displaced = assignments.filter((a) => {
    const slot = ctx.slotById.get(a.slotId);
    return !slot || !isAvailableForSlot(ctx, a.magistrateId, slot);
  });
  const kept = assignments.filter((a) => !displaced.includes(a)).map((a) => ({ ...a, pinned: true }));
  const places = ctx.slots.reduce((sum, s) => sum + s.required, 0);
  const rebuilt = await solveCalendar(ctx, {
    pinned: kept, history: options.history, seed: 1, iterations: options.iterations ?? Math.min(2_000_000, Math.max(1_000_000, 300 * places)),
  });
  // Restore the original pinned flags: replanning pins nothing the head did not pin.
  const wasPinned = new Set(assignments.filter((a) => a.pinned).map((a) => `${a.slotId}#${a.magistrateId}`));
  return {
    assignments: rebuilt.assignments.map((a) => ({ ...a, pinned: wasPinned.has(`${a.slotId}#${a.magistrateId}`) })),
    displaced,
    uncovered: rebuilt.uncovered,
  };
}
