import type { Prng } from './prng.ts';
import { NOT_FIXED, type Problem } from './problem.ts';
import { coverCost } from './row-cost.ts';
import { fillRowCosts, solveRowDp } from './row-dp.ts';
import { createRowDp, type RowDp, type RowDpOptions } from './row-dp-space.ts';
import { stageCell, type SearchState } from './state.ts';

/** The "re-plan one person's whole row" move, with its reusable buffers. */
export interface RowMove {
  dp: RowDp;
  costs: Float64Array;
  surcharge: Float64Array;
  row: Int16Array;
  candidate: Int16Array;
  counts: Int32Array;
  exact: boolean;
  /**
   * After `planRowWith`: a lower bound on the plain cost of every row that keeps the per-type maxima (equal to
   * the row's cost when `exact`). Each DP run with surcharges σ is a Lagrangian relaxation of those maxima:
   * any valid row r costs at least DP(σ) − Σ σ_s · max_s, since its surcharges add at most that much.
   */
  lowerBound: number;
  /**
   * Per person and shift type, the surcharge that last gave a valid row (retries start there); under Lagrangian
   * pricing (`priceRowWith`), the multipliers of the person's best bound (the next call starts there).
   */
  remembered: Float64Array;
}

export function createRowMove(pr: Problem, options: RowDpOptions = {}): RowMove | null {
  // The DP prices cover per shift type: it needs one task per shift type.
  if (!pr.identity) return null;
  const dp = createRowDp(pr, options);
  if (!dp) return null;
  return {
    dp, costs: new Float64Array(pr.D * (pr.S + 1)), surcharge: new Float64Array(pr.S),
    row: new Int16Array(pr.D), candidate: new Int16Array(pr.D), counts: new Int32Array(pr.S), exact: false, lowerBound: Number.NEGATIVE_INFINITY,
    remembered: new Float64Array(pr.P * pr.S),
  };
}

/**
 * Runs the row DP on costs filled by `fill` (which adds `move.surcharge` per shift type). The DP
 * ignores per-type maxima, so a row breaking one is retried with a growing surcharge on the
 * offending types; the cheapest valid row seen is left in move.row and its plain cost returned.
 * `move.exact` tells whether the first, unsurcharged row was valid (then it is optimal). The first
 * valid surcharged row ends the search (a further attempt would repeat it: the surcharges only
 * change on a breach), and retries start from the surcharges that last worked for this person
 * (they bind the same way call after call). `move.lowerBound` receives the best Lagrangian bound of the attempts.
 */
export function planRowWith(pr: Problem, move: RowMove, p: number, fill: (surcharge: Float64Array, out: Float64Array) => void): number {
  move.surcharge.fill(0);
  move.exact = false;
  move.lowerBound = Number.NEGATIVE_INFINITY;
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 7; attempt++) {
    fill(move.surcharge, move.costs);
    const cost = solveRowDp(pr, move.dp, p, move.costs, move.candidate);
    move.lowerBound = Math.max(move.lowerBound, cost - surchargeAllowance(pr, move.surcharge, p));
    if (cost === Number.POSITIVE_INFINITY) break;
    move.counts.fill(0);
    for (const v of move.candidate) if (v >= 0) move.counts[v]!++;
    let ok = true;
    for (let s = 0; s < pr.S; s++) {
      if (move.counts[s]! > pr.maxShifts[p * pr.S + s]!) {
        move.surcharge[s] = Math.max(move.surcharge[s]! + 5 * 2 ** attempt, attempt === 0 ? move.remembered[p * pr.S + s]! : 0);
        ok = false;
      }
    }
    if (!ok) continue;
    if (attempt > 0) for (let s = 0; s < pr.S; s++) move.remembered[p * pr.S + s] = 0.8 * move.surcharge[s]!;
    let plain = 0;
    for (let d = 0; d < pr.D; d++) {
      const v = move.candidate[d]!;
      plain += move.costs[d * (pr.S + 1) + v + 1]! - (v >= 0 ? move.surcharge[v]! : 0);
    }
    if (attempt === 0) move.exact = true;
    if (plain < best) { best = plain; move.row.set(move.candidate); }
    break;
  }
  return best;
}

/** The most surcharge a row keeping person p's per-type maxima can carry: Σ σ_s · min(max_s, days). */
function surchargeAllowance(pr: Problem, surcharge: Float64Array, p: number): number {
  let total = 0;
  for (let s = 0; s < pr.S; s++) if (surcharge[s]! > 0) total += surcharge[s]! * Math.min(pr.maxShifts[p * pr.S + s]!, pr.D);
  return total;
}

/** Plans person p's best row against the current cover of everyone else. */
function planRow(st: SearchState, move: RowMove, p: number): boolean {
  const pr = st.pr;
  const coverOf = (k: number, c: number) => coverCost(pr, k, c);
  return planRowWith(pr, move, p, (surcharge, out) => fillRowCosts(pr, st.cells, st.coverCount, p, surcharge, coverOf, out))
    < Number.POSITIVE_INFINITY;
}

/** Stages person p's best row given the others; false when it equals the current row or none exists. */
export function stageBestRow(st: SearchState, move: RowMove, p: number): boolean {
  const pr = st.pr;
  if (!planRow(st, move, p)) return false;
  for (let d = 0; d < pr.D; d++) {
    const v = move.row[d]!;
    if (st.cells[p * pr.D + d] !== v) stageCell(st, p, d, v);
  }
  return st.touchedLength > 0;
}

/**
 * Ruin and recreate: clears the rows of `count` random people, then re-plans each of them in
 * turn by dynamic programming. Pinned cells stay as they are.
 */
export function stageRecreateRows(st: SearchState, move: RowMove, rng: Prng, count: number): boolean {
  const pr = st.pr;
  const chosen: number[] = [];
  for (let k = 0; k < count && k < pr.P; k++) {
    let p = rng.below(pr.P);
    while (chosen.includes(p)) p = (p + 1) % pr.P;
    chosen.push(p);
  }
  for (const p of chosen) {
    for (let d = 0; d < pr.D; d++) if (pr.fixed[p * pr.D + d] === NOT_FIXED) stageCell(st, p, d, -1);
  }
  for (const p of chosen) {
    if (!planRow(st, move, p)) return false;
    for (let d = 0; d < pr.D; d++) {
      const v = move.row[d]!;
      if (st.cells[p * pr.D + d] !== v) stageCell(st, p, d, v);
    }
  }
  return st.touchedLength > 0;
}
