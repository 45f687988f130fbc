import cron, { type ScheduledTask, type TaskOptions } from 'node-cron';
import type { Clock } from '../src/ports.ts';
import type { JobDeps } from './due-item.ts';
import { formatRun } from './job-status.ts';
import { runDue, type TickResult } from './run-due.ts';

/** Every minute, except the 02:00–02:59 hour (skipped or repeated on the DST days). */
export const TICK_EXPRESSION = '* 0-1,3-23 * * *';
export const TICK_TIMEZONE = 'Europe/Rome';
export const TICK_NAME = 'turnario-jobs-tick';

/** The part of node-cron the scheduler uses; tests pass a recorder, production the real module. */
export interface CronLike {
  schedule(expression: string, task: () => unknown, options: TaskOptions): Pick<ScheduledTask, 'stop' | 'destroy'>;
}

export interface SchedulerDeps extends JobDeps {
  clock: Clock;
  /** One line per run and per problem (default: console.log). */
  log?: (line: string) => void;
  cron?: CronLike;
}

export interface Scheduler {
  /** The catch-up tick run at start: what fell due while the process was down. */
  readonly started: Promise<TickResult | null>;
  /** Runs one tick now (what cron calls every minute); null when a tick is already running. */
  tick(): Promise<TickResult | null>;
  stop(): Promise<void>;
}

/**
 * Registers the per-minute tick with node-cron in Europe/Rome and runs a catch-up tick at once. Every
 * job is "what is due at this instant and not yet done", so cron only wakes the tick: a restart or a
 * missed minute changes nothing. Ticks never overlap in this process (and node-cron's `noOverlap`);
 * across processes the store's lock and the claims in `update` keep sends single.
 */
export function startScheduler(deps: SchedulerDeps): Scheduler {
  const log = deps.log ?? ((line: string) => console.log(line));
  let running: Promise<TickResult | null> | null = null;
  const tick = (): Promise<TickResult | null> => {
    if (running) return Promise.resolve(null);
    running = (async () => {
      try {
        const result = await runDue(deps, deps.clock.now());
        for (const run of result.runs) log(`[job] ${formatRun(run)}`);
        return result;
      } catch (error) {
        log(`[job] Controllo dei job non riuscito: ${(error as Error).message}`);
        return null;
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const started = tick();
  const task = (deps.cron ?? cron).schedule(TICK_EXPRESSION, () => tick(), { timezone: TICK_TIMEZONE, name: TICK_NAME, noOverlap: true });
  return {
    started,
    tick,
    async stop() {
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
