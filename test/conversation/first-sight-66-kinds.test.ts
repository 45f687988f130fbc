import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind66-69 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('quarters, semesters, bimesters by name are whole calendar parts of the year, this year\'s unless over', () => {
  it.each([
    ['prepara la bozza del terzo trimestre del 2027', today, '2027-07-01', '2027-09-30'],
    ['chi fa le direttissime nel 1° trimestre?', today, '2027-01-01', '2027-03-31'],
    ['turni del quarto trimestre', today, '2026-10-01', '2026-12-31'],
    ['sono reperibile nel secondo semestre?', '2027-03-10', '2027-07-01', '2027-12-31'],
    ['genera il primo semestre', today, '2027-01-01', '2027-06-30'],
    ['ferie nel terzo bimestre', today, '2027-05-01', '2027-06-30'],
    ["pubblica il calendario dell'ultimo trimestre", '2027-02-01', '2027-10-01', '2027-12-31'],
    ['genera il trimestre prossimo', today, '2027-01-01', '2027-03-31'],
    ["genera il primo trimestre dell'anno prossimo", '2027-01-04', '2028-01-01', '2028-03-31'],
  ])('%s (today %s)', (text, on, from, to) => {
    const u = read(text, on);
    expect([u.from, u.to]).toEqual([from, to]);
  });
});
