import type { DeepReadonly } from '../domain/deep-readonly.ts';
import { formatRangeIt } from '../domain/format-day-it.ts';
import type { Service } from '../domain/service.ts';
import type { Assignment } from './assignment.ts';
import type { CalendarContext } from './calendar-context.ts';
import type { BrokenContinuation } from './continuation-pins.ts';
import type { Continuation } from './edge-continuations.ts';
import { nameOf, serviceName, slotWhen } from './rules/holdings.ts';

/** The Italian sentences about a block cut by a period's edge: the generation's warning and the explanation's line. */

/** "la settimana di "Reperibilità"", "della settimana …", and the participles that agree with it. */
function blockWords(service: DeepReadonly<Service> | undefined, name: string): { noun: string; of: string; begun: string; split: string; short: string } {
  switch (service?.block.type) {
    case 'week':
      return { noun: `la settimana di "${name}"`, of: `della settimana di "${name}"`, begun: 'iniziata', split: 'divisa', short: 'la settimana' };
    case 'weekend':
      return { noun: `il fine settimana di "${name}"`, of: `del fine settimana di "${name}"`, begun: 'iniziato', split: 'diviso', short: 'il fine settimana' };
    default:
      return { noun: `il turno di "${name}"`, of: `del turno di "${name}"`, begun: 'iniziato', split: 'diviso', short: 'il turno' };
  }
}

/**
 * The warning for a continuation the calendar does not honour: the service, the block, who holds the other piece in
 * which published calendar, why they cannot hold this one, and who holds it instead.
 */
export function describeBrokenContinuation(ctx: CalendarContext, broken: BrokenContinuation, assignments: readonly Assignment[]): string {
  const c = broken.continuation;
  const slot = ctx.slotById.get(c.slotId);
  const serviceId = slot?.serviceId ?? c.slotId.split('@')[0]!;
  const { noun, begun } = blockWords(ctx.services.get(serviceId), serviceName(ctx, serviceId));
  const holder = nameOf(ctx, c.magistrateId);
  const where = `nel calendario pubblicato ${formatRangeIt(c.neighbour.from, c.neighbour.to)} (versione ${c.neighbour.number})`;
  const story = c.side === 'before' ? `è ${begun} con ${holder} ${where}` : `prosegue con ${holder} ${where}`;
  const part = slot ? ` ${slotWhen(slot)}` : '';
  const others = assignments.filter((a) => a.slotId === c.slotId).map((a) => nameOf(ctx, a.magistrateId));
  const instead = others.length === 0 ? 'In questa versione quella parte resta scoperta.' : `In questa versione quella parte è assegnata a ${others.join(' e ')}.`;
  return `Attenzione: ${noun} ${formatRangeIt(c.block.from, c.block.to)} ${story}, che però non può svolgerne la parte${part}: ${broken.reason}. ${instead}`;
}

/** The explanation's line for a duty that is the rest (or the start) of a block whose other piece the same magistrate holds. */
export function explainContinuation(ctx: CalendarContext, c: Continuation): string {
  const slot = ctx.slotById.get(c.slotId);
  const serviceId = slot?.serviceId ?? c.slotId.split('@')[0]!;
  const { noun, of, begun } = blockWords(ctx.services.get(serviceId), serviceName(ctx, serviceId));
  const days = formatRangeIt(c.block.from, c.block.to);
  const neighbour = formatRangeIt(c.neighbour.from, c.neighbour.to);
  return c.side === 'before'
    ? `Continua ${noun} ${days}, ${begun} nel calendario pubblicato del periodo precedente (${neighbour}) con lo stesso magistrato: un turno a cavallo tra due periodi resta a chi lo ha iniziato.`
    : `È l'inizio ${of} ${days}, che prosegue nel calendario già pubblicato del periodo successivo (${neighbour}) con lo stesso magistrato: un turno a cavallo tra due periodi resta a una sola persona.`;
}

/**
 * The edit's warning for a block cut by the edge whose piece in the period is no longer (or not) held by the magistrate
 * of the published piece: the service, the block, both holders, and how to make it whole again. `holders` hold the
 * period's piece (none: it is uncovered).
 */
export function describeSplitBlock(ctx: CalendarContext, c: Continuation, holders: readonly string[]): string {
  const slot = ctx.slotById.get(c.slotId);
  const serviceId = slot?.serviceId ?? c.slotId.split('@')[0]!;
  const { noun, begun, split, short } = blockWords(ctx.services.get(serviceId), serviceName(ctx, serviceId));
  const holder = nameOf(ctx, c.magistrateId);
  const where = `nel calendario pubblicato ${formatRangeIt(c.neighbour.from, c.neighbour.to)} (versione ${c.neighbour.number})`;
  const story = c.side === 'before' ? `è ${begun} con ${holder} ${where}` : `prosegue con ${holder} ${where}`;
  const part = slot ? `la parte ${slotWhen(slot)}` : 'la parte in questo periodo';
  const others = holders.map((id) => nameOf(ctx, id)).join(' e ');
  const now = holders.length === 0
    ? `${part} non è assegnata a nessuno e resta scoperta`
    : `${part} è assegnata a ${others}: ${short} resta così ${split} tra ${holder} e ${others}`;
  const opening = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  const verb = holders.length === 0 ? 'assegnare' : 'riassegnare';
  return `${opening} ${formatRangeIt(c.block.from, c.block.to)} ${story}, ma ${now}. Se non è voluto, puoi ${verb} quella parte a ${holder}: un turno a cavallo tra due periodi resta di norma a una sola persona.`;
}
