import { describe, expect, it } from 'vitest';
import { getCell } from '../../src/roster/roster.ts';
import { scoreRoster } from '../../src/roster/score.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { compileProblem } from '../../src/roster/solver/problem.ts';
import { solveRoster } from '../../src/roster/solver/solve.ts';
import { createState } from '../../src/roster/solver/state.ts';
import { expectAgreement } from './helpers.ts';
import { buildTaskModel } from './task-model-fixture.ts';

describe('declared tasks and compatibilities', () => {
  it('the fast evaluation agrees with the rule objects on random rosters', () => {
    expectAgreement(buildTaskModel(), 11, 0.6, 60);
  });

  it('a composite shift type covers each of its tasks, and the limit, cost and block rules see it', () => {
    const model = buildTaskModel(2, 7);
    const cells = new Int16Array(14).fill(-1);
    cells.fill(3, 0, 5); // P0: on-call + hearing Monday to Friday …
    cells.fill(0, 5, 7); // … on-call alone at the weekend
    cells[7] = 4; // P1: on-call + arrest on day 0 only: 1 of the block's 7 days
    const score = scoreRoster(model, { people: 2, days: 7, cells });
    const byRule = new Map(score.breakdown.map((b) => [b.rule, b]));
    expect(byRule.get('block')!.count).toBe(1);
    expect(byRule.get('shift-cost')!.penalty).toBe(3);
    expect(byRule.get('cover-over')!.penalty).toBe(100); // two people on call on day 0
    // P0's five weekday hearings: 2 wanted per weekday, so 5 are still missing.
    const hearingUnder = score.softViolations.filter((v) => v.rule === 'cover-under' && v.shift === 2);
    expect(hearingUnder.reduce((sum, v) => sum + v.amount, 0)).toBe(5);
    // The limit's minimum applies to P0, not to P1, and P0 has no arrest turn: 1 short.
    const limit = score.softViolations.filter((v) => v.rule === 'limit-soft');
    expect(limit.map((v) => [v.person, v.penalty])).toEqual([[0, 4]]);
  });

  it('turns a limit\'s window holds beyond the horizon count against its maxima, in the rules and the fast evaluation alike', async () => {
    // P0 already holds 3 arrest turns in the window's days before the horizon: the hard maximum of 3 is reached.
    const withOutside = () => {
      const model = buildTaskModel(4, 14);
      model.limits = [{ ...model.limits[0]!, outside: [3, 1, 0, 0] }];
      return model;
    };
    expectAgreement(withOutside(), 12, 0.6, 60);
    const cells = new Int16Array(4 * 14).fill(-1);
    cells[0] = 1; // P0: one arrest turn on day 0, a fourth in the window
    cells[14 + 1] = 1; // P1: one on day 1, a second: past the soft maximum of 1
    const score = scoreRoster(withOutside(), { people: 4, days: 14, cells });
    expect(score.hardViolations.filter((v) => v.rule === 'limit-hard').map((v) => [v.person, v.amount])).toEqual([[0, 1]]);
    // Past the soft maximum of 1: P0 by 2 turns (up to the hard maximum), P1 by 1; 4 points a turn.
    expect(score.softViolations.filter((v) => v.rule === 'limit-soft' && v.person !== 2).map((v) => [v.person, v.penalty])).toEqual([[0, 8], [1, 4]]);
    // The solver keeps P0 off arrest duty in the window.
    const result = await solveRoster(withOutside(), { iterations: 150_000, seed: 5 });
    expect(result.feasible).toBe(true);
    for (let d = 0; d <= 6; d++) expect(getCell(result.roster, 0, d) === 1 || getCell(result.roster, 0, d) === 4).toBe(false);
  });

  it('turns of another plan just beyond the horizon are the neighbours of the first and last turns for the spacings', async () => {
    // P0 held arrest duty the day before the horizon (day -1), P1 holds it the day after (day 14).
    const withNeighbours = () => {
      const model = buildTaskModel(4, 14);
      model.spacings = [...model.spacings, { id: 'arrest-apart', shift: 1, minGap: 2, hard: false, weight: 7, lastBefore: [-1, -Infinity, -5, -Infinity], firstAfter: [Infinity, 14, Infinity, Infinity] }];
      return model;
    };
    expectAgreement(withNeighbours(), 13, 0.6, 60);
    const cells = new Int16Array(4 * 14).fill(-1);
    cells[0] = 1; // P0 on day 0: 0 days after day -1, 2 missing
    cells[14 + 12] = 1; // P1 on day 12: 1 day before day 14, 1 missing
    cells[2 * 14 + 0] = 1; // P2 on day 0: 4 days after day -5, none missing
    const score = scoreRoster(withNeighbours(), { people: 4, days: 14, cells });
    expect(score.softViolations.filter((v) => v.rule === 'spacing:arrest-apart').map((v) => [v.person, v.days, v.penalty])).toEqual([[0, [-1, 0], 14], [1, [12, 14], 7]]);
    // With no turn in the horizon, the two plans' turns are not this roster's concern.
    const empty = scoreRoster(withNeighbours(), { people: 4, days: 14, cells: new Int16Array(4 * 14).fill(-1) });
    expect(empty.softViolations.filter((v) => v.rule === 'spacing:arrest-apart')).toEqual([]);
    const result = await solveRoster(withNeighbours(), { iterations: 150_000, seed: 5 });
    expect(result.breakdown.find((b) => b.rule === 'spacing:arrest-apart')?.penalty ?? 0).toBe(0);
  });

  it('the solver finds full cover only a declared compatibility makes possible', async () => {
    const model = buildTaskModel(4, 14);
    const result = await solveRoster(model, { iterations: 150_000, seed: 5 });
    expect(result.feasible).toBe(true);
    // Weekday cover needs on-call + arrest + 2 hearings from 4 people with arrest apart from
    // hearings: only the on-call+hearing combination makes that possible without over-cover.
    const used = new Set<number>();
    for (let p = 0; p < 4; p++) for (let d = 0; d < 14; d++) used.add(getCell(result.roster, p, d));
    expect(used.has(3)).toBe(true);
    expect(result.uncovered).toEqual([]);
    expect(result.breakdown.find((b) => b.rule === 'limit-hard')?.penalty).toBe(0);
  });
});
