import { addColumn, createMaster, findColumn, fixColumn, loadHighs, releaseColumns, solveMaster, solveRestrictedMip, type Master } from './master.ts';
import type { Prng } from './prng.ts';
import { NOT_FIXED, type Problem } from './problem.ts';
import { planRowWith, type RowMove } from './row-move.ts';

/**
 * Column generation with diving: the LP master picks one row per person; rows ("columns") come
 * from the row DP priced with the LP duals. A dive repeatedly fixes the person whose column is
 * closest to 1 and prices again, until every person is fixed: an integer roster. Dives repeat,
 * randomised, while time allows.
 */
export interface ColumnBudget {
  clock: () => number;
  /** When dives stop and the restricted MIP starts. */
  mipStart: number;
  deadline: number;
}

export interface ColumnResult {
  /** Best roster found by diving (null if none completed). */
  cells: Int16Array | null;
  /** LP bound of the root when pricing converged, else null. */
  lowerBound: number | null;
  columns: number;
  dives: number;
}

const INF = Number.POSITIVE_INFINITY;

function fillPricedCosts(pr: Problem, p: number, dual: Float64Array, coverRow: Int32Array, surcharge: Float64Array, out: Float64Array): void {
  const { D, S } = pr;
  for (let d = 0; d < D; d++) {
    const i = p * D + d;
    const pin = pr.fixed[i]!;
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

interface Pricing {
  added: number;
  /** Lagrangian bound at the pricing duals, when every person was priced exactly. */
  bound: number | null;
}

/** Prices every free person with `price` duals; adds rows whose reduced cost at the LP duals is negative. */
function priceAll(m: Master, move: RowMove, fixed: Uint8Array, price: Float64Array, lpDual: Float64Array): Pricing {
  const pr = m.pr;
  let added = 0;
  let bound = 0;
  let exact = true;
  for (let k = 0; k < pr.D * pr.S; k++) if (m.coverRow[k]! >= 0) bound += price[m.coverRow[k]!]! * pr.coverTarget[k]!;
  for (let p = 0; p < pr.P; p++) {
    if (fixed[p]) { exact = false; continue; }
    const cost = planRowWith(pr, move, p, (sur, out) => fillPricedCosts(pr, p, price, m.coverRow, sur, out));
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
function generate(m: Master, move: RowMove, fixed: Uint8Array, budget: ColumnBudget, maxRounds = Infinity,
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

/**
 * One dive from the current master; returns the integer roster or null when out of time. Each
 * step fixes every column at 1 plus the most fractional-favoured few (about a tenth of the people
 * still free), then prices a few rounds again.
 */
function dive(m: Master, move: RowMove, rng: Prng, noise: number, budget: ColumnBudget): Int16Array | null {
  const pr = m.pr;
  const fixed = new Uint8Array(pr.P);
  const chosen = new Int32Array(pr.P).fill(-1);
  const bestJ = new Int32Array(pr.P);
  const bestScore = new Float64Array(pr.P);
  let left = pr.P;
  const fix = (p: number, j: number) => { fixed[p] = 1; chosen[p] = j; left--; fixColumn(m, p, j); };
  while (left > 0) {
    if (budget.clock() >= budget.deadline) return null;
    const { value } = generate(m, move, fixed, budget, DIVE_ROUNDS);
    const free: number[] = [];
    for (let p = 0; p < pr.P; p++) {
      if (fixed[p]) continue;
      bestScore[p] = -INF;
      for (const j of m.byPerson[p]!) {
        const x = value[j] ?? 0;
        const score = x > 0.999 ? 2 : x + noise * rng.next();
        if (score > bestScore[p]!) { bestScore[p] = score; bestJ[p] = j; }
      }
      if (bestScore[p] === 2) fix(p, bestJ[p]!);
      else free.push(p);
    }
    free.sort((a, b) => bestScore[b]! - bestScore[a]!);
    const batch = Math.max(1, Math.ceil(free.length * DIVE_BATCH));
    for (const p of free.slice(0, batch)) fix(p, bestJ[p]!);
  }
  const cells = new Int16Array(pr.P * pr.D);
  chosen.forEach((j, p) => cells.set(m.columns[j]!.row, p * pr.D));
  return cells;
}

const DIVE_ROUNDS = 4;
const DIVE_BATCH = 0.1;

/** Runs dives until the deadline; `score` ranks complete rosters (lower is better). */
export async function searchColumns(pr: Problem, move: RowMove, incumbent: Int16Array, rng: Prng,
  budget: ColumnBudget, score: (cells: Int16Array) => number): Promise<ColumnResult | null> {
  const highs = await loadHighs();
  const m = createMaster(highs, pr);
  try {
    const zero = new Float64Array(pr.P + m.slackCols);
    for (let p = 0; p < pr.P; p++) {
      if (addColumn(m, p, incumbent.subarray(p * pr.D, (p + 1) * pr.D)) >= 0) continue;
      const cost = planRowWith(pr, move, p, (sur, out) => fillPricedCosts(pr, p, zero, m.coverRow, sur, out));
      if (cost === INF || addColumn(m, p, move.row) < 0) return null;
    }
    const rootDeadline = budget.clock() + 0.5 * (budget.mipStart - budget.clock());
    const root = generate(m, move, new Uint8Array(pr.P), { ...budget, deadline: rootDeadline });
    let best: Int16Array | null = null;
    let bestScore = INF;
    let dives = 0;
    const diving = { ...budget, deadline: budget.mipStart };
    while (budget.clock() < budget.mipStart) {
      const cells = dive(m, move, rng, dives === 0 ? 0 : 0.3, diving);
      releaseColumns(m);
      if (!cells) break;
      dives++;
      const s = score(cells);
      if (s < bestScore) { bestScore = s; best = cells; }
    }
    const from = best ?? incumbent;
    {
      const start = Int32Array.from({ length: pr.P }, (_, p) => findColumn(m, p, from.subarray(p * pr.D, (p + 1) * pr.D)));
      const chosen = start.every((j) => j >= 0)
        ? solveRestrictedMip(m, start, (budget.deadline - budget.clock()) / 1000) : null;
      if (chosen) {
        const cells = new Int16Array(pr.P * pr.D);
        chosen.forEach((j, p) => cells.set(m.columns[j]!.row, p * pr.D));
        const s = score(cells);
        if (s < bestScore) { bestScore = s; best = cells; }
      }
    }
    return { cells: best, lowerBound: root.bound, columns: m.columns.length, dives };
  } finally {
    m.model.dispose();
  }
}
