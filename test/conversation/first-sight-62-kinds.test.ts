import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind62-65 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string) => understand(text, { today });

describe('a duty done by a colleague "invece di me" is a swap', () => {
  it.each([
    ["l'udienza di giovedì la tiene Moretti invece di me, siamo d'accordo", 'moretti'],
    ['sabato la reperibilità la fa Bassi invece di me', 'bassi'],
  ])('%s', (text, magistrate) => {
    const u = read(text);
    expect([u.intent, u.magistrate]).toEqual(['swap', magistrate]);
  });
});

describe('a message opening with the type of an absence and its days declares it, whatever the next clause tells', () => {
  it.each([
    ['ferie dal 14 al 18 dicembre, le udienze sono già coperte', 'ferie', '2026-12-14', '2026-12-18'],
    ['malattia oggi e domani, i turni li ho già passati', 'malattia', '2026-11-23', '2026-11-24'],
    ['congedo il 4 dicembre, tutto il resto è già sistemato', 'congedo', '2026-12-04', '2026-12-04'],
  ])('%s', (text, absenceType, from, to) => {
    const u = read(text);
    expect([u.intent, u.absenceType, u.from, u.to]).toEqual(['absence_declare', absenceType, from, to]);
  });
});

describe('"già coperto" told is a fact, asked it is the coverage question', () => {
  it('asked', () => expect(read('le direttissime di dicembre sono già coperte?').intent).toBe('coverage_status'));
  it('"coperti" is a word of its own, never corrected to "scoperti"', () => {
    expect(read('i turni di dicembre sono tutti coperti?').intent).toBe('coverage_status');
  });
});

describe('a start day after the end day with one month named crosses into the month before only within a short span from the last third', () => {
  it.each([
    ['chi è reperibile dal 20 al 10 dicembre?', 'reversed_range'],
    ['chi è reperibile dal 18 al 2 dicembre?', 'reversed_range'],
  ])('%s', (text, code) => {
    expect(read(text).problem?.code).toBe(code);
  });
  it('"dal 27 al 3 gennaio" is 27 December to 3 January', () => {
    const u = read('ferie dal 27 al 3 gennaio');
    expect([u.from, u.to]).toEqual(['2026-12-27', '2027-01-03']);
  });
});
