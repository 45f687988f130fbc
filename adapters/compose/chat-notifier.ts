import { createConversation } from '../../src/conversation/index.ts';
import type { Clock, Notifier, Store } from '../../src/ports.ts';
import { frontFactories, type ChatFront } from './chat-fronts.ts';
import { FanOutNotifier } from './fan-out-notifier.ts';

/**
 * A notifier for one-off commands (`turnario jobs tick`): the chat platforms configured in `env`
 * (Slack, Teams) plus `local`, which every notification also goes to (the terminal). No HTTP server
 * is started: the platforms' notifiers talk to their APIs directly.
 */
export async function chatNotifier(deps: { store: Store; clock: Clock; env: Record<string, string | undefined>; local: Notifier; log: (message: string, error?: unknown) => void }): Promise<{ notifier: Notifier; platforms: string[] }> {
  const conversation = createConversation({ store: deps.store, clock: deps.clock, notifier: deps.local, log: deps.log });
  const fronts: ChatFront[] = [];
  for (const make of frontFactories) {
    const front = await make({ conversation, store: deps.store, clock: deps.clock, env: deps.env, log: deps.log });
    if (front) fronts.push(front);
  }
  const fanOut = new FanOutNotifier({ error: deps.log });
  fanOut.add({ name: 'terminale', notifier: deps.local, reaches: () => true });
  for (const front of fronts) fanOut.add({ name: front.name, notifier: front.notifier, reaches: front.reaches });
  return { notifier: fanOut, platforms: fronts.map((f) => f.label) };
}
