import { describe, expect, it } from 'vitest';
import { repairCover } from '../../src/roster/solver/group-replans.ts';
import { loadHighs } from '../../src/roster/solver/master.ts';
import { compileProblem } from '../../src/roster/solver/problem.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { createState, lexicographicScore } from '../../src/roster/solver/state.ts';
import { replanWeekendBlocks, replansWeekendBlocks, weekendBlockDays } from '../../src/roster/solver/weekend-blocks.ts';
import { cappedInstance, loadCurtois, poorInstance2Roster } from './helpers.ts';

const stats = () => ({ rounds: 0, helped: 0, improved: 0, optimal: 0 });

/** A four-week capped instance of `people` staff who may each work `maxWeekends` weekends. */
function staffed(people: number, maxWeekends: number) {
  const staff = Array.from({ length: people }, (_, k) => `P${k},E=28|L=28|N=28,9600,0,5,1,1,${maxWeekends}`);
  return compileProblem(loadCurtois(cappedInstance(28, staff)).model);
}

describe('weekend blocks: everyone\u2019s weekends with the days beside them', () => {
  it('frees each weekend with its Friday and Monday, within the horizon', () => {
    // Instance2: two weeks from a Monday, weekends on days 5-6 and 12-13; the second Monday lies beyond the horizon.
    const { pr } = poorInstance2Roster();
    const days = [...weekendBlockDays(pr).keys()].filter((d) => weekendBlockDays(pr)[d] === 1);
    expect(days).toEqual([4, 5, 6, 7, 11, 12, 13]);
  });

  it('applies where a weekend limit binds and the MIP stays small', () => {
    expect(replansWeekendBlocks(poorInstance2Roster().pr)).toBe(true);
    // Nobody limited below the four weekends: nothing to chain.
    expect(replansWeekendBlocks(staffed(10, 4))).toBe(false);
    // 15 block days x 3 types: 100 people make 4,500 columns, 120 make 5,400 (over the 5,000 allowed).
    expect(replansWeekendBlocks(staffed(100, 2))).toBe(true);
    expect(replansWeekendBlocks(staffed(120, 2))).toBe(false);
  });

  it('re-plans only the block days, keeps the rules, improves a poor roster, and leaves nothing to gain on a second pass', async () => {
    const { pr, state } = poorInstance2Roster();
    const before = state.cells.slice();
    const start = lexicographicScore(state);
    const highs = await loadHighs();
    const first = stats();
    const gain = replanWeekendBlocks(highs, state, 30, first);
    expect(first.optimal).toBe(1);
    expect(gain).toBeGreaterThan(0);
    expect(lexicographicScore(state)).toBeCloseTo(start - gain, 6);
    expect(state.hard).toBe(0);
    const blocks = weekendBlockDays(pr);
    for (let p = 0; p < pr.P; p++) {
      for (let d = 0; d < pr.D; d++) if (!blocks[d]) expect(state.cells[p * pr.D + d], `person ${p}, day ${d}`).toBe(before[p * pr.D + d]);
    }
    // Proven optimal for the blocks: a second pass from its roster finds nothing better.
    expect(replanWeekendBlocks(highs, state, 30, stats())).toBe(0);
  });

  it('repairs with the blocks first, then group re-plans that only keep what is no worse', async () => {
    const { pr, state } = poorInstance2Roster();
    const blocksOnly = createState(pr, state.cells.slice());
    replanWeekendBlocks(await loadHighs(), blocksOnly, 30, stats());
    const clock = () => performance.now();
    const repaired = await repairCover(state, createPrng(3), { clock, deadline: clock() + 1500 }, undefined, null);
    expect(repaired.rounds).toBeGreaterThan(1);
    expect(repaired.optimal).toBeGreaterThan(0);
    expect(state.hard).toBe(0);
    expect(lexicographicScore(state)).toBeLessThanOrEqual(lexicographicScore(blocksOnly) + 1e-9);
  });

  it('re-plans the blocks only when the roster lies half a short slot (50 here) or more above the bound', async () => {
    const { state } = poorInstance2Roster();
    const score = lexicographicScore(state);
    const clock = () => performance.now();
    // A deadline already past: no group re-plan runs, so the rounds count the blocks' re-plan alone.
    const past = () => ({ clock, deadline: clock() - 1 });
    expect((await repairCover(state, createPrng(3), past(), undefined, score - 49)).rounds).toBe(0);
    expect((await repairCover(state, createPrng(3), past(), undefined, score - 51)).rounds).toBe(1);
    expect((await repairCover(state, createPrng(3), past(), undefined, null)).rounds).toBe(1);
  });
});
