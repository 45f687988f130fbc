import type { CivilDay } from '../domain/civil-day.ts';
import type { CalendarContext } from './calendar-context.ts';
import type { EdgeNeighbour } from './edge-neighbours.ts';

/** A magistrate's duties of one service nearest the period in the published calendars next to it. */
export interface EdgeTurns {
  /** The last day of their last duty before the period, if any within reach. */
  lastBefore?: CivilDay;
  /** The first day of their first duty after the period, if any within reach. */
  firstAfter?: CivilDay;
}

/**
 * Per service and magistrate, the duties of the published calendars next to the period nearest its edges: a
 * recommended gap ("preferibilmente almeno cinque giorni tra due turni arrestati") is measured from them too, so the
 * generation does not give the turno arrestati of 1 April to whoever had that of 30 March. (Hard gaps are kept by the
 * edge bans.) The published piece of a block the edge cut in two that the same magistrate continues in the period is
 * the same duty, not a neighbour of it.
 */
export function edgeTurns(ctx: CalendarContext, neighbours: readonly EdgeNeighbour[]): Map<string, Map<string, EdgeTurns>> {
  const out = new Map<string, Map<string, EdgeTurns>>();
  for (const { joined, theirs, continuations } of neighbours) {
    const continued = new Set(continuations.map((c) => `${c.begunSlotId}#${c.magistrateId}`));
    for (const a of theirs) {
      if (continued.has(`${a.slotId}#${a.magistrateId}`)) continue;
      const slot = joined.slotById.get(a.slotId)!;
      const byMagistrate = out.get(slot.serviceId) ?? new Map<string, EdgeTurns>();
      out.set(slot.serviceId, byMagistrate);
      const turns = byMagistrate.get(a.magistrateId) ?? {};
      byMagistrate.set(a.magistrateId, turns);
      if (slot.to < ctx.from && (turns.lastBefore === undefined || slot.to > turns.lastBefore)) turns.lastBefore = slot.to;
      if (slot.from > ctx.to && (turns.firstAfter === undefined || slot.from < turns.firstAfter)) turns.firstAfter = slot.from;
    }
  }
  return out;
}
