import { describe, expect, it } from 'vitest';
import { applicableExemption, exemptionsInForce, isExemptionInForce } from '../../src/availability/exemptions.ts';
import type { Exemption } from '../../src/domain/exemption.ts';
import { magistrate } from './fixtures.ts';

const sto: Exemption = { title: 'sto', percentage: 40, from: '2026-01-01' };
const magrif: Exemption = { title: 'magrif', percentage: 20, from: '2026-03-01', to: '2026-12-31' };
const formazione: Exemption = { title: 'referente_formazione', percentage: 25, from: '2027-01-01', to: '2027-06-30' };

describe('isExemptionInForce', () => {
  it.each([
    [sto, '2025-12-31', false],
    [sto, '2026-01-01', true],
    [sto, '2040-06-01', true], // open-ended
    [magrif, '2026-02-28', false],
    [magrif, '2026-03-01', true],
    [magrif, '2026-12-31', true],
    [magrif, '2027-01-01', false],
  ] as const)('%o on %s: %s', (exemption, day, expected) => {
    expect(isExemptionInForce(exemption, day)).toBe(expected);
  });
});

describe('applicableExemption: not cumulative, the highest percentage applies', () => {
  it('with two exemptions in force applies only the highest, never the sum', () => {
    const m = magistrate({ exemptions: [magrif, sto] });
    const applied = applicableExemption(m, '2026-06-15');
    expect(applied).toEqual(sto);
    expect(applied?.percentage).not.toBe(60);
  });

  it('with one exemption in force applies that one', () => {
    const m = magistrate({ exemptions: [magrif, formazione] });
    expect(applicableExemption(m, '2026-06-15')).toEqual(magrif);
    expect(applicableExemption(m, '2027-02-01')).toEqual(formazione);
  });

  it('falls back to the lower one when the higher one is not in force that day', () => {
    const m = magistrate({ exemptions: [{ ...sto, from: '2026-07-01' }, magrif] });
    expect(applicableExemption(m, '2026-06-30')).toEqual(magrif);
    expect(applicableExemption(m, '2026-07-01')?.title).toBe('sto');
  });

  it('returns null when none is in force', () => {
    expect(applicableExemption(magistrate(), '2026-06-15')).toBeNull();
    expect(applicableExemption(magistrate({ exemptions: [formazione] }), '2026-06-15')).toBeNull();
  });

  it('lists all exemptions in force, highest first, ties in declaration order', () => {
    const rid: Exemption = { title: 'rid', percentage: 40, from: '2026-01-01' };
    const m = magistrate({ exemptions: [magrif, rid, sto] });
    expect(exemptionsInForce(m, '2026-06-15').map((e) => e.title)).toEqual(['rid', 'sto', 'magrif']);
  });
});
