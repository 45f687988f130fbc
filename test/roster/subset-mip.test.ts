import { describe, expect, it } from 'vitest';
import { scoreRoster } from '../../src/roster/score.ts';
import { loadHighs } from '../../src/roster/solver/master.ts';
import { compileProblem, type Problem } from '../../src/roster/solver/problem.ts';
import { createRowScratch, evaluateRow } from '../../src/roster/solver/row-cost.ts';
import { createPrng, type Prng } from '../../src/roster/solver/prng.ts';
import { solveSubsetMip, supportsSubsetMip, windowFreedom, type Freedom } from '../../src/roster/solver/subset-mip.ts';
import { searchGroups } from '../../src/roster/solver/lns.ts';
import { loadCurtois, poorInstance2Roster, readFixture } from './helpers.ts';

/**
 * A week with every rule the subset MIP encodes: three shift types with successions, per-type
 * maxima, minutes, run lengths, minimum days off, one weekend at most, days off, on/off requests,
 * under- and over-cover. Small enough to enumerate every re-plan.
 */
function weekInstance(rng: Prng): string {
  const days = 7;
  const cover: string[] = [];
  for (let d = 0; d < days; d++) {
    for (const s of ['E', 'L', 'N']) cover.push(`${d},${s},${rng.below(3)},${50 + rng.below(60)},${1 + rng.below(30)}`);
  }
  const on: string[] = [];
  const off: string[] = [];
  for (const person of ['A', 'B', 'C']) {
    for (let d = 0; d < days; d++) {
      const shift = ['E', 'L', 'N'][rng.below(3)]!;
      if (rng.next() < 0.25) on.push(`${person},${d},${shift},${1 + rng.below(5)}`);
      else if (rng.next() < 0.25) off.push(`${person},${d},${shift},${1 + rng.below(5)}`);
    }
  }
  return [
    'SECTION_HORIZON', String(days), '',
    'SECTION_SHIFTS', 'E,480,', 'L,600,E', 'N,720,E|L', '',
    'SECTION_STAFF',
    'A,E=7|L=3|N=2,3600,960,4,2,2,1',
    'B,E=0|L=7|N=3,3000,0,3,1,2,1',
    'C,E=5|L=5|N=0,4000,1440,5,2,1,1', '',
    'SECTION_DAYS_OFF', `A,${rng.below(7)}`, 'B,', 'C,', '',
    'SECTION_SHIFT_ON_REQUESTS', ...on, '', 'SECTION_SHIFT_OFF_REQUESTS', ...off, '',
    'SECTION_COVER', ...cover, '',
  ].join('\n');
}

/**
 * The best objective over every way of filling the group's cells in the window that leaves the group's
 * own rows without a hard breach (the others' random rows may break rules: they are kept as they are),
 * by enumeration with the independent scorer.
 */
function bruteForce(model: ReturnType<typeof loadCurtois>['model'], cells: Int16Array, group: number[], f: Freedom): number {
  const D = model.days;
  const S = model.shifts.length;
  const free = group.flatMap((p) => Array.from({ length: D }, (_, d) => d).filter((d) => f.free(p, d)).map((d) => p * D + d));
  const trial = cells.slice();
  let best = Number.POSITIVE_INFINITY;
  const visit = (i: number): void => {
    if (i === free.length) {
      const score = scoreRoster(model, { people: model.people.length, days: D, cells: trial });
      const groupBreaks = score.hardViolations.some((v) => v.person !== undefined && group.includes(v.person));
      if (!groupBreaks && score.objective < best) best = score.objective;
      return;
    }
    const p = Math.floor(free[i]! / D);
    for (let v = -1; v < S; v++) {
      if (v >= 0 && !f.allows(p, free[i]! % D, v)) continue;
      trial[free[i]!] = v;
      visit(i + 1);
    }
  };
  visit(0);
  return best;
}

/** A roster where every row keeps its person's hard rules: each row the first such one found by enumeration. */
function feasibleStart(pr: Problem, rng: Prng): Int16Array {
  const { P, D, S } = pr;
  const cells = new Int16Array(P * D).fill(-1);
  const scratch = createRowScratch(pr);
  for (let p = 0; p < P; p++) {
    const offset = rng.below((S + 1) ** D);
    for (let k = 0; k < (S + 1) ** D; k++) {
      let code = (offset + k) % (S + 1) ** D;
      for (let d = 0; d < D; d++) { cells[p * D + d] = (code % (S + 1)) - 1; code = Math.floor(code / (S + 1)); }
      evaluateRow(pr, cells, p, scratch);
      if (scratch.hard === 0) break;
    }
  }
  return cells;
}

