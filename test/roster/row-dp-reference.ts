// The straightforward row DP (every state pushes to every successor, states keyed by the day's value),
// kept as the reference the production DP (src/roster/solver/row-dp.ts, which aggregates sources first
// and keys states by successor class) must agree with. It uses the production DP's dimensions only, with
// tables and a backtrack of its own.
import { type Problem } from '../../src/roster/solver/problem.ts';
import type { RowDp } from '../../src/roster/solver/row-dp-space.ts';

const INF = Number.POSITIVE_INFINITY;

let kept: { cost: Float64Array; back: Int32Array } | null = null;
/** Tables of this size, reused from call to call. */
function tables(size: number): { cost: Float64Array; back: Int32Array } {
  if (kept?.cost.length !== size) kept = { cost: new Float64Array(size), back: new Int32Array(size) };
  return kept;
}

/**
 * Fills `out` with the cheapest row for person p under `cellCost(d, v)` (v = -1 for off, INF for
 * forbidden). Returns the row's cost, or INF when no row meets the hard rules.
 */
export function solveRowDpReference(pr: Problem, dp: RowDp, p: number, cellCost: Float64Array, out: Int16Array): number {
  const { D, S } = pr;
  const V = S + 1;
  const R = dp.runCap + 1;
  const U = dp.maxUnits + 1;
  const W = dp.maxWeekends + 1;
  const maxCons = Math.min(pr.maxConsecutive[p]!, dp.runCap);
  const minCons = pr.minConsecutive[p]!;
  const minOff = pr.minOff[p]!;
  const offCap = Math.max(1, minOff);
  const maxU = Math.min(dp.maxUnits, Math.floor(pr.maxMinutes[p]! / dp.unit));
  const maxW = Math.min(pr.maxWeekends[p]!, dp.maxWeekends);
  const stride = V * R * U * W;
  const enc = (v: number, len: number, u: number, w: number) => (((v + 1) * R + len) * U + u) * W + w;
  const { cost, back } = tables(stride * D);
  cost.fill(INF);
  const relax = (d: number, state: number, value: number, from: number) => {
    const k = d * stride + state;
    if (value < cost[k]!) { cost[k] = value; back[k] = from; }
  };
  const weekendCounts = (d: number, prevWorked: boolean) => {
    const w = pr.weekendOf[d]!;
    return w >= 0 && !(prevWorked && d > 0 && pr.weekendOf[d - 1] === w);
  };
  // Day 0.
  relax(0, enc(-1, 1, 0, 0), cellCost[0]!, -1);
  for (let s = 0; s < S; s++) {
    const c = cellCost[s + 1]!;
    const u = dp.units[s]!;
    const w = weekendCounts(0, false) ? 1 : 0;
    if (c < INF && u <= maxU && w <= maxW && maxCons >= 1) relax(0, enc(s, 1, u, w), c, -1);
  }
  const units = dp.units;
  const sliceW = U * W;
  const sliceLen = R * sliceW;
  for (let d = 1; d < D; d++) {
    const base = (d - 1) * stride;
    const next = d * stride;
    const row = d * V;
    const offCost = cellCost[row]!;
    const wFresh = weekendCounts(d, false) ? 1 : 0;
    const wCont = weekendCounts(d, true) ? 1 : 0;
    for (let v = -1; v < S; v++) {
      const maxLen = v < 0 ? offCap : maxCons;
      for (let len = 1; len <= maxLen; len++) {
        const startsAtZero = len === d;
        const canRest = v < 0 || len >= minCons || (pr.exemptMinConsecutive && startsAtZero);
        const canStart = v >= 0 || len >= minOff || (pr.exemptMinOff && startsAtZero);
        const restLen = v < 0 ? Math.min(len + 1, offCap) : 1;
        const restBase = next + restLen * sliceW;
        const from0 = (v + 1) * sliceLen + len * sliceW;
        for (let u = 0; u <= maxU; u++) {
          for (let w = 0; w <= maxW; w++) {
            const from = from0 + u * W + w;
            const cur = cost[base + from]!;
            if (cur === INF) continue;
            if (canRest && offCost < INF) {
              const k = restBase + u * W + w;
              const value = cur + offCost;
              if (value < cost[k]!) { cost[k] = value; back[k] = from; }
            }
            if (!canStart || (v >= 0 && len >= maxCons)) continue;
            const nlen = v < 0 ? 1 : len + 1;
            const nw = w + (v < 0 ? wFresh : wCont);
            if (nw > maxW) continue;
            for (let s = 0; s < S; s++) {
              const cs = cellCost[row + s + 1]!;
              const nu = u + units[s]!;
              if (cs === INF || nu > maxU || (v >= 0 && pr.forbidden[v * S + s])) continue;
              const k = next + (s + 1) * sliceLen + nlen * sliceW + nu * W + nw;
              const value = cur + cs;
              if (value < cost[k]!) { cost[k] = value; back[k] = from; }
            }
          }
        }
      }
    }
  }
  // The cheapest valid end state, then the back pointers.
  const last = (D - 1) * stride;
  const minU = Math.ceil(pr.minMinutes[p]! / dp.unit);
  let best = INF;
  let bestState = -1;
  for (let v = -1; v < S; v++) {
    for (let len = 1; len < R; len++) {
      const edgeOk = v < 0 ? (pr.exemptMinOff || len >= minOff) : (pr.exemptMinConsecutive || len >= minCons);
      if (!edgeOk) continue;
      for (let u = Math.max(0, minU); u <= maxU; u++) {
        for (let w = 0; w <= maxW; w++) {
          const c = cost[last + enc(v, len, u, w)]!;
          if (c < best) { best = c; bestState = enc(v, len, u, w); }
        }
      }
    }
  }
  if (bestState < 0) return INF;
  let state = bestState;
  for (let d = D - 1; d >= 0; d--) {
    out[d] = Math.floor(state / (R * U * W)) - 1;
    state = back[d * stride + state]!;
  }
  return best;
}

