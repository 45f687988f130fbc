import type { Conversation } from '../../src/conversation/index.ts';
import type { Store } from '../../src/ports.ts';
import type { SlackUsers } from './chat-user.ts';
import type { SlackLog } from './failures.ts';

/** What the Slack listeners need: the core, who Slack members are, the store (DM channels) and the log. */
export interface SlackHandlerDeps {
  conversation: Conversation;
  store: Store;
  log: SlackLog;
  users: SlackUsers;
}
