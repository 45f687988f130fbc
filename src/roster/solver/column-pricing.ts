import { solveMaster, addColumn, useSimplex, type Master } from './master.ts';
import { createPricingPool, type PricingPool } from './pricing-pool.ts';
import { NOT_FIXED } from './problem.ts';
import type { RowMove } from './row-move.ts';

/**
 * Pricing for the column phase: person rows from the row DP at the master's duals, and column
 * generation rounds (with dual smoothing) until no row prices out or the budget ends.
 */
export interface PricingBudget {
  clock: () => number;
  deadline: number;
}

const INF = Number.POSITIVE_INFINITY;

export interface Pricing {
  added: number;
  /** Whether every person priced was priced exactly (people skipped, whose row the pins fix, aside). */
  pricedExactly: boolean;
  /**
   * Lagrangian bound at the pricing duals from every person's lower bound on a valid row's cost
   * (`RowMove.lowerBound`: the best row's cost when priced exactly); null when a person was skipped.
   */
  relaxedBound: number | null;
  /** `relaxedBound` when every person was priced exactly (the bound the dual smoothing centres on), else null. */
  bound: number | null;
  /**
   * At the LP duals: the sum over people of their lower bound on a row's reduced cost, where negative. The LP
   * objective plus it bounds every roster the pins and bans allow (one row per person), exact pricing or not.
   */
  reducedSum: number | null;
  /** Per person, 1 when a row of theirs was added. */
  addedFor: Uint8Array;
}

/** The master's pricing pool: the one set by the caller (helper threads), else one on this thread. */
function poolOf(m: Master, move: RowMove): PricingPool {
  m.pool ??= createPricingPool(m.pr, move, m.coverRow, m.pr.P + m.slackCols / 2, 0);
  return m.pool;
}

/**
 * The people pricing can skip: those fixed by a dive, and those whose every day a dive pinned (their one
 * possible row is already the column the pins came from). Late in a cell dive that is most people.
 */
function skipped(m: Master, fixed: Uint8Array): Uint8Array {
  const { P, D } = m.pr;
  const skip = Uint8Array.from(fixed);
  for (let p = 0; p < P; p++) {
    if (skip[p]) continue;
    let all = true;
    for (let d = 0; d < D && all; d++) all = m.pins[p * D + d] !== NOT_FIXED;
    if (all) skip[p] = 1;
  }
  return skip;
}

/** Prices every free person with `price` duals; adds rows whose reduced cost at the LP duals is negative. */
export function priceAll(m: Master, move: RowMove, fixed: Uint8Array, price: Float64Array, lpDual: Float64Array): Pricing {
  const pr = m.pr;
  let added = 0;
  let bound = 0;
  let exact = true;
  let pricedExactly = true;
  let skippedAny = false;
  let reducedSum = 0;
  for (let k = 0; k < pr.D * pr.S; k++) if (m.coverRow[k]! >= 0) bound += price[m.coverRow[k]!]! * pr.coverTarget[k]!;
  const skip = skipped(m, fixed);
  const addedFor = new Uint8Array(pr.P);
  const priced = poolOf(m, move).price(m, skip, price);
  for (let p = 0; p < pr.P; p++) {
    if (skip[p]) { skippedAny = true; continue; }
    const lower = priced.lower[p]!;
    bound += lower;
    reducedSum += lower === INF ? INF : Math.min(0, lower - lpDual[p]!);
    pricedExactly &&= priced.exact[p] === 1;
    if (priced.cost[p] === INF) { exact = false; continue; }
    const row = priced.rows.subarray(p * pr.D, (p + 1) * pr.D);
    let reduced = -lpDual[p]!;
    for (let d = 0; d < pr.D; d++) {
      const v = row[d]!;
      reduced += pr.cellCost[(p * pr.D + d) * (pr.S + 1) + v + 1]!;
      if (v >= 0 && m.coverRow[d * pr.S + v]! >= 0) reduced -= lpDual[m.coverRow[d * pr.S + v]!]!;
    }
    if (reduced < -1e-6 && addColumn(m, p, row) >= 0) { added++; addedFor[p] = 1; }
  }
  const relaxedBound = skippedAny ? null : bound;
  return {
    added, pricedExactly, relaxedBound, bound: exact && pricedExactly ? relaxedBound : null,
    reducedSum: price === lpDual ? reducedSum : null, addedFor,
  };
}

export interface Generated {
  value: Float64Array;
  objective: number;
  /** Best Lagrangian bound, null unless every person was priced exactly in every round. */
  bound: number | null;
  /**
   * Best Lagrangian bound over the rounds from each person's lower bound (`Pricing.relaxedBound`), valid with
   * surcharged pricing too (then it may stay below the LP); null when a round skipped someone. Equals `bound`
   * when that is known.
   */
  relaxedBound: number | null;
  /**
   * Whether the LP is optimal over every row the pins, bans and fixes allow: the last round, priced
   * exactly at the LP duals, found no row to add. Its objective is then a lower bound under them.
   */
  converged: boolean;
  /**
   * A lower bound on every roster the pins, bans and fixes allow, when known: the objective once converged,
   * else, when the last round found nothing more or passed the cutoff, the LP objective plus each person's
   * lower bound on a reduced cost where negative; null when the budget ended it.
   */
  lowerBound: number | null;
}

