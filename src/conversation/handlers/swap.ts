import { publishedNeighbours } from '../../calendar/edge-neighbours.ts';
import { dutiesInRange } from '../../calendar/versions/duties-in-range.ts';
import { checkEdit } from '../../calendar/versions/edit-calendar.ts';
import { slotIdOf, toAssignments } from '../../calendar/versions/duties.ts';
import { describeViolation } from '../../calendar/rules/violation-line.ts';
import { calendarContextFor, withContinuations } from '../../use-cases/generate-calendar.ts';
import type { Understanding } from '../understanding/index.ts';
import { formatDutyAfterTurno, formatWhen, serviceNameIn } from '../format-duty.ts';
import { formatPeriod } from '../format-period.ts';
import { openPending } from '../pending.ts';
import { say, type Reply } from '../reply.ts';
import { noServicesAnswer } from '../no-services.ts';
import { resolveColleague } from '../resolve-colleague.ts';
import type { Turn } from '../turn.ts';
import { toName } from '../../domain/italian-preposition.ts';
import { formatDayMonthIt } from '../../domain/format-day-it.ts';
import { swapObstacle } from './swap-obstacle.ts';
import { serviceKindWord } from './duties.ts';

/** What a swap request carries, from the request to its approval. */
export interface SwapPayload {
  [key: string]: unknown;
  requesterId: string;
  colleagueId: string;
  slotId: string;
  periodFrom: string;
  periodTo: string;
  /** The published version the request was made on. */
  versionNumber: number;
  /** The duty as it follows "il turno" in a sentence (formatDutyAfterTurno): "di lunedì 7 dicembre (Turno arrestati …)". */
  duty: string;
  warnings: string[];
}

/**
 * The rules a hand-over would break (empty: none), each named by its level as `calendar edit` lists them ("Regola
 * raccomandata: …"): the same check (`checkEdit`) over the context with its continuations and the published calendars
 * next to the period, so that handing over one piece of a week the period's edge cut in two, and so splitting the week,
 * or taking the turno arrestati of 1 April after one's own of 31 March in the calendar before, is a broken rule the head
 * must approve.
 */
export function swapWarnings(turn: Turn, periodFrom: string, periodTo: string, slotId: string, from: string, to: string):
  { ok: true; warnings: string[]; rest?: { from: string; to: string; side: 'before' | 'after' } } | { ok: false; message: string } {
  const state = turn.deps.store.snapshot();
  const found = calendarContextFor(state, { officeId: turn.who.officeId, from: periodFrom, to: periodTo });
  if (!found.ok) return found;
  const version = dutiesInRange(state, turn.who.officeId, periodFrom, periodTo).versions.find((v) => v.from === periodFrom && v.to === periodTo);
  if (!version) return { ok: false, message: 'Il calendario di quel periodo non è pubblicato.' };
  const neighbours = publishedNeighbours(state, turn.who.officeId, found.ctx);
  const ctx = withContinuations(state, turn.who.officeId, found.ctx, neighbours);
  const edit = { kind: 'reassign' as const, place: { slotId, magistrateId: from }, magistrateId: to };
  const checked = checkEdit(ctx, toAssignments(version.duties), edit, neighbours);
  if (!checked.ok) return checked;
  // The rest of the block, in the published calendar next door, that `from` keeps when the hand-over splits it.
  const split = checked.warnings.some((w) => w.ruleId === 'blocco-a-cavallo');
  const rest = split ? ctx.continuations?.get(slotId)?.find((c) => c.magistrateId === from) : undefined;
  return { ok: true, warnings: checked.warnings.map(describeViolation), ...(rest ? { rest: { ...rest.begun, side: rest.side } } : {}) };
}

/**
 * "Scambierei il turno di domenica con Russo": asks the colleague to take the writer's published duty
 * of that day. The colleague accepts or declines; when the hand-over would break a rule, the head
 * approves too. Nothing changes in the calendar before that.
 */
