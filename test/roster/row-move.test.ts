import { describe, expect, it } from 'vitest';
import { compileProblem } from '../../src/roster/solver/problem.ts';
import { createRowMove, planRowWith } from '../../src/roster/solver/row-move.ts';
import { eachRandomRowCost, loadCurtois, nineDays, surchargedFiller, validRowCosts } from './helpers.ts';

const INF = Number.POSITIVE_INFINITY;

describe('row planning with surcharges', () => {
  it('bounds from below the cost of every row that keeps the per-type maxima, exactly when the first row kept them', () => {
    // Nine days, three shift types: B may work E at most 3 times and C N at most 3 (N is counted in the DP's
    // state, E is steered by surcharges). Random costs that favour E make the surcharges bind.
    const pr = compileProblem(loadCurtois(nineDays()).model);
    const move = createRowMove(pr)!;
    let surcharged = 0;
    let exact = 0;
    eachRandomRowCost(pr, 11, (p, costs) => {
      const cost = planRowWith(pr, move, p, surchargedFiller(pr, costs));
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
    });
    expect(exact).toBeGreaterThan(0);
    expect(surcharged).toBeGreaterThan(0);
  });
});
