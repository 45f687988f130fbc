import { changeableShortSlots, changeableShortfall, keepIfNoWorse, searchGroups, type LnsBudget, type LnsStats } from './lns.ts';
import { loadHighs } from './master.ts';
import type { Prng } from './prng.ts';
import { leastUnderCoverWeight, NOT_FIXED, type Problem } from './problem.ts';
import { createReplanHelper } from './replan-pool.ts';
import { lexicographicScore, type SearchState } from './state.ts';
import { solveSubsetMip, windowFreedom, type DayWindow } from './subset-mip.ts';
import { replanWeekendBlocks, replansWeekendBlocks } from './weekend-blocks.ts';

const noStats = (): LnsStats => ({ rounds: 0, helped: 0, improved: 0, optimal: 0 });

/** Two steps' counts together. */
function sumStats(a: LnsStats, b: LnsStats): LnsStats {
  return { rounds: a.rounds + b.rounds, helped: a.helped + b.helped, improved: a.improved + b.improved, optimal: a.optimal + b.optimal };
}

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
  const blocks = noStats();
  if (replansWeekendBlocks(state.pr) && slotAboveBound(state, bound)) {
    replanWeekendBlocks(await loadHighs(), state, (budget.deadline - budget.clock()) / 1000, blocks);
  }
  const groups = await replanGroups(state, rng, budget, threads);
  return sumStats(blocks, groups);
}

/**
 * Mends the short slots a re-plan can change (`changeableShortfall`: with the weekend plan pinned, the weekday slots
 * the pinned dive left short) before the deadline: everyone on three open days around each such day first
 * (`windowsAround`), then group re-plans until none is left. Instance13 at 60 s: the pinned dive left one or two
 * weekday slots short in each of 7 runs (seeds 1 and 3-7), done at 46-53 s. Dumped there, the group re-plans mended a
 * single slot in 0.3-6.0 s or not in 12-15 s, by the groups drawn; these windows, proven in about a second each,
 * mended each of four single-slot rosters in 1.2-2.5 s, and one slot of the two-slot one (seed 1's: the second, on
 * the horizon's first day, was left to the groups).
 */
export async function mendShortfall(state: SearchState, rng: Prng, budget: LnsBudget, threads?: number): Promise<LnsStats> {
  const stats = noStats();
  const pr = state.pr;
  const highs = await loadHighs();
  const everyone = Array.from({ length: pr.P }, (_, p) => p);
  for (const day of new Set(changeableShortSlots(state).map((k) => Math.floor(k / pr.S)))) {
    for (const window of windowsAround(pr, day)) {
      const seconds = Math.min(WINDOW_SECONDS, (budget.deadline - budget.clock()) / 1000);
      if (!changeableShortfall(state) || seconds <= 0) break;
      keepIfNoWorse(state, everyone, solveSubsetMip(highs, pr, state.cells, everyone, seconds, windowFreedom(window)), stats);
    }
  }
  const groups = changeableShortfall(state) ? await replanGroups(state, rng, { ...budget, until: (st) => !changeableShortfall(st) }, threads)
    : noStats();
  return sumStats(stats, groups);
}

/** Seconds one window of everyone may take (Instance13, weekends pinned: proven in 0.2-1.2 s). */
const WINDOW_SECONDS = 2;

/**
 * The windows of three open days (days with some cell free to change: available, not pinned) that hold `day`: ending
 * on it, centred on it and starting on it (fewer near the horizon's ends, where they would overlap). A pinned day inside
 * a window is kept as it is: with the weekends pinned, the window ending on a Monday runs from Thursday.
 */
export function windowsAround(pr: Problem, day: number): DayWindow[] {
  const open: number[] = [];
  for (let d = 0; d < pr.D; d++) {
    for (let p = 0; p < pr.P; p++) if (pr.fixed[p * pr.D + d] === NOT_FIXED && !pr.unavailable[p * pr.D + d]) { open.push(d); break; }
  }
  const at = open.indexOf(day);
  if (at < 0) return [];
  const windows: DayWindow[] = [];
  for (let first = at - 2; first <= at; first++) {
    const start = Math.max(0, Math.min(first, open.length - 3));
    const from = open[start]!;
    const to = open[Math.min(open.length - 1, start + 2)]!;
    if (!windows.some((w) => w.from === from && w.to === to)) windows.push({ from, to });
  }
  return windows;
}

/** Whether the roster lies at least half the least under-cover weight above `bound` (true without a bound). */
function slotAboveBound(state: SearchState, bound: number | null): boolean {
  return bound === null || lexicographicScore(state) - bound >= leastUnderCoverWeight(state.pr) / 2;
}
