import { openPending } from '../pending.ts';
import type { Reply, ReplySection } from '../reply.ts';
import type { Turn } from '../turn.ts';

export interface ReplanApprovalRequest {
  officeId: string;
  head: string;
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
 * and the card asking "Approvi e pubblichi la nuova versione?", after a new absence or a withdrawn one.
 */
export async function askHeadToApprove(turn: Turn, r: ReplanApprovalRequest): Promise<void> {
  const { store, clock, notifier } = turn.deps;
  const { officeId } = r;
  const approval = await openPending(store, clock, {
    kind: 'replan_approval', officeId, createdBy: turn.who.personId, answerers: [r.head],
    payload: {
      ...r.period, versionNumber: r.versionNumber, absenceId: r.absenceId, magistrateId: r.magistrateId,
      ...(r.supersedes !== null ? { supersedes: r.supersedes } : {}),
    },
  });
  const card: Reply = {
    kind: 'confirm', title: r.title,
    sections: [...r.sections, { lines: ['Approvi e pubblichi la nuova versione?'] }],
    actions: [
      { id: 'approve', label: 'Approva e pubblica', style: 'primary', pendingId: approval.id },
      { id: 'reject', label: 'Non ora', style: 'default', pendingId: approval.id },
    ],
  };
  await notifier.send({ to: { kind: 'magistrate', officeId, magistrateId: r.head }, text: r.text, key: `replan-approval:${approval.id}`, reply: card });
}
