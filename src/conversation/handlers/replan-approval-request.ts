import { actingHeadNote, notifyWithActingHeadNote } from '../acting-head-note.ts';
import { noHeadInService, noHeadRecipient } from '../no-head-notice.ts';
import { formatPeriod } from '../format-period.ts';
import { openPending } from '../pending.ts';
import type { Reply, ReplySection } from '../reply.ts';
import type { Turn } from '../turn.ts';

export interface ReplanApprovalRequest {
  officeId: string;
  /** Who acts as head today (`headOf`); null when nobody does: the approval then waits for one. */
  head: string | null;
  period: { from: string; to: string };
  versionNumber: number;
  absenceId: string;
  magistrateId: string;
  /** The waiting proposal this one replaces, or null. */
  supersedes: number | null;
  title: string;
  /** What happened and what the proposal changes; the question and the buttons follow. */
  sections: ReplySection[];
  /** The notification's plain text. */
  text: string;
}

/**
 * Sends the head a replan proposal to approve: an open `replan_approval` (its buttons publish the version or put it off)
 * and the card asking "Approvi e pubblichi la nuova versione?", after a new absence or a withdrawn one. When nobody acts
 * as head today, the approval is still opened (whoever is head when it is answered may decide it, and the follow-up job
 * sends it to them) and the segreteria, or the office channel, is told why it waits. Returns whether the head was asked.
 */
export async function askHeadToApprove(turn: Turn, r: ReplanApprovalRequest): Promise<boolean> {
  const { store, clock, notifier } = turn.deps;
  const { officeId } = r;
  const approval = await openPending(store, clock, {
    kind: 'replan_approval', officeId, createdBy: turn.who.personId, answerers: r.head ? [r.head] : [],
    payload: {
      ...r.period, versionNumber: r.versionNumber, absenceId: r.absenceId, magistrateId: r.magistrateId,
      ...(r.supersedes !== null ? { supersedes: r.supersedes } : {}),
    },
  });
  if (!r.head) {
    const to = noHeadRecipient(turn.config);
    const calendar = `calendario ${formatPeriod(turn.today, r.period.from, r.period.to)}`;
    const text = `La proposta di ripianificazione del ${calendar} (proposta provvisoria ${r.versionNumber}) attende l'approvazione del capo dell'ufficio. ${noHeadInService(turn.config, turn.today)} La proposta resta in attesa: chi sarà capo dell'ufficio potrà approvarla.`;
    if (to) await notifier.send({ to, text, key: `replan-approval-no-head:${approval.id}` });
    return false;
  }
  const card: Reply = {
    kind: 'confirm', title: r.title,
    sections: [...r.sections, { lines: ['Approvi e pubblichi la nuova versione?'] }],
    actions: [
      { id: 'approve', label: 'Approva e pubblica', style: 'primary', pendingId: approval.id },
      { id: 'reject', label: 'Non ora', style: 'default', pendingId: approval.id },
    ],
  };
  const note = actingHeadNote(turn.config, turn.today, store.snapshot().absences);
  await notifier.send(notifyWithActingHeadNote({ to: { kind: 'magistrate', officeId, magistrateId: r.head }, text: r.text, key: `replan-approval:${approval.id}`, reply: card }, note));
  return true;
}
