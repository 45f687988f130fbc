import { describe, expect, it } from 'vitest';
import { searchGroups } from '../../src/roster/solver/lns.ts';
import { loadHighs } from '../../src/roster/solver/master.ts';
import { helperCount } from '../../src/roster/solver/pricing-pool.ts';
import { createReplanHelper, type ReplanHelper } from '../../src/roster/solver/replan-pool.ts';
import { solveSubsetMip, windowFreedom } from '../../src/roster/solver/subset-mip.ts';
import { scoreRoster } from '../../src/roster/score.ts';
import { poorInstance2Roster } from './helpers.ts';

async function untilReady(helper: ReplanHelper): Promise<void> {
  for (let waited = 0; !helper.ready(); waited += 20) {
    if (waited > 20_000) throw new Error('helper thread did not start');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}


// On one core there is no helper (the search runs alone): nothing to test.
describe.skipIf(helperCount() === 0)('group re-plans on a helper thread', () => {
  it('solves a re-plan as the calling thread does (same proven-optimal rows)', async () => {
    const { pr, state } = poorInstance2Roster();
    const helper = createReplanHelper(pr)!;
    try {
      await untilReady(helper);
      const group = [0, 3, 5, 7];
      const window = { from: 7, to: 10 };
      const here = solveSubsetMip(await loadHighs(), pr, state.cells, group, 10, windowFreedom(window));
      const there = await helper.solve(state.cells.slice(), group, window, 10);
      expect(here?.optimal).toBe(true);
      expect(there?.optimal).toBe(true);
      expect(there!.rows.map((r) => [...r])).toEqual(here!.rows.map((r) => [...r]));
    } finally {
      helper.close();
    }
  });

  it('lets a helper still loading when the search starts finish loading (its message comes through the event loop)', async () => {
    const { pr, rng, state } = poorInstance2Roster();
    const helper = createReplanHelper(pr)!;
    try {
      expect(helper.ready()).toBe(false);
      // The search's clock ends it once the helper is ready (or after 20 s: without yielding, it never is).
      const deadline = performance.now() + 20_000;
      const clock = () => (helper.ready() ? Infinity : performance.now());
      await searchGroups(await loadHighs(), state, rng, { clock, deadline }, helper);
      expect(helper.ready()).toBe(true);
    } finally {
      helper.close();
    }
  });

  it('with the helper, the search re-plans a second group of other people and never makes a feasible roster worse', async () => {
    const { model, pr, rng, state } = poorInstance2Roster();
    expect(state.hard).toBe(0);
    const before = state.soft;
    const helper = createReplanHelper(pr)!;
    try {
      await untilReady(helper);
      const clock = () => performance.now();
      const stats = await searchGroups(await loadHighs(), state, rng, { clock, deadline: clock() + 3000 }, helper);
      const after = scoreRoster(model, { people: pr.P, days: pr.D, cells: state.cells });
      // Instance2 has 14 people: while this thread re-plans everyone, the helper re-plans other days.
      expect(stats.helped).toBeGreaterThan(0);
      expect(stats.rounds).toBeGreaterThan(stats.helped);
      expect(after.feasible).toBe(true);
      expect(after.objective).toBe(state.soft);
      expect(after.objective).toBeLessThan(before);
    } finally {
      helper.close();
    }
  });

  it('a closed helper answers no more re-plans', async () => {
    const { pr, state } = poorInstance2Roster();
    const helper = createReplanHelper(pr)!;
    await untilReady(helper);
    helper.close();
    expect(helper.ready()).toBe(false);
    expect(await helper.solve(state.cells.slice(), [0, 1], { from: 0, to: 3 }, 1)).toBeNull();
  });
});
