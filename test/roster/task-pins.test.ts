import { describe, expect, it } from 'vitest';
import { createModel, type RosterModel } from '../../src/roster/model.ts';
import { getCell } from '../../src/roster/roster.ts';
import { scoreRoster } from '../../src/roster/score.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { compileProblem, NOT_FIXED } from '../../src/roster/solver/problem.ts';
import { solveRoster } from '../../src/roster/solver/solve.ts';
import { createState } from '../../src/roster/solver/state.ts';
import { expectAgreement } from './helpers.ts';
import { buildTaskModel } from './task-model-fixture.ts';

/** The task model with P0 pinned to on-call (task 0) on days 0-6 and P2 to a hearing (task 2) on day 1. */
function pinnedTaskModel(): RosterModel {
  const model = buildTaskModel(4, 14);
  model.taskPins = [...Array.from({ length: 7 }, (_, day) => ({ person: 0, day, tasks: [0] })), { person: 2, day: 1, tasks: [2] }];
  return model;
}

describe('task pins: a pinned duty, not a pinned day', () => {
  it('the rule objects flag a day without its pinned task, whatever else the day holds', () => {
    const model = pinnedTaskModel();
    const cells = new Int16Array(4 * 14).fill(-1);
    for (let d = 0; d < 7; d++) cells[d] = d < 5 ? 3 : 0; // P0: on-call + hearing, then on-call alone: kept
    cells[2 * 14 + 1] = 1; // P2: arrest instead of the pinned hearing
    const pins = scoreRoster(model, { people: 4, days: 14, cells }).hardViolations.filter((v) => v.rule === 'pin');
    expect(pins.map((v) => [v.person, v.days])).toEqual([[2, [1]]]);
    expect(pins[0]!.message).toBe('P2 must do hearing on day 1');
  });

  it('the fast evaluation agrees with the rule objects on random rosters', () => {
    expectAgreement(pinnedTaskModel(), 4, 0.6, 60);
  });

  it('the solver keeps every pinned task and still moves the tasks beside it', async () => {
    const model = pinnedTaskModel();
    const pr = compileProblem(model);
    // Start with P0 on on-call + arrest all week: arrest on consecutive days breaks a hard succession, which only
    // moving the arrests off P0's pinned days mends (a pinned day used to freeze its whole starting value).
    const initial = new Int16Array(pr.P * pr.D).fill(-1);
    for (let d = 0; d < 7; d++) initial[d] = 4;
    const result = await solveRoster(model, { iterations: 150_000, seed: 3, initial: { people: pr.P, days: pr.D, cells: initial } });
    expect(result.feasible).toBe(true);
    for (let d = 0; d < 7; d++) expect(model.shifts[getCell(result.roster, 0, d)]!.provides).toContain(0);
    expect(model.shifts[getCell(result.roster, 2, 1)]!.provides).toContain(2);
    const arrests = Array.from({ length: 7 }, (_, d) => getCell(result.roster, 0, d)).filter((v) => v === 4).length;
    expect(arrests).toBeLessThan(7);
  });

  it('a banned task: the rule flags a day holding it, the fast evaluation agrees, and the solver keeps it off', async () => {
    // P1 may not take task 1 (arrest) on days 0-3, as after an arrest on the day before the horizon.
    const model = pinnedTaskModel();
    model.taskPins!.push(...Array.from({ length: 4 }, (_, day) => ({ person: 1, day, tasks: [], banned: [1] })));
    const cells = new Int16Array(4 * 14).fill(-1);
    for (let d = 0; d < 7; d++) cells[d] = 0;
    cells[2 * 14 + 1] = 2;
    cells[1 * 14 + 2] = 1; // P1: arrest on day 2, banned
    cells[1 * 14 + 5] = 1; // P1: arrest on day 5, allowed
    const pins = scoreRoster(model, { people: 4, days: 14, cells }).hardViolations.filter((v) => v.rule === 'pin');
    expect(pins.map((v) => [v.person, v.days, v.message])).toEqual([[1, [2], 'P1 must not do arrest on day 2']]);
    expectAgreement(model, 4, 0.6, 60);
    const pr = compileProblem(model);
    const initial = new Int16Array(pr.P * pr.D).fill(-1);
    for (let d = 0; d < 4; d++) initial[pr.D + d] = 1;
    const result = await solveRoster(model, { iterations: 150_000, seed: 5, initial: { people: pr.P, days: pr.D, cells: initial } });
    expect(result.feasible).toBe(true);
    for (let d = 0; d < 4; d++) {
      const v = getCell(result.roster, 1, d);
      expect(v < 0 || !model.shifts[v]!.provides!.includes(1)).toBe(true);
    }
  });

  it('without declared tasks a task pin is a plain pin', () => {
    const model = createModel('plain', 3, [{ id: 'D', minutes: 480, forbiddenNext: [] }, { id: 'N', minutes: 480, forbiddenNext: [] }], [
      { id: 'A', eligible: [true, true], maxShifts: [3, 3], minMinutes: 0, maxMinutes: 9999, maxConsecutive: 3, minConsecutive: 1, minConsecutiveOff: 1, maxWeekends: 3, unavailable: [] },
    ]);
    model.taskPins = [{ person: 0, day: 1, tasks: [1] }];
    const pr = compileProblem(model);
    expect(pr.fixed[1]).toBe(1);
    expect(pr.fixed[0]).toBe(NOT_FIXED);
    expect(pr.taskPinOf.every((k) => k === -1)).toBe(true);
  });
});
