import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/giada/canonical-json.ts';
import { fromDayNumber, toDayNumber } from '../../src/giada/day-number.ts';
import { dayWithArticle } from '../../src/giada/day-with-article.ts';

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-02-29', 11_016],
    ['2027-08-01', 21_031],
    ['2028-02-29', 21_243],
    ['1900-03-01', -25_508],
  ])('%s is day %i, both ways', (day, n) => {
    expect(toDayNumber(day)).toBe(n);
    expect(fromDayNumber(n)).toBe(day);
  });

  it('agrees with the calendar of Date for every day from 1900 to 2200', () => {
    const wrong: number[] = [];
    for (let n = toDayNumber('1900-01-01'); n <= toDayNumber('2200-12-31'); n++) {
      if (fromDayNumber(n) !== new Date(n * 86_400_000).toISOString().slice(0, 10)) wrong.push(n);
    }
    expect(wrong).toEqual([]);
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves out undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: null, y: 'é' }], c: undefined } })).toBe('{"a":{"d":[3,{"y":"é","z":null}]},"b":1}');
  });

  it('writes undefined array items as null and escapes keys and strings as JSON does', () => {
    expect(canonicalJson([undefined, 'a"b', { 'k"1': true }])).toBe('[null,"a\\"b",{"k\\"1":true}]');
  });

  it('gives the same text whatever the order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: [1, 2] })).toBe(canonicalJson({ y: [1, 2], x: 1 }));
  });
});

describe('dates with their article', () => {
  it.each([
    ['al', '2027-06-09', 'al 9 giugno 2027'],
    ['al', '2027-06-08', "all'8 giugno 2027"],
    ['dal', '2027-03-11', "dall'11 marzo 2027"],
    ['il', '2027-03-01', 'il 1° marzo 2027'],
    ['tra il', '2027-08-08', "tra l'8 agosto 2027"],
    ['del', '2027-03-18', 'del 18 marzo 2027'],
  ] as const)('%s %s: %s', (article, day, text) => {
    expect(dayWithArticle(article, day)).toBe(text);
  });
});
