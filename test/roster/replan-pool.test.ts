import { describe, expect, it } from 'vitest';
import { anneal } from '../../src/roster/solver/anneal.ts';
import { constructRoster } from '../../src/roster/solver/construct.ts';
import { searchGroups } from '../../src/roster/solver/lns.ts';
import { loadHighs } from '../../src/roster/solver/master.ts';
import { compileProblem } from '../../src/roster/solver/problem.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { helperCount } from '../../src/roster/solver/pricing-pool.ts';
import { createReplanHelper, type ReplanHelper } from '../../src/roster/solver/replan-pool.ts';
import { createState, recomputeState } from '../../src/roster/solver/state.ts';
import { solveSubsetMip, windowFreedom } from '../../src/roster/solver/subset-mip.ts';
import { scoreRoster } from '../../src/roster/score.ts';
import { loadCurtois, readFixture } from './helpers.ts';

async function untilReady(helper: ReplanHelper): Promise<void> {
  for (let waited = 0; !helper.ready(); waited += 20) {
    if (waited > 20_000) throw new Error('helper thread did not start');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function poorRoster() {
  const { model } = loadCurtois(readFixture('Instance2.txt'));
  const pr = compileProblem(model);
  const rng = createPrng(5);
  const state = createState(pr, constructRoster(pr, rng));
  anneal(state, rng, { iterations: 20_000, deadline: Infinity, clock: () => 0 },
    { hardWeight: 100, startTemperature: 10, endTemperature: 0.3, adaptive: true, minHardWeight: 5, rowMoveRate: 0, cycles: 1, maxRecreate: 1 });
  recomputeState(state);
  return { model, pr, rng, state };
}

// On one core there is no helper (the search runs alone): nothing to test.
describe.skipIf(helperCount() === 0)('group re-plans on a helper thread', () => {
  it('solves a re-plan as the calling thread does (same proven-optimal rows)', async () => {
    const { pr, state } = poorRoster();
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

  it('with the helper (still loading when the search starts), the search re-plans two groups a turn and never makes a feasible roster worse', async () => {
    const { model, pr, rng, state } = poorRoster();
    expect(state.hard).toBe(0);
    const before = state.soft;
    const helper = createReplanHelper(pr)!;
    try {
      const clock = () => performance.now();
      const stats = await searchGroups(await loadHighs(), state, rng, { clock, deadline: clock() + 3000 }, helper);
      const after = scoreRoster(model, { people: pr.P, days: pr.D, cells: state.cells });
      // Turns re-plan one group here and one on the helper (not when the first takes everyone).
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
    const { pr, state } = poorRoster();
    const helper = createReplanHelper(pr)!;
    await untilReady(helper);
    helper.close();
    expect(helper.ready()).toBe(false);
    expect(await helper.solve(state.cells.slice(), [0, 1], { from: 0, to: 3 }, 1)).toBeNull();
  });
});
