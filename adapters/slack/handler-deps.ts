import type { Conversation } from '../../src/conversation/index.ts';
import type { Store } from '../../src/ports.ts';
import type { SlackLog } from './failures.ts';

/** What the Slack listeners need: the core, the store (DM channels) and the log. */
export interface SlackHandlerDeps {
  conversation: Conversation;
  store: Store;
  log: SlackLog;
}
