import { latestVersion, versionNumbered } from '../../calendar/versions/calendar-versions.ts';
import { dutiesInRange } from '../../calendar/versions/duties-in-range.ts';
import { publishCalendar } from '../../calendar/versions/publish-calendar.ts';
import { addDays } from '../../domain/civil-day.ts';
import { generateCalendar } from '../../use-cases/generate-calendar.ts';
import type { Understanding } from '../understanding/index.ts';
import { headOf } from '../head-of.ts';
import { actingHeadNote, notifyWithActingHeadNote } from '../acting-head-note.ts';
import { noHeadInService } from '../no-head-notice.ts';
import { noServicesAnswer } from '../no-services.ts';
import { formatWhen, serviceNameIn } from '../format-duty.ts';
import { formatPeriod } from '../format-period.ts';
import { openPending, settlePending, type Pending } from '../pending.ts';
import { refusalFor } from '../permissions.ts';
import { reply, say, type Reply } from '../reply.ts';
import type { Turn } from '../turn.ts';
import { noCalendarAnswer } from '../no-calendar.ts';

const ASK_PERIOD = 'Per quale periodo? Per esempio: "genera il calendario di gennaio" oppure "dal 1° al 31 marzo".';

/**
 * "Genera il calendario di gennaio": runs in the background; the result goes to the writer (and, when
 * someone else asked, to the head) with a button to publish for the head.
 */
export async function startGenerate(turn: Turn, u: Understanding): Promise<Reply> {
  const refusal = await refusalFor(turn.deps.store, turn.deps.clock, turn.who, 'generate_calendar', 'calendar.generate');
  if (refusal) return say('refusal', refusal);
  const none = noServicesAnswer(turn);
  if (none) return say('answer', none);
  if (!u.from || !u.to) return say('problem', ASK_PERIOD);
  const { from, to } = u;
  const period = formatPeriod(turn.today, from, to);
  const officeId = turn.who.officeId;
  turn.spawn(`calendar.generate ${officeId} ${from}/${to}`, async () => {
    const result = await generateCalendar(turn.deps.store, turn.deps.clock, { officeId, from, to }, turn.who.personId);
    const absences = turn.deps.store.snapshot().absences;
    const head = headOf(turn.config, turn.today, absences);
    const recipients = [...new Set([turn.who.personId, ...(head ? [head] : [])])];
    if (!result.ok) {
      // The use case's sentence names the period and what to do ("Il periodo dal … si sovrappone al calendario …").
      await turn.deps.notifier.send({ to: { kind: 'magistrate', officeId, magistrateId: turn.who.personId }, text: `Non ho potuto generare il calendario. ${result.message}` });
      return;
    }
    const lines = [result.message];
    for (const gap of result.version.uncovered) lines.push(`• Scoperto: ${serviceNameIn(turn.config, gap.serviceId)} ${formatWhen(gap.from, gap.to)} (${gap.reason})`);
    // Nobody to publish it: the writer (the segreteria) reads why, and what to update, with the calendar.
    if (!head) lines.push(`${noHeadInService(turn.config, turn.today)} Il calendario resta provvisorio finché un capo dell'ufficio in servizio non lo pubblica.`);
    for (const personId of recipients) {
      let review: Reply = reply('done', 'Calendario provvisorio pronto', { lines });
      if (personId === head) {
        const publish = await openPending(turn.deps.store, turn.deps.clock, { kind: 'publish', officeId, createdBy: turn.who.personId, answerers: [head], payload: { from, to, versionNumber: result.version.number } });
        review = { ...review, kind: 'confirm', actions: [{ id: 'publish', label: 'Pubblica', style: 'primary', pendingId: publish.id }, { id: 'cancel', label: 'Non ora', style: 'default', pendingId: publish.id }] };
      }
      // The vicario acting for the head reads why the Pubblica button is hers.
      const note = personId === head ? actingHeadNote(turn.config, turn.today, absences) : null;
      await turn.deps.notifier.send(notifyWithActingHeadNote({ to: { kind: 'magistrate', officeId, magistrateId: personId }, text: lines.join('\n'), key: `calendar-ready:${result.version.id}:${personId}`, reply: review }, note));
    }
  });
  return say('answer', `Sto generando il calendario provvisorio ${period}: ti scrivo appena è pronto.`);
}

/** The period named by the writer, matched to a stored calendar period. */
function periodOf(turn: Turn, u: Understanding): { from: string; to: string } | null {
  const calendars = turn.deps.store.snapshot().calendars.filter((c) => c.officeId === turn.who.officeId);
  if (!u.from || !u.to) {
    const provisional = calendars.filter((c) => c.status === 'provisional').sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    return provisional ? { from: provisional.from, to: provisional.to } : null;
  }
  const exact = calendars.find((c) => c.from === u.from && c.to === u.to);
  if (exact) return { from: exact.from, to: exact.to };
  const overlapping = calendars.filter((c) => c.from <= u.to! && c.to >= u.from!).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return overlapping ? { from: overlapping.from, to: overlapping.to } : null;
}