export async function startSwap(turn: Turn, u: Understanding): Promise<Reply> {
  const none = noServicesAnswer(turn);
  if (none) return say('answer', none);
  if (turn.who.kind !== 'magistrate') return say('problem', 'Gli scambi di turno li chiedono i magistrati interessati; per spostare un turno d\'ufficio usa "turnario calendar edit".');
  if (!u.magistrate) return say('problem', 'Con quale collega vuoi scambiare il turno? Per esempio: "scambierei il turno di domenica con Russo".');
  if (!u.from) return say('problem', 'Quale turno vuoi scambiare? Indica il giorno, per esempio: "scambierei il turno di domenica con Russo".');
  const colleague = resolveColleague(turn, u.magistrate);
  if (!colleague.ok) return say('problem', colleague.message);
  if (colleague.magistrate.id === turn.who.personId) return say('problem', 'Non puoi scambiare un turno con te stesso: indica il cognome di un collega.');
  const to = u.to ?? u.from;
  const found = dutiesInRange(turn.deps.store.snapshot(), turn.who.officeId, u.from, to);
  const kinds = new Map(turn.config.services.map((s) => [s.id, s.kind]));
  const mine = found.duties.filter((d) => d.magistrateId === turn.who.personId && (u.service === null || kinds.get(d.serviceId) === u.service));
  if (mine.length === 0) return say('answer', `Non hai turni pubblicati ${formatPeriod(turn.today, u.from, to)}: non c'è nulla da scambiare.`);
  // Asked only when it can be made: a colleague's yes to a calendar under review would be refused (checked before asking
  // which duty, so that writing back the one meant does not meet the refusal only then).
  for (const version of found.versions) {
    const held = mine.find((d) => version.duties.some((x) => x.id === d.id));
    if (!held) continue;
    const obstacle = swapObstacle(turn, { periodFrom: version.from, periodTo: version.to, slotId: slotIdOf(held), requesterId: turn.who.personId }, turn.who.officeId);
    if (obstacle) return say('problem', `Per ora non posso inoltrare la richiesta: ${obstacle.reason}. ${obstacle.next}`);
  }
  if (mine.length > 1) {
    const which = new Set(mine.map((d) => d.serviceId)).size === 1
      ? `Indica il giorno del turno da scambiare, per esempio "il turno del ${formatDayMonthIt(mine[0]!.from)}".`
      // The example names one of the writer's own duties that day, as it should be written back.
      : `Indica anche il servizio, per esempio "scambierei il turno di ${serviceKindWord(kinds.get(mine[0]!.serviceId) ?? '')} del ${formatDayMonthIt(mine[0]!.from)} con ${colleague.magistrate.surname}".`;
    return say('problem', `Hai più turni ${formatPeriod(turn.today, u.from, to)}: ${mine.map((d) => `${serviceNameIn(turn.config, d.serviceId)} ${formatWhen(d.from, d.to)}`).join('; ')}. ${which}`);
  }
  const duty = mine[0]!;
  if (duty.to < turn.today) return say('problem', 'Quel turno è già passato: non si può più scambiare.');
  const version = found.versions.find((v) => v.duties.some((d) => d.id === duty.id))!;
  const slotId = slotIdOf(duty);
  const checked = swapWarnings(turn, version.from, version.to, slotId, turn.who.personId, colleague.magistrate.id);
  if (!checked.ok) return say('problem', checked.message);
  const dutyText = formatDutyAfterTurno(turn.config, duty);
  const payload: SwapPayload = {
    requesterId: turn.who.personId, colleagueId: colleague.magistrate.id, slotId, periodFrom: version.from, periodTo: version.to,
    versionNumber: version.number, duty: dutyText, warnings: checked.warnings,
  };
  const pending = await openPending(turn.deps.store, turn.deps.clock, {
    kind: 'swap', officeId: turn.who.officeId, createdBy: turn.who.personId, answerers: [colleague.magistrate.id], payload,
  });
  const colleagueName = `${colleague.magistrate.name} ${colleague.magistrate.surname}`;
  const warningLines = checked.warnings.length > 0 ? [`Attenzione: lo scambio viola ${checked.warnings.length === 1 ? 'una regola' : `${checked.warnings.length} regole`}, quindi dopo il tuo sì servirà l'approvazione del capo dell'ufficio:`, ...checked.warnings.map((w) => `• ${w}`)] : [];
  const request: Reply = {
    kind: 'confirm', title: 'Richiesta di scambio turno',
    sections: [{ lines: [`${turn.who.displayName} ti chiede di prendere il suo turno ${dutyText}.`, ...warningLines] }, { lines: ['Accetti?'] }],
    actions: [
      { id: 'accept', label: 'Accetto', style: 'primary', pendingId: pending.id },
      { id: 'decline', label: 'Non posso', style: 'default', pendingId: pending.id },
    ],
  };
  await turn.deps.notifier.send({ to: { kind: 'magistrate', officeId: turn.who.officeId, magistrateId: colleague.magistrate.id }, text: `${turn.who.displayName} ti chiede di prendere il suo turno ${dutyText}.`, key: `swap:${pending.id}`, reply: request });
  const lines = [`Ho chiesto ${toName(colleagueName)} di prendere il tuo turno ${dutyText}. Ti avviso appena risponde.`];
  if (checked.warnings.length > 0) lines.push('Lo scambio viola qualche regola del calendario: dopo il sì del collega servirà l\'approvazione del capo dell\'ufficio.');
  if (checked.rest) {
    const example = `scambierei il turno di ${serviceKindWord(kinds.get(duty.serviceId) ?? '')} del ${formatDayMonthIt(checked.rest.from)} con ${colleague.magistrate.surname}`;
    lines.push(`Il resto del turno, ${formatWhen(checked.rest.from, checked.rest.to)}, è nel calendario pubblicato del periodo ${checked.rest.side === 'before' ? 'precedente' : 'successivo'} e resta tuo: `
      + `per passarlo tutto ${toName(colleagueName)}, chiedi anche quello, per esempio "${example}".`);
  }
  return say('done', ...lines);
}
