import type { Readable, Writable } from 'node:stream';
import { createConversation, type Conversation } from '../../src/conversation/index.ts';
import { systemClock, type Clock } from '../../src/ports.ts';
import { seedDemoOffices } from '../cli/demo-offices.ts';
import { createConsoleFront, type ConsoleFront } from '../console/index.ts';
import { createHttpServer } from '../http/index.ts';
import { webRoutes } from '../web/index.ts';
import { personalFeedUrl } from '../../src/feeds/feed-url.ts';
import { openLowdbStore, type LowdbStore } from '../store/index.ts';
import { startScheduler, type CronLike, type Scheduler } from '../../jobs/schedule.ts';
import { jobStatusLines } from '../../jobs/job-status.ts';
import { frontFactories, FrontSettingsError, type ChatFront, type FrontFactory } from './chat-fronts.ts';
import { seedDemoCalendars } from './demo-calendar.ts';
import { sharedGiadaEngines } from './giada-engines.ts';
import { FanOutNotifier } from './fan-out-notifier.ts';
import { healthRoute } from './health-route.ts';

export { FrontSettingsError } from './chat-fronts.ts';

/**
 * The one process of `npm start`: the store, the conversation core, the chat platforms whose settings
 * are present (Teams, Slack) on one HTTP server with the health endpoint, the web views and iCal feeds,
 * the console when asked, the
 * scheduled jobs, and a fan-out notifier that routes every notification to each platform reaching the
 * recipient. `stop()` undoes it all in reverse order.
 */

export interface ComposeLog {
  info(line: string): void;
  error(message: string, error?: unknown): void;
}

export interface ComposeOptions {
  env: Record<string, string | undefined>;
  dataDir: string;
  /** Default `PORT`, else 3000; 0 picks a free port. */
  port?: number;
  /** Default `HOST`, else 127.0.0.1. */
  host?: string;
  clock?: Clock;
  /** The console chat's streams, when it runs. */
  console?: { input: Readable; output: Writable; as?: string };
  /** Scheduled jobs (default on); `cron` replaces node-cron in tests. */
  jobs?: boolean | { cron: CronLike };
  log: ComposeLog;
  /** The chat platforms to consider (default: all of `frontFactories`). */
  fronts?: readonly FrontFactory[];
}

export interface Turnario {
  port: number;
  host: string;
  store: LowdbStore;
  conversation: Conversation;
  notifier: FanOutNotifier;
  /** Names of the chat platforms running ("console", "teams", …). */
  fronts: string[];
  /** Resolves when the console session ends (never, without a console). */
  consoleDone: Promise<void>;
  /** Stops everything: console, jobs, chat platforms, HTTP server, background work, store. Idempotent. */
  stop(): Promise<void>;
}

export function portFrom(env: ComposeOptions['env']): number | string {
  const raw = env.PORT?.trim();
  if (!raw) return 3000;
  const port = Number(raw);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : `PORT: atteso un numero di porta tra 0 e 65535, trovato "${raw}".`;
}

export async function startTurnario(options: ComposeOptions): Promise<Turnario> {
  const { env, log } = options;
  const clock = options.clock ?? systemClock;
  const store = await openLowdbStore({ dir: options.dataDir });
  const undo: (() => Promise<void>)[] = [() => store.close()];
  const stopAll = async () => {
    for (const step of undo.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        log.error('Errore durante l\'arresto', error);
      }
    }
  };
  try {
    const seeded = await seedDemoOffices(store, clock);
    if (seeded.length > 0) {
      log.info(`Primo avvio: caricati gli uffici dimostrativi (${seeded.join(', ')}).`);
      for (const line of await seedDemoCalendars(store, clock, seeded)) log.info(line);
    }

    const notifier = new FanOutNotifier(log);
    let consoleFront: ConsoleFront | null = null;
    if (options.console) {
      consoleFront = createConsoleFront({ store, input: options.console.input, output: options.console.output });
      notifier.add({ name: 'console', notifier: consoleFront.notifier, reaches: () => true });
    }
    // Links given in chat ("il mio calendario") name the port actually bound, unless TURNARIO_PUBLIC_URL says otherwise.
    const linkEnv = { ...env };
    const giadaEngine = sharedGiadaEngines(store, clock, notifier);
    const conversation = createConversation({ store, clock, notifier, giadaEngine, jobStatus: () => jobStatusLines(store, clock.now()), feedUrl: personalFeedUrl(store, clock, linkEnv), log: (message, error) => log.error(message, error) });
    undo.push(() => conversation.idle());

    const fronts: ChatFront[] = [];
    for (const factory of options.fronts ?? frontFactories) {
      const front = await factory({ conversation, store, clock, env, log: (message, error) => log.error(message, error) });
      if (!front) continue;
      fronts.push(front);
      notifier.add({ name: front.name, notifier: front.notifier, reaches: (to) => front.reaches(to) });
    }

    let jobs: Scheduler | null = null;
    const server = createHttpServer({ log });
    const startedAt = clock.now();
    server.addRoutes([
      healthRoute({
        store, dataDir: options.dataDir, startedAt,
        fronts: () => [...(consoleFront ? ['console'] : []), ...fronts.map((f) => f.name)],
        jobs: () => (jobs ? 'attivi' : options.jobs === false ? 'disattivati' : 'fermati'),
      }),
      ...fronts.flatMap((f) => f.routes),
      // The read-only web views and iCal feeds (adapters/web).
      ...webRoutes({ store, clock, env }),
    ]);
    const port = options.port ?? portFrom(env);
    if (typeof port === 'string') throw new Error(port);
    const host = options.host ?? (env.HOST?.trim() || '127.0.0.1');
    const bound = await server.listen(port, host);
    undo.push(() => server.close());
    linkEnv.PORT = String(bound.port);
    log.info(`Server HTTP in ascolto su http://${host}:${bound.port} (stato: /health).`);

    for (const front of fronts) {
      if (front.start) {
        try {
          await front.start();
        } catch (error) {
          throw new FrontSettingsError(`${front.label} non è partito: il collegamento con il servizio non è riuscito. Controlla le credenziali e la rete, poi riavvia. (Dettaglio tecnico: ${(error as Error).message})`);
        }
      }
      if (front.stop) undo.push(() => front.stop!());
      log.info(front.summary);
    }

    if (options.jobs !== false) {
      const scheduler = startScheduler({ store, notifier, clock, giadaEngine, log: (line) => log.info(line), ...(typeof options.jobs === 'object' ? { cron: options.jobs.cron } : {}) });
      jobs = scheduler;
      undo.push(async () => {
        await scheduler.stop();
        jobs = null;
      });
      await scheduler.started;
      log.info('Job pianificati attivi (ogni minuto, ora di Roma).');
    }

    let consoleDone: Promise<void> = new Promise(() => {});
    if (consoleFront) {
      const running = consoleFront;
      undo.push(async () => running.close());
      consoleDone = running.run(conversation, options.console?.as);
    }

    return {
      port: bound.port, host, store, conversation, notifier,
      fronts: [...(consoleFront ? ['console'] : []), ...fronts.map((f) => f.name)],
      consoleDone,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
