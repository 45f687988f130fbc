import { describe, expect, it } from 'vitest';
import { expectAgreement, loadCurtois, readFixture } from './helpers.ts';
import { buildRichModel } from './model-fixture.ts';

describe('fast evaluation agrees with the rule objects', () => {
  it('on a model using every rule kind', () => {
    expectAgreement(buildRichModel(), 7, 0.6);
    expectAgreement(buildRichModel(), 8, 0.3);
  });

  it('on a Curtois instance', () => {
    expectAgreement(loadCurtois(readFixture('Instance2.txt')).model, 3, 0.7);
  });
});
