import { diveOnCells } from './cell-dive.ts';
import { diveOnColumns } from './column-dive.ts';
import { improvementStep, searchTree } from './branch-and-price.ts';
import { generate, type Smoothing } from './column-pricing.ts';
import { addColumn, createMaster, findColumn, loadHighs, releaseColumns, solveRestrictedMip } from './master.ts';
import { createPricingPool, fillPricedCosts, helperCount } from './pricing-pool.ts';
import type { Prng } from './prng.ts';
import type { Problem } from './problem.ts';
import type { RowMove } from './row-move.ts';
import { priceRow, type PricingMode } from './row-pricing.ts';

/**
 * Column generation with diving: the LP master picks one row per person; rows ("columns") come
 * from the row DP priced with the LP duals. After the root, dives pin the cells the LP favours
 * (`cell-dive.ts`) or fix the columns it favours (`column-dive.ts`), pricing again until the LP
 * is integral: an integer roster. A dive's roster within a point of the root's bound (its LP when pricing
 * is exact, a Lagrangian bound under surcharges) is optimal at once, and on small problems the first dive's
 * roster (the fourth's under surcharges) starts a branch-and-price search (`branch-and-price.ts`) for the rest
 * of the phase; otherwise the two kinds
 * alternate, randomised after the first of each, while time allows, and a restricted MIP over the
 * generated columns ends the phase.
 */
export interface ColumnBudget {
  clock: () => number;
  /** When dives stop and the restricted MIP starts. */
  mipStart: number;
  deadline: number;
  /** Threads the pricing may use, this one included (default: every core, at most 4). */
  threads?: number;
  /** Stop diving after this many dives (default: dive until `mipStart`). */
  maxDives?: number;
  /** Whether a restricted MIP over the columns ends the phase when no branch-and-price search ran (default true). */
  restrictedMip?: boolean;
  /** When the restricted MIP must end (default `deadline`, which still bounds the search): the caller's repair may want the rest. */
  mipEnd?: number;
  /**
   * When the first dive (a cell dive) runs out of time, end it with the roster of every person's leading column
   * instead of none (default false).
   */
  roundAtDeadline?: boolean;
  /** How pricing finds each person's row (`PricingMode`; default `first-valid`). */
  pricing?: PricingMode;
  /** Where the root's dual smoothing centres (`Smoothing`; default `exact-bound`). */
  rootSmoothing?: Smoothing;
  /**
   * Whether the cell dives delete the columns their kept steps close (`dropClosedColumns`; default false). Instance13
   * (Lagrangian pricing): the pinned problem's dive in 12 s instead of 19 s, the whole problem's in 65 s instead of 83 s
   * (the same roster). On the others it was not shown to help (Instance12 once not proven in 60 s with it).
   */
  dropClosedColumns?: boolean;
}

export interface ColumnResult {
  /** Best roster found by diving (null if none completed). */
  cells: Int16Array | null;
  /**
   * A lower bound on every roster: the best score when proven optimal, else the root's Lagrangian bound (its
   * LP objective when pricing was exact and converged; below it after surcharged pricing), or null.
   */
  lowerBound: number | null;
  columns: number;
  dives: number;
  /** Whether `cells` is proven optimal: the branch-and-price search ran to its end, or a dive's roster reached the root's bound. */
  optimal: boolean;
  /**
   * How the phase went, for benchmarks: seconds from its start to the root's end, each dive's score, the
   * restricted MIP's, and the branch-and-price search's nodes, end and best score when it ran.
   */
  trace: { rootSeconds: number; diveScores: number[]; mipScore: number | null; tree: { nodes: number; complete: boolean; score: number } | null };
}

const INF = Number.POSITIVE_INFINITY;

/**
 * Share of the time before the dives end given to the root's pricing (Instance14's root needs
 * about 25 s of its 60; stopping it early leaves the dives a loose LP).
 */
const ROOT_SHARE = 0.7;
/**
 * Dives run before the branch-and-price search (`branch-and-price.ts`), which then has the rest of the phase
 * when the root's pricing is exact: a first roster to cut the tree with. Measured at 10 s, seeds 1-4 (with the
 * tree then branching on the share nearest one half): after one dive Instance6 reached its optimum 1950 in 4 of
 * 4 runs, each search complete (proven), and Instance5 1143 in 3 of 4 (1144); after two dives 3 of 4 and 2 of 4;
 * with no dive (the anneal's roster) 3 of 4 and 2 of 4; dives alone, 1951-1952 and 1143-1149.
 */
const TREE_AFTER_DIVES = 1;
/**
 * Dives before the search when the root's bound comes from surcharged pricing (a Lagrangian bound below the LP,
 * `Generated.relaxedBound`): too weak to prune much, but the search still repairs rosters the dives leave a slot
 * short. Instance7 at 10 s, seeds 11-26 paired: 1057-1075 (mean 1061.3, none short) against the dives alone
 * 1056-1064 and one 1160 (mean 1066.3); over all of session 9's 10 s runs, 1 of 40 ended a slot short (+100) against 7 of
 * 38 with dives alone. After one dive instead of four: 1059-1068 in 6 runs.
 */