/** "Pubblica il calendario di gennaio": only the head; asks for confirmation with the coverage. */
export async function startPublish(turn: Turn, u: Understanding): Promise<Reply> {
  const refusal = await refusalFor(turn.deps.store, turn.deps.clock, turn.who, 'publish_calendar', 'calendar.publish');
  if (refusal) return say('refusal', refusal);
  const none = noServicesAnswer(turn);
  if (none) return say('answer', none);
  const period = periodOf(turn, u);
  if (!period) return say('problem', u.from ? `Non c'è un calendario ${formatPeriod(turn.today, u.from, u.to!)}: generalo prima.` : 'Non c\'è nessun calendario provvisorio da pubblicare.');
  const latest = latestVersion(turn.deps.store.snapshot(), { officeId: turn.who.officeId, ...period })!;
  const when = formatPeriod(turn.today, period.from, period.to);
  if (latest.status === 'published') return say('answer', `Il calendario ${when} è già pubblicato (versione ${latest.number}) e non ci sono modifiche da pubblicare.`);
  const pending = await openPending(turn.deps.store, turn.deps.clock, { kind: 'publish', officeId: turn.who.officeId, createdBy: turn.who.personId, answerers: [turn.who.personId], payload: { ...period, versionNumber: latest.number } });
  const gaps = latest.uncovered.length === 0 ? 'tutti i turni sono coperti' : `${latest.uncovered.length} turni restano scoperti`;
  return {
    kind: 'confirm', title: `Pubblicare il calendario ${when}?`,
    sections: [{ lines: [`Versione provvisoria ${latest.number}: ${latest.duties.length} turni assegnati, ${gaps}.`, 'Una volta pubblicata, la versione non si può più modificare.'] }],
    actions: [{ id: 'publish', label: 'Pubblica', style: 'primary', pendingId: pending.id }, { id: 'cancel', label: 'Annulla', style: 'default', pendingId: pending.id }],
  };
}

/** Publishes the version a pending "publish" (or replan approval) was about, if it is still the latest. */
export async function confirmPublish(turn: Turn, pending: Pending): Promise<Reply> {
  const { from, to, versionNumber } = pending.payload as { from: string; to: string; versionNumber: number };
  const key = { officeId: pending.officeId, from, to };
  const state = turn.deps.store.snapshot();
  if (versionNumbered(state, key, versionNumber)?.status === 'withdrawn') {
    // A replan proposal withdrawn meanwhile (its absences withdrawn, from the command line too): nothing to publish.
    await settlePending(turn.deps.store, pending.id, 'cancelled', 'proposta ritirata');
    return say('answer', `La proposta provvisoria ${versionNumber} del calendario ${formatPeriod(turn.today, from, to)} è stata ritirata: con le assenze note nessun turno del calendario pubblicato cambia, quindi non c'è nulla da pubblicare.`);
  }
  const latest = latestVersion(state, key);
  if (!latest || latest.number !== versionNumber) {
    await settlePending(turn.deps.store, pending.id, 'cancelled', 'superata da una versione più recente');
    return say('problem', `Nel frattempo è stata creata un'altra versione del calendario ${formatPeriod(turn.today, from, to)} (versione ${latest?.number ?? '?'}): rivedila prima di pubblicare.`);
  }
  const result = await publishCalendar(turn.deps.store, turn.deps.clock, key, turn.who.personId);
  await settlePending(turn.deps.store, pending.id, result.ok ? 'done' : 'cancelled', result.ok ? `pubblicata (versione ${result.version.number})` : 'non pubblicata');
  if (!result.ok) return say('problem', result.message);
  // Those whose duties changed hear it from the publication announcement job (jobs/), with what changed.
  return say('done', result.message);
}

/** "Copertura di dicembre": versions, uncovered slots and reasons, for the head and the staff. */
export async function answerCoverage(turn: Turn, u: Understanding): Promise<Reply> {
  const refusal = await refusalFor(turn.deps.store, turn.deps.clock, turn.who, 'office_status', 'calendar.coverage');
  if (refusal) return say('refusal', refusal);
  const none = noServicesAnswer(turn);
  if (none) return say('answer', none);
  const from = u.from ?? turn.today;
  const to = u.to ?? addDays(from, 27);
  const found = dutiesInRange(turn.deps.store.snapshot(), turn.who.officeId, from, to, { provisional: true });
  const period = formatPeriod(turn.today, from, to);
  if (found.versions.length === 0) return say('answer', noCalendarAnswer(turn.today, from, to));
  const lines = found.versions.map((v) => `Calendario ${formatPeriod(turn.today, v.from, v.to)}: versione ${v.number}, ${v.status === 'published' ? 'pubblicata' : 'provvisoria'}, ${v.duties.length} turni assegnati, ${v.uncovered.length === 0 ? 'nessun turno scoperto' : `${v.uncovered.length} scoperti`}.`);
  const gaps = found.uncovered.map((g) => `${serviceNameIn(turn.config, g.serviceId)} ${formatWhen(g.from, g.to)}: ${g.reason}`);
  return reply('answer', `Copertura ${period}`, { lines }, ...(gaps.length ? [{ heading: 'Turni scoperti (aree critiche)', lines: gaps, list: true }] : []));
}
