import { editCalendar } from '../../calendar/versions/edit-calendar.ts';
import { publishCalendar } from '../../calendar/versions/publish-calendar.ts';
import { calendarContextFor, withContinuations } from '../../use-cases/generate-calendar.ts';
import { headOf } from '../head-of.ts';
import { actingHeadNote, notifyWithActingHeadNote } from '../acting-head-note.ts';
import { noHeadInService, noHeadRecipient } from '../no-head-notice.ts';
import { personNameIn } from '../format-duty.ts';
import { openPending, settlePending, type Pending } from '../pending.ts';
import { say, type Reply } from '../reply.ts';
import type { Turn } from '../turn.ts';
import { swapWarnings, type SwapPayload } from './swap.ts';
import { swapObstacle } from './swap-obstacle.ts';
import { toName } from '../../domain/italian-preposition.ts';

function tell(turn: Turn, officeId: string, personId: string, text: string, key: string): Promise<void> {
  return turn.deps.notifier.send({ to: { kind: 'magistrate', officeId, magistrateId: personId }, text, key });
}

/**
 * A swap that can no longer be made when it is answered: closed, and the people it concerned (the requester, and the
 * colleague when the head answers) are told why, as the one answering is.
 */
async function closeInapplicable(turn: Turn, pending: Pending, obstacle: { reason: string; next: string }, tellToo: string[]): Promise<Reply> {
  const p = pending.payload as SwapPayload;
  await settlePending(turn.deps.store, pending.id, 'cancelled', 'non più applicabile');
  for (const id of tellToo) {
    const whose = id === p.requesterId ? 'del tuo turno' : 'del turno';
    await tell(turn, pending.officeId, id, `Lo scambio ${whose} ${p.duty} non si è potuto fare: ${obstacle.reason}. ${obstacle.next}`, `swap-inapplicable:${pending.id}:${id}`);
  }
  const told = tellToo.length === 1 ? `Ho avvisato ${personNameIn(turn.config, tellToo[0]!)}.` : 'Ho avvisato i due colleghi.';
  return say('problem', `Lo scambio del turno ${p.duty} non si può più fare: ${obstacle.reason}. ${told}`);
}

/** Makes the hand-over a new published version (agreed by both, and approved when rules required it). */
async function applySwap(turn: Turn, pending: Pending, approvedBy: string): Promise<{ ok: true } | { ok: false; message: string }> {
  const p = pending.payload as SwapPayload;
  const key = { officeId: pending.officeId, from: p.periodFrom, to: p.periodTo };
  const state = turn.deps.store.snapshot();
  const found = calendarContextFor(state, key);
  if (!found.ok) return found;
  // With its continuations, the new version records a week the swap leaves split among its warnings, as an edit does.
  const ctx = withContinuations(state, pending.officeId, found.ctx);
  const reason = `Scambio concordato: ${personNameIn(turn.config, p.colleagueId)} prende il turno ${p.duty} al posto di ${personNameIn(turn.config, p.requesterId)}`;
  const edited = await editCalendar(turn.deps.store, turn.deps.clock, ctx, key, { kind: 'reassign', place: { slotId: p.slotId, magistrateId: p.requesterId }, magistrateId: p.colleagueId }, reason, approvedBy);
  if (!edited.ok) return edited;
  const published = await publishCalendar(turn.deps.store, turn.deps.clock, key, approvedBy);
  return published.ok ? { ok: true } : published;
}

/**
 * A swap that needs the head's approval on a day nobody acts as head: the request is given back (the colleague may accept
 * again once the office file names a head or a vicario in service) and the segreteria, or the office channel, is told.
 */
async function waitForHead(turn: Turn, pending: Pending, requester: string): Promise<Reply> {
  const p = pending.payload as SwapPayload;
  await settlePending(turn.deps.store, pending.id, 'open', 'in attesa di un capo dell\'ufficio in servizio');
  const to = noHeadRecipient(turn.config);
  if (to) {
    const text = `${turn.who.displayName} prenderebbe il turno ${p.duty} al posto di ${requester}, ma lo scambio viola qualche regola e serve l'approvazione del capo dell'ufficio. ${noHeadInService(turn.config, turn.today)}`;
    await turn.deps.notifier.send({ to, text, key: `swap-no-head:${pending.id}:${turn.today}` });
  }
  const told = !to ? 'la configurazione dell\'ufficio va aggiornata'
    : `${to.kind === 'office' ? 'l\'ho scritto sul canale dell\'ufficio' : 'ho avvisato la segreteria'} perché si aggiorni la configurazione dell'ufficio`;
  return say('problem', `Lo scambio viola qualche regola e serve l'approvazione del capo dell'ufficio, ma oggi nessun capo dell'ufficio risulta in servizio: ${told}. La richiesta resta aperta: potrai accettarla di nuovo quando ci sarà un capo dell'ufficio in servizio.`);
}

