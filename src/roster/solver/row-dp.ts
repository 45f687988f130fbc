// The row DP's recurrence and backtrack; its state space is laid out in row-dp-space.ts.
import { NOT_FIXED, type Problem } from './problem.ts';
import type { RowDp } from './row-dp-space.ts';

const INF = Number.POSITIVE_INFINITY;

/**
 * Fills `out` with the cheapest row for person p under `cellCost(d, v)` (v = -1 for off, INF for
 * forbidden). Returns the row's cost, or INF when no row meets the hard rules.
 */
export function solveRowDp(pr: Problem, dp: RowDp, p: number, cellCost: Float64Array, out: Int16Array): number {
  const { D, S } = pr;
  const V = S + 1;
  const R = dp.runCap + 1;
  const U = dp.maxUnits + 1;
  const WK = dp.maxWeekends + 1;
  // The weekend and tracked-count dimensions share one index: x = count * WK + weekends.
  const W = WK * dp.counts;
  // A person whose maximum of the tracked type lies beyond the counted range is not counted (it is
  // steered by the caller's surcharges, as other types are): counting would cap them at the range's end.
  const tracked = countedType(pr, dp, p);
  const capC = tracked >= 0 ? pr.maxShifts[p * S + tracked]! : 0;
  const maxCons = Math.min(pr.maxConsecutive[p]!, dp.runCap);
  const minCons = pr.minConsecutive[p]!;
  const minOff = pr.minOff[p]!;
  const offCap = Math.max(1, minOff);
  const maxU = Math.min(dp.maxUnits, Math.floor(pr.maxMinutes[p]! / dp.unit));
  const maxW = Math.min(pr.maxWeekends[p]!, dp.maxWeekends);
  const stride = dp.stateCount;
  // States are keyed by the day's class (−1 off), not its value (see `RowDp.classOf`).
  const enc = (k: number, len: number, u: number, w: number) => (((k + 1) * R + len) * U + u) * W + w;
  const classOf = dp.classOf;
  const C = dp.classes;
  const choice = dp.choice;
  dp.cost.fill(INF, 0, stride * D);
  // Per day, whether any state with a given load and weekend/count index is reachable: most are
  // not (about 80 % with a count of 15), and the expansion skips them.
  const UW = U * W;
  const alive = dp.alive;
  alive.fill(0, 0, UW * D);
  const relax = (d: number, state: number, value: number, from: number, v: number) => {
    const k = d * stride + state;
    if (value < dp.cost[k]!) { dp.cost[k] = value; dp.back[k] = from; choice[k] = v; alive[d * UW + (state % UW)] = 1; }
  };
  const weekendCounts = (d: number, prevWorked: boolean) => {
    const w = pr.weekendOf[d]!;
    return w >= 0 && !(prevWorked && d > 0 && pr.weekendOf[d - 1] === w);
  };
  // Day 0.
  relax(0, enc(-1, 1, 0, 0), cellCost[0]!, -1, -1);
  for (let s = 0; s < S; s++) {
    const c = cellCost[s + 1]!;
    const u = dp.units[s]!;
    const w = weekendCounts(0, false) ? 1 : 0;
    const one = s === tracked ? 1 : 0;
    if (c < INF && u <= maxU && w <= maxW && one <= capC && maxCons >= 1) relax(0, enc(classOf[s]!, 1, u, one * WK + w), c, -1, s);
  }
  const cost = dp.cost;
  const back = dp.back;
  const units = dp.units;
  const { groupOf, groupMin, groupArg, order, parent, extra, loUnits, hiUnits } = dp;
  const G = order.length;
  // Load bounds per day: no more than the most every day so far can add, and enough to still
  // reach the minimum load with the most every later day can add. States outside are dead.
  const minUnits = Math.ceil(pr.minMinutes[p]! / dp.unit);
  let upTo = 0;
  for (let d = 0; d < D; d++) {
    let most = 0;
    for (let s = 0; s < S; s++) if (cellCost[d * V + s + 1]! < INF) most = Math.max(most, units[s]!);
    upTo += most;
    hiUnits[d] = Math.min(maxU, upTo);
    loUnits[d] = most;
  }
  let after = 0;
  for (let d = D - 1; d >= 0; d--) {
    const most = loUnits[d]!;
    loUnits[d] = Math.max(0, minUnits - after);
    after += most;
  }
  const sliceW = U * W;
  const sliceLen = R * sliceW;
  // Each day pulls the cheapest source of each kind first (per load and weekend count: the
  // cheapest work run that may end, the cheapest rest that may end; per run length: the cheapest
  // followable shift of each predecessor group), then extends it by every shift: about
  // states x (groups' sizes + S) / S steps instead of states x (S + 1).
  for (let d = 1; d < D; d++) {
    const base = (d - 1) * stride;
    const next = d * stride;
    const row = d * V;
    const aliveBefore = (d - 1) * UW;
    const aliveNow = d * UW;
    const offCost = cellCost[row]!;
    const wFresh = weekendCounts(d, false) ? 1 : 0;
    const wCont = weekendCounts(d, true) ? 1 : 0;
    const workMayEnd = (len: number) => len >= minCons || (pr.exemptMinConsecutive && len === d);
    const restMayEnd = (len: number) => len >= minOff || (pr.exemptMinOff && len === d);
    const uFrom = loUnits[d - 1]!;
    const uTo = hiUnits[d - 1]!;
    for (let u = uFrom; u <= uTo; u++) {
      for (let x = 0; x < W; x++) {
        const w = x % WK;
        if (w > maxW) continue;
        const c = (x - w) / WK;
        if (c > capC) break;
        const uw = u * W + x;
        if (alive[aliveBefore + uw] === 0) continue;
        // Rest today after work: the cheapest work run that may end here.
        if (offCost < INF) {
          let best = INF;
          let from = -1;
          for (let g = 0; g < C; g++) {
            for (let len = 1; len <= maxCons; len++) {
              if (!workMayEnd(len)) continue;
              const k = (g + 1) * sliceLen + len * sliceW + uw;
              if (cost[base + k]! < best) { best = cost[base + k]!; from = k; }
            }
          }
          if (from >= 0) {
            const k = next + sliceW + uw;
            if (best + offCost < cost[k]!) { cost[k] = best + offCost; back[k] = from; choice[k] = -1; alive[aliveNow + uw] = 1; }
          }
        }
        // Rest after rest, and work after the cheapest rest that may end here.
        let bestRest = INF;
        let restFrom = -1;
        for (let len = 1; len <= offCap; len++) {
          const from = len * sliceW + uw;
          const cur = cost[base + from]!;
          if (cur === INF) continue;
          if (offCost < INF) {
            const k = next + Math.min(len + 1, offCap) * sliceW + uw;
            if (cur + offCost < cost[k]!) { cost[k] = cur + offCost; back[k] = from; choice[k] = -1; alive[aliveNow + uw] = 1; }
          }
          if (restMayEnd(len) && cur < bestRest) { bestRest = cur; restFrom = from; }
        }
        const nw = w + wFresh;
        if (restFrom >= 0 && nw <= maxW) {
          for (let s = 0; s < S; s++) {
            const cs = cellCost[row + s + 1]!;
            const nu = u + units[s]!;
            if (cs === INF || nu > maxU) continue;
            const nc = s === tracked ? c + 1 : c;
            if (nc > capC) continue;
            const at = nu * W + nc * WK + nw;
            const k = next + (classOf[s]! + 1) * sliceLen + sliceW + at;
            if (bestRest + cs < cost[k]!) { cost[k] = bestRest + cs; back[k] = restFrom; choice[k] = s; alive[aliveNow + at] = 1; }
          }
        }
      }
    }
    // Work after work: per run length, load and weekends, the cheapest source each group may follow.
    for (let len = 1; len < maxCons; len++) {
      for (let u = uFrom; u <= uTo; u++) {
        for (let x = 0; x < W; x++) {
          const w = x % WK;
          const c = (x - w) / WK;
          if (c > capC) break;
          const nw = w + wCont;
          if (nw > maxW || alive[aliveBefore + u * W + x] === 0) continue;
          const at = len * sliceW + u * W + x;
          let any = false;
          for (let i0 = 0; i0 < G; i0++) {
            const g = order[i0]!;
            const up = parent[g]!;
            const list = extra[g]!;
            let best = up >= 0 ? groupMin[up]! : INF;
            let arg = up >= 0 ? groupArg[up]! : -1;
            for (let i = 0; i < list.length; i++) {
              const k = (list[i]! + 1) * sliceLen + at;
              if (cost[base + k]! < best) { best = cost[base + k]!; arg = k; }
            }
            groupMin[g] = best;
            groupArg[g] = arg;
            any ||= arg >= 0;
          }
          if (!any) continue;
          for (let s = 0; s < S; s++) {
            const cs = cellCost[row + s + 1]!;
            const nu = u + units[s]!;
            const g = groupOf[s]!;
            const nc = s === tracked ? c + 1 : c;
            if (cs === INF || nu > maxU || groupArg[g]! < 0 || nc > capC) continue;
            const to = nu * W + nc * WK + nw;
            const k = next + (classOf[s]! + 1) * sliceLen + (len + 1) * sliceW + to;
            const value = groupMin[g]! + cs;
            if (value < cost[k]!) { cost[k] = value; back[k] = groupArg[g]!; choice[k] = s; alive[aliveNow + to] = 1; }
          }
        }
      }
    }
  }
  return backtrack(pr, dp, p, out, enc, { R, U, W, maxU, maxW: W - 1, minCons, minOff });
}

