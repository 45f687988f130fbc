import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { seedDemoOffices } from '../../../adapters/cli/demo-offices.ts';
import { createHttpServer, type HttpServer } from '../../../adapters/http/index.ts';
import { openLowdbStore, type LowdbStore } from '../../../adapters/store/index.ts';
import { createTeamsFront, type TeamsFront } from '../../../adapters/teams/index.ts';
import { publishCalendar } from '../../../src/calendar/versions/publish-calendar.ts';
import { createConversation, type Conversation } from '../../../src/conversation/index.ts';
import { FixedClock, type Notification } from '../../../src/ports.ts';
import { generateCalendar } from '../../../src/use-cases/generate-calendar.ts';
import { startConnectorStandIn, type ConnectorStandIn } from './connector-stand-in.ts';

/**
 * The real Teams adapter (botbuilder CloudAdapter, local mode: no app id, no auth) on turnario's HTTP
 * server at 127.0.0.1, driven by activities posted as the Teams channel posts them; the bot's replies
 * are captured by a local stand-in for the connector service named in each activity's `serviceUrl`.
 * Shared by the teams-*.test.ts files, each starting one harness for all its tests (beforeAll).
 */

export const ROSSI = { aad: '88a5f028-aa89-46bf-835a-eef4c9c91204', name: 'Mario Rossi' };
export const CONTI = { aad: '60e83f1c-9276-41ff-83f6-d8a2d229802c', name: 'Nicola Conti' };
export const FERRARO = { aad: '3f2b8c1e-5a4d-4e7b-9c2a-1d3e5f7a9b01', name: 'Giulia Ferraro' };
export const BOT = { id: '28:turnario-bot', name: 'turnario' };

export type Person = typeof ROSSI;

export interface CardAction { type: string; title: string; verb: string; data: unknown; fallback: { type: string; data: unknown } }
export interface Card { version?: string; body: { type: string; text?: string; id?: string; value?: unknown }[]; actions?: CardAction[]; refresh?: { action: { type: string; verb: string; data: unknown }; userIds: string[] } }

export function cardOf(message: Record<string, unknown>): Card {
  const attachments = message.attachments as { contentType: string; content: Card }[];
  expect(attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachments[0]!.content;
}

export const cardText = (card: Card) => card.body.filter((b) => b.type === 'TextBlock').map((b) => b.text).join('\n');

export interface TeamsHarness {
  store: LowdbStore;
  connector: ConnectorStandIn;
  front: TeamsFront;
  conversation: Conversation;
  /** `http://127.0.0.1:<port>`, where `/api/messages` is served. */
  base: string;
  errors: string[];
  /** An activity from `person` in his or her personal chat, as Teams posts it; `fields` add or override. */
  activity(person: Person, fields: Record<string, unknown>): Record<string, unknown>;
  post(body: Record<string, unknown>, headers?: Record<string, string>, at?: string): Promise<Response>;
  close(): Promise<void>;
}

export async function startTeamsHarness(): Promise<TeamsHarness> {
  const errors: string[] = [];
  let counter = 0;
  const dir = await mkdtemp(join(tmpdir(), 'turnario-teams-'));
  const store = await openLowdbStore({ dir });
  const clock = new FixedClock(new Date('2026-11-23T09:00:00Z'));
  await seedDemoOffices(store, clock);
  const generated = await generateCalendar(store, clock, { from: '2026-11-23', to: '2026-12-31' }, 'test');
  expect(generated.ok).toBe(true);
  await publishCalendar(store, clock, { officeId: 'procura-napoli', from: '2026-11-23', to: '2026-12-31' }, 'conti-nicola');
  const connector = await startConnectorStandIn();
  // The core's notifier is the Teams notifier, bound once the front exists.
  let front: TeamsFront | null = null;
  const conversation = createConversation({ store, clock, notifier: { send: (n: Notification) => front!.notifier.send(n) }, log: (m) => errors.push(m) });
  const built = createTeamsFront({ conversation, store, clock, env: {}, log: (m) => errors.push(m) });
  if (!built.ok) throw new Error(built.message);
  front = built.front;
  const server: HttpServer = createHttpServer({ routes: front.routes, log: { error: (m) => errors.push(m) } });
  const base = `http://127.0.0.1:${(await server.listen(0)).port}`;
  return {
    store, connector, front, conversation, base, errors,
    activity(person, fields) {
      counter += 1;
      return {
        id: `in-${counter}`, channelId: 'msteams', serviceUrl: connector.url, timestamp: '2026-11-23T09:00:00.000Z', locale: 'it-IT',
        from: { id: `29:${person.aad}`, aadObjectId: person.aad, name: person.name }, recipient: BOT,
        conversation: { id: `a:personal-${person.aad}`, conversationType: 'personal', tenantId: 'tenant-napoli' },
        ...fields,
      };
    },
    post(body, headers = {}, at = base) {
      return fetch(`${at}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    },
    async close() {
      await server.close();
      await connector.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Presses a card action as Teams sends an Action.Execute: an adaptiveCard/action invoke from `person` in the personal chat. */
export function press(h: TeamsHarness, person: Person, action: CardAction): Promise<Response> {
  return h.post(h.activity(person, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data } } }));
}

/** Writes `text` in the personal chat of `person` and returns the one card sent back (the home card, for "home"). */
export async function homeAsked(h: TeamsHarness, person: Person, text: string): Promise<Card> {
  const before = h.connector.calls.length;
  await h.post(h.activity(person, { type: 'message', text }));
  const sent = h.connector.calls.slice(before);
  expect(sent).toHaveLength(1);
  return cardOf(sent[0]!.body);
}
