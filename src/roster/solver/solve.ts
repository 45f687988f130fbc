import type { RosterModel } from '../model.ts';
import type { Roster } from '../roster.ts';
import { scoreRoster, type RuleScore } from '../score.ts';
import type { Violation } from '../rules/index.ts';
import { anneal, type AnnealSettings } from './anneal.ts';
import { searchColumns, TREE_MAX_PEOPLE, type ColumnResult } from './column-generation.ts';
import { changeableShortfall } from './lns.ts';
import { mendShortfall, repairCover, replanGroups } from './group-replans.ts';
import { constructRoster } from './construct.ts';
import { createPrng, type Prng } from './prng.ts';
import { compileProblem, type Problem } from './problem.ts';
import { MAX_TRACKED_COUNTS, WIDE_TRACKED_COUNTS, rowDpShape } from './row-dp-space.ts';
import { createRowMove, type RowMove } from './row-move.ts';
import { pricingModeFor } from './row-pricing.ts';
import { createState, lexicographicScore, recomputeState, type SearchState } from './state.ts';
import { supportsSubsetMip } from './subset-mip.ts';
import { pinWeekends, plansWeekends } from './weekend-plan.ts';
import { pinnedPhaseFits, planWeekendsFirst } from './weekend-path.ts';
import { replansWeekendBlocks } from './weekend-blocks.ts';
import { listUncovered, type UncoveredSlot } from './uncovered.ts';

export interface SolveOptions {
  seed?: number;
  /** Wall-clock budget; the only source of nondeterminism. */
  seconds?: number;
  /** Move budget, for exactly reproducible runs (tests). Disables the time-based column phase. */
  iterations?: number;
  /** Milliseconds clock, injectable; defaults to performance.now. */
  clock?: () => number;
  /** Use the price-and-dive phase (default: when a pricing round's DP work fits the time budget). */
  columns?: boolean;
  /**
   * With a weekend plan (on the re-plan path), price-and-dive the problem with the weekends pinned before the
   * re-plans (default: when a pricing round of it fits the time budget).
   */
  pinnedColumns?: boolean;
  /** Use large neighbourhood search with the subset MIP when the column phase is off (default true with a time budget). */
  lns?: boolean;
  /** Overrides of the annealing settings. */
  anneal?: Partial<AnnealSettings>;
  /** A starting roster (e.g. a domain-specific construction) instead of the built-in greedy one. */
  initial?: Roster;
  /** Threads this solve may use, the calling one included (pricing and re-plan helpers); default: every core, at most 4. */
  threads?: number;
  /**
   * Cores other processes keep busy, read before the weekend plan by the relaxation (which prices on every thread;
   * see `RELAXATION_CORES_SHORT` in `weekend-path.ts`); default: read from the cores' times over a quarter of a
   * second (`otherProcessesLoad`).
   */
  otherLoad?: () => Promise<number>;
}

export interface SolveResult {
  roster: Roster;
  /** Soft penalty of the returned roster. */
  objective: number;
  feasible: boolean;
  hardViolations: Violation[];
  breakdown: RuleScore[];
  uncovered: UncoveredSlot[];
  stats: {
    iterations: number; seconds: number; lowerBound: number | null; columns: number; dives: number; groupRounds: number;
    /** Whether the roster is proven optimal (see `ColumnResult.optimal`); the solve then stops early. */
    proven: boolean;
    /** Of the group re-plans, those solved on the helper thread (`replan-pool.ts`). */
    groupHelped: number;
    /** Seconds the weekend plan took (`weekend-plan.ts`), null when none was made. */
    weekendPlanSeconds: number | null;
    /**
     * How the weekend plan was made: `columns`, by the column phase on the problem without the weekdays' cover
     * (`weekend-relaxation.ts`); `mip`, by the compact weekend MIP (`weekend-plan.ts`); null when none was made.
     */
    weekendPlanBy: 'columns' | 'mip' | null;
    /** The column phase's course, when it ran (see `ColumnResult.trace`). */
    columnTrace: ColumnResult['trace'] | null;
    /**
     * Under Lagrangian pricing with a weekend plan: the objective of the pinned column phase's roster that seeded the
     * column phase (`SEED_PHASE_SECONDS`), null when none did.
     */
    seedScore: number | null;
    /** Two independent solves (`solvePortfolio`): each one's objective, the helper's null when it gave none. */
    portfolio?: { mine: number; theirs: number | null };
  };
}

