import { describe, expect, it } from 'vitest';
import { compileProblem } from '../../src/roster/solver/problem.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { createRowMove, planRowWith } from '../../src/roster/solver/row-move.ts';
import { loadCurtois, nineDays, validRowCosts } from './helpers.ts';

const INF = Number.POSITIVE_INFINITY;

describe('row planning with surcharges', () => {
  it('bounds from below the cost of every row that keeps the per-type maxima, exactly when the first row kept them', () => {
    // Nine days, three shift types: B may work E at most 3 times and C N at most 3 (N is counted in the DP's
    // state, E is steered by surcharges). Random costs that favour E make the surcharges bind.
    const pr = compileProblem(loadCurtois(nineDays()).model);
    const move = createRowMove(pr)!;
    const rng = createPrng(11);
    const V = pr.S + 1;
    const base = new Float64Array(pr.D * V);
    let surcharged = 0;
    let exact = 0;
    for (let trial = 0; trial < 12; trial++) {
      for (let d = 0; d < pr.D; d++) {
        for (let v = -1; v < pr.S; v++) base[d * V + v + 1] = (rng.next() - 0.5) * 40 - (v === 0 ? 30 : 0);
      }
      for (let p = 0; p < pr.P; p++) {
        const costs = Float64Array.from(base, (c, i) => {
          const v = (i % V) - 1;
          return v >= 0 && (!pr.eligible[p * pr.S + v] || pr.unavailable[p * pr.D + Math.floor(i / V)]) ? INF : c;
        });
        const cost = planRowWith(pr, move, p, (surcharge, out) => {
          for (let i = 0; i < out.length; i++) out[i] = costs[i]! + ((i % V) > 0 ? surcharge[(i % V) - 1]! : 0);
        });
        const valid = validRowCosts(pr, p, costs);
        const best = Math.min(...valid);
        expect(move.lowerBound).toBeLessThanOrEqual(best + 1e-9);
        if (move.exact) {
          exact++;
          expect(move.lowerBound).toBeCloseTo(best, 9);
          expect(cost).toBeCloseTo(best, 9);
        } else if (cost < INF) {
          surcharged++;
          // The surcharged row is valid, so no cheaper than the best; the bound is a finite, useful figure.
          expect(cost).toBeGreaterThanOrEqual(best - 1e-9);
          expect(move.lowerBound).toBeGreaterThan(-INF);
        }
      }
    }
    expect(exact).toBeGreaterThan(0);
    expect(surcharged).toBeGreaterThan(0);
  });
});