const TREE_AFTER_DIVES_SURCHARGED = 4;
/**
 * Most people for which the dives give way to the branch-and-price search: its nodes are cheap on Instances 1-6
 * (at most 18 people: 20-60 ms), dear on Instances 9 and 12 (36 and 60 people: 0.1-0.2 s), where dives alternating
 * found better rosters in the time (Instance12 at 60 s: 4140 and 4432 with the search in two runs under load 3,
 * against 4040-4046 with dives in most runs of sessions 5-7).
 */
export const TREE_MAX_PEOPLE = 24;

/** Runs dives until the deadline; `score` ranks complete rosters (lower is better). */
export async function searchColumns(pr: Problem, move: RowMove, incumbent: Int16Array, rng: Prng,
  budget: ColumnBudget, score: (cells: Int16Array) => number): Promise<ColumnResult | null> {
  const highs = await loadHighs();
  const m = createMaster(highs, pr);
  m.dropClosed = budget.dropClosedColumns === true;
  const begun = budget.clock();
  const trace: ColumnResult['trace'] = { rootSeconds: 0, diveScores: [], mipScore: null, tree: null };
  try {
    const zero = new Float64Array(pr.P + m.slackCols);
    const mode = budget.pricing ?? 'first-valid';
    for (let p = 0; p < pr.P; p++) {
      if (addColumn(m, p, incumbent.subarray(p * pr.D, (p + 1) * pr.D)) >= 0) continue;
      const cost = priceRow(pr, move, p, mode, (sur, out) => fillPricedCosts(pr, m, p, zero, sur, out));
      if (cost === INF || addColumn(m, p, move.row) < 0) return null;
    }
    // Helper threads load while the root's first rounds are priced here.
    m.pool = createPricingPool(pr, move, m.coverRow, pr.P + m.slackCols / 2, helperCount(budget.threads), mode);
    const rootDeadline = budget.clock() + ROOT_SHARE * (budget.mipStart - budget.clock());
    const root = generate(m, move, new Uint8Array(pr.P), { ...budget, deadline: rootDeadline }, { smoothing: budget.rootSmoothing });
    trace.rootSeconds = (budget.clock() - begun) / 1000;
    let best: Int16Array | null = null;
    let bestScore = INF;
    let dives = 0;
    let optimal = false;
    m.afterChanges = 'dual';
    while (budget.clock() < budget.mipStart && dives < (budget.maxDives ?? INF)) {
      // The first dive may run into the restricted MIP's time: without it there is no roster from the LP.
      const diving = { ...budget, deadline: best ? budget.mipStart : budget.deadline };
      // The two dives alternate (cells first); the first of each kind without noise.
      const kind = dives % 2 === 0 ? diveOnCells : diveOnColumns;
      const cells = kind(m, move, rng, dives < 2 ? 0 : 0.3, diving, budget.roundAtDeadline === true && best === null);
      releaseColumns(m);
      if (!cells) break;
      dives++;
      const s = score(cells);
      trace.diveScores.push(s);
      if (s < bestScore) { bestScore = s; best = cells; }
      if (root.relaxedBound !== null && bestScore - improvementStep(m) < root.relaxedBound) {
        // No roster can beat this one by a whole point: it is optimal (Instances 2-4 and 11, whose root LP is integral;
        // 10 and 14 through the bound of their surcharged pricing, which is tight there).
        optimal = true;
        break;
      }
      const treeAfter = root.bound !== null ? TREE_AFTER_DIVES : root.relaxedBound !== null ? TREE_AFTER_DIVES_SURCHARGED : INF;
      if (dives >= treeAfter && pr.P <= TREE_MAX_PEOPLE) {
        // The search has the restricted MIP's time too: it finds rosters from the same columns and more.
        const tree = searchTree(m, move, { clock: budget.clock, deadline: budget.deadline }, bestScore, score);
        trace.tree = { nodes: tree.nodes, complete: tree.complete, score: tree.score };
        if (tree.cells) { bestScore = tree.score; best = tree.cells; }
        optimal = tree.complete;
        break;
      }
    }
    const from = best ?? incumbent;
    if (trace.tree === null && !optimal && budget.restrictedMip !== false) {
      const start = Int32Array.from({ length: pr.P }, (_, p) => findColumn(m, p, from.subarray(p * pr.D, (p + 1) * pr.D)));
      const chosen = start.every((j) => j >= 0)
        ? solveRestrictedMip(m, start, (Math.min(budget.mipEnd ?? INF, budget.deadline) - budget.clock()) / 1000) : null;
      if (chosen) {
        const cells = new Int16Array(pr.P * pr.D);
        chosen.forEach((j, p) => cells.set(m.columns[j]!.row, p * pr.D));
        const s = score(cells);
        trace.mipScore = s;
        if (s < bestScore) { bestScore = s; best = cells; }
      }
    }
    return { cells: best, lowerBound: optimal ? bestScore : root.relaxedBound, columns: m.columns.length, dives, optimal, trace };
  } finally {
    m.pool?.close();
    m.model.dispose();
  }
}
