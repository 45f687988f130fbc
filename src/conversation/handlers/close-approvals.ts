import { readPending, settlePending } from '../pending.ts';
import type { Turn } from '../turn.ts';

/**
 * Closes the head's open approvals of one replan proposal (a newer one replaced it, or it was withdrawn), so that their
 * buttons, and the follow-up reminder, say why ("Questa richiesta è già stata chiusa: <outcome>.") instead of offering to
 * publish a version that is no longer the one to publish.
 */
export async function closeApprovalsOf(turn: Turn, officeId: string, period: { from: string; to: string }, versionNumber: number, outcome: string): Promise<void> {
  const conversations = turn.deps.store.snapshot().conversations;
  for (const id of Object.keys(conversations)) {
    const open = readPending(conversations, id);
    if (!open || open.kind !== 'replan_approval' || open.status !== 'open' || open.officeId !== officeId) continue;
    const payload = open.payload as { from?: string; to?: string; versionNumber?: number };
    if (payload.from !== period.from || payload.to !== period.to || payload.versionNumber !== versionNumber) continue;
    await settlePending(turn.deps.store, id, 'cancelled', outcome);
  }
}
