import type { Readable, Writable } from 'node:stream';
import type { Conversation } from '../../src/conversation/index.ts';
import type { Store } from '../../src/ports.ts';
import { LineReader } from './line-reader.ts';
import { ConsoleNotifier } from './notifier.ts';
import { ConsoleSession } from './session.ts';

export { ConsoleNotifier } from './notifier.ts';
export { findPeople, listPeople, type ConsolePerson } from './people.ts';
export { renderReply } from './render.ts';

/**
 * The console chat, a real adapter over the same core (after BotBuilder's console sample). Built in two
 * steps because the core needs the notifier before the session can run: `createConsoleFront` gives the
 * notifier to wire into the composition, `run` starts the session on the conversation.
 */

export interface ConsoleFront {
  notifier: ConsoleNotifier;
  /** Runs the session until the user writes "esci" or the input ends. */
  run(conversation: Conversation, as?: string): Promise<void>;
  /** Stops reading input (the running session then ends). */
  close(): void;
}

export function createConsoleFront(deps: { store: Store; input: Readable; output: Writable }): ConsoleFront {
  const notifier = new ConsoleNotifier(deps.output, deps.store);
  const lines = new LineReader(deps.input);
  const echo = !(deps.input as { isTTY?: boolean }).isTTY;
  return {
    notifier,
    run: (conversation, as) => new ConsoleSession({ conversation, store: deps.store, notifier, lines, output: deps.output, echo }).run(as),
    close: () => lines.close(),
  };
}