/** Shares of the budget: annealing alone, then group re-plans (LNS), then a short cool anneal. */
const LNS_START = 0.4;
/** With a weekend plan, the re-plans keep it pinned until this share (see `weekend-path.ts` for the plan's). */
const WEEKEND_FREED = 0.8;
const LNS_END = 0.95;
/**
 * When the column phase starts (the anneal before it only seeds the master with a roster): the
 * root needs most of the time (Instance14 under load 3: 1962 starting at 15 %, 1278 at 5 %).
 */
const COLUMN_START = 0.05;
/** When the group re-plans repairing a short cover after the column phase stop (the cool anneal has the rest). */
const REPAIR_END = 0.97;
/**
 * When the restricted MIP over the columns must end where the repair starts with everyone's weekend blocks
 * (`weekend-blocks.ts`; otherwise at 90 %, with the phase): those took 2.3-5.2 s on Instance8's rosters a slot short,
 * and the restricted MIP (12 s at 60 s) had not beaten the best dive on Instances 8 and 9 in traced runs.
 */
const BLOCKS_REPAIR_START = 0.8;
/**
 * When the column phase ends where the search may run (`TREE_MAX_PEOPLE`; else 90 %; a restricted MIP still ends at 90 %).
 * Instance7 at 10 s, seeds 1-24: 1056 in 16 of 24 runs (189-244 nodes) against 10 of 24 (157-223) ending at 90 %.
 */
const TREE_END = REPAIR_END;

/** Whether some (day, task) with an under-cover weight has fewer people than its target. */
function coverShortfall(pr: Problem, state: SearchState): boolean {
  for (let k = 0; k < pr.D * pr.T; k++) if (pr.coverUnder[k]! > 0 && state.coverCount[k]! < pr.coverTarget[k]!) return true;
  return false;
}

/** DP work (states x days x values x people per pricing round) allowed per second of budget for the column phase. */
const COLUMN_WORK_PER_SECOND = 1.5e7;
/**
 * With Lagrangian pricing (`pricingModeFor`) a round's work counts this many times over: each person's DP runs
 * several times, and such problems need long roots. Instance13 (3.1e9 per round) was admitted from 209 s by the
 * plain rule: at 240 s its root was cut at 110 s and no dive ended in time (3342 with the first valid row, 3401
 * with Lagrangian pricing, against 1444-1455 by the pinned column phase at 60-120 s). From the construction, with
 * Lagrangian pricing, its root converged in 121-130 s at 1348.0 (its optimum) and one cell dive took 68-83 s: this
 * factor admits it from 418 s (at 420 s, seed 1: 1348, root 130 s, bound 1345.4). It now applies where no pinned
 * phase seeds the column phase (`SEEDED_LAGRANGIAN_WORK_FACTOR`).
 */
const LAGRANGIAN_WORK_FACTOR = 2;
/**
 * The factor instead when the column phase is seeded by the pinned one (`SEED_PHASE_SECONDS`): Instance13 is then
 * admitted from 230 s (at 1.15, 241 s; 240 s gave the pinned path's 1435).
 */
const SEEDED_LAGRANGIAN_WORK_FACTOR = 1.1;
/**
 * Under Lagrangian pricing with a weekend plan, the column phase starts from the roster of the pinned column phase
 * run as at 60 s (plan, pinned root, one cell dive: about 1450-1550 on Instance13 with the weekend MIP's plan,
 * 1355-1560 with the relaxation's since session 19, no re-plan), and its root's smoothing centres on Lagrangian
 * bounds from zero duals (`Smoothing`; from the construction, with the exact-bound centre, it took 121-130 s).
 * Instance13 at 240 s, seeds 1-3: 1349, 1348 (its optimum), 1349; roots of 76-79 s after the 60 s seed, one cell
 * dive each; by the bench, 1449 (seed 1: the dive a slot short, not repaired) and 1348 (seed 2, root 61 s). The
 * pinned path gave 1435 at 240 s (seed 1), and 1432 at 300 s.
 */
