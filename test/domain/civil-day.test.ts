import { describe, expect, it } from 'vitest';
import { addDays, civilDayAt, daysBetween, eachDay, isCivilDay, isoWeekday, lastDayOfMonth, startOfWeek } from '../../src/domain/civil-day.ts';

describe('civil days', () => {
  it.each([
    ['2026-11-23', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['23/11/2026', false],
  ])('isCivilDay(%s) is %s', (value, expected) => {
    expect(isCivilDay(value)).toBe(expected);
  });

  it('adds days across months, years and the DST change', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysBetween('2026-11-23', '2027-03-03')).toBe(100);
  });

  it('knows weekdays and weeks', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23');
    expect(lastDayOfMonth(2028, 2)).toBe('2028-02-29');
    expect(eachDay('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(eachDay('2027-01-02', '2026-12-30')).toEqual([]);
  });

  it('reads the civil day in Rome at an instant, not in UTC', () => {
    expect(civilDayAt(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(civilDayAt(new Date('2027-07-31T22:30:00Z'))).toBe('2027-08-01');
    expect(civilDayAt(new Date('2027-07-31T21:30:00Z'))).toBe('2027-07-31');
  });
});
