import { searchGroups, type LnsBudget, type LnsStats } from './lns.ts';
import { loadHighs } from './master.ts';
import type { Prng } from './prng.ts';
import { leastUnderCoverWeight } from './problem.ts';
import { createReplanHelper } from './replan-pool.ts';
import { lexicographicScore, type SearchState } from './state.ts';
import { replanWeekendBlocks, replansWeekendBlocks } from './weekend-blocks.ts';

/** Least time left for which the re-plan helper thread is started (it takes most of a second to load). */
const HELPER_MIN_MS = 3000;

/** Group re-plans (`lns.ts`) on this thread and, while they run, a helper thread on a second core. */
export async function replanGroups(state: SearchState, rng: Prng, budget: LnsBudget, threads?: number): Promise<LnsStats> {
  const helper = budget.deadline - budget.clock() > HELPER_MIN_MS ? createReplanHelper(state.pr, threads) : null;
  try {
    return await searchGroups(await loadHighs(), state, rng, budget, helper);
  } finally {
    helper?.close();
  }
}

/**
 * The repair of a roster whose cover the column phase left short: group re-plans around the slots still wrong, to the
 * deadline. Where weekend limits bind and the roster lies half a short slot's weight or more above the column phase's
 * lower bound (most likely a slot the LP covers was left short), everyone's weekends with the days beside them are
 * re-planned first (`weekend-blocks.ts`: a chain through many people's weekends, which no group holds). Closer to the
 * bound they are not: proving the blocks of a good roster took all of Instance9's repair (10 s) for nothing, and all of
 * Instance5's and 7's (0.7 s at 10 s), where the groups had polished before.
 */
export async function repairCover(state: SearchState, rng: Prng, budget: LnsBudget, threads: number | undefined,
  bound: number | null): Promise<LnsStats> {
  const blocks = { rounds: 0, helped: 0, improved: 0, optimal: 0 };
  if (replansWeekendBlocks(state.pr) && slotAboveBound(state, bound)) {
    replanWeekendBlocks(await loadHighs(), state, (budget.deadline - budget.clock()) / 1000, blocks);
  }
  const groups = await replanGroups(state, rng, budget, threads);
  return {
    rounds: blocks.rounds + groups.rounds, helped: groups.helped,
    improved: blocks.improved + groups.improved, optimal: blocks.optimal + groups.optimal,
  };
}

/** Whether the roster lies at least half the least under-cover weight above `bound` (true without a bound). */
function slotAboveBound(state: SearchState, bound: number | null): boolean {
  return bound === null || lexicographicScore(state) - bound >= leastUnderCoverWeight(state.pr) / 2;
}