const SEED_PHASE_SECONDS = 60;
/** At most this share of the budget for the seed (small problems given the column phase by `columns: true`). */
const SEED_PHASE_SHARE = 0.25;
/**
 * Work per round per second of budget up to which the column phase's DP counts a wide maximum (up
 * to WIDE_TRACKED_COUNTS values): the root then needs about as many rounds, each several times
 * dearer. Measured at 10 s: Instance5 (a maximum of 14, 3.2e7 per round) gets an exact LP bound
 * (1140.6) and its optimum 1143 in 3 of 7 runs (1144-1146 otherwise; 1145-1146 with surcharges).
 * Instance7 (a maximum of 9, 4.8e7) stayed out while its dives carried the search (3-6 dives, up to 100 points
 * worse than with surcharges); with the branch-and-price search branching on the share nearest one half
 * (`branchingCell`), counted, its exact root LP (1054.1, against Lagrangian bounds of 1042-1050 with surcharges) starts
 * the search after one dive: two solves (`solvePortfolio`), seeds 1-12 twice, reached its optimum 1056 in 9 of 24 runs
 * (1056-1060, mean 1057.3) against 2 of 20 with surcharges (1056-1064, mean 1058.4); at 30 s, one solve, 4 of 4 (one
 * proven: its search complete). Instance10 (4.4e8 at 60 s) and Instance13 stay out.
 */
const WIDE_WORK_PER_SECOND = 5e6;

/** A row move counting a wider maximum, when that changes the DP and a pricing round stays within budget; else null. */
function widerMove(pr: Problem, seconds: number): RowMove | null {
  // Sized first: the DP's tables are only allocated for a move that will be used.
  const wide = rowDpShape(pr, { maxCounts: WIDE_TRACKED_COUNTS });
  if (!wide || wide.counts <= MAX_TRACKED_COUNTS) return null;
  return wide.stateCount * pr.D * (pr.S + 1) * pr.P <= WIDE_WORK_PER_SECOND * seconds ? createRowMove(pr, { maxCounts: WIDE_TRACKED_COUNTS }) : null;
}

/** The pinned column phase's root ends by this share of the budget at the latest (70 % of its time to here). */
const PINNED_ROOT_END = 0.8;
/**
 * Its dive ends by this share: one not done by then (a loaded machine) rounds to every person's leading column, and
 * the re-plans with the plan freed repair what that leaves short. Quiet, Instance13's dive ended at 45-56 s of 60
 * in most runs; seed 9's was rounded at 54 s (0.9 of the budget, 2681) and at 57 s (2499). Hurrying the dive from
 * 48 s instead (half the candidates per step, none taken back) gave 1975 there but 1769 on seed 6 (1453
 * unhurried): not kept.
 */
const PINNED_DIVE_END = 0.95;

const DEFAULT_ANNEAL: AnnealSettings = {
  hardWeight: 100, startTemperature: 10, endTemperature: 0.3, adaptive: true, minHardWeight: 5,
  rowMoveRate: 0.01, cycles: 1, maxRecreate: 3,
};

/**
 * Builds a roster: greedy construction, simulated annealing (cell, swap, block and DP row moves),
 * then, when a round of pricing every person's row by DP fits the time budget, price-and-dive over
 * DP rows (column generation priced on every core, cell and column dives, or branch-and-price on small
 * problems; a roster proven optimal stops the solve early), group re-plans around
 * covers still short, and a final anneal; when it does not (large
 * instances), exact re-plans of groups of rows on windows of days (LNS
 * with the subset MIP) between the anneal and a short cool one. Where weekend
 * limits bind, the weekends are planned first and pinned (by the compact weekend MIP,
 * `weekend-plan.ts`, or, under Lagrangian pricing, by price-and-dive without the weekdays'
 * cover, `weekend-relaxation.ts`); the weekdays around them then come from price-and-dive
 * on the pinned problem when a pricing round of it fits the budget (Instance13 at 60 s),
 * else from the anneal and re-plans, and the last re-plans free the plan.
 */
