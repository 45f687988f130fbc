import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { betterResult, solvePortfolio } from '../../src/roster/solver/portfolio.ts';
import type { SolveResult } from '../../src/roster/solver/solve.ts';
import { loadCurtois, readFixture } from './helpers.ts';

const result = (objective: number, hardPenalty: number): SolveResult => ({
  objective, hardViolations: hardPenalty > 0 ? [{ rule: 'x', person: 0, days: [0, 0], amount: hardPenalty, penalty: hardPenalty, message: '' }] : [],
} as unknown as SolveResult);

describe('the better of two solves', () => {
  it('prefers fewer hard violations, then the lower objective, then the first', () => {
    const feasible = result(900, 0);
    const infeasible = result(600, 1);
    expect(betterResult(infeasible, feasible)).toBe(feasible);
    expect(betterResult(result(700, 0), result(650, 0)).objective).toBe(650);
    const first = result(700, 0);
    expect(betterResult(first, result(700, 0))).toBe(first);
  });
});

// On one core there is nothing to run the second solve on.
describe.skipIf(availableParallelism() < 2)('two independent solves on small problems', () => {
  it('runs a second solve on a helper thread and returns the better roster', async () => {
    const { model } = loadCurtois(readFixture('Instance1.txt'), 'Instance1');
    // A budget usually too short to prove Instance1's optimum (its search needs about 450 nodes): both solves then
    // run to the end. On a fast turn a search proves it within the budget (seen once in a shuffled run).
    const solved = await solvePortfolio(model, { seconds: 0.6, seed: 3 });
    expect(solved.feasible).toBe(true);
    if (solved.stats.portfolio === undefined) {
      // This thread's search proved the optimum and ended both.
      expect(solved.stats.proven).toBe(true);
      expect(solved.objective).toBe(607);
      return;
    }
    const { mine, theirs } = solved.stats.portfolio;
    expect(theirs).not.toBeNull();
    expect(solved.feasible).toBe(true);
    expect(solved.objective).toBeLessThanOrEqual(mine);
    expect(solved.objective).toBeLessThanOrEqual(theirs!);
    expect(solved.objective).toBeGreaterThanOrEqual(607);
    if (solved.stats.proven) expect(solved.objective).toBe(607);
  });

  it('stops at a roster proven optimal without waiting for the other solve', async () => {
    const { model } = loadCurtois(readFixture('Instance2.txt'), 'Instance2');
    const started = performance.now();
    const solved = await solvePortfolio(model, { seconds: 20, seed: 1 });
    expect(solved.stats.proven).toBe(true);
    expect(solved.objective).toBe(828);
    expect((performance.now() - started) / 1000).toBeLessThan(15);
  });

  it('keeps one solve for a move budget (reproducible runs) and for an injected clock', async () => {
    const { model } = loadCurtois(readFixture('Instance2.txt'), 'Instance2');
    expect((await solvePortfolio(model, { iterations: 2000, seed: 1 })).stats.portfolio).toBeUndefined();
    const { model: small } = loadCurtois(readFixture('Instance1.txt'), 'Instance1');
    expect((await solvePortfolio(small, { seconds: 0.3, seed: 1, clock: () => performance.now() })).stats.portfolio).toBeUndefined();
  });
});