/** The colleague accepts: applied at once when it breaks no rule, otherwise sent to the head. */
export async function acceptSwap(turn: Turn, pending: Pending): Promise<Reply> {
  const p = pending.payload as SwapPayload;
  const obstacle = swapObstacle(turn, p, pending.officeId);
  if (obstacle) return closeInapplicable(turn, pending, obstacle, [p.requesterId]);
  const requester = personNameIn(turn.config, p.requesterId);
  const checked = swapWarnings(turn, p.periodFrom, p.periodTo, p.slotId, p.requesterId, p.colleagueId);
  if (!checked.ok) return say('problem', checked.message);
  if (checked.warnings.length > 0) {
    const absences = turn.deps.store.snapshot().absences;
    const head = headOf(turn.config, turn.today, absences);
    if (!head) return waitForHead(turn, pending, requester);
    const approval = await openPending(turn.deps.store, turn.deps.clock, {
      kind: 'swap_approval', officeId: pending.officeId, createdBy: turn.who.personId, answerers: [head], payload: { ...p, warnings: checked.warnings, swapId: pending.id },
    });
    const request: Reply = {
      kind: 'confirm', title: 'Scambio di turno da approvare',
      sections: [
        { lines: [`${turn.who.displayName} prenderebbe il turno ${p.duty} al posto di ${requester}.`, 'Lo scambio viola queste regole:'] },
        { lines: checked.warnings, list: true },
        { lines: ['Approvi?'] },
      ],
      actions: [
        { id: 'approve', label: 'Approva', style: 'primary', pendingId: approval.id },
        { id: 'reject', label: 'Rifiuta', style: 'danger', pendingId: approval.id },
      ],
    };
    await turn.deps.notifier.send(notifyWithActingHeadNote({
      to: { kind: 'magistrate', officeId: pending.officeId, magistrateId: head }, text: `Scambio di turno da approvare: ${turn.who.displayName} prenderebbe il turno ${p.duty} al posto di ${requester}.`,
      key: `swap-approval:${approval.id}`, reply: request,
    }, actingHeadNote(turn.config, turn.today, absences)));
    await settlePending(turn.deps.store, pending.id, 'done', 'accettato, in attesa del capo dell\'ufficio');
    await tell(turn, pending.officeId, p.requesterId, `${turn.who.displayName} ha accettato di prendere il tuo turno ${p.duty}; ora serve l'approvazione del capo dell'ufficio.`, `swap-accepted:${pending.id}`);
    return say('done', `Grazie! Lo scambio viola qualche regola, quindi l'ho inviato al capo dell'ufficio per l'approvazione; ti avviso dell'esito.`);
  }
  const applied = await applySwap(turn, pending, turn.who.personId);
  if (!applied.ok) return say('problem', applied.message);
  await settlePending(turn.deps.store, pending.id, 'done', 'accettato e pubblicato');
  await tell(turn, pending.officeId, p.requesterId, `${turn.who.displayName} ha accettato: il tuo turno ${p.duty} ora è suo. Il calendario pubblicato è aggiornato.`, `swap-done:${pending.id}`);
  return say('done', `Fatto: prendi tu il turno ${p.duty} al posto di ${requester}. Il calendario pubblicato è aggiornato.`);
}

export async function declineSwap(turn: Turn, pending: Pending): Promise<Reply> {
  const p = pending.payload as SwapPayload;
  await settlePending(turn.deps.store, pending.id, 'declined', 'rifiutato');
  await tell(turn, pending.officeId, p.requesterId, `${turn.who.displayName} non può prendere il tuo turno ${p.duty}. Puoi chiederlo a un altro collega.`, `swap-declined:${pending.id}`);
  return say('done', `D'accordo, ho avvisato ${personNameIn(turn.config, p.requesterId)} che non puoi.`);
}

/** The head approves (or rejects) a swap that breaks a rule. */
export async function decideSwapApproval(turn: Turn, pending: Pending, approve: boolean): Promise<Reply> {
  const p = pending.payload as SwapPayload;
  const people = [p.requesterId, p.colleagueId];
  if (!approve) {
    await settlePending(turn.deps.store, pending.id, 'declined', 'rifiutato dal capo dell\'ufficio');
    for (const id of people) await tell(turn, pending.officeId, id, `Il capo dell'ufficio non ha approvato lo scambio del turno ${p.duty}: resta com'era.`, `swap-rejected:${pending.id}:${id}`);
    return say('done', 'Scambio rifiutato; i due colleghi sono stati avvisati.');
  }
  const obstacle = swapObstacle(turn, p, pending.officeId);
  if (obstacle) return closeInapplicable(turn, pending, obstacle, people);
  const applied = await applySwap(turn, pending, turn.who.personId);
  if (!applied.ok) return say('problem', applied.message);
  await settlePending(turn.deps.store, pending.id, 'done', 'approvato e pubblicato');
  for (const id of people) await tell(turn, pending.officeId, id, `Il capo dell'ufficio ha approvato lo scambio: il turno ${p.duty} passa ${toName(personNameIn(turn.config, p.colleagueId))}. Il calendario pubblicato è aggiornato.`, `swap-approved:${pending.id}:${id}`);
  return say('done', 'Scambio approvato e pubblicato; i due colleghi sono stati avvisati.');
}
