import type { Identity } from '../../src/conversation/index.ts';
import type { DeepReadonly } from '../../src/domain/deep-readonly.ts';
import type { OfficeConfig } from '../../src/domain/office-config.ts';
import type { Recipient, Store } from '../../src/ports.ts';
import type { StoredReference } from './reference.ts';

/**
 * Where Teams conversation references live in the store (`chatLinks`): `teams:<personId>` for a
 * person's personal chat with the bot, `teams:office:<officeId>` for the office's announcement channel
 * (only the channel named in `announcements.teamsChannelId`).
 */

export interface TeamsLink {
  reference: StoredReference;
  savedAt: string;
}

export function personLinkKey(personId: string): string {
  return `teams:${personId}`;
}

export function officeLinkKey(officeId: string): string {
  return `teams:office:${officeId}`;
}

export function linkKeyFor(to: Recipient): string {
  return to.kind === 'office' ? officeLinkKey(to.officeId) : personLinkKey(to.magistrateId);
}

function isLink(value: unknown): value is TeamsLink {
  return typeof value === 'object' && value !== null && 'reference' in value && typeof (value as TeamsLink).reference?.serviceUrl === 'string';
}

export function readLink(store: Store, key: string): TeamsLink | null {
  const value = store.snapshot().chatLinks[key];
  return isLink(value) ? (value as TeamsLink) : null;
}

/**
 * Which link a conversation stands for: the person's own chat (personal scope), the office channel
 * (the configured announcement channel), or none (other group chats and channels are answered but not
 * remembered).
 */
export function linkKeyForConversation(
  who: Identity,
  config: DeepReadonly<OfficeConfig>,
  conversation: { conversationType?: string; channelId?: string },
): string | null {
  if (conversation.conversationType === 'personal') return personLinkKey(who.personId);
  const officeChannel = config.announcements.teamsChannelId;
  if (conversation.conversationType === 'channel' && officeChannel && conversation.channelId === officeChannel) return officeLinkKey(who.officeId);
  return null;
}

/** Stores the reference under `key` when it is new or changed (no write on every message). */
export async function saveLink(store: Store, key: string, reference: StoredReference, savedAt: Date): Promise<void> {
  const known = readLink(store, key);
  if (known && JSON.stringify(known.reference) === JSON.stringify(reference)) return;
  await store.update((draft) => {
    draft.chatLinks[key] = { reference, savedAt: savedAt.toISOString() } satisfies TeamsLink;
  });
}
