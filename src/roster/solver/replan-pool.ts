import { Worker } from 'node:worker_threads';
import type { Problem } from './problem.ts';
import { helperCount } from './pricing-pool.ts';
import type { DayWindow, SubsetResult } from './subset-mip.ts';

/**
 * A second core for group re-plans: the subset MIP is 92 % of large neighbourhood search's time (HiGHS
 * itself; building the model is the rest, measured on Instance13), and HiGHS runs on one thread. A helper
 * thread (`replan-helper.ts`, started like the pricing helpers) holds its own HiGHS and copy of the problem
 * and solves one re-plan at a time against the cells sent with it, while the calling thread solves another
 * (`lns.ts`). Until it has loaded, or when it fails, `ready()` is false and the search goes on alone.
 */
export interface ReplanRequest {
  id: number;
  cells: Int16Array;
  group: number[];
  window: DayWindow;
  seconds: number;
}

export interface ReplanAnswer {
  /** -1: the helper has loaded. */
  id: number;
  rows: Int16Array[] | null;
  optimal: boolean;
}

export interface ReplanHelper {
  ready(): boolean;
  /** Solves one re-plan on the helper thread; null when HiGHS found no solution in time or the helper failed. */
  solve(cells: Int16Array, group: number[], window: DayWindow, seconds: number): Promise<SubsetResult | null>;
  close(): void;
}

/** A helper thread for re-plans when the machine has a core to spare, else null. */
export function createReplanHelper(pr: Problem, threads?: number): ReplanHelper | null {
  if (helperCount(threads) === 0) return null;
  let loaded = false;
  let broken = false;
  let next = 0;
  const waiting = new Map<number, (answer: ReplanAnswer | null) => void>();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./pricing-worker-boot.mjs', import.meta.url), {
      workerData: { module: new URL('./replan-helper.ts', import.meta.url).href, pr },
    });
  } catch {
    return null;
  }
  worker.unref();
  const fail = () => {
    broken = true;
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', fail);
  worker.on('message', (answer: ReplanAnswer) => {
    if (answer.id < 0) { loaded = true; return; }
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
    // An idle helper does not keep the process alive; a pending re-plan does.
    if (waiting.size === 0) worker.unref();
  });
  return {
    ready: () => loaded && !broken,
    solve(cells, group, window, seconds) {
      if (broken) return Promise.resolve(null);
      const id = next++;
      return new Promise((resolve) => {
        waiting.set(id, (answer) => resolve(answer?.rows ? { rows: answer.rows, optimal: answer.optimal } : null));
        worker.ref();
        worker.postMessage({ id, cells, group, window, seconds } satisfies ReplanRequest);
      });
    },
    close() {
      worker.removeAllListeners('exit');
      void worker.terminate();
      fail();
    },
  };
}
