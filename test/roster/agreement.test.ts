import { describe, expect, it } from 'vitest';
import { loadCurtois, readFixture } from './helpers.ts';
import { buildRichModel } from './model-fixture.ts';
import type { RosterModel } from '../../src/roster/model.ts';
import { scoreRoster } from '../../src/roster/score.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { compileProblem } from '../../src/roster/solver/problem.ts';
import { createState } from '../../src/roster/solver/state.ts';

/** Random rosters: the solver's fast evaluation must equal the reference rule objects. */
function checkAgreement(model: RosterModel, seed: number, density: number): void {
  const rng = createPrng(seed);
  const pr = compileProblem(model);
  for (let trial = 0; trial < 40; trial++) {
    const cells = new Int16Array(pr.P * pr.D).map(() => (rng.next() < density ? rng.below(pr.S) : -1));
    const state = createState(pr, cells);
    const score = scoreRoster(model, { people: pr.P, days: pr.D, cells });
    expect(state.soft).toBeCloseTo(score.objective, 9);
    expect(state.hard).toBe(score.hardPenalty);
  }
}

describe('fast evaluation agrees with the rule objects', () => {
  it('on a model using every rule kind', () => {
    checkAgreement(buildRichModel(), 7, 0.6);
    checkAgreement(buildRichModel(), 8, 0.3);
  });

  it('on a Curtois instance', () => {
    checkAgreement(loadCurtois(readFixture('Instance2.txt')).model, 3, 0.7);
  });
});
