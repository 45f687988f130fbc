import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, LogLevel, type Logger, type webApi } from '@slack/bolt';
import type { Conversation } from '../../src/conversation/index.ts';
import type { Clock, Store } from '../../src/ports.ts';
import { sendText, type Route } from '../http/index.ts';
import { SlackUsers } from './chat-user.ts';
import { describeSlackError, type SlackLog } from './failures.ts';
import { registerHome } from './home.ts';
import { registerInteractions } from './interactions.ts';
import { registerMessages } from './messages.ts';
import { SlackNotifier } from './notifier.ts';
import { SeenEvents } from './seen-events.ts';
import { readSlackSettings, SLACK_PATH, type Env } from './settings.ts';

export { slackConfigured, readSlackSettings, SLACK_PATH } from './settings.ts';
export { SLASH_COMMAND } from './messages.ts';
export { SlackNotifier } from './notifier.ts';


/**
 * The Slack front: a Bolt app whose `HTTPReceiver` is mounted at `POST /slack/events` on turnario's
 * one HTTP server (events, the `/turni` command and interactivity on one URL), or Socket Mode when
 * `SLACK_APP_TOKEN` is set (then no routes, and `start()` connects). Bolt verifies every request
 * (signature and a timestamp at most five minutes old: 401 otherwise) and acknowledges at once
 * (`processBeforeResponse: false`); the Web API client waits out `ratelimited` answers as Slack says
 * (`Retry-After`) and retries. Every `@slack/bolt` import of turnario lives in this folder.
 */

export interface SlackFrontDeps {
  conversation: Conversation;
  store: Store;
  clock: Clock;
  env: Env;
  log: SlackLog;
  /** How the Web API client retries (network errors, rate limits); tests shorten the pauses. */
  retryConfig?: webApi.RetryOptions;
}

export interface SlackFront {
  routes: Route[];
  notifier: SlackNotifier;
  mode: 'http' | 'socket';
  /** Checks the token (`auth.test`) and, in Socket Mode, connects. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Retries for the Web API: a few, with growing pauses (on top of the `Retry-After` of a rate limit). */
export const defaultRetryConfig: webApi.RetryOptions = { retries: 5, factor: 2, minTimeout: 500, maxTimeout: 10_000 };

/** Bolt's logger, routed to ours: warnings and errors only (bad signatures, unhandled requests). */
function boltLogger(log: SlackLog): Logger {
  let level = LogLevel.WARN;
  return {
    debug: () => {},
    info: () => {},
    warn: (...message: unknown[]) => log(`Slack (Bolt): ${message.map(String).join(' ')}`),
    error: (...message: unknown[]) => log(`Slack (Bolt): ${message.map(String).join(' ')}`),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/** Builds the Slack front; a wrong setting is an Italian message naming the variable. */
export function createSlackFront(deps: SlackFrontDeps): { ok: true; front: SlackFront } | { ok: false; message: string } {
  const read = readSlackSettings(deps.env);
  if (!read.ok) return read;
  const settings = read.settings;
  const logger = boltLogger(deps.log);
  const clientOptions = { slackApiUrl: settings.apiUrl, retryConfig: deps.retryConfig ?? defaultRetryConfig };
  const common = { token: settings.botToken, logger, clientOptions, deferInitialization: true };
  let routes: Route[] = [];
  let started = false;
  let app: InstanceType<typeof App>;
  if (settings.mode === 'socket') {
    app = new App({ ...common, appToken: settings.appToken, socketMode: true });
  } else {
    const receiver = new HTTPReceiver({ signingSecret: settings.signingSecret!, endpoints: SLACK_PATH, processBeforeResponse: false, logger });
    app = new App({ ...common, receiver });
    routes = [{
      method: 'POST', path: SLACK_PATH,
      // Before start() Bolt would refuse the request with an error; Slack retries a 503 later.
      handle: (req: IncomingMessage, res: ServerResponse) => (started ? receiver.requestListener(req, res) : sendText(res, 503, 'turnario si sta avviando: riprova tra qualche secondo.')),
    }];
  }
  const handlerDeps = { conversation: deps.conversation, store: deps.store, log: deps.log, users: new SlackUsers(deps.conversation, deps.log) };
  const seen = new SeenEvents(deps.clock);
  // Slack retries an event it thinks we missed (`x-slack-retry-num`): one event, one answer.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seen.first(eventId)) return;
    await next();
  });
  registerMessages(app, handlerDeps);
  registerInteractions(app, handlerDeps);
  registerHome(app, handlerDeps);
  app.error(async (error) => deps.log('Slack: errore non gestito in un ascoltatore', error));
  const notifier = new SlackNotifier(app.client, deps.store, deps.log);
  return {
    ok: true,
    front: {
      routes,
      notifier,
      mode: settings.mode,
      async start() {
        if (started) return;
        try {
          await app.init();
        } catch (error) {
          throw new Error(`Slack non accetta SLACK_BOT_TOKEN o non risponde (${describeSlackError(error)}): controlla il token e, se impostato, SLACK_API_URL.`, { cause: error });
        }
        if (settings.mode === 'socket') await app.start();
        started = true;
      },
      async stop() {
        if (!started) return;
        started = false;
        if (settings.mode === 'socket') await app.stop();
      },
    },
  };
}
