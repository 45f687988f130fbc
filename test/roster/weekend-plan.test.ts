import { describe, expect, it } from 'vitest';
import { evaluateCurtois } from '../../src/roster/curtois/evaluate.ts';
import { listAssignments } from '../../src/roster/roster.ts';
import { loadHighs } from '../../src/roster/solver/master.ts';
import { compileProblem, NOT_FIXED } from '../../src/roster/solver/problem.ts';
import { solveRoster } from '../../src/roster/solver/solve.ts';
import { pinWeekends, planWeekends, plansWeekends } from '../../src/roster/solver/weekend-plan.ts';
import { loadCurtois } from './helpers.ts';

/**
 * Two weeks, four people who may each work one weekend, and weekends that need one early (E) and one
 * late (L) shift every day: four person-weekends for four people, so every weekend must be worked whole.
 * A late shift may not be followed by an early one. A is away on the second Sunday (day 13), so A's
 * weekend is the first; B would rather not work early on the first Saturday.
 */
function weekendsInstance(maxWeekends = 1): string {
  const cover: string[] = [];
  for (let d = 0; d < 14; d++) {
    const weekend = d % 7 >= 5;
    cover.push(`${d},E,${weekend ? 1 : 0},100,1`, `${d},L,${weekend ? 1 : 0},100,1`);
  }
  const staff = ['A', 'B', 'C', 'D'].map((id) => `${id},E=14|L=14,9600,0,5,1,1,${maxWeekends}`);
  return [
    'SECTION_HORIZON', '14', '',
    'SECTION_SHIFTS', 'E,480,', 'L,480,E', '',
    'SECTION_STAFF', ...staff, '',
    'SECTION_DAYS_OFF', 'A,13', '',
    'SECTION_SHIFT_ON_REQUESTS', '', 'SECTION_SHIFT_OFF_REQUESTS', 'B,5,E,3', '',
    'SECTION_COVER', ...cover, '',
  ].join('\n');
}

const WEEKENDS = [[5, 6], [12, 13]];

/**
 * The same two weekends with nobody away, where C may work two late shifts (L) in all and asks for L on Tuesday and
 * Wednesday (weight 3 each), and A, B and D would rather not work L on any weekend day (weight 1 each).
 */
function claimsInstance(): string {
  const cover: string[] = [];
  for (let d = 0; d < 14; d++) {
    const weekend = d % 7 >= 5;
    cover.push(`${d},E,${weekend ? 1 : 0},100,1`, `${d},L,${weekend ? 1 : 0},100,1`);
  }
  const staff = ['A', 'B', 'C', 'D'].map((id) => `${id},E=14|L=${id === 'C' ? 2 : 14},9600,0,5,1,1,1`);
  const offLate = ['A', 'B', 'D'].flatMap((id) => [5, 6, 12, 13].map((d) => `${id},${d},L,1`));
  return [
    'SECTION_HORIZON', '14', '',
    'SECTION_SHIFTS', 'E,480,', 'L,480,E', '',
    'SECTION_STAFF', ...staff, '',
    'SECTION_DAYS_OFF', '',
    'SECTION_SHIFT_ON_REQUESTS', 'C,1,L,3', 'C,2,L,3', '',
    'SECTION_SHIFT_OFF_REQUESTS', ...offLate, '',
    'SECTION_COVER', ...cover, '',
  ].join('\n');
}

/** The roster is feasible, the independent evaluator agrees with its objective, and that is 0: every weekend slot covered, B's request kept. */
function expectOptimalAndChecked(instance: Parameters<typeof evaluateCurtois>[0], model: ReturnType<typeof loadCurtois>['model'],
  result: Awaited<ReturnType<typeof solveRoster>>): void {
  const assignments = listAssignments(result.roster).map((a) => ({
    employee: model.people[a.person]!.id, day: a.day, shift: model.shifts[a.shift]!.id,
  }));
  const check = evaluateCurtois(instance, assignments);
  expect(check.feasible).toBe(true);
  expect(check.objective).toBe(result.objective);
  expect(result.objective).toBe(0);
}

