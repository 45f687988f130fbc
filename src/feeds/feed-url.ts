import type { Clock, Store } from '../ports.ts';
import { ensureFeedToken, type FeedOwner } from './feed-tokens.ts';

export const DEFAULT_HTTP_PORT = 3000;

/** Where people reach the server: `TURNARIO_PUBLIC_URL`, else `http://127.0.0.1:${PORT}` (3000 by default). */
export function publicBaseUrl(env: Record<string, string | undefined>): string {
  const configured = env.TURNARIO_PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  return `http://127.0.0.1:${env.PORT?.trim() || DEFAULT_HTTP_PORT}`;
}

export interface FeedLinks {
  /** The iCal subscription (Outlook, Google Calendar, the phone's calendar). */
  ical: string;
  /** The same calendar as a web page, month by month. */
  web: string;
}

/** The path of a token's iCal feed, as the HTTP server serves it. */
export function icalPath(token: string): string {
  return `/ical/${token}.ics`;
}

/** The path of a token's month view. */
export function webPath(token: string): string {
  return `/calendario/${token}`;
}

/**
 * A person's (or an office's) private links, creating the token on first use. This is what the chat
 * answers to "il mio calendario" and what `turnario ical url` prints.
 */
export async function feedLinksFor(store: Store, clock: Clock, env: Record<string, string | undefined>, owner: FeedOwner, actor: string): Promise<FeedLinks> {
  const { token } = await ensureFeedToken(store, clock, owner, actor);
  const base = publicBaseUrl(env);
  return { ical: `${base}${icalPath(token)}`, web: `${base}${webPath(token)}` };
}

/**
 * What the conversation core needs for "il mio calendario" (`ConversationDeps.feedUrl`): the person's
 * iCal link, created on first use; null when the person is not a magistrate of the office (staff
 * members have no duties to subscribe to).
 */
export function personalFeedUrl(store: Store, clock: Clock, env: Record<string, string | undefined>): (officeId: string, personId: string) => Promise<string | null> {
  return async (officeId, personId) => {
    const office = store.snapshot().offices[officeId];
    if (!office?.magistrates.some((m) => m.id === personId)) return null;
    return (await feedLinksFor(store, clock, env, { officeId, magistrateId: personId }, `chat:${personId}`)).ical;
  };
}
