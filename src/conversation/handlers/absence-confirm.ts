import { absenceTypeLabels, type AbsenceType } from '../../domain/absence.ts';
import { dutiesInRange } from '../../calendar/versions/duties-in-range.ts';
import { declareAbsence, declareAbsences } from '../../use-cases/declare-absence.ts';
import type { DayRange } from '../understanding/index.ts';
import { proposeReplan } from '../../use-cases/replan-calendar.ts';
import { absenceWithArticle } from '../absence-words.ts';
import { headOf } from '../head-of.ts';
import { actingHeadNote, notifyWithActingHeadNote } from '../acting-head-note.ts';
import { listSections } from '../list-sections.ts';
import { formatPeriod, formatPeriods } from '../format-period.ts';
import { personNameIn } from '../format-duty.ts';
import { settlePending, type Pending } from '../pending.ts';
import { reply, say, type Reply } from '../reply.ts';
import type { Turn } from '../turn.ts';
import { closeApprovalsOf } from './close-approvals.ts';
import { tellProposalWithdrawn } from './proposal-withdrawn-notice.ts';
import { askHeadToApprove } from './replan-approval-request.ts';

interface AbsencePayload {
  magistrateId: string;
  type: keyof typeof absenceTypeLabels;
  from: string;
  to: string;
  note: string;
  merge?: boolean;
  /** Several periods apart confirmed together ("ferie il 3 e il 10 marzo"); `from`/`to` are then the first. */
  periods?: DayRange[];
}

/**
 * The confirmed absence: recorded, then for every published calendar it touches a replan proposal is
 * made (the fewest changes) and sent to the head for approval; the head hears of the absence anyway.
 */
export async function confirmAbsence(turn: Turn, pending: Pending): Promise<Reply> {
  const { store, clock } = turn.deps;
  const p = pending.payload as unknown as AbsencePayload;
  if (p.periods && p.periods.length > 1) return confirmAbsences(turn, pending, p, p.periods);
  const result = await declareAbsence(store, clock, { magistrate: p.magistrateId, type: p.type, from: p.from, to: p.to, note: p.note, merge: p.merge === true, actor: turn.who.personId });
  if (!result.ok) {
    await settlePending(store, pending.id, 'cancelled', 'non registrata');
    return say('problem', result.message);
  }
  await settlePending(store, pending.id, 'done', `registrata (${result.absence.id})`);
  return proposeCover(turn, pending, {
    magistrateId: p.magistrateId, type: p.type, when: formatPeriod(turn.today, result.absence.from, result.absence.to),
    absenceId: result.absence.id, ranges: [{ from: p.from, to: p.to }],
  });
}

/**
 * Several periods apart confirmed at once ("ferie il 3 e il 10 marzo"): all recorded or none (`declareAbsences`), then the
 * calendars they touch replanned as for one.
 */
async function confirmAbsences(turn: Turn, pending: Pending, p: AbsencePayload, periods: DayRange[]): Promise<Reply> {
  const { store, clock } = turn.deps;
  const result = await declareAbsences(store, clock, { magistrate: p.magistrateId, type: p.type, periods, note: p.note, actor: turn.who.personId });
  if (!result.ok) {
    await settlePending(store, pending.id, 'cancelled', 'non registrate');
    return say('problem', result.message);
  }
  const ids = result.absences.map((a) => a.id);
  await settlePending(store, pending.id, 'done', `registrate (${ids.join(', ')})`);
  return proposeCover(turn, pending, {
    magistrateId: p.magistrateId, type: p.type, when: formatPeriods(turn.today, result.absences),
    absenceId: ids[0]!, ranges: periods, title: 'Assenze registrate',
  });
}

interface Recorded {
  magistrateId: string;
  type: AbsenceType;
  /** The periods as said: "il 3 marzo e il 10 marzo". */
  when: string;
  absenceId: string;
  ranges: readonly DayRange[];
  /** The reply's title: "Assenza registrata" unless said otherwise. */
  title?: string;
}

/**
 * After an absence is recorded: for every published calendar whose duties of that magistrate it touches a replan proposal is
 * made (the fewest changes) and sent to the head for approval; the head hears of the absence anyway. A proposal still
 * awaiting approval is replaced by the new one, which covers its absences too: the head is told, and its approval closed.
 */