describe('subset MIP (exact re-plan of a group of rows over a window of days)', () => {
  it('encodes the Curtois rules only', () => {
    const { model } = loadCurtois(readFixture('Instance2.txt'));
    expect(supportsSubsetMip(compileProblem(model))).toBe(true);
  });

  it('finds the best re-plan, as full enumeration does, on random weeks, groups, windows and type re-plans', async () => {
    const highs = await loadHighs();
    const rng = createPrng(11);
    let compared = 0;
    let improved = 0;
    for (let trial = 0; trial < 18; trial++) {
      const { model } = loadCurtois(weekInstance(rng));
      const pr = compileProblem(model);
      const cells = feasibleStart(pr, rng);
      const group = trial % 3 === 0 ? [rng.below(3)] : [0, 1, 2].filter((p) => p !== rng.below(3));
      const span = group.length === 1 ? 5 : 2;
      const from = rng.below(pr.D - span + 1);
      const window = { from, to: from + span - 1 };
      // Every third trial: a shift type's own cells and the days off, over the whole week, may take that type or off.
      const type = rng.below(pr.S);
      const freedom: Freedom = trial % 3 === 2
        ? { free: (p, d) => cells[p * pr.D + d] === -1 || cells[p * pr.D + d] === type, allows: (_p, _d, s) => s === type }
        : windowFreedom(window);
      const want = bruteForce(model, cells, group, freedom);
      const got = solveSubsetMip(highs, pr, cells, group, 20, freedom);
      expect(want).toBeLessThan(Number.POSITIVE_INFINITY);
      expect(got).not.toBeNull();
      expect(got!.optimal).toBe(true);
      const next = cells.slice();
      group.forEach((p, k) => {
        const row = got!.rows[k]!;
        for (let d = 0; d < pr.D; d++) if (!freedom.free(p, d)) expect(row[d]).toBe(cells[p * pr.D + d]);
        next.set(row, p * pr.D);
      });
      const score = scoreRoster(model, { people: pr.P, days: pr.D, cells: next });
      expect(score.hardViolations.filter((v) => v.person !== undefined && group.includes(v.person))).toEqual([]);
      expect(score.objective).toBeCloseTo(want, 6);
      if (score.objective < scoreRoster(model, { people: pr.P, days: pr.D, cells }).objective - 1e-9) improved++;
      compared++;
    }
    expect(compared).toBe(18);
    expect(improved).toBeGreaterThan(9);
  });

  it('finds the best re-plan when the free cells are scattered: kept cells of the group count towards the cover', async () => {
    // RINS frees the cells where an LP and a roster disagree: on one day some of the group are free, others kept.
    const highs = await loadHighs();
    const rng = createPrng(23);
    let improved = 0;
    for (let trial = 0; trial < 8; trial++) {
      const { model } = loadCurtois(weekInstance(rng));
      const pr = compileProblem(model);
      const cells = feasibleStart(pr, rng);
      const group = trial % 2 === 0 ? [0, 1, 2] : [0, 1, 2].filter((p) => p !== rng.below(3));
      const open = Uint8Array.from({ length: pr.P * pr.D }, () => (rng.next() < 0.3 ? 1 : 0));
      const freedom: Freedom = { free: (p, d) => open[p * pr.D + d] === 1, allows: () => true };
      const want = bruteForce(model, cells, group, freedom);
      const got = solveSubsetMip(highs, pr, cells, group, 20, freedom);
      expect(got).not.toBeNull();
      expect(got!.optimal).toBe(true);
      const next = cells.slice();
      group.forEach((p, k) => next.set(got!.rows[k]!, p * pr.D));
      const score = scoreRoster(model, { people: pr.P, days: pr.D, cells: next });
      expect(score.objective).toBeCloseTo(want, 6);
      if (score.objective < scoreRoster(model, { people: pr.P, days: pr.D, cells }).objective - 1e-9) improved++;
    }
    expect(improved).toBeGreaterThan(2);
  });

  it('answers null when no re-plan of the window can keep the rules', async () => {
    const highs = await loadHighs();
    // A must work at least 960 minutes (two shifts) but only day 3 is free and the rest is off.
    const { model } = loadCurtois(weekInstance(createPrng(3)).replace('A,E=7|L=3|N=2,3600,960,4,2,2,1', 'A,E=7|L=3|N=2,3600,960,4,1,1,1'));
    const pr = compileProblem(model);
    const cells = new Int16Array(pr.P * pr.D).fill(-1);
    expect(solveSubsetMip(highs, pr, cells, [0], 5, windowFreedom({ from: 3, to: 3 }))).toBeNull();
    expect(solveSubsetMip(highs, pr, cells, [0], 5, windowFreedom({ from: 2, to: 3 }))).not.toBeNull();
  });
});

describe('large neighbourhood search over groups', () => {
  it('never makes a feasible roster worse or infeasible, and improves a poor one', async () => {
    const { model, pr, rng, state } = poorInstance2Roster();
    expect(state.hard).toBe(0);
    const before = state.soft;
    const clock = () => performance.now();
    const stats = await searchGroups(await loadHighs(), state, rng, { clock, deadline: clock() + 1500 });
    const after = scoreRoster(model, { people: pr.P, days: pr.D, cells: state.cells });
    expect(stats.rounds).toBeGreaterThan(0);
    expect(after.feasible).toBe(true);
    expect(after.objective).toBe(state.soft);
    expect(after.objective).toBeLessThanOrEqual(before);
    expect(before).toBeGreaterThan(828); // the optimum of Instance2
    expect(stats.improved).toBeGreaterThan(0);
    expect(after.objective).toBeLessThan(before);
  });
});