/**
 * Where the dual smoothing centres: `exact-bound`, on the duals of the best bound from a round priced exactly for
 * everyone (none under surcharged pricing that leaves someone inexact, so no smoothing there); `lagrangian-bound`,
 * first on zero duals, then on the duals of the best Lagrangian bound (`Pricing.relaxedBound`, valid under any
 * pricing). The second is for a master seeded with a good roster and priced by Lagrangian relaxation: its LP sits
 * on that roster's degenerate vertex, whose duals are extreme (Instance13 seeded with a 1553 roster, centred on
 * exact bounds: the LP stayed at 1553 for 77 rounds). Seeded with a 1453 roster and centred on Lagrangian bounds
 * from zero duals, its root converged at 1348.0 in 60-73 s (45 rounds), against 121-130 s from the construction
 * with no smoothing; from the construction, centred so, it was not converged at 107 s (1379).
 */
export type Smoothing = 'exact-bound' | 'lagrangian-bound';

/** How `generate` runs: its rounds at most, the smoothing's weight on the centre and where it centres, a node's cutoff. */
export interface GenerateOptions {
  /** Rounds at most (default: until converged or out of time). */
  maxRounds?: number;
  /** Weight of the centre in the smoothed duals (default 0.6; 0: no smoothing). */
  alpha?: number;
  /** Stop once the bound proves the LP cannot end at or below this (default: none). */
  cutoff?: number;
  /** Where the smoothing centres (default `exact-bound`). */
  smoothing?: Smoothing;
  /**
   * Partial pricing: after a round priced at the LP duals, the next prices only the people who gained a row in it, and
   * everyone again once those gain none (default false). Only rounds pricing everyone give bounds or end the LP.
   */
  partial?: boolean;
}

/**
 * Column generation with Wentges dual smoothing: prices at a mix of the centre's duals (see `Smoothing`) and the
 * LP duals, falling back to the LP duals when the mix finds nothing. Returns the LP values, its
 * objective and the best Lagrangian bound. With a `cutoff`, pricing stops as soon as a round at the LP duals
 * proves the node cannot end at or below it (the LP objective plus every person's lower bound on a negative
 * reduced cost exceeds it): a branch-and-price node cut off.
 */
export function generate(m: Master, move: RowMove, fixed: Uint8Array, budget: PricingBudget,
  { maxRounds = INF, alpha = 0.6, cutoff = INF, smoothing = 'exact-bound', partial = false }: GenerateOptions = {}): Generated {
  // The people the next round may price alone (partial pricing), null for everyone.
  let active: Uint8Array | null = null;
  let center: Float64Array | null = smoothing === 'lagrangian-bound' ? new Float64Array(m.pr.P + m.slackCols / 2) : null;
  let centerBound = -INF;
  let exact = true;
  let bestBound = -INF;
  let bounded = true;
  for (let round = 0; ; round++) {
    useSimplex(m, round === 0 ? m.afterChanges : 'primal');
    const lp = solveMaster(m);
    if (budget.clock() >= budget.deadline || round >= maxRounds) {
      return { value: lp.value, objective: lp.objective, bound: null, relaxedBound: null, converged: false, lowerBound: null };
    }
    const note = (price: Float64Array, r: Pricing) => {
      const centring = smoothing === 'lagrangian-bound' ? r.relaxedBound : r.bound;
      if (r.bound === null) exact = false;
      if (centring !== null && centring > centerBound) { centerBound = centring; center = price.slice(); }
      if (r.relaxedBound === null) bounded = false;
      else bestBound = Math.max(bestBound, r.relaxedBound);
    };
    let added = 0;
    if (center !== null && alpha > 0) {
      const c: Float64Array = center;
      const mixed = Float64Array.from(lp.dual, (x, i) => alpha * (c[i] ?? x) + (1 - alpha) * x);
      const r = priceAll(m, move, fixed, mixed, lp.dual);
      note(mixed, r);
      added = r.added;
    }
    if (added === 0 && active !== null) {
      const only = Uint8Array.from(fixed, (f, p) => (f || !active![p] ? 1 : 0));
      const r = priceAll(m, move, only, lp.dual, lp.dual);
      active = r.added > 0 ? r.addedFor : null;
      added = r.added;
    }
    if (added === 0) {
      const r = priceAll(m, move, fixed, lp.dual, lp.dual);
      if (partial && r.added > 0) active = r.addedFor;
      note(lp.dual, r);
      const relaxedBound = bounded ? bestBound : null;
      const done = { value: lp.value, objective: lp.objective, bound: exact ? relaxedBound : null, relaxedBound };
      const relaxed = r.reducedSum === null ? null : lp.objective + r.reducedSum;
      if (r.added === 0) return { ...done, converged: r.pricedExactly, lowerBound: r.pricedExactly ? lp.objective : relaxed };
      if (relaxed !== null && relaxed > cutoff) return { ...done, converged: false, lowerBound: relaxed };
    }
  }
}

