import { randomBytes } from 'node:crypto';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { FeedToken } from '../domain/feed-token.ts';
import type { StoreState } from '../domain/store-state.ts';
import { recordAudit, type Clock, type Store } from '../ports.ts';

/** Whose calendar a link opens: one magistrate's duties, or the whole office. */
export interface FeedOwner {
  officeId: string;
  /** Absent: the office feed. */
  magistrateId?: string;
}

/** 32 random bytes in URL-safe base64: unguessable, and safe in a path. */
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

const sameOwner = (t: DeepReadonly<FeedToken>, owner: FeedOwner) => t.officeId === owner.officeId && t.magistrateId === owner.magistrateId;

/** The owner's link still in force, if any. */
export function activeFeedToken(state: DeepReadonly<StoreState>, owner: FeedOwner): DeepReadonly<FeedToken> | null {
  return state.feedTokens.find((t) => sameOwner(t, owner) && t.revokedAt === undefined) ?? null;
}

/** The record of a token in force; revoked and unknown tokens give null alike. */
export function findFeedToken(state: DeepReadonly<StoreState>, token: string): DeepReadonly<FeedToken> | null {
  return state.feedTokens.find((t) => t.token === token && t.revokedAt === undefined) ?? null;
}

/** The owner's link in force, created (and audited) when there is none. */
export async function ensureFeedToken(store: Store, clock: Clock, owner: FeedOwner, actor: string, generate = newFeedToken): Promise<FeedToken> {
  const known = activeFeedToken(store.snapshot(), owner);
  if (known) return structuredClone(known) as FeedToken;
  const at = clock.now().toISOString();
  const result = await store.update((draft) => {
    const raced = draft.feedTokens.find((t) => sameOwner(t, owner) && t.revokedAt === undefined);
    if (raced) return { token: raced, created: false };
    const token: FeedToken = { token: generate(), officeId: owner.officeId, ...(owner.magistrateId ? { magistrateId: owner.magistrateId } : {}), createdAt: at, createdBy: actor };
    draft.feedTokens.push(token);
    return { token, created: true };
  });
  if (result.created) await recordAudit(store, { at, actor, action: 'feed.create', subject: subjectOf(owner) });
  return result.token;
}

/**
 * Revokes the owner's link: it stops working at once; the next `ensureFeedToken` issues a new one
 * (the usual answer to "I shared my link by mistake"). Returns the revoked token, or null.
 */
export async function revokeFeedToken(store: Store, clock: Clock, owner: FeedOwner, actor: string): Promise<DeepReadonly<FeedToken> | null> {
  const at = clock.now().toISOString();
  const revoked = await store.update((draft) => {
    const found = draft.feedTokens.find((t) => sameOwner(t, owner) && t.revokedAt === undefined);
    if (!found) return null;
    found.revokedAt = at;
    found.revokedBy = actor;
    return found;
  });
  await recordAudit(store, { at, actor, action: 'feed.revoke', subject: subjectOf(owner), refused: revoked === null });
  return revoked;
}

function subjectOf(owner: FeedOwner): string {
  return owner.magistrateId ? `feed:${owner.officeId}/${owner.magistrateId}` : `feed:${owner.officeId}`;
}
