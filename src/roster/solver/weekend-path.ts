import type { Prng } from './prng.ts';
import type { Problem } from './problem.ts';
import type { RowMove } from './row-move.ts';
import type { PricingMode } from './row-pricing.ts';
import { loadHighs } from './master.ts';
import { coresAvailable, otherProcessesLoad } from './machine-load.ts';
import { planWeekends } from './weekend-plan.ts';
import { planWeekendsByColumns } from './weekend-relaxation.ts';

/**
 * Weekends first, for a solve: by which method the weekend plan is made (the compact weekend MIP, `weekend-plan.ts`, or
 * price-and-dive without the weekdays' cover, `weekend-relaxation.ts`), and whether the column phase on the problem
 * with the plan pinned follows it.
 */

/** The compact weekend MIP's plan takes at most this share of the budget (`solve.ts` keeps it pinned to `WEEKEND_FREED`). */
const WEEKEND_PLAN_END = 0.2;
/**
 * Under Lagrangian pricing, the pinned column phase's weekend plan comes from the column phase on the problem without
 * the weekdays' cover (`weekend-relaxation.ts`): its dive starts by this share of the pinned phase's time (its root
 * has 70 % of the time to there: 10 s at 60 s) and ends by `RELAXED_PLAN_END`. Instance13 at 60 s: done by 13-16 s.
 */
const RELAXED_ROOT_END = 0.24;
const RELAXED_PLAN_END = 0.3;
/**
 * The relaxation's plan, priced on every thread, is only made when the machine leaves this solve all but this much
 * of the cores its threads want: beside one busy process (a core of two taken), Instance13 at 60 s gave 1885 with it
 * (its dive rounded at the deadline), 1455 with the compact MIP's plan and first-valid pricing, the path taken then.
 */
const RELAXATION_CORES_SHORT = 0.5;
/**
 * With a weekend plan, the column phase runs on the pinned problem (root, then one cell dive; the group re-plans,
 * plan freed, have the rest) when a pricing round of it fits the budget: its row DP's work (states x days x values x
 * people) per second of budget. Instance13 (3.1e9) fits from 58 s (session 16 set 3.5e8 against a wrong figure for
 * its round, 2.0e10, which let it in from 9 s, where only the plan's share below decided). Measured there at 60 s on two cores, quiet:
 * plan 6 s (without the weekdays' claims, which would take 4-5 s more and leave the dive unfinished), root and dive
 * about 45 s; seeds 1-8 1454, 1463, 1451, 1450, 1447, 1453, 1447, 1471 (mean 1455), seeds 9-12 2681 (a dive not
 * done in time, see `PINNED_DIVE_END` in `solve.ts`), 1543, 1458, 1444, against a mean of 1832 over 16 runs with the anneal and
 * the group re-plans around the plan (session 15). That plan bounded the phase: the pinned LP is 1435 with it. Since
 * session 19 the plan comes from the weekday-relaxed column phase (`weekend-relaxation.ts`, pinned LP 1356.4), the
 * pinned phase prices by Lagrangian relaxation, and re-plans mend the weekday slots its dive left short before the plan
 * is freed: seeds 1-8 1461, 1356, 1354, 1354, 1354, 1356, 1356, 1354 (seed 1's dive left two weekday slots short,
 * one mended in time). Beside a busy process (a core taken) it gave 1885 (seed 3), where the MIP's plan gave 1455.
 */
const PINNED_COLUMN_WORK_PER_SECOND = 5.4e7;
/**
 * The pinned column phase is left for the anneal and the re-plans when the weekend MIP's plan took more than this
 * share of the budget (by default; the relaxation's plan takes its fixed share and is not judged so). Instance13 at
 * 60 s: plans of 5.8-7.4 s on a quiet machine or beside one busy process (the dive then ended in time: 1453),
 * 11-12.5 s beside two, where the dive did not end in time (3968, rounded at its
 * deadline; the anneal and the re-plans around the plan gave 2470 under the same load).
 */
const PINNED_PLAN_MAX_SHARE = 0.15;

/** Whether a pricing round of the problem with its weekends pinned (row DP work `roundWork`) fits a budget of `seconds`. */
export function pinnedPhaseFits(roundWork: number, seconds: number): boolean {
  return roundWork <= PINNED_COLUMN_WORK_PER_SECOND * seconds;
}

export interface WeekendPathBudget {
  clock: () => number;
  /** The time at a share of the solve's budget. */
  at: (share: number) => number;
  /** The time at a share of the pinned column phase's time (the budget's, or the seed's as at 60 s). */
  pinnedUntil: (share: number) => number;
  seconds: number;
  pricing: PricingMode;
  /** Whether the pinned column phase is wanted, and whether it runs however long the plan took. */
  pinnedColumns: boolean;
  forcePinned: boolean;
  threads?: number;
  otherLoad?: () => Promise<number>;
}

export interface WeekendPath {
  /** The plan: a roster whose weekend cells are pinned (its weekdays are not meant to be kept); null when none was made. */
  plan: Int16Array | null;
  by: 'columns' | 'mip';
  /** Seconds the plan took. */
  seconds: number;
  /** Whether the pinned column phase follows. */
  pinned: boolean;
}

/**
 * Makes the weekend plan of a solve that plans weekends first. Under Lagrangian pricing, when the pinned column phase
 * is wanted and the machine leaves the solve the cores it prices on, by the relaxation; else (or when that finds no
 * roster) by the compact MIP, counting the weekdays' claims unless the pinned phase is to plan the weekdays.
 */
export async function planWeekendsFirst(pr: Problem, move: RowMove | null, rng: Prng, budget: WeekendPathBudget): Promise<WeekendPath> {
  const { clock, pinnedUntil, seconds, pinnedColumns, threads } = budget;
  const started = clock();
  const cores = coresAvailable();
  const relaxes = move !== null && pinnedColumns && budget.pricing === 'lagrangian'
    && cores - await (budget.otherLoad ?? otherProcessesLoad)() >= Math.min(threads ?? cores, cores) - RELAXATION_CORES_SHORT;
  const relaxed = relaxes ? await planWeekendsByColumns(pr, move, rng, {
    clock, mipStart: pinnedUntil(RELAXED_ROOT_END), deadline: pinnedUntil(RELAXED_PLAN_END), pricing: budget.pricing,
    dropClosedColumns: true, ...(threads === undefined ? {} : { threads }),
  }) : null;
  const plan = relaxed ?? planWeekends(await loadHighs(), pr, (budget.at(WEEKEND_PLAN_END) - clock()) / 1000, { claims: !pinnedColumns });
  const took = (clock() - started) / 1000;
  // The MIP's time is the first measure of this machine's speed on the problem: a slow plan leaves the dive no time.
  // (The relaxation's plan takes a fixed share of the time, up to RELAXED_PLAN_END, and is not judged by it.)
  const pinned = plan !== null && pinnedColumns && (budget.forcePinned || relaxed !== null || took <= PINNED_PLAN_MAX_SHARE * seconds);
  return { plan, by: relaxed ? 'columns' : 'mip', seconds: took, pinned };
}
