// The straightforward row DP (every state pushes to every successor), kept as the reference the
// production DP (src/roster/solver/row-dp.ts, which aggregates sources first) must agree with.
import { type Problem } from '../../src/roster/solver/problem.ts';
import { backtrack } from '../../src/roster/solver/row-dp.ts';
import type { RowDp } from '../../src/roster/solver/row-dp-space.ts';

const INF = Number.POSITIVE_INFINITY;

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
  const stride = dp.stateCount;
  const enc = (v: number, len: number, u: number, w: number) => (((v + 1) * R + len) * U + u) * W + w;
  dp.cost.fill(INF, 0, stride * D);
  const relax = (d: number, state: number, value: number, from: number) => {
    const k = d * stride + state;
    if (value < dp.cost[k]!) { dp.cost[k] = value; dp.back[k] = from; }
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
  const cost = dp.cost;
  const back = dp.back;
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
  return backtrack(pr, dp, p, out, enc, { R, U, W, maxU, maxW, minCons, minOff });
}