/** The type whose count is kept in p's states: the tracked one when p's maximum of it is within the counted range, else none (-1). */
export function countedType(pr: Problem, dp: RowDp, p: number): number {
  return dp.tracked >= 0 && pr.maxShifts[p * pr.S + dp.tracked]! < dp.counts ? dp.tracked : -1;
}

/**
 * Picks the cheapest valid end state of the last day and follows the back pointers into `out`, each day's
 * value read from `RowDp.choice` (a state keeps only its class).
 */
function backtrack(pr: Problem, dp: RowDp, p: number, out: Int16Array,
  enc: (k: number, len: number, u: number, w: number) => number,
  dims: { R: number; U: number; W: number; maxU: number; maxW: number; minCons: number; minOff: number }): number {
  const { D } = pr;
  const last = (D - 1) * dp.stateCount;
  const minU = Math.ceil(pr.minMinutes[p]! / dp.unit);
  let best = INF;
  let bestState = -1;
  for (let k = -1; k < dp.classes; k++) {
    for (let len = 1; len < dims.R; len++) {
      const edgeOk = k < 0 ? (pr.exemptMinOff || len >= dims.minOff) : (pr.exemptMinConsecutive || len >= dims.minCons);
      if (!edgeOk) continue;
      for (let u = Math.max(0, minU); u <= dims.maxU; u++) {
        for (let w = 0; w <= dims.maxW; w++) {
          const state = enc(k, len, u, w);
          const c = dp.cost[last + state]!;
          if (c < best) { best = c; bestState = state; }
        }
      }
    }
  }
  if (bestState < 0) return INF;
  let state = bestState;
  for (let d = D - 1; d >= 0; d--) {
    out[d] = dp.choice[d * dp.stateCount + state]!;
    state = dp.back[d * dp.stateCount + state]!;
  }
  return best;
}

/** The per-cell costs the DP sees for person p: requests plus the cover change, given everyone else. */
export function fillRowCosts(pr: Problem, cells: Int16Array, coverCount: Int32Array, p: number,
  surcharge: Float64Array, coverCostOf: (index: number, count: number) => number, out: Float64Array): void {
  const { D, S } = pr;
  const V = S + 1;
  for (let d = 0; d < D; d++) {
    const i = p * D + d;
    const own = cells[i]!;
    const pin = pr.fixed[i]!;
    for (let v = -1; v < S; v++) {
      let c = pr.cellCost[i * V + v + 1]!;
      if (pin !== NOT_FIXED && pin !== v) c = INF;
      else if (v >= 0) {
        if (!pr.eligible[p * S + v] || pr.unavailable[i]) c = INF;
        else {
          const k = d * S + v;
          const others = coverCount[k]! - (own === v ? 1 : 0);
          c += coverCostOf(k, others + 1) - coverCostOf(k, others) + surcharge[v]!;
        }
      }
      out[d * V + v + 1] = c;
    }
  }
}
