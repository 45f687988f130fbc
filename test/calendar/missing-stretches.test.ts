import { describe, expect, it } from 'vitest';
import { missingStretches } from '../../src/calendar/versions/duties-in-range.ts';

describe('the days of a range no calendar covers', () => {
  it.each([
    ['none', [], [['2027-01-01', '2027-02-28']]],
    ['all', [['2026-12-01', '2027-03-31']], []],
    ['the end', [['2026-12-01', '2027-01-31']], [['2027-02-01', '2027-02-28']]],
    ['the start', [['2027-02-01', '2027-03-31']], [['2027-01-01', '2027-01-31']]],
    ['a hole between two', [['2026-12-01', '2027-01-10'], ['2027-01-21', '2027-02-28']], [['2027-01-11', '2027-01-20']]],
    ['overlapping and unsorted', [['2027-01-15', '2027-02-10'], ['2027-01-01', '2027-01-20']], [['2027-02-11', '2027-02-28']]],
  ])('%s', (_, versions, expected) => {
    const stretches = missingStretches(versions.map(([from, to]) => ({ from: from!, to: to! })), '2027-01-01', '2027-02-28');
    expect(stretches.map((s) => [s.from, s.to])).toEqual(expected);
  });
});
