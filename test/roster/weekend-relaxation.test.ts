import { describe, expect, it } from 'vitest';
import type { RosterModel } from '../../src/roster/model.ts';
import { coresAvailable } from '../../src/roster/solver/machine-load.ts';
import { compileProblem } from '../../src/roster/solver/problem.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { createRowMove } from '../../src/roster/solver/row-move.ts';
import { solveRoster } from '../../src/roster/solver/solve.ts';
import { createState } from '../../src/roster/solver/state.ts';
import { plansWeekends } from '../../src/roster/solver/weekend-plan.ts';
import { planWeekendsByColumns, weekdayCoverRelaxed } from '../../src/roster/solver/weekend-relaxation.ts';
import { cappedInstance, exactOptimum, loadCurtois } from './helpers.ts';

/** Two weeks, three people, every type capped, one weekend each at most; requests on a Friday and a Monday. */
function twoWeeks(): RosterModel {
  return loadCurtois(cappedInstance(14, ['A,E=5|L=4|N=2,6000,0,5,1,1,1', 'B,E=4|L=5|N=2,6000,0,5,1,1,1', 'C,E=4|L=4|N=3,6000,0,5,1,1,1'],
    ['A,4,N,3', 'B,7,E,2', 'C,11,L,2'], ['A,5,E,2'])).model;
}

/** The model with the weekdays' cover weights zero, as `weekdayCoverRelaxed` makes the compiled problem. */
function relaxedModel(model: RosterModel): RosterModel {
  const weekend = new Set(model.weekends.flat());
  return { ...model, cover: model.cover.map((c) => (weekend.has(c.day) ? c : { ...c, weightUnder: 0, weightOver: 0 })) };
}

describe('weekends planned by the column phase without the weekdays\' cover', () => {
  it('zeroes the cover weights of weekdays only, leaving the problem it was given as it was', () => {
    const pr = compileProblem(twoWeeks());
    const before = pr.coverUnder.slice();
    const relaxed = weekdayCoverRelaxed(pr);
    for (let d = 0; d < pr.D; d++) {
      for (let t = 0; t < pr.T; t++) {
        const k = d * pr.T + t;
        const weekend = pr.weekendOf[d]! >= 0;
        expect(relaxed.coverUnder[k]).toBe(weekend ? pr.coverUnder[k] : 0);
        expect(relaxed.coverOver[k]).toBe(weekend ? pr.coverOver[k] : 0);
      }
    }
    expect(pr.coverUnder).toEqual(before);
    expect(before.some((w, k) => w > 0 && pr.weekendOf[Math.floor(k / pr.T)]! < 0)).toBe(true);
  });

  it('returns a roster keeping every hard rule, at the relaxation\'s optimum found independently by the exact MIP', async () => {
    const model = twoWeeks();
    const pr = compileProblem(model);
    const clock = () => performance.now();
    const plan = await planWeekendsByColumns(pr, createRowMove(pr)!, createPrng(1), {
      clock, mipStart: clock() + 10_000, deadline: clock() + 15_000, pricing: 'lagrangian', threads: 1,
    });
    expect(plan).not.toBeNull();
    const relaxed = createState(weekdayCoverRelaxed(pr), plan!);
    expect(relaxed.hard).toBe(0);
    // The relaxation bounds the whole problem from below; the dive reaches its optimum on a problem this small.
    const optimum = await exactOptimum(relaxedModel(model));
    expect(relaxed.soft).toBe(optimum);
    expect(optimum).toBeLessThanOrEqual(await exactOptimum(model));
  });

  it('plans the weekends of a solve priced by Lagrangian relaxation, which ends at the exact MIP\'s optimum', async () => {
    const model = twoWeeks();
    const pr = compileProblem(model);
    expect(plansWeekends(pr)).toBe(true);
    // The machine read as quiet (the other test files run beside this one).
    const solved = await solveRoster(model, { seconds: 8, seed: 2, pinnedColumns: true, threads: 1, otherLoad: async () => 0 });
    expect(solved.stats.weekendPlanBy).toBe('columns');
    expect(solved.stats.columnTrace).not.toBeNull();
    expect(solved.feasible).toBe(true);
    expect(solved.objective).toBe(await exactOptimum(model));
  });

  it('leaves the plan to the compact weekend MIP when other processes hold the cores the relaxation would price on', async () => {
    const model = twoWeeks();
    const busy = await solveRoster(model, { seconds: 4, seed: 2, pinnedColumns: true, threads: 2, otherLoad: async () => coresAvailable() });
    expect(busy.stats.weekendPlanBy).toBe('mip');
    expect(busy.feasible).toBe(true);
    // Alone, with both cores wanted and free, the relaxation plans.
    const quiet = await solveRoster(model, { seconds: 4, seed: 2, pinnedColumns: true, threads: 2, otherLoad: async () => 0 });
    expect(quiet.stats.weekendPlanBy).toBe('columns');
  });
});
