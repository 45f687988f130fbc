import type { webApi } from '@slack/bolt';
import type { DeepReadonly, Store } from '../../src/ports.ts';
import type { StoreState } from '../../src/domain/store-state.ts';

/**
 * Direct-message channels with people, learnt at runtime and kept in the store's `chatLinks` under
 * `slack:<personId>` as `{ userId, channelId }`, so a DM needs `conversations.open` only once.
 */

export interface SlackLink {
  userId: string;
  channelId: string;
}

const linkKey = (personId: string) => `slack:${personId}`;

function readLink(state: DeepReadonly<StoreState>, personId: string): SlackLink | null {
  const link = state.chatLinks[linkKey(personId)] as Partial<SlackLink> | undefined;
  return link && typeof link.userId === 'string' && typeof link.channelId === 'string' ? { userId: link.userId, channelId: link.channelId } : null;
}

/**
 * The Slack member id of a person (magistrate or staff) of an office: from the office file, else the
 * one learnt when the person wrote to turnario (recognised by the e-mail of their Slack profile).
 */
export function slackUserIdOf(state: DeepReadonly<StoreState>, officeId: string, personId: string): string | null {
  const config = state.offices[officeId];
  if (!config) return null;
  const person = config.magistrates.find((m) => m.id === personId) ?? config.staff.find((s) => s.id === personId);
  if (!person) return null;
  return person.chat.slackUserId ?? readLink(state, personId)?.userId ?? null;
}

/** Records the DM channel of a person (only when it changed: no write per message). */
export async function rememberDirectChannel(store: Store, personId: string, link: SlackLink): Promise<void> {
  const known = readLink(store.snapshot(), personId);
  if (known && known.userId === link.userId && known.channelId === link.channelId) return;
  await store.update((draft) => {
    draft.chatLinks[linkKey(personId)] = { ...link };
  });
}

/** The DM channel with a Slack member: the stored one, else opened with `conversations.open` (and stored when the person is known). */
export async function directChannel(client: webApi.WebClient, store: Store, userId: string, personId: string | null): Promise<string> {
  if (personId) {
    const known = readLink(store.snapshot(), personId);
    if (known && known.userId === userId) return known.channelId;
  }
  const opened = await client.conversations.open({ users: userId });
  const channelId = opened.channel?.id;
  if (!channelId) throw new Error(`conversations.open per ${userId} non ha restituito un canale`);
  if (personId) await rememberDirectChannel(store, personId, { userId, channelId });
  return channelId;
}
