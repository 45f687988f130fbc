import { describe, expect, it } from 'vitest';
import { mendShortfall, windowsAround } from '../../src/roster/solver/group-replans.ts';
import { changeableShortfall } from '../../src/roster/solver/lns.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { createState, lexicographicScore } from '../../src/roster/solver/state.ts';
import { NOT_FIXED } from '../../src/roster/solver/problem.ts';
import { pinWeekends } from '../../src/roster/solver/weekend-plan.ts';
import { poorInstance2Roster } from './helpers.ts';

describe('mending the slots a re-plan can change', () => {
  it('re-plans windows of three open days around a short day, pinned days kept inside them', () => {
    const { pr, state } = poorInstance2Roster();
    // Unpinned, every day is open.
    expect(windowsAround(pr, 5)).toEqual([{ from: 3, to: 5 }, { from: 4, to: 6 }, { from: 5, to: 7 }]);
    expect(windowsAround(pr, 0)).toEqual([{ from: 0, to: 2 }]);
    expect(windowsAround(pr, 13)).toEqual([{ from: 11, to: 13 }]);
    // With the weekends (days 5-6 and 12-13) pinned, the open days are 0-4 and 7-11: Monday's windows reach back to Thursday.
    const pinned = pinWeekends(pr, state.cells);
    expect(windowsAround(pinned, 7)).toEqual([{ from: 3, to: 7 }, { from: 4, to: 8 }, { from: 7, to: 9 }]);
    expect(windowsAround(pinned, 11)).toEqual([{ from: 9, to: 11 }]);
    expect(windowsAround(pinned, 6)).toEqual([]);
  });

  it('mends every changeable short slot of a pinned roster, no worse, keeping the pinned cells and the rules', async () => {
    const { pr, state } = poorInstance2Roster();
    const pinned = pinWeekends(pr, state.cells);
    const st = createState(pinned, state.cells.slice());
    expect(changeableShortfall(st)).toBe(true);
    const start = lexicographicScore(st);
    const clock = () => performance.now();
    const stats = await mendShortfall(st, createPrng(2), { clock, deadline: clock() + 20_000 });
    expect(changeableShortfall(st)).toBe(false);
    expect(stats.improved).toBeGreaterThan(0);
    expect(st.hard).toBe(0);
    expect(lexicographicScore(st)).toBeLessThan(start);
    for (let i = 0; i < st.cells.length; i++) if (pinned.fixed[i] !== NOT_FIXED) expect(st.cells[i]).toBe(pinned.fixed[i]);
  });
});
