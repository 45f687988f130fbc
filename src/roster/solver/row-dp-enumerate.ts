// Every row within a cost limit, read back from the row DP's forward costs (row-dp.ts).
import type { Problem } from './problem.ts';
import type { RowDp } from './row-dp-space.ts';
import { countedType } from './row-dp.ts';

const INF = Number.POSITIVE_INFINITY;
/** Slack on the cost limit for rounding in sums of duals. */
const EPS = 1e-6;

export interface EnumeratedRows {
  rows: Int16Array[];
  /** False when `max` rows were reached before the walk ended: other rows within the limit may exist. */
  complete: boolean;
}

/**
 * Every row of person p whose cost under `cellCost` is at most `limit` and that keeps the person's
 * per-type maxima, given the forward costs `solveRowDp` has just filled for the same p and costs.
 * Walks back from each end state within the limit; a predecessor is followed when its forward cost
 * (the cheapest way to reach it) plus the cost of the days after it stays within the limit, so no
 * row within the limit is missed and no dead end is entered. A row fixes its state on every day, so
 * each is found once. Used to list the only columns that can improve on a roster (reduced cost at
 * most the gap between the roster and the LP bound): `column-enumeration.ts`.
 */
export function enumerateRows(pr: Problem, dp: RowDp, p: number, cellCost: Float64Array, limit: number, max: number): EnumeratedRows {
  const { D, S } = pr;
  const V = S + 1;
  const R = dp.runCap + 1;
  const U = dp.maxUnits + 1;
  const WK = dp.maxWeekends + 1;
  const W = WK * dp.counts;
  const sliceW = U * W;
  const sliceLen = R * sliceW;
  const stride = dp.stateCount;
  const tracked = countedType(pr, dp, p);
  const maxCons = Math.min(pr.maxConsecutive[p]!, dp.runCap);
  const minCons = pr.minConsecutive[p]!;
  const minOff = pr.minOff[p]!;
  const offCap = Math.max(1, minOff);
  const maxU = Math.min(dp.maxUnits, Math.floor(pr.maxMinutes[p]! / dp.unit));
  const minU = Math.ceil(pr.minMinutes[p]! / dp.unit);
  const cost = dp.cost;
  const rows: Int16Array[] = [];
  const row = new Int16Array(D);
  const counts = new Int32Array(S);
  let complete = true;
  const weekendCounts = (d: number, prevWorked: boolean) => {
    const w = pr.weekendOf[d]!;
    return w >= 0 && !(prevWorked && d > 0 && pr.weekendOf[d - 1] === w);
  };
  const workMayEnd = (len: number, d: number) => len >= minCons || (pr.exemptMinConsecutive && len === d);
  const restMayEnd = (len: number, d: number) => len >= minOff || (pr.exemptMinOff && len === d);
  const keepsMaxima = () => {
    counts.fill(0);
    for (const v of row) if (v >= 0) counts[v]!++;
    for (let s = 0; s < S; s++) if (counts[s]! > pr.maxShifts[p * S + s]!) return false;
    return true;
  };

  // At day d in `state`, the days after d costing `after`: record the row at day 0, else follow each predecessor within the limit.
  const walk = (d: number, state: number, after: number): void => {
    if (!complete) return;
    const v = Math.floor(state / sliceLen) - 1;
    row[d] = v;
    if (d === 0) {
      if (keepsMaxima()) {
        if (rows.length >= max) { complete = false; return; }
        rows.push(row.slice());
      }
      return;
    }
    const len = Math.floor(state / sliceW) % R;
    const u = Math.floor(state / W) % U;
    const x = state % W;
    const w = x % WK;
    const c = (x - w) / WK;
    const here = after + cellCost[d * V + v + 1]!;
    const base = (d - 1) * stride;
    const follow = (from: number) => {
      if (cost[base + from]! + here <= limit + EPS) walk(d - 1, from, here);
    };
    if (v < 0) {
      // Rest: after work that may end, or after rest (one day shorter; at the cap, also the cap).
      if (len === 1) {
        for (let pv = 0; pv < S; pv++) {
          for (let pl = 1; pl <= maxCons; pl++) if (workMayEnd(pl, d)) follow((pv + 1) * sliceLen + pl * sliceW + u * W + x);
        }
      }
      if (len > 1) follow((len - 1) * sliceW + u * W + x);
      if (len === offCap) follow(len * sliceW + u * W + x);
      return;
    }
    const pu = u - dp.units[v]!;
    const pc = c - (v === tracked ? 1 : 0);
    if (pu < 0 || pc < 0) return;
    if (len === 1) {
      // Work after rest that may end.
      const pw = w - (weekendCounts(d, false) ? 1 : 0);
      if (pw < 0) return;
      for (let pl = 1; pl <= offCap; pl++) if (restMayEnd(pl, d)) follow(pl * sliceW + pu * W + pc * WK + pw);
      return;
    }
    // Work after work of a type this one may follow.
    const pw = w - (weekendCounts(d, true) ? 1 : 0);
    if (pw < 0) return;
    for (const pv of dp.followable[dp.groupOf[v]!]!) follow((pv + 1) * sliceLen + (len - 1) * sliceW + pu * W + pc * WK + pw);
  };

  const last = (D - 1) * stride;
  for (let v = -1; v < S && complete; v++) {
    for (let len = 1; len < R; len++) {
      const edgeOk = v < 0 ? (pr.exemptMinOff || len >= minOff) : (pr.exemptMinConsecutive || len >= minCons);
      if (!edgeOk) continue;
      for (let u = Math.max(0, minU); u <= maxU; u++) {
        for (let x = 0; x < W; x++) {
          const state = (((v + 1) * R + len) * U + u) * W + x;
          if (cost[last + state]! !== INF && cost[last + state]! <= limit + EPS) walk(D - 1, state, 0);
        }
      }
    }
  }
  return { rows, complete };
}
