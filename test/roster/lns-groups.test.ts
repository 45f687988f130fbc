import { describe, expect, it } from 'vitest';
import { changeableShortfall, changeableSlots, keepIfNoWorse, pickGroup, searchGroups, type Shape } from '../../src/roster/solver/lns.ts';
import { pinWeekends } from '../../src/roster/solver/weekend-plan.ts';
import { NOT_FIXED } from '../../src/roster/solver/problem.ts';
import { loadHighs } from '../../src/roster/solver/master.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { createState, lexicographicScore } from '../../src/roster/solver/state.ts';
import { solveSubsetMip, windowFreedom } from '../../src/roster/solver/subset-mip.ts';
import { poorInstance2Roster } from './helpers.ts';

const stats = () => ({ rounds: 0, helped: 0, improved: 0, optimal: 0 });

describe('group re-plans beside a queued one', () => {
  it('keeps a group clear of the queued groups\u2019 days, a day apart, when it may take anyone', () => {
    const { pr, state } = poorInstance2Roster();
    const rng = createPrng(9);
    const shape: Shape = { people: pr.P, days: 3, rate: 0 };
    const avoid = [{ from: 4, to: 6 }, { from: 12, to: 13 }];
    let picked = 0;
    for (let k = 0; k < 200; k++) {
      const g = pickGroup(pr, state, rng, shape, new Set(), avoid);
      if (!g) continue;
      picked++;
      expect(g.window.to - g.window.from + 1).toBe(3);
      for (const w of avoid) expect(g.window.to < w.from - 1 || g.window.from > w.to + 1, JSON.stringify(g.window)).toBe(true);
    }
    expect(picked).toBeGreaterThan(100);
    // No room at all: none.
    expect(pickGroup(pr, state, rng, shape, new Set(), [{ from: 0, to: pr.D - 1 }])).toBeNull();
  });

  it('draws groups around slots a re-plan can change: with every weekend day pinned, none around a weekend day', () => {
    const { pr, state } = poorInstance2Roster();
    const weekendDays = [...pr.weekendOf.keys()].filter((d) => pr.weekendOf[d]! >= 0);
    // Some weekend slot is wrongly covered, so an unaware draw would pick weekend days.
    const wrongOnWeekend = weekendDays.some((d) => [...Array(pr.S).keys()].some((s) =>
      pr.coverUnder[d * pr.S + s]! > 0 && state.coverCount[d * pr.S + s] !== pr.coverTarget[d * pr.S + s]));
    expect(wrongOnWeekend).toBe(true);
    const pinned = pinWeekends(pr, state.cells);
    const pinnedState = createState(pinned, state.cells.slice());
    const changeable = changeableSlots(pinned);
    for (const d of weekendDays) for (let s = 0; s < pr.S; s++) expect(changeable[d * pr.S + s]).toBe(0);
    expect(changeable.some((x) => x === 1)).toBe(true);
    const rng = createPrng(4);
    const oneDay: Shape = { people: pr.P, days: 1, rate: 0 };
    let unpinnedWeekend = 0;
    for (let k = 0; k < 300; k++) {
      const g = pickGroup(pinned, pinnedState, rng, oneDay)!;
      expect(weekendDays).not.toContain(g.window.from);
      if (weekendDays.includes(pickGroup(pr, state, rng, oneDay)!.window.from)) unpinnedWeekend++;
    }
    // Unpinned, the same draw does go to the weekends' short slots.
    expect(unpinnedWeekend).toBeGreaterThan(0);
  });

  it('tells a short slot a re-plan can change from one only the weekend plan could, and stops once none is left', async () => {
    const { pr, state, rng } = poorInstance2Roster();
    const short = (st: typeof state, k: number) => st.pr.coverUnder[k]! > 0 && st.coverCount[k]! < st.pr.coverTarget[k]!;
    const shortDays = [...Array(pr.D * pr.S).keys()].filter((k) => short(state, k)).map((k) => Math.floor(k / pr.S));
    expect(shortDays.length).toBeGreaterThan(0);
    expect(changeableShortfall(state)).toBe(true);
    // Every day pinned except one with no short slot: no short slot is one a re-plan can change.
    const free = [...Array(pr.D).keys()].find((d) => !shortDays.includes(d))!;
    const fixed = state.cells.slice();
    for (let p = 0; p < pr.P; p++) fixed[p * pr.D + free] = NOT_FIXED;
    expect(changeableShortfall(createState({ ...pr, fixed }, state.cells.slice()))).toBe(false);
  });

  it('stops before the deadline as soon as the roster meets the condition given', async () => {
    const { state, rng } = poorInstance2Roster();
    const start = lexicographicScore(state);
    let checks = 0;
    const until = (st: typeof state) => { checks++; return lexicographicScore(st) < start; };
    const result = await searchGroups(await loadHighs(), state, rng, { clock: () => performance.now(), deadline: performance.now() + 20_000, until });
    expect(lexicographicScore(state)).toBeLessThan(start);
    // Checked before each re-plan: the last check found it met, and no re-plan ran after it.
    expect(result.improved).toBe(1);
    expect(result.rounds).toBe(checks - 1);
  });

  it('stops at once when every cell is pinned: no slot is left for a re-plan to change', async () => {
    const { pr, state, rng } = poorInstance2Roster();
    const allPinned = { ...pr, fixed: state.cells.slice() };
    const pinnedState = createState(allPinned, state.cells.slice());
    expect(changeableSlots(allPinned).every((x) => x === 0)).toBe(true);
    expect(pickGroup(allPinned, pinnedState, rng, { people: pr.P, days: 1, rate: 0 })).toBeNull();
    let now = 0;
    const stats = await searchGroups(await loadHighs(), pinnedState, rng, { clock: () => now++, deadline: 10_000 });
    expect(stats.rounds).toBe(0);
    expect([...pinnedState.cells]).toEqual([...state.cells]);
  });

  it('takes a re-plan planned against older cells on its window\u2019s days only, so changes made since elsewhere stay', async () => {
    const { pr, state } = poorInstance2Roster();
    const highs = await loadHighs();
    const everyone = Array.from({ length: pr.P }, (_, p) => p);
    const old = state.cells.slice();
    // The queued re-plan: everyone on days 9-11, against the cells as they are now.
    const queued = solveSubsetMip(highs, pr, old, everyone, 10, windowFreedom({ from: 9, to: 11 }))!;
    // Meanwhile this thread re-plans everyone on days 2-4 and keeps it.
    const before = lexicographicScore(state);
    const mine = solveSubsetMip(highs, pr, state.cells, everyone, 10, windowFreedom({ from: 2, to: 4 }))!;
    expect(keepIfNoWorse(state, everyone, mine, stats())).toBeGreaterThan(0);
    expect(lexicographicScore(state)).toBeLessThan(before);
    const afterMine = state.cells.slice();
    expect([...afterMine].some((v, i) => v !== old[i])).toBe(true);
    // The queued rows come back: only days 9-11 are taken from them.
    keepIfNoWorse(state, everyone, queued, stats(), { from: 9, to: 11 });
    for (let p = 0; p < pr.P; p++) {
      for (let d = 0; d < pr.D; d++) {
        const i = p * pr.D + d;
        if (d < 9 || d > 11) expect(state.cells[i], `person ${p}, day ${d}`).toBe(afterMine[i]);
      }
    }
    expect(state.hard).toBe(0);
  });
});
