import type { Identity } from './identity.ts';
import { readPending, type Pending, type PendingKind } from './pending.ts';

/**
 * Interactions only the head of office decides (publishing, approving a replan or a swap): whoever acts as head on the
 * day of the answer (`Identity.isHead`, from `headOf`) decides them, not necessarily the head they were sent to, who may
 * have left the office since; and a head who has left no longer does.
 */
export const headDecisions: ReadonlySet<PendingKind> = new Set(['swap_approval', 'replan_approval', 'publish']);

/** True when the person may answer the interaction today: as head for a head's decision, as an addressee otherwise. */
export function mayAnswer(who: Pick<Identity, 'personId' | 'officeId' | 'isHead'>, pending: Pick<Pending, 'kind' | 'officeId' | 'answerers'>): boolean {
  if (headDecisions.has(pending.kind)) return who.isHead && pending.officeId === who.officeId;
  return pending.answerers.includes(who.personId);
}

/** Open interactions the person may answer today, oldest first (the head's decisions waiting since a handover too). */
export function openForToday(conversations: Readonly<Record<string, unknown>>, who: Pick<Identity, 'personId' | 'officeId' | 'isHead'>, now: Date): Pending[] {
  return Object.keys(conversations)
    .map((id) => readPending(conversations, id))
    .filter((p): p is Pending => p !== null && p.status === 'open' && p.expiresAt >= now.toISOString() && mayAnswer(who, p))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
