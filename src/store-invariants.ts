import { isDeepStrictEqual } from 'node:util';
import type { DeepReadonly } from './domain/deep-readonly.ts';
import type { StoreState } from './domain/store-state.ts';

/**
 * Invariants every store implementation enforces on each update: a published calendar version is
 * immutable (never changed, never removed). A breach is a broken contract of the calling code, so the
 * update is rejected as a whole and nothing is written.
 */
export function publishedVersionBreaches(before: DeepReadonly<StoreState>, after: DeepReadonly<StoreState>): string[] {
  const next = new Map(after.calendars.map((c) => [c.id, c]));
  return before.calendars
    .filter((c) => c.status === 'published')
    .filter((c) => !isDeepStrictEqual(c, next.get(c.id)))
    .map((c) => c.id);
}

export class StoreInvariantError extends Error {
  constructor(readonly breaches: string[]) {
    super(`Published calendar versions are immutable; the update tried to change or remove: ${breaches.join(', ')}`);
    this.name = 'StoreInvariantError';
  }
}

/** Throws when `after` breaks an invariant relative to `before`. */
export function assertStoreInvariants(before: DeepReadonly<StoreState>, after: DeepReadonly<StoreState>): void {
  const breaches = publishedVersionBreaches(before, after);
  if (breaches.length > 0) throw new StoreInvariantError(breaches);
}
