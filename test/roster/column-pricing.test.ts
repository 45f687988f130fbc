import { describe, expect, it } from 'vitest';
import { generate } from '../../src/roster/solver/column-pricing.ts';
import { greedyMaster } from './helpers.ts';

describe('column generation', () => {
  it.each(['exact-bound', 'lagrangian-bound'] as const)('converges the root of Instance1 to its LP optimum, 558, smoothing on the %s', async (smoothing) => {
    const { pr, move, m } = await greedyMaster('Instance1.txt');
    try {
      const budget = { clock: () => performance.now(), deadline: performance.now() + 60_000 };
      const root = generate(m, move, new Uint8Array(pr.P), budget, { smoothing });
      expect(root.converged).toBe(true);
      expect(root.objective).toBeCloseTo(558, 6);
      expect(root.lowerBound).toBeCloseTo(558, 6);
      // Every round's Lagrangian bound is a bound: the best stays at or below the LP optimum.
      expect(root.relaxedBound!).toBeLessThanOrEqual(558 + 1e-6);
    } finally {
      m.pool?.close();
      m.model.dispose();
    }
  });
});
