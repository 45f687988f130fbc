import { describe, expect, it } from 'vitest';
import { formatDayIt, formatDayMonthIt, formatRangeIt, formatWeekdayDayIt, formatWeekdayIt } from '../../src/domain/format-day-it.ts';

describe('formatDayIt', () => {
  it.each([
    ['2027-03-03', '3 marzo 2027'],
    ['2027-01-01', '1° gennaio 2027'],
    ['2026-12-31', '31 dicembre 2026'],
    ['2026-08-15', '15 agosto 2026'],
  ])('%s -> %s', (day, text) => {
    expect(formatDayIt(day)).toBe(text);
  });

  it('formats without the year', () => {
    expect(formatDayMonthIt('2027-02-28')).toBe('28 febbraio');
  });
});

describe('formatWeekdayDayIt', () => {
  it.each([
    ['2026-11-30', 'lunedì 30 novembre 2026'],
    ['2026-12-01', 'martedì 1° dicembre 2026'],
    ['2027-03-03', 'mercoledì 3 marzo 2027'],
    ['2026-10-04', 'domenica 4 ottobre 2026'],
    ['2026-10-03', 'sabato 3 ottobre 2026'],
  ])('%s -> %s', (day, text) => {
    expect(formatWeekdayDayIt(day)).toBe(text);
  });

  it('names every weekday', () => {
    const week = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'];
    expect(week.map(formatWeekdayIt)).toEqual(['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica']);
  });
});

describe('formatRangeIt', () => {
  it.each([
    ['2027-03-03', '2027-03-03', 'il 3 marzo 2027'],
    ['2027-03-03', '2027-03-07', 'dal 3 al 7 marzo 2027'],
    ['2027-03-01', '2027-03-07', 'dal 1° al 7 marzo 2027'],
    ['2027-02-28', '2027-03-03', 'dal 28 febbraio al 3 marzo 2027'],
    ['2026-12-30', '2027-01-02', 'dal 30 dicembre 2026 al 2 gennaio 2027'],
  ])('%s..%s -> %s', (from, to, text) => {
    expect(formatRangeIt(from, to)).toBe(text);
  });

  it('refuses a reversed range: a broken contract', () => {
    expect(() => formatRangeIt('2027-03-07', '2027-03-03')).toThrow(RangeError);
  });
});

describe('elision before 8 and 11', () => {
  it.each([
    ['2026-12-08', '2026-12-08', "l'8 dicembre 2026"],
    ['2026-12-11', '2026-12-11', "l'11 dicembre 2026"],
    ['2026-12-08', '2026-12-11', "dall'8 all'11 dicembre 2026"],
    ['2026-11-30', '2026-12-08', "dal 30 novembre all'8 dicembre 2026"],
    ['2026-12-11', '2027-01-01', "dall'11 dicembre 2026 al 1° gennaio 2027"],
  ])('formatRangeIt(%s, %s) = %s', (from, to, expected) => {
    expect(formatRangeIt(from, to)).toBe(expected);
  });
});
