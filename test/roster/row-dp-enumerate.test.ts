import { describe, expect, it } from 'vitest';
import { compileProblem } from '../../src/roster/solver/problem.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { createRowScratch, evaluateRow } from '../../src/roster/solver/row-cost.ts';
import { enumerateRows } from '../../src/roster/solver/row-dp-enumerate.ts';
import { solveRowDp } from '../../src/roster/solver/row-dp.ts';
import { createRowDp } from '../../src/roster/solver/row-dp-space.ts';
import { loadCurtois, nineDays } from './helpers.ts';

const INF = Number.POSITIVE_INFINITY;

/** Every row of p (brute force over all (S+1)^D rows) with no hard breach and a cost within `limit`, as strings. */
function bruteForce(pr: ReturnType<typeof compileProblem>, p: number, costs: Float64Array, limit: number): Set<string> {
  const { D, S } = pr;
  const V = S + 1;
  const cells = new Int16Array(pr.P * D).fill(-1);
  const scratch = createRowScratch(pr);
  const found = new Set<string>();
  const row = new Int16Array(D).fill(-1);
  for (let code = 0; code < V ** D; code++) {
    let rest = code;
    let cost = 0;
    for (let d = 0; d < D; d++) { row[d] = (rest % V) - 1; rest = Math.floor(rest / V); cost += costs[d * V + row[d]! + 1]!; }
    if (cost > limit + 1e-6) continue;
    cells.set(row, p * D);
    evaluateRow(pr, cells, p, scratch);
    if (scratch.hard === 0) found.add(row.join(','));
  }
  return found;
}

describe('enumerating the rows within a cost limit from the row DP', () => {
  const pr = compileProblem(loadCurtois(nineDays()).model);
  const dp = createRowDp(pr)!;
  const V = pr.S + 1;

  it('finds exactly the valid rows within the limit, each once (brute force over 4^9 rows, random costs)', () => {
    const rng = createPrng(3);
    const costs = new Float64Array(pr.D * V);
    const row = new Int16Array(pr.D);
    let compared = 0;
    for (let trial = 0; trial < 4; trial++) {
      for (let i = 0; i < costs.length; i++) costs[i] = rng.next() < 0.05 ? INF : Math.round((rng.next() - 0.5) * 40);
      for (let p = 0; p < pr.P; p++) {
        // As the callers fill them: no work where the person is unavailable or not eligible.
        const own = costs.map((c, i) => {
          const [d, v] = [Math.floor(i / V), (i % V) - 1];
          return v >= 0 && (pr.unavailable[p * pr.D + d] || !pr.eligible[p * pr.S + v]) ? INF : c;
        });
        const best = solveRowDp(pr, dp, p, own, row);
        if (best === INF) continue;
        const limit = best + 6 + trial * 4;
        const got = enumerateRows(pr, dp, p, own, limit, 100_000);
        expect(got.complete).toBe(true);
        const keys = got.rows.map((r) => r.join(','));
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(bruteForce(pr, p, own, limit));
        compared += keys.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('stops at the most rows asked for and says the list is not complete', () => {
    const costs = new Float64Array(pr.D * V);
    const row = new Int16Array(pr.D);
    const best = solveRowDp(pr, dp, 1, costs, row);
    const all = enumerateRows(pr, dp, 1, costs, best, 1_000_000);
    expect(all.complete).toBe(true);
    expect(all.rows.length).toBeGreaterThan(10);
    const few = enumerateRows(pr, dp, 1, costs, best, 10);
    expect(few.complete).toBe(false);
    expect(few.rows.length).toBe(10);
  });
});
