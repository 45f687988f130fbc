import { explainCapacity } from '../availability/effective-capacity.ts';
import type { Assignment } from './assignment.ts';
import type { CalendarContext } from './calendar-context.ts';
import type { Continuation } from './edge-continuations.ts';
import { checkEligibility } from './eligibility.ts';

/** A continuation its holder does not get, and why, as an Italian clause ("è in ferie dal 2 al 9 aprile 2027"). */
export interface BrokenContinuation {
  continuation: Continuation;
  reason: string;
}

const keyOf = (a: Assignment) => `${a.slotId}#${a.magistrateId}`;

/** Why the holder of a published piece cannot hold the period's piece, or null when they can. */
function obstacleTo(ctx: CalendarContext, c: Continuation, headPins: readonly Assignment[]): string | null {
  const slot = ctx.slotById.get(c.slotId);
  const magistrate = ctx.magistrates.get(c.magistrateId);
  const service = slot ? ctx.services.get(slot.serviceId) : undefined;
  if (!slot || !service) return 'il turno non c\'è più in questo periodo';
  if (!magistrate) return 'non fa più parte dell\'ufficio';
  const eligibility = checkEligibility(magistrate, service, ctx.groupNames);
  if (!eligibility.eligible) return `non può più svolgere questo servizio (${eligibility.because})`;
  const row = ctx.capacity.get(c.magistrateId)!;
  const away = slot.dayIndexes.find((i) => !(row[i]! > 0));
  if (away !== undefined) {
    const factor = explainCapacity(magistrate, ctx.days[away]!.day, { office: ctx.config.office, absences: ctx.absences }).factors[0];
    return factor?.kind === 'absence' ? `è ${factor.text}` : factor ? `risulta ${factor.text}` : 'non è disponibile in quei giorni';
  }
  if (ctx.edgeBans?.get(slot.id)?.has(c.magistrateId)) return 'glielo impedisce una regola inderogabile, insieme ad altri suoi turni del calendario pubblicato';
  const pinnedOthers = headPins.filter((p) => p.slotId === slot.id && p.magistrateId !== c.magistrateId).length;
  if (!headPins.some((p) => keyOf(p) === keyOf(c)) && pinnedOthers >= slot.required) return 'il capo dell\'ufficio ha fissato questo turno a un altro magistrato';
  return null;
}

/**
 * The places a generation or a replan gives before any choice: the period's piece of a block begun (or continued) in a
 * published calendar next to it, to the magistrate who holds the other piece, when they can hold it (eligible, in
 * service and present every day of it, no hard rule across the edge against it) and the head's pins leave room.
 * They are pinned in the roster model like the head's pins, but they are not the head's: the duties carry no pin.
 */
export function continuationPins(ctx: CalendarContext, headPins: readonly Assignment[]): Assignment[] {
  const taken = new Set(headPins.map(keyOf));
  const pins: Assignment[] = [];
  for (const continuations of ctx.continuations?.values() ?? []) {
    for (const c of continuations) {
      const place = { slotId: c.slotId, magistrateId: c.magistrateId };
      if (taken.has(keyOf(place)) || obstacleTo(ctx, c, headPins) !== null) continue;
      const slot = ctx.slotById.get(c.slotId)!;
      const filled = headPins.filter((p) => p.slotId === c.slotId).length + pins.filter((p) => p.slotId === c.slotId).length;
      if (filled >= slot.required) continue;
      pins.push(place);
      taken.add(keyOf(place));
    }
  }
  return pins;
}

/**
 * The continuations some assignments do not honour, each with the reason the holder could not have the piece.
 */
export function brokenContinuations(ctx: CalendarContext, assignments: readonly Assignment[], headPins: readonly Assignment[] = []): BrokenContinuation[] {
  const held = new Set(assignments.map(keyOf));
  const broken: BrokenContinuation[] = [];
  for (const continuations of ctx.continuations?.values() ?? []) {
    for (const c of continuations) {
      if (held.has(keyOf(c))) continue;
      const reason = obstacleTo(ctx, c, headPins) ?? 'il turno non si poteva mantenere senza violare altre regole';
      broken.push({ continuation: c, reason });
    }
  }
  return broken;
}
