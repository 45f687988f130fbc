import { describe, expect, it } from 'vitest';
import { createMaster, loadHighs } from '../../src/roster/solver/master.ts';
import { createPricingPool, type PricingPool } from '../../src/roster/solver/pricing-pool.ts';
import { compileProblem } from '../../src/roster/solver/problem.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { createRowMove } from '../../src/roster/solver/row-move.ts';
import { loadCurtois, nineDays, readFixture } from './helpers.ts';

async function untilReady(pool: PricingPool): Promise<void> {
  for (let waited = 0; !pool.ready(); waited += 20) {
    if (waited > 20_000) throw new Error('helper thread did not start');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('pricing pool', () => {
  it.each([
    { name: 'Instance2, first valid row', text: () => readFixture('Instance2.txt'), mode: 'first-valid' as const },
    { name: 'nine days with a surcharged maximum, Lagrangian', text: nineDays, mode: 'lagrangian' as const },
  ])('prices on a helper thread exactly what the calling thread prices alone ($name, random duals, rounds with people skipped)', async ({ text, mode }) => {
    const { model } = loadCurtois(text());
    const pr = compileProblem(model);
    const m = createMaster(await loadHighs(), pr);
    const rows = pr.P + m.slackCols / 2;
    const alone = createPricingPool(pr, createRowMove(pr)!, m.coverRow, rows, 0, mode);
    const shared = createPricingPool(pr, createRowMove(pr)!, m.coverRow, rows, 1, mode);
    // The other mode, alone: where it prices differently, the helper's equal rows show the mode reached it.
    const other = createPricingPool(pr, createRowMove(pr)!, m.coverRow, rows, 0, mode === 'lagrangian' ? 'first-valid' : 'lagrangian');
    let differ = 0;
    try {
      await untilReady(shared);
      expect(alone.ready()).toBe(false);
      const rng = createPrng(7);
      let byHelper = 0;
      for (let round = 0; round < 6; round++) {
        const price = Float64Array.from({ length: rows }, () => 40 * rng.next());
        // Nine days: the first shift type (E) dearly wanted, so that B's maximum of 3 on it binds.
        if (mode === 'lagrangian') for (let d = 0; d < pr.D; d++) price[m.coverRow[d * pr.S]!]! += 30;
        const skip = Uint8Array.from({ length: pr.P }, (_, p) => (round % 2 === 1 && p % 3 === 0 ? 1 : 0));
        const a = alone.price(m, skip, price);
        const expected = { cost: a.cost.slice(), exact: a.exact.slice(), rows: a.rows.slice() };
        const o = other.price(m, skip, price);
        for (let p = 0; p < pr.P; p++) if (!skip[p] && o.cost[p] !== expected.cost[p]) differ++;
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
      // Instance2 has no maximum left to surcharges: both modes price alike there.
      if (mode === 'lagrangian') expect(differ).toBeGreaterThan(0);
      else expect(differ).toBe(0);
    } finally {
      other.close();
      alone.close();
      shared.close();
      m.model.dispose();
    }
  });
});
