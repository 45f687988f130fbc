import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { StoreState } from '../domain/store-state.ts';
import { feedDocument, type FeedDocument } from './feed-document.ts';
import type { FeedOwner } from './feed-tokens.ts';

/**
 * What a feed depends on: the office's configuration (names, hours) and its published versions.
 * Published versions are immutable, so their ids stand for their content.
 */
export function feedFingerprint(state: DeepReadonly<StoreState>, officeId: string): string {
  const published = state.calendars.filter((c) => c.officeId === officeId && c.status === 'published').map((c) => c.id);
  return `${published.join('|')}#${JSON.stringify(state.offices[officeId] ?? null)}`;
}

/**
 * Remembers each owner's feed document until the office's configuration or published calendars
 * change. Calendar clients poll the same feed again and again, and writing a year of an office's
 * duties takes ical-generator a noticeable time (it folds lines character by character); one cache
 * per server, never a module-level one.
 */
export class FeedCache {
  readonly #entries = new Map<string, { fingerprint: string; doc: FeedDocument }>();
  #hits = 0;

  document(state: DeepReadonly<StoreState>, owner: FeedOwner, now: Date): FeedDocument | null {
    const key = `${owner.officeId}/${owner.magistrateId ?? ''}`;
    const fingerprint = feedFingerprint(state, owner.officeId);
    const known = this.#entries.get(key);
    if (known && known.fingerprint === fingerprint) {
      this.#hits += 1;
      return known.doc;
    }
    const doc = feedDocument(state, owner, now);
    if (doc) this.#entries.set(key, { fingerprint, doc });
    else this.#entries.delete(key);
    return doc;
  }

  /** How many documents were served from memory, for tests and diagnostics. */
  get hits(): number {
    return this.#hits;
  }
}
