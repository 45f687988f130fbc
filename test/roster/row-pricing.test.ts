import { describe, expect, it } from 'vitest';
import { compileProblem, type Problem } from '../../src/roster/solver/problem.ts';
import { createRowScratch, evaluateRow } from '../../src/roster/solver/row-cost.ts';
import { createRowMove, planRowWith, type RowMove } from '../../src/roster/solver/row-move.ts';
import { priceRowWith, pricingModeFor, surchargedMaxima } from '../../src/roster/solver/row-pricing.ts';
import { solveRoster } from '../../src/roster/solver/solve.ts';
import { cappedInstance, eachRandomRowCost, exactOptimum, loadCurtois, nineDays, surchargedFiller, validRowCosts } from './helpers.ts';

const INF = Number.POSITIVE_INFINITY;

function keepsHardRules(pr: Problem, move: RowMove, p: number): boolean {
  const cells = new Int16Array(pr.P * pr.D).fill(-1);
  cells.set(move.row, p * pr.D);
  const scratch = createRowScratch(pr);
  evaluateRow(pr, cells, p, scratch);
  return scratch.hard === 0;
}

/** Nine days, three shift types, every type capped for everyone: two of the three maxima are left to surcharges. */
function cappedNineDays(): string {
  return cappedInstance(9, ['A,E=3|L=3|N=2,6000,0,6,1,1,2', 'B,E=2|L=4|N=2,6000,0,6,1,1,2']);
}

describe('Lagrangian row pricing', () => {
  it('returns a valid row no cheaper than the best, a bound no higher, both equal when exact, and beats the first valid row', () => {
    // Nine days: B may work E at most 3 times and C N at most 3; random costs that favour E make the surcharges bind.
    const pr = compileProblem(loadCurtois(nineDays()).model);
    const lagrangian = createRowMove(pr)!;
    const firstValid = createRowMove(pr)!;
    let exact = 0;
    let cheaper = 0;
    eachRandomRowCost(pr, 11, (p, costs) => {
      const best = Math.min(...validRowCosts(pr, p, costs));
      const cost = priceRowWith(pr, lagrangian, p, surchargedFiller(pr, costs));
      const plain = planRowWith(pr, firstValid, p, surchargedFiller(pr, costs));
      expect(lagrangian.lowerBound).toBeLessThanOrEqual(best + 1e-9);
      expect(cost).toBeLessThan(INF);
      expect(keepsHardRules(pr, lagrangian, p)).toBe(true);
      expect(cost).toBeGreaterThanOrEqual(best - 1e-9);
      if (lagrangian.exact) {
        exact++;
        expect(cost).toBeCloseTo(best, 9);
        expect(lagrangian.lowerBound).toBeCloseTo(best, 9);
      }
      // It keeps searching past the first valid row: no dearer than it here, and cheaper where a surcharge bound.
      expect(cost).toBeLessThanOrEqual(plain + 1e-9);
      if (cost < plain - 1e-9) cheaper++;
    });
    expect(exact).toBeGreaterThan(pr.P * 6);
    expect(cheaper).toBeGreaterThan(0);
  });

  it('counts the maxima left to surcharges and prices by Lagrangian relaxation where people have several', () => {
    const few = compileProblem(loadCurtois(nineDays()).model);
    const several = compileProblem(loadCurtois(cappedNineDays()).model);
    // nineDays: A's N and C's N are counted by the DP (the type capping most people), B's E is surcharged.
    expect(surchargedMaxima(few, createRowMove(few)!)).toBeCloseTo(1 / 3, 9);
    expect(pricingModeFor(few, createRowMove(few)!)).toBe('first-valid');
    // Every type capped for both people: N is counted, E and L are surcharged.
    expect(surchargedMaxima(several, createRowMove(several)!)).toBe(2);
    expect(pricingModeFor(several, createRowMove(several)!)).toBe('lagrangian');
  });

  it('drives a column phase to the optimum of a problem it prices by Lagrangian relaxation (checked by an exact MIP)', async () => {
    const { model } = loadCurtois(cappedNineDays());
    const pr = compileProblem(model);
    expect(pricingModeFor(pr, createRowMove(pr)!)).toBe('lagrangian');
    const solved = await solveRoster(model, { seconds: 5, seed: 1, columns: true });
    const optimum = await exactOptimum(model, 20);
    expect(solved.feasible).toBe(true);
    expect(solved.objective).toBe(optimum);
    expect(solved.stats.lowerBound!).toBeLessThanOrEqual(optimum + 1e-6);
  });
});
