import { describe, expect, it } from 'vitest';
import { isInSummerSuspension, summerSuspension } from '../../src/availability/summer-suspension.ts';

describe('summerSuspension', () => {
  it.each([2026, 2027])('runs from 1 to 31 August %i', (year) => {
    expect(summerSuspension(year)).toEqual({ from: `${year}-08-01`, to: `${year}-08-31` });
  });

  it.each([
    ['2026-07-31', false],
    ['2026-08-01', true],
    ['2026-08-15', true],
    ['2026-08-31', true],
    ['2026-09-01', false],
    ['2027-08-01', true],
    ['2027-01-15', false],
  ])('%s in suspension: %s', (day, expected) => {
    expect(isInSummerSuspension(day)).toBe(expected);
  });
});
