import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/reports/csv.ts';

describe('CSV for Italian spreadsheets', () => {
  it.each([
    ['plain text', 'Rossi Mario', 'Rossi Mario'],
    ['a separator', 'a;b', '"a;b"'],
    ['quotes', 'detto "il giudice"', '"detto ""il giudice"""'],
    ['a formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a leading minus in text', '-2 turni', "'-2 turni"],
    ['a decimal number', 2.456, '2,46'],
    ['a negative number', -1.5, '-1,5'],
    ['an integer', 12, '12'],
    ['an empty cell', null, ''],
  ] as const)('writes %s safely', (_name, cell, expected) => {
    expect(toCsv(['x'], [[cell]])).toBe(`\uFEFFx\r\n${expected}\r\n`);
  });
});
