import { solveMaster, addColumn, type Master } from './master.ts';
import { NOT_FIXED } from './problem.ts';
import { planRowWith, type RowMove } from './row-move.ts';

/**
 * Pricing for the column phase: person rows from the row DP at the master's duals, and column
 * generation rounds (with dual smoothing) until no row prices out or the budget ends.
 */
export interface PricingBudget {
  clock: () => number;
  deadline: number;
}

const INF = Number.POSITIVE_INFINITY;

/**
 * Person p's cell costs for the row DP at the given duals: requests, minus the dual of each
 * covered (day, shift), plus the per-type surcharges; INF off a pinned value (the problem's pins,
 * then the master's dive pins) and where p is not eligible or not available.
 */
export function fillPricedCosts(m: Master, p: number, dual: Float64Array, surcharge: Float64Array, out: Float64Array): void {
  const { pr, coverRow, pins } = m;
  const { D, S } = pr;
  for (let d = 0; d < D; d++) {
    const i = p * D + d;
    const pin = pins[i] !== NOT_FIXED ? pins[i]! : pr.fixed[i]!;
    for (let v = -1; v < S; v++) {
      let c = pr.cellCost[i * (S + 1) + v + 1]!;
      if (pin !== NOT_FIXED && pin !== v) c = INF;
      else if (v >= 0) {
        if (!pr.eligible[p * S + v] || pr.unavailable[i]) c = INF;
        else {
          const r = coverRow[d * S + v]!;
          c += (r >= 0 ? -dual[r]! : 0) + surcharge[v]!;
        }
      }
      out[d * (S + 1) + v + 1] = c;
    }
  }
}

export interface Pricing {
  added: number;
  /** Lagrangian bound at the pricing duals, when every person was priced exactly. */
  bound: number | null;
}

/** Prices every free person with `price` duals; adds rows whose reduced cost at the LP duals is negative. */
export function priceAll(m: Master, move: RowMove, fixed: Uint8Array, price: Float64Array, lpDual: Float64Array): Pricing {
  const pr = m.pr;
  let added = 0;
  let bound = 0;
  let exact = true;
  for (let k = 0; k < pr.D * pr.S; k++) if (m.coverRow[k]! >= 0) bound += price[m.coverRow[k]!]! * pr.coverTarget[k]!;
  for (let p = 0; p < pr.P; p++) {
    if (fixed[p]) { exact = false; continue; }
    const cost = planRowWith(pr, move, p, (sur, out) => fillPricedCosts(m, p, price, sur, out));
    exact &&= move.exact;
    if (cost === INF) { exact = false; continue; }
    bound += cost;
    let reduced = -lpDual[p]!;
    for (let d = 0; d < pr.D; d++) {
      const v = move.row[d]!;
      reduced += pr.cellCost[(p * pr.D + d) * (pr.S + 1) + v + 1]!;
      if (v >= 0 && m.coverRow[d * pr.S + v]! >= 0) reduced -= lpDual[m.coverRow[d * pr.S + v]!]!;
    }
    if (reduced < -1e-6 && addColumn(m, p, move.row) >= 0) added++;
  }
  return { added, bound: exact ? bound : null };
}

/**
 * Column generation with Wentges dual smoothing: prices at a mix of the best-bound duals and the
 * LP duals, falling back to the LP duals when the mix finds nothing. Returns the LP values and
 * the best Lagrangian bound (null unless all pricing was exact).
 */
export function generate(m: Master, move: RowMove, fixed: Uint8Array, budget: PricingBudget, maxRounds = Infinity,
  alpha = 0.6): { value: Float64Array; bound: number | null } {
  let center: Float64Array | null = null;
  let bestBound = -INF;
  let exact = true;
  for (let round = 0; ; round++) {
    const lp = solveMaster(m);
    if (budget.clock() >= budget.deadline || round >= maxRounds) return { value: lp.value, bound: null };
    const note = (price: Float64Array, r: Pricing) => {
      if (r.bound === null) exact = false;
      else if (r.bound > bestBound) { bestBound = r.bound; center = price.slice(); }
    };
    let added = 0;
    if (center !== null && alpha > 0) {
      const c: Float64Array = center;
      const mixed = Float64Array.from(lp.dual, (x, i) => alpha * (c[i] ?? x) + (1 - alpha) * x);
      const r = priceAll(m, move, fixed, mixed, lp.dual);
      note(mixed, r);
      added = r.added;
    }
    if (added === 0) {
      const r = priceAll(m, move, fixed, lp.dual, lp.dual);
      note(lp.dual, r);
      if (r.added === 0) return { value: lp.value, bound: exact ? bestBound : null };
    }
  }
}