describe('weekend plan', () => {
  it('plans whole weekends that meet the weekend cover, within each weekend limit, away days and successions', async () => {
    const { model } = loadCurtois(weekendsInstance());
    const pr = compileProblem(model);
    expect(plansWeekends(pr)).toBe(true);
    const plan = planWeekends(await loadHighs(), pr, 10)!;
    expect(plan).not.toBeNull();
    const E = 0;
    const L = 1;
    for (let p = 0; p < 4; p++) {
      const worked = WEEKENDS.filter((days) => days.some((d) => plan[p * 14 + d]! >= 0));
      expect(worked).toHaveLength(1);
      // Whole, and never a late shift before an early one.
      const [sat, sun] = worked[0]!.map((d) => plan[p * 14 + d]!);
      expect(sat).toBeGreaterThanOrEqual(0);
      expect(sun).toBeGreaterThanOrEqual(0);
      expect(sat === L && sun === E).toBe(false);
      // Weekdays are not the plan's business.
      for (let d = 0; d < 14; d++) if (d % 7 < 5) expect(plan[p * 14 + d]).toBe(-1);
    }
    for (const d of [5, 6, 12, 13]) {
      const values = [0, 1, 2, 3].map((p) => plan[p * 14 + d]!).filter((v) => v >= 0).sort();
      expect(values).toEqual([E, L]);
    }
    // A is away on day 13: their weekend is the first. B's off request is kept.
    expect(plan[0 * 14 + 5]).toBeGreaterThanOrEqual(0);
    expect(plan[1 * 14 + 5]).not.toBe(E);
  });

  it('pins the weekend days to the plan and leaves weekdays and away days alone', async () => {
    const { model } = loadCurtois(weekendsInstance());
    const pr = compileProblem(model);
    const plan = planWeekends(await loadHighs(), pr, 10)!;
    const pinned = pinWeekends(pr, plan);
    for (let p = 0; p < 4; p++) {
      for (let d = 0; d < 14; d++) {
        const i = p * 14 + d;
        const expected = d % 7 >= 5 && !pr.unavailable[i] ? plan[i] : NOT_FIXED;
        expect(pinned.fixed[i], `person ${p}, day ${d}`).toBe(expected);
      }
    }
    expect(pr.fixed.every((v) => v === NOT_FIXED)).toBe(true);
  });

  it('counts what the weekday requests claim of a maximum: C keeps both late shifts for the weekdays asked', async () => {
    const { model } = loadCurtois(claimsInstance());
    const pr = compileProblem(model);
    const plan = planWeekends(await loadHighs(), pr, 10)!;
    const [E, L] = [0, 1];
    const C = 2;
    // Without the claims, C working L on its weekend would cost nothing (the others' L costs 1 each); with them it
    // costs the two weekday requests (3 each), so the others take every weekend L.
    for (const d of WEEKENDS.flat()) expect(plan[C * 14 + d], `day ${d}`).not.toBe(L);
    expect(WEEKENDS.flat().filter((d) => plan[C * 14 + d] === E)).toHaveLength(2);
    for (const d of WEEKENDS.flat()) expect([0, 1, 3].filter((p) => plan[p * 14 + d] === L)).toHaveLength(1);
  });

  it('leaves the claims out when the plan has less than 10 s: C then takes the weekend late shifts the others dislike', async () => {
    const { model } = loadCurtois(claimsInstance());
    const pr = compileProblem(model);
    const plan = planWeekends(await loadHighs(), pr, 5)!;
    const C = 2;
    expect(WEEKENDS.flat().filter((d) => plan[C * 14 + d] === 1)).toHaveLength(2);
  });

  it('leaves the claims out when told to, whatever the time', async () => {
    const { model } = loadCurtois(claimsInstance());
    const plan = planWeekends(await loadHighs(), compileProblem(model), 10, { claims: false })!;
    const C = 2;
    expect(WEEKENDS.flat().filter((d) => plan[C * 14 + d] === 1)).toHaveLength(2);
  });

  it('is not made when no weekend limit binds', () => {
    const { model } = loadCurtois(weekendsInstance(2));
    expect(plansWeekends(compileProblem(model))).toBe(false);
  });

  it.each([false, true])('with pinnedColumns %s: re-plans around the plan, or one dive of the column phase on the pinned problem; then frees it', async (pinnedColumns) => {
    const { instance, model } = loadCurtois(weekendsInstance());
    const result = await solveRoster(model, { seconds: 3, seed: 1, columns: false, pinnedColumns, threads: 1 });
    expect(result.stats.weekendPlanSeconds).not.toBeNull();
    if (pinnedColumns) {
      // One dive (by default when a pricing round fits the budget), no restricted MIP; the root's bound holds for
      // the pinned problem only: none is reported.
      expect(result.stats.dives).toBe(1);
      expect(result.stats.columns).toBeGreaterThan(0);
      expect(result.stats.lowerBound).toBeNull();
      expect(result.stats.columnTrace!.mipScore).toBeNull();
    } else {
      expect(result.stats.groupRounds).toBeGreaterThan(0);
      expect(result.stats.dives).toBe(0);
    }
    expectOptimalAndChecked(instance, model, result);
  });
});