async function proposeCover(turn: Turn, pending: Pending, r: Recorded): Promise<Reply> {
  const { store, clock, notifier } = turn.deps;
  const name = personNameIn(turn.config, r.magistrateId);
  /** The absence type as said: "ferie". */
  const kind = absenceTypeLabels[r.type];
  /** "ferie di Mario Rossi il 3 marzo e il 10 marzo", for the head (after a colon). */
  const what = `${kind} di ${name} ${r.when}`;
  const lines = [`Fatto: ho registrato ${absenceWithArticle(r.type)} di ${name} ${r.when}.`];
  const state = store.snapshot();
  const head = headOf(turn.config, turn.today, state.absences);
  /** Said to the vicario when she acts for the head. */
  const note = actingHeadNote(turn.config, turn.today, state.absences);
  const hits = (d: { magistrateId: string; from: string; to: string }) => d.magistrateId === r.magistrateId && r.ranges.some((x) => d.from <= x.to && d.to >= x.from);
  const touched = r.ranges.flatMap((x) => dutiesInRange(state, pending.officeId, x.from, x.to).versions)
    .filter((v, i, all) => all.findIndex((o) => o.from === v.from && o.to === v.to && o.number === v.number) === i)
    .filter((v) => v.duties.some(hits));
  for (const version of touched) {
    const replan = await proposeReplan(store, clock, { officeId: pending.officeId, from: version.from, to: version.to }, turn.who.personId);
    if (replan.ok && replan.withdrawn !== null) {
      // The waiting proposal was for absences withdrawn meanwhile, and this one moves nothing: nothing left to approve.
      const period = { from: version.from, to: version.to };
      const said = `${turn.who.displayName} ha comunicato: ${what}.`;
      lines.push(await tellProposalWithdrawn(turn, { officeId: pending.officeId, head, period, number: replan.withdrawn, said, because: 'perché con le assenze note nessun turno pubblicato cambia' }));
      continue;
    }
    if (!replan.ok || !replan.version) {
      const why = replan.ok ? replan.lines.join(' ') : replan.message;
      lines.push(`Il calendario ${formatPeriod(turn.today, version.from, version.to)} va rivisto: ${why}`);
      // The head must hear of it too: no proposal reaches them, and the duties still stand in the published calendar.
      if (head && head !== turn.who.personId && !replan.ok) {
        await notifier.send(notifyWithActingHeadNote({
          to: { kind: 'magistrate', officeId: pending.officeId, magistrateId: head },
          text: `Nuova assenza: ${what}. Tocca turni del calendario ${formatPeriod(turn.today, version.from, version.to)} pubblicato, ma non ho potuto proporre chi li copre. ${why}`,
          key: `absence-unplanned:${r.absenceId}:${version.from}`,
        }, note));
      }
      continue;
    }
    if (replan.supersedes !== null) await closeApprovalsOf(turn, pending.officeId, version, replan.supersedes, `sostituita dalla proposta provvisoria ${replan.version.number}`);
    const whose = r.magistrateId === turn.who.personId ? 'i tuoi turni' : `i turni di ${name}`;
    const calendar = `calendario ${formatPeriod(turn.today, version.from, version.to)}`;
    lines.push(head
      ? `Ho proposto al capo dell'ufficio chi copre ${whose} (${calendar}): chi riceve i turni ne avrà notizia alla pubblicazione.`
      : `Ho preparato la proposta di chi copre ${whose} (${calendar}), ma oggi nessun capo dell'ufficio risulta in servizio per approvarla: resta in attesa finché la configurazione dell'ufficio non indicherà il nuovo capo dell'ufficio o il vicario.`);
    // A proposal still awaiting approval is replaced, not stacked: the head hears which one (the lines say it too).
    const replaces = replan.supersedes !== null ? `, che sostituisce la proposta provvisoria ${replan.supersedes}, non ancora approvata` : '';
    await askHeadToApprove(turn, {
      officeId: pending.officeId, head, period: { from: version.from, to: version.to }, versionNumber: replan.version.number,
      absenceId: r.absenceId, magistrateId: r.magistrateId, supersedes: replan.supersedes,
      title: replan.supersedes !== null ? 'Nuova assenza: proposta di ripianificazione aggiornata' : 'Nuova assenza: proposta di ripianificazione',
      // Who told: the absent magistrate ("Mario Rossi ha comunicato: ferie il 7 dicembre"), or the segreteria for them.
      sections: [{ lines: [r.magistrateId === turn.who.personId ? `${name} ha comunicato: ${kind} ${r.when}.` : `${turn.who.displayName} ha comunicato: ${what}.`] }, ...listSections(replan.lines.slice(0, -1))],
      text: `${name}: ${what}. Proposta di ripianificazione da approvare${replaces}.`,
    });
  }
  if (touched.length === 0 && head && head !== r.magistrateId) {
    await notifier.send(notifyWithActingHeadNote({ to: { kind: 'magistrate', officeId: pending.officeId, magistrateId: head }, text: `Nuova assenza: ${what}. Nessun turno pubblicato è toccato.`, key: `absence:${r.absenceId}` }, note));
  }
  return reply('done', r.title ?? 'Assenza registrata', { lines });
}
