import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { CalendarVersion, UncoveredSlot } from '../domain/calendar.ts';
import type { Assignment } from './assignment.ts';
import { canKeepPlace, type CalendarContext } from './calendar-context.ts';
import { brokenContinuations, type BrokenContinuation } from './continuation-pins.ts';
import { solveCalendar } from './compile/solve-calendar.ts';
import { listUncoveredSlots } from './compile/uncovered-slots.ts';
import { fillByChains } from './replan-chains.ts';
import { linkedToDisplaced } from './replan-linked.ts';
import { rulesOf } from './rules/index.ts';
import type { FairnessHistory } from './fairness-targets.ts';
import { toAssignments } from './versions/duties.ts';

export interface ReplanProposal {
  assignments: Assignment[];
  /** The places that lost their holder (absence, end of service). */
  displaced: Assignment[];
  uncovered: UncoveredSlot[];
  /**
   * Blocks cut by the period's edge that the current version gave whole to one magistrate and the proposal splits (the
   * holder can no longer do this piece), with the reason. The piece goes, like any freed place, first to the holder of
   * the other piece when that is someone else who can take it (a neighbour replanned and published first).
   */
  splitBlocks: BrokenContinuation[];
}

/** How far from a place left unfilled a duty may move to free its holder for it (days between the two slots). */
const CHAIN_DAYS = 3;

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
 * can still do it stays where it is (kept as pinned), and only the displaced places are filled again; one that nobody
 * free can take is taken through a chain when one exists (`replan-chains.ts`: a colleague whose duty within CHAIN_DAYS
 * stands in the way takes it, and that duty passes to a third magistrate).
 * They are filled as a new calendar is: the fairness-driven construction, then the roster solver, which
 * weighs the recommended rules and fairness together (the construction alone takes whoever is furthest
 * below target and uses the rules only to break ties: on the demo Procura it handed a Saturday's turno
 * arrestati to the week's reperibile, four days from his next one). `ctx` must reflect the new absences.
 */
export async function replanCalendar(ctx: CalendarContext, current: DeepReadonly<CalendarVersion>, options: ReplanOptions = {}): Promise<ReplanProposal> {
  const assignments = toAssignments(current.duties);
  const displaced = assignments.filter((a) => !canKeepPlace(ctx, a.magistrateId, a.slotId));
  // A duty tied to a displaced one by a hard dependency follows it to its new holder.
  const freed = [...displaced, ...linkedToDisplaced(ctx, assignments, displaced)];
  const kept = assignments.filter((a) => !freed.includes(a)).map((a) => ({ ...a, pinned: true }));
  const places = ctx.slots.reduce((sum, s) => sum + s.required, 0);
  const budget = { history: options.history, seed: 1, iterations: options.iterations ?? Math.min(2_000_000, Math.max(1_000_000, 300 * places)) };
  let rebuilt = await solveCalendar(ctx, { pinned: kept, ...budget });
  // A place the head emptied (short of holders, yet not an uncovered place of the version) stays as the head left it:
  // only the places the absences took away are the replan's to fill.
  const emptied = emptiedByHead(ctx, current, assignments, freed);
  if (emptied.size > 0) {
    const keptKeys = new Set(kept.map((k) => `${k.slotId}#${k.magistrateId}`));
    const assignments2 = rebuilt.assignments.filter((a) => !emptied.has(a.slotId) || keptKeys.has(`${a.slotId}#${a.magistrateId}`));
    const uncovered = listUncoveredSlots(ctx, assignments2, rulesOf(ctx), rebuilt.uncovered).filter((u) => !emptied.has(`${u.serviceId}@${u.from}`));
    rebuilt = { ...rebuilt, assignments: assignments2, uncovered };
  }
  // The original pinned flags: replanning pins nothing the head did not pin.
  const wasPinned = new Set(assignments.filter((a) => a.pinned).map((a) => `${a.slotId}#${a.magistrateId}`));
  const withHeadPins = (list: readonly Assignment[]) => list.map((a) => ({ ...a, pinned: wasPinned.has(`${a.slotId}#${a.magistrateId}`) }));
  const unfilled = freed.filter((a) => rebuilt.assignments.filter((b) => b.slotId === a.slotId).length < (ctx.slotById.get(a.slotId)?.required ?? 0));
  if (unfilled.length > 0) {
    // Chains: a place nobody free can take, taken by someone whose nearby duty passes to a third magistrate.
    const chained = fillByChains(ctx, withHeadPins(rebuilt.assignments), unfilled.map((a) => a.slotId), CHAIN_DAYS);
    if (chained.filled > 0) {
      rebuilt = { ...rebuilt, assignments: chained.assignments, uncovered: listUncoveredSlots(ctx, chained.assignments, rulesOf(ctx), rebuilt.uncovered) };
    }
  }
  const final = withHeadPins(rebuilt.assignments);
  const brokenBefore = new Set(brokenContinuations(ctx, assignments).map((b) => b.continuation));
  const splitBlocks = brokenContinuations(ctx, final, final.filter((a) => a.pinned)).filter((b) => !brokenBefore.has(b.continuation));
  return { assignments: final, displaced, uncovered: rebuilt.uncovered, splitBlocks };
}

/**
 * The places of a version with fewer holders than required that it does not list as uncovered: the head emptied them
 * (`calendar edit unassign`), so they are not the replan's to fill. Places the absences free are not among them.
 */
function emptiedByHead(ctx: CalendarContext, current: DeepReadonly<CalendarVersion>, assignments: readonly Assignment[], freed: readonly Assignment[]): Set<string> {
  const listed = new Set(current.uncovered.map((u) => `${u.serviceId}@${u.from}`));
  const freedSlots = new Set(freed.map((a) => a.slotId));
  const emptied = new Set<string>();
  for (const slot of ctx.slots) {
    const held = assignments.filter((a) => a.slotId === slot.id).length;
    if (held < slot.required && !listed.has(slot.id) && !freedSlots.has(slot.id)) emptied.add(slot.id);
  }
  return emptied;
}
