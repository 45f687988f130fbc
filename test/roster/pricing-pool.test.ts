import { describe, expect, it } from 'vitest';
import { createMaster, loadHighs } from '../../src/roster/solver/master.ts';
import { createPricingPool, type PricingPool } from '../../src/roster/solver/pricing-pool.ts';
import { compileProblem } from '../../src/roster/solver/problem.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { createRowMove } from '../../src/roster/solver/row-move.ts';
import { loadCurtois, readFixture } from './helpers.ts';

async function untilReady(pool: PricingPool): Promise<void> {
  for (let waited = 0; !pool.ready(); waited += 20) {
    if (waited > 20_000) throw new Error('helper thread did not start');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('pricing pool', () => {
  it('prices on a helper thread exactly what the calling thread prices alone (Instance2, random duals, rounds with people skipped)', async () => {
    const { model } = loadCurtois(readFixture('Instance2.txt'));
    const pr = compileProblem(model);
    const m = createMaster(await loadHighs(), pr);
    const rows = pr.P + m.slackCols / 2;
    const alone = createPricingPool(pr, createRowMove(pr)!, m.coverRow, rows, 0);
    const shared = createPricingPool(pr, createRowMove(pr)!, m.coverRow, rows, 1);
    try {
      await untilReady(shared);
      expect(alone.ready()).toBe(false);
      const rng = createPrng(7);
      let byHelper = 0;
      for (let round = 0; round < 6; round++) {
        const price = Float64Array.from({ length: rows }, () => 40 * rng.next());
        const skip = Uint8Array.from({ length: pr.P }, (_, p) => (round % 2 === 1 && p % 3 === 0 ? 1 : 0));
        const a = alone.price(m, skip, price);
        const expected = { cost: a.cost.slice(), exact: a.exact.slice(), rows: a.rows.slice() };
        const b = shared.price(m, skip, price);
        byHelper += shared.pricedByHelpers();
        for (let p = 0; p < pr.P; p++) {
          if (skip[p]) continue;
          expect(b.cost[p]).toBe(expected.cost[p]);
          expect(b.exact[p]).toBe(expected.exact[p]);
          expect([...b.rows.subarray(p * pr.D, (p + 1) * pr.D)]).toEqual([...expected.rows.subarray(p * pr.D, (p + 1) * pr.D)]);
        }
        expect(Number.isFinite(expected.cost.find((_, p) => !skip[p])!)).toBe(true);
      }
      // The helper took its share of the people (it is awake before each round starts).
      expect(byHelper).toBeGreaterThan(0);
    } finally {
      alone.close();
      shared.close();
      m.model.dispose();
    }
  });
});
