import { describe, expect, it } from 'vitest';
import { solveCurtois } from '../../src/roster/curtois/solve-curtois.ts';
import { createModel } from '../../src/roster/model.ts';
import { compileProblem } from '../../src/roster/solver/problem.ts';
import { createRowMove } from '../../src/roster/solver/row-move.ts';
import { pricingModeFor } from '../../src/roster/solver/row-pricing.ts';
import { solveRoster } from '../../src/roster/solver/solve.ts';
import { plansWeekends } from '../../src/roster/solver/weekend-plan.ts';
import { cappedInstance, exactOptimum, loadCurtois, readFixture } from './helpers.ts';

/**
 * Three weeks, three people, every shift type capped for everyone (Lagrangian pricing) and at most one or two of
 * the three weekends each (a weekend plan).
 */
function cappedThreeWeeks(): string {
  return cappedInstance(21, ['A,E=6|L=5|N=3,8000,0,5,1,1,1', 'B,E=4|L=6|N=3,8000,0,5,1,1,2', 'C,E=5|L=4|N=4,8000,0,5,1,1,1'],
    ['A,3,E,2', 'B,10,L,3'], ['C,6,N,2']);
}

describe('solver', () => {
  it('returns a feasible Instance1 roster whose objective the independent evaluator confirms', async () => {
    const { instance } = loadCurtois(readFixture('Instance1.txt'), 'Instance1');
    const solved = await solveCurtois(instance, { iterations: 60_000, seed: 3 });
    if (!solved.ok) throw new Error('does not compile');
    const { solution, check, result } = solved.run;
    expect(check.objective).toBe(solution.objective);
    expect(check.feasible).toBe(true);
    expect(result.feasible).toBe(true);
    expect(solution.objective).toBeLessThan(7137);
    expect(solution.assignments.every((a) => a.shift === 'D')).toBe(true);
    const total = result.breakdown.reduce((s, r) => s + (r.kind === 'soft' ? r.penalty : 0), 0);
    expect(total).toBe(solution.objective);
  });

  it('seeds a column phase priced by Lagrangian relaxation with the pinned one, and ends at the optimum an exact MIP finds', async () => {
    const { model } = loadCurtois(cappedThreeWeeks());
    const pr = compileProblem(model);
    expect(pricingModeFor(pr, createRowMove(pr)!)).toBe('lagrangian');
    expect(plansWeekends(pr)).toBe(true);
    const solved = await solveRoster(model, { seconds: 8, seed: 1, columns: true, threads: 1 });
    // The weekend plan, the pinned column phase's roster (scored on the whole problem), then the column phase.
    expect(solved.stats.weekendPlanSeconds).not.toBeNull();
    expect(solved.stats.seedScore).not.toBeNull();
    expect(solved.stats.columnTrace).not.toBeNull();
    expect(solved.feasible).toBe(true);
    expect(solved.objective).toBeLessThanOrEqual(solved.stats.seedScore!);
    const optimum = await exactOptimum(model);
    expect(solved.objective).toBe(optimum);
    expect(solved.stats.lowerBound!).toBeLessThanOrEqual(optimum + 1e-6);
  });

  it('seeds no column phase on a problem without a weekend plan', async () => {
    const { model } = loadCurtois(readFixture('Instance2.txt'));
    const solved = await solveRoster(model, { seconds: 2, seed: 1, columns: true });
    expect(solved.stats.seedScore).toBeNull();
    expect(solved.stats.columnTrace).not.toBeNull();
  });

  it('is deterministic for a seed and an iteration budget', async () => {
    const { model } = loadCurtois(readFixture('Instance2.txt'));
    const a = await solveRoster(model, { iterations: 20_000, seed: 9 });
    const b = await solveRoster(model, { iterations: 20_000, seed: 9 });
    expect(Array.from(a.roster.cells)).toEqual(Array.from(b.roster.cells));
    expect(a.objective).toBe(b.objective);
  });

  it('reports infeasibility and uncovered slots with reasons as results', async () => {
    const shifts = [{ id: 'X', minutes: 480, forbiddenNext: [] }, { id: 'Y', minutes: 480, forbiddenNext: [] }];
    const person = {
      id: 'solo', eligible: [true, false], maxShifts: [7, 0], minMinutes: 0, maxMinutes: 480 * 7,
      maxConsecutive: 1, minConsecutive: 1, minConsecutiveOff: 1, maxWeekends: 1, unavailable: [3],
    };
    const model = createModel('impossible', 7, shifts, [person]);
    model.pins = [{ person: 0, day: 3, shift: 0 }];
    for (let day = 0; day < 7; day++) {
      model.cover.push({ day, shift: 0, target: 1, weightUnder: 100, weightOver: 1 });
      model.cover.push({ day, shift: 1, target: day === 0 ? 1 : 0, weightUnder: 100, weightOver: 1 });
    }
    const result = await solveRoster(model, { iterations: 5_000, seed: 1 });
    expect(result.feasible).toBe(false);
    expect(result.hardViolations.map((v) => v.rule)).toEqual(['unavailable']);
    const reasons = new Map(result.uncovered.map((u) => [`${u.day}:${u.shift}`, u.reason]));
    expect(reasons.get('0:1')).toBe('nobody-eligible');
    expect(reasons.has('3:0')).toBe(false);
    expect([...reasons.values()]).toContain('blocked-by-hard-rules');
    model.people[0]!.unavailable = [2, 3];
    model.pins = [];
    const again = await solveRoster(model, { iterations: 5_000, seed: 1 });
    expect(again.uncovered.find((u) => u.day === 2 && u.shift === 0)?.reason).toBe('all-eligible-unavailable');
  });
});
