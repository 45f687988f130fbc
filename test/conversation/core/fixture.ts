import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoOffices } from '../../../adapters/cli/demo-offices.ts';
import { openLowdbStore, type LowdbStore } from '../../../adapters/store/index.ts';
import { publishCalendar } from '../../../src/calendar/versions/publish-calendar.ts';
import { createConversation, type ChatUser, type Conversation, type Reply } from '../../../src/conversation/index.ts';
import { FixedClock, MemoryNotifier } from '../../../src/ports.ts';
import { generateCalendar } from '../../../src/use-cases/generate-calendar.ts';

export const OFFICE = 'procura-napoli';
/** Monday 23 November 2026, 09:00 in Rome. */
export const NOW = new Date('2026-11-23T08:00:00Z');
export const PERIOD = { officeId: OFFICE, from: '2026-11-23', to: '2026-12-31' };

export const as = (id: string): ChatUser => ({ platform: 'console', id });
export const ROSSI = as('rossi-mario');
export const HEAD = as('conti-nicola');
export const SEGRETERIA = as('ferraro-giulia');

export interface Demo {
  dir: string;
  store: LowdbStore;
  clock: FixedClock;
  notifier: MemoryNotifier;
  conversation: Conversation;
  reopen(): Promise<void>;
  close(): Promise<void>;
}

/** The demo offices in a real lowdb store in a temp folder, with the conversation core on top. */
export async function openDemo(options: { publish?: boolean } = {}): Promise<Demo> {
  const dir = await mkdtemp(join(tmpdir(), 'turnario-conv-'));
  const clock = new FixedClock(NOW);
  const notifier = new MemoryNotifier();
  const demo: Demo = {
    dir, clock, notifier,
    store: await openLowdbStore({ dir }),
    conversation: undefined as unknown as Conversation,
    async reopen() {
      await demo.conversation.idle();
      await demo.store.close();
      demo.store = await openLowdbStore({ dir });
      demo.conversation = createConversation({ store: demo.store, clock, notifier });
    },
    async close() {
      await demo.conversation.idle();
      await demo.store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  await seedDemoOffices(demo.store, clock);
  demo.conversation = createConversation({ store: demo.store, clock, notifier });
  if (options.publish !== false) {
    const generated = await generateCalendar(demo.store, clock, PERIOD, 'test');
    if (!generated.ok) throw new Error(generated.message);
    const published = await publishCalendar(demo.store, clock, PERIOD, 'conti-nicola');
    if (!published.ok) throw new Error(published.message);
  }
  return demo;
}

/** The whole reply as one string, for `toContain`. */
export function textOf(reply: Reply): string {
  return [reply.title ?? '', ...reply.sections.flatMap((s) => [s.heading ?? '', ...s.lines])].join('\n');
}

/** The pending id behind the reply's button with that action id. */
export function button(reply: Reply, id: string): string {
  const action = reply.actions.find((a) => a.id === id);
  if (!action) throw new Error(`Nessun pulsante "${id}" in: ${textOf(reply)}`);
  return action.pendingId;
}
