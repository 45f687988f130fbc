import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSlackFront, SLACK_PATH, type SlackFront } from '../../../adapters/slack/index.ts';
import { seedDemoOffices } from '../../../adapters/cli/demo-offices.ts';
import { createHttpServer, type HttpServer } from '../../../adapters/http/index.ts';
import { openLowdbStore, type LowdbStore } from '../../../adapters/store/index.ts';
import { createConversation, type Conversation } from '../../../src/conversation/index.ts';
import { FixedClock, type Notification } from '../../../src/ports.ts';
import { publishCalendar } from '../../../src/calendar/versions/publish-calendar.ts';
import { generateCalendar } from '../../../src/use-cases/generate-calendar.ts';
import { SIGNING_SECRET } from './signed-request.ts';
import { SlackStandIn } from './slack-stand-in.ts';

/** The Procura di Napoli demo people used by the tests, by Slack member id (from data/demo). */
export const people = {
  conti: 'U0EWZKENJ', // procuratore, head of office
  rossi: 'U0HX7M41KL', // sostituto
  bianchi: 'U0O8T3XK5R', // sostituto
  stranger: 'U0NOBODY42',
} as const;
export const OFFICE_CHANNEL = 'C0TURNINA1';

/**
 * Everything a Slack test needs, real: a lowdb store in a temp folder with the demo offices, the
 * conversation core on a fixed clock (Monday 23 November 2026, 10:30 in Rome), the Slack front
 * mounted on turnario's HTTP server on 127.0.0.1, and the Web API stand-in it talks to.
 */
export interface Harness {
  store: LowdbStore;
  clock: FixedClock;
  conversation: Conversation;
  front: SlackFront;
  api: SlackStandIn;
  /** `http://127.0.0.1:<port>/slack/events`. */
  url: string;
  logged: { message: string; error?: unknown }[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'turnario-slack-'));
  const clock = new FixedClock(new Date('2026-11-23T09:30:00.000Z'));
  const store = await openLowdbStore({ dir, clock, warn: () => {} });
  await seedDemoOffices(store, clock);
  const api = new SlackStandIn();
  await api.start();
  const logged: Harness['logged'] = [];
  const log = (message: string, error?: unknown) => logged.push({ message, error });
  // The core notifies through the Slack notifier, which exists once the front is built.
  let front: SlackFront | null = null;
  const notifier = { send: (n: Notification) => front!.notifier.send(n) };
  const conversation = createConversation({ store, clock, notifier, log });
  const built = createSlackFront({
    conversation, store, clock, log,
    env: { SLACK_BOT_TOKEN: 'xoxb-prova', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: api.apiUrl },
    retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 0 },
  });
  if (!built.ok) throw new Error(built.message);
  front = built.front;
  await front.start();
  const server: HttpServer = createHttpServer({ routes: front.routes, log: { error: log } });
  const { port } = await server.listen(0, '127.0.0.1');
  return {
    store, clock, conversation, front, api, url: `http://127.0.0.1:${port}${SLACK_PATH}`, logged,
    async close() {
      await front!.stop();
      await server.close();
      await conversation.idle();
      await api.stop();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A direct message event from a Slack member. */
export function directMessage(user: string, text: string, ts = '1763890000.000100'): Record<string, unknown> {
  return { type: 'message', channel_type: 'im', channel: `D${user}`, user, text, ts, event_ts: ts };
}

/** Generates and publishes the Procura di Napoli calendar of the week after "today" (30 November - 6 December 2026). */
export async function publishNextWeek(h: Harness): Promise<void> {
  const period = { officeId: 'procura-napoli', from: '2026-11-30', to: '2026-12-06' };
  const generated = await generateCalendar(h.store, h.clock, period, 'test', { seconds: 1, iterations: 100 });
  if (!generated.ok) throw new Error(generated.message);
  const published = await publishCalendar(h.store, h.clock, period, 'test');
  if (!published.ok) throw new Error(published.message);
}
