import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RosterModel } from '../model.ts';
import { solveRoster, type SolveOptions, type SolveResult } from './solve.ts';

/**
 * Most people for which two independent solves, one per core, are run instead of one solve pricing on both: the
 * branch-and-price search's problems (at most 24 people), where a run's outcome depends on its plunges more than on its
 * speed. Measured at 10 s on a quiet machine, seeds 1-12: Instance5 at its optimum in 9 of 12 runs against 5 of 12
 * with one solve; Instance7 1056-1065 (mean 1059.4) against 1056-1096 (mean 1064.1); Instances 1-4 and 6 proven as
 * fast. Instance8 (30 people) stays with one solve pricing on both cores: two single-core solves, seeds 1 and 21-25,
 * ended 1302-1317 and one slot short (1402), no better than one solve.
 */
export const PORTFOLIO_MAX_PEOPLE = 24;
/** The second solve's seed, apart from the first's. */
const SECOND_SEED = 7919;

/** Better of two results: fewer hard violations, then lower objective; the first on a tie. */
export function betterResult(a: SolveResult, b: SolveResult): SolveResult {
  const hard = (r: SolveResult) => r.hardViolations.reduce((sum, v) => sum + v.penalty, 0);
  if (hard(a) !== hard(b)) return hard(a) < hard(b) ? a : b;
  return b.objective < a.objective ? b : a;
}

/** The second solve, on a helper thread; null when it fails or cannot start. */
function solveOnHelper(model: RosterModel, options: SolveOptions, deadlineEpoch: number): { result: Promise<SolveResult | null>; stop: () => void } {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./pricing-worker-boot.mjs', import.meta.url), {
      workerData: { module: new URL('./portfolio-worker.ts', import.meta.url).href, model, options, deadlineEpoch },
    });
  } catch {
    return { result: Promise.resolve(null), stop: () => undefined };
  }
  const result = new Promise<SolveResult | null>((resolve) => {
    worker.on('message', (answer: { ok: boolean; result?: SolveResult }) => resolve(answer.ok ? answer.result! : null));
    worker.on('error', () => resolve(null));
    worker.on('exit', () => resolve(null));
  });
  return { result, stop: () => void worker.terminate() };
}

/**
 * Solves with a time budget on small problems (at most `PORTFOLIO_MAX_PEOPLE` people) as two independent searches, this
 * thread's and a helper thread's with another seed, each on one core, and returns the better roster; a roster this thread
 * proves optimal ends both (one the helper proves waits for this thread's budget to end). Larger problems, move budgets,
 * an injected clock and single-core machines get one solve (`solveRoster`).
 */
export async function solvePortfolio(model: RosterModel, options: SolveOptions = {}): Promise<SolveResult> {
  const seconds = options.seconds ?? (options.iterations === undefined ? 10 : Infinity);
  // An injected clock cannot cross to another thread (and asks for one timeline): one solve.
  if (!Number.isFinite(seconds) || options.iterations !== undefined || options.clock !== undefined || availableParallelism() < 2 || model.people.length > PORTFOLIO_MAX_PEOPLE) {
    return solveRoster(model, options);
  }
  const started = performance.now();
  const second = solveOnHelper(model, { ...options, seed: (options.seed ?? 1) + SECOND_SEED, threads: 1 }, Date.now() + seconds * 1000);
  try {
    const mine = await solveRoster(model, { ...options, seconds, threads: 1 });
    if (mine.stats.proven) return mine;
    // The helper started a little later (loading the TypeScript modules) and ends a little later: wait for it.
    const theirs = await second.result;
    const best = theirs ? betterResult(mine, theirs) : mine;
    const portfolio = { mine: mine.objective, theirs: theirs?.objective ?? null };
    return { ...best, stats: { ...best.stats, seconds: (performance.now() - started) / 1000, portfolio } };
  } finally {
    second.stop();
  }
}