export async function solveRoster(model: RosterModel, options: SolveOptions = {}): Promise<SolveResult> {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const seconds = options.seconds ?? (options.iterations === undefined ? 10 : Infinity);
  const deadline = started + seconds * 1000;
  const rng = createPrng(options.seed ?? 1);
  const pr = compileProblem(model);
  const narrow = createRowMove(pr);
  // Row DP work per call; large state spaces make DP moves rarer and skip column generation.
  const narrowWork = narrow ? narrow.dp.stateCount * pr.D * (pr.S + 1) : Infinity;
  const settings = { ...DEFAULT_ANNEAL, ...options.anneal };
  const at = (share: number) => started + share * (deadline - started);
  const iterations = options.iterations ?? Infinity;
  // Price-and-dive when a pricing round (every person's DP) is cheap enough for the budget: the root
  // takes 50-100 rounds. At 60 s this admits Instances 8-12 and 14 (at most 4.9e8), not 13 (3.1e9, counted 1.1
  // times for its Lagrangian pricing, seeded by the pinned phase: from 230 s).
  const pricing = narrow ? pricingModeFor(pr, narrow) : 'first-valid';
  // Under Lagrangian pricing with a weekend plan, the column phase is seeded by the pinned one (see SEED_PHASE_SECONDS).
  const seedsPinned = pricing === 'lagrangian' && !options.initial && options.pinnedColumns !== false && plansWeekends(pr)
    && pinnedPhaseFits(narrowWork * pr.P, SEED_PHASE_SECONDS);
  const workFactor = pricing === 'lagrangian' ? (seedsPinned ? SEEDED_LAGRANGIAN_WORK_FACTOR : LAGRANGIAN_WORK_FACTOR) : 1;
  const useColumns = narrow !== null && Number.isFinite(deadline)
    && (options.columns ?? narrowWork * pr.P * workFactor < COLUMN_WORK_PER_SECOND * seconds);
  const useLns = !useColumns && Number.isFinite(deadline) && options.iterations === undefined && (options.lns ?? true) && supportsSubsetMip(pr);
  const seedsColumns = useColumns && seedsPinned;
  // Weekends first (`weekend-path.ts`): the search starts with every weekend day pinned to the plan.
  const plansFirst = (useLns || seedsColumns) && !options.initial && plansWeekends(pr);
  // By default, the weekdays around the plan are priced and dived when a pricing round of the pinned problem fits the
  // budget (pins do not change the row DP's shape, so `narrowWork` is its work) and the plan was not slow (`planWeekendsFirst`).
  const forcePinned = options.pinnedColumns === true || seedsColumns;
  const pinnedColumns = plansFirst && options.pinnedColumns !== false && (forcePinned || pinnedPhaseFits(narrowWork * pr.P, seconds));
  // The pinned column phase runs as at 60 s when it seeds the whole problem's (see SEED_PHASE_SECONDS), else on the budget.
  const pinnedUntil = seedsColumns ? (share: number) => started + share * Math.min(SEED_PHASE_SECONDS, SEED_PHASE_SHARE * seconds) * 1000 : at;
  const threads = options.threads === undefined ? {} : { threads: options.threads };
  const blocksRepair = supportsSubsetMip(pr) && replansWeekendBlocks(pr) ? { mipEnd: at(BLOCKS_REPAIR_START) } : {};
  const weekends = plansFirst ? await planWeekendsFirst(pr, narrow, rng, {
    clock, at, pinnedUntil, seconds, pricing, pinnedColumns, forcePinned, threads: options.threads, otherLoad: options.otherLoad,
  }) : null;
  const plan = weekends?.plan ?? null;
  const searchPr = plan ? pinWeekends(pr, plan) : pr;
  const pinnedMove = weekends?.pinned ? createRowMove(searchPr) : null;
  // After the relaxation's plan the pinned phase prices by Lagrangian relaxation too (its LP otherwise stalls: 1412
  // against 1349 with an optimal roster's weekends pinned), its dives deleting the columns their pins close.
  const relaxed = weekends?.by === 'columns';
  let state = createState(searchPr, options.initial ? options.initial.cells : constructRoster(searchPr, rng));
  // Pricing is exact only where the binding maximum is counted: count a wide one (Instance5's 14) when a
  // round stays cheap; the annealer's row moves then use the same DP.
  const rowMove = useColumns ? widerMove(pr, seconds) ?? narrow : narrow;
  const dpWork = rowMove ? rowMove.dp.stateCount * pr.D * (pr.S + 1) : Infinity;
  // Without the column phase the annealer carries the search: keep costly DP moves rare.
  const dpScale = useColumns ? 2e6 : 5e4;
  if (options.anneal?.rowMoveRate === undefined) settings.rowMoveRate *= Math.min(1, dpScale / dpWork);
  // The pinned column phase needs no annealed roster: the construction only seeds its master. Nor does a column
  // phase with Lagrangian pricing, whose root an annealed roster slows when its smoothing centres on exact bounds:
  // on Instance13 at 420 s, seeded by a 21 s anneal, it was cut unconverged at 191 s (a rounded dive, 3053 in the
  // end), where from the construction it converged in 121-130 s; seeded by a 1553 roster, its LP stayed at 1553 for
  // 77 rounds. (Seeded by the pinned phase, it centres on Lagrangian bounds instead: see SEED_PHASE_SECONDS.)
  const seedOnly = pinnedMove !== null || (useColumns && pricing === 'lagrangian');
  let run = seedOnly ? { best: state.cells.slice(), bestHard: state.hard, bestSoft: state.soft, iterations: 0 }
    : anneal(state, rng, { iterations, deadline: useColumns ? at(COLUMN_START) : useLns ? at(LNS_START) : deadline, clock }, settings, rowMove);
  let total = run.iterations;
  let lowerBound: number | null = null;
  let columns = 0;
  let dives = 0;
  let groupRounds = 0;
  let groupHelped = 0;
  let columnTrace: ColumnResult['trace'] | null = null;
  let proven = false;
  let seedScore: number | null = null;
  // The column phases rank their rosters on the search state, and price on the threads allowed.
  const scoreCells = (cells: Int16Array) => {
    state.cells.set(cells);
    recomputeState(state);
    return lexicographicScore(state);
  };
  // The column phase on the pinned problem (root, then one cell dive), its ends at shares of the time `until` gives.
  const pinnedPhase = (move: RowMove, until: (share: number) => number) => searchColumns(searchPr, move, run.best, rng, {
    clock, mipStart: until(PINNED_ROOT_END), deadline: until(PINNED_DIVE_END), maxDives: 1, restrictedMip: false, roundAtDeadline: true,
    ...(relaxed ? { pricing, rootSmoothing: 'lagrangian-bound', dropClosedColumns: true } as const : {}), ...threads,
  }, scoreCells);
  if (useColumns && rowMove) {
    if (pinnedMove) {
      // The seed: the pinned column phase as at 60 s, its roster then scored (and searched) on the whole problem.
      const seed = await pinnedPhase(pinnedMove, pinnedUntil);
      state = createState(pr, seed?.cells ?? run.best);
      run = { ...run, best: state.cells.slice() };
      if (state.hard === 0) seedScore = state.soft;
    }
    // A first dive out of time rounds to every person's leading column (the re-plans below repair the cover).
    const found = await searchColumns(pr, rowMove, run.best, rng, {
      clock, mipStart: at(0.7), deadline: at(pr.P <= TREE_MAX_PEOPLE ? TREE_END : 0.9), mipEnd: at(0.9), pricing, roundAtDeadline: true, ...threads, ...blocksRepair,
      rootSmoothing: pinnedMove ? 'lagrangian-bound' : 'exact-bound', dropClosedColumns: pricing === 'lagrangian',
    }, scoreCells);
    const keep = scoreCells(run.best);
    if (found) {
      lowerBound = found.lowerBound;
      columns = found.columns;
      dives = found.dives;
      columnTrace = found.trace;
      if (found.cells && scoreCells(found.cells) > keep) scoreCells(run.best);
      proven = found.optimal && state.hard === 0 && lexicographicScore(state) <= found.lowerBound! + 1e-6;
    }
    // A slot the dives left short of its cover needs a chain of changes across people: re-plan groups around
    // it exactly (most Curtois optima leave some slots short too, so this usually runs, as a polish).
    // Measured at 10 s on Instance7 (seeds 1-6): 1155, 1057, 1062, 1061, 1062, 1068, the last from a 1158
    // roster; at 60 s Instance8 1302, Instance12 4041.
    if (!proven && supportsSubsetMip(pr) && state.hard === 0 && coverShortfall(pr, state)) {
      ({ rounds: groupRounds, helped: groupHelped } = await repairCover(state, rng, { clock, deadline: at(REPAIR_END) }, options.threads, lowerBound));
    }
    // A proven optimum ends the solve: the rest of the budget could not improve it.
    run = proven ? { ...run, best: state.cells.slice() }
      : anneal(state, rng, { iterations, deadline, clock }, { ...settings, startTemperature: 2, endTemperature: 0.2 }, rowMove);
    total += proven ? 0 : run.iterations;
  }
  if (useLns) {
    if (pinnedMove) {
      // Weekdays by price-and-dive around the plan (its bound holds for the pinned problem only: not reported).
      const found = await pinnedPhase(pinnedMove, at);
      if (found) {
        columns = found.columns;
        dives = found.dives;
        columnTrace = found.trace;
        if (found.cells) run = { ...run, best: found.cells };
      }
    }
    state.cells.set(run.best);
    recomputeState(state);
    // Group re-plans keep every hard rule, so they need a feasible roster; else the annealer goes on.
    let free = state;
    if (state.hard === 0 && plan) {
      // Around the weekend plan first, then with the plan freed too. After the pinned column phase, around the plan only
      // to mend the weekday slots its dive left short (`mendShortfall`): freed, the weekend slots, which only the freed plan can change,
      // would draw most groups (Instance13: 11 short on weekends in its best rosters).
      const pinned = !pinnedMove ? await replanGroups(state, rng, { clock, deadline: at(WEEKEND_FREED) }, options.threads)
        : changeableShortfall(state) ? await mendShortfall(state, rng, { clock, deadline: at(LNS_END) }, options.threads)
          : { rounds: 0, helped: 0 };
      free = createState(pr, state.cells);
      const rest = await replanGroups(free, rng, { clock, deadline: at(LNS_END) }, options.threads);
      groupRounds = pinned.rounds + rest.rounds;
      groupHelped = pinned.helped + rest.helped;
    } else if (state.hard === 0) {
      ({ rounds: groupRounds, helped: groupHelped } = await replanGroups(state, rng, { clock, deadline: at(LNS_END) }, options.threads));
    } else free = createState(pr, state.cells);
    run = anneal(free, rng, { iterations, deadline, clock }, state.hard === 0 ? { ...settings, startTemperature: 2, endTemperature: 0.2 } : settings, rowMove);
    total += run.iterations;
  }
  const roster: Roster = { people: pr.P, days: pr.D, cells: run.best };
  const score = scoreRoster(model, roster);
  return {
    roster, objective: score.objective, feasible: score.feasible, hardViolations: score.hardViolations,
    breakdown: score.breakdown, uncovered: listUncovered(model, roster),
    stats: { iterations: total, seconds: (clock() - started) / 1000, lowerBound, columns, dives, groupRounds, proven, groupHelped, weekendPlanSeconds: plan ? weekends!.seconds : null, weekendPlanBy: plan ? weekends!.by : null, columnTrace, seedScore },
  };
}
