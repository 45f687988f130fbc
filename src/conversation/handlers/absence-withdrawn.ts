import type { Absence } from '../../domain/absence.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import { proposeReplan } from '../../use-cases/replan-calendar.ts';
import { absenceWithArticle } from '../absence-words.ts';
import { personNameIn } from '../format-duty.ts';
import { formatPeriod } from '../format-period.ts';
import { headOf } from '../head-of.ts';
import { actingHeadNote, notifyWithActingHeadNote } from '../acting-head-note.ts';
import { noHeadInService, noHeadRecipient } from '../no-head-notice.ts';
import { listSections } from '../list-sections.ts';
import { readPending } from '../pending.ts';
import type { Turn } from '../turn.ts';
import { closeApprovalsOf } from './close-approvals.ts';
import { tellProposalWithdrawn } from './proposal-withdrawn-notice.ts';
import { askHeadToApprove } from './replan-approval-request.ts';

type Period = { from: string; to: string };

/** The periods of the office's replan proposals still awaiting the head that the withdrawn absences fall in. */
function awaitedPeriods(turn: Turn, absences: readonly DeepReadonly<Absence>[]): Period[] {
  const conversations = turn.deps.store.snapshot().conversations;
  const periods: Period[] = [];
  for (const id of Object.keys(conversations)) {
    const open = readPending(conversations, id);
    if (!open || open.kind !== 'replan_approval' || open.status !== 'open' || open.officeId !== turn.who.officeId) continue;
    const { from, to } = open.payload as Partial<Period>;
    if (!from || !to || !absences.some((a) => a.from <= to && a.to >= from)) continue;
    if (!periods.some((p) => p.from === from && p.to === to)) periods.push({ from, to });
  }
  return periods;
}

/**
 * Absences withdrawn while a replan proposal of their calendar awaits the head's approval: the proposal is made again on
 * the absences still known, and the head gets the new one to approve (it replaces the waiting one), instead of one that
 * would move duties for an absence that no longer exists. When no duty of the published calendar moves any more, there is
 * nothing to approve: the waiting proposal is withdrawn, its approval closed, and the head told the published calendar
 * stays as it is. Returns the lines for the writer (none when no proposal was waiting or the waiting one still fits).
 */
export async function replanAfterWithdrawal(turn: Turn, absences: readonly DeepReadonly<Absence>[]): Promise<string[]> {
  const head = headOf(turn.config, turn.today, turn.deps.store.snapshot().absences);
  if (absences.length === 0) return [];
  const { store, clock, notifier } = turn.deps;
  const magistrateId = absences[0]!.magistrateId;
  const name = personNameIn(turn.config, magistrateId);
  const self = magistrateId === turn.who.personId;
  const what = absences.map((a) => `${absenceWithArticle(a.type)}${self ? '' : ` di ${name}`} ${formatPeriod(turn.today, a.from, a.to)}`).join(' e ');
  // "Mario Rossi ha ritirato le ferie dal 3 al 10 dicembre.", or "Giulia Ferraro ha ritirato le ferie di Mario Rossi …".
  const said = `${turn.who.displayName} ha ritirato ${what}.`;
  const lines: string[] = [];
  for (const period of awaitedPeriods(turn, absences)) {
    const calendar = `calendario ${formatPeriod(turn.today, period.from, period.to)}`;
    const replan = await proposeReplan(store, clock, { officeId: turn.who.officeId, ...period }, turn.who.personId);
    if (!replan.ok) {
      const text = `${said} La proposta di ripianificazione del ${calendar}, ancora da approvare, va rivista: ${replan.message}`;
      // Nobody acts as head today: the segreteria (or the office channel) hears it, with why.
      const to = head ? { kind: 'magistrate' as const, officeId: turn.who.officeId, magistrateId: head } : noHeadRecipient(turn.config);
      const note = actingHeadNote(turn.config, turn.today, store.snapshot().absences);
      if (to) await notifier.send(notifyWithActingHeadNote({ to, text: head ? text : `${text} ${noHeadInService(turn.config, turn.today)}`, key: `absence-withdrawn:${absences[0]!.id}:${period.from}` }, note));
      lines.push(head ? `Ho avvisato il capo dell'ufficio che la proposta di ripianificazione del ${calendar} va rivista.` : `La proposta di ripianificazione del ${calendar} va rivista: ${replan.message}`);
      continue;
    }
    if (replan.withdrawn !== null) {
      // Nothing of the published calendar moves any more: no version to approve, the waiting one is withdrawn.
      const because = absences.length === 1 ? 'perché l\'assenza è stata ritirata' : 'perché le assenze sono state ritirate';
      lines.push(await tellProposalWithdrawn(turn, { officeId: turn.who.officeId, head, period, number: replan.withdrawn, said, because }));
      continue;
    }
    if (!replan.version || replan.supersedes === null) continue;
    await closeApprovalsOf(turn, turn.who.officeId, period, replan.supersedes, `sostituita dalla proposta provvisoria ${replan.version.number}`);
    const asked = await askHeadToApprove(turn, {
      officeId: turn.who.officeId, head, period, versionNumber: replan.version.number, absenceId: absences[0]!.id, magistrateId,
      supersedes: replan.supersedes, title: 'Assenza ritirata: proposta di ripianificazione aggiornata', sections: [{ lines: [said] }, ...listSections(replan.lines.slice(0, -1))],
      text: `${said} Proposta di ripianificazione aggiornata da approvare, che sostituisce la proposta provvisoria ${replan.supersedes}.`,
    });
    lines.push(asked
      ? `Ho inviato al capo dell'ufficio la proposta di ripianificazione aggiornata del ${calendar}, che sostituisce quella ancora da approvare.`
      : `Ho preparato la proposta di ripianificazione aggiornata del ${calendar}, che sostituisce quella ancora da approvare; oggi nessun capo dell'ufficio risulta in servizio per approvarla, quindi resta in attesa.`);
  }
  return lines;
}
