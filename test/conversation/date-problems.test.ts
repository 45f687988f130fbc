import { describe, expect, it } from 'vitest';
import { describeUnderstanding } from '../../src/conversation/understanding/describe-understanding.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';

const MONDAY = '2026-11-23';

describe('dates that cannot be used', () => {
  it.each([
    ['ferie il 31 febbraio', 'invalid_date', 'Non riesco a usare la data "31 febbraio": febbraio ha 28 giorni (29 negli anni bisestili). Puoi riscriverla con un giorno che esiste?'],
    ['sono di turno il 31 novembre?', 'invalid_date', 'Non riesco a usare la data "31 novembre": novembre ha 30 giorni. Puoi riscriverla con un giorno che esiste?'],
    ['chi è reperibile il 32 dicembre', 'invalid_date', 'Non riesco a usare la data "32 dicembre": dicembre ha 31 giorni. Puoi riscriverla con un giorno che esiste?'],
    ['malattia il 31/02', 'invalid_date', 'Non riesco a usare la data "31 febbraio": febbraio ha 28 giorni (29 negli anni bisestili). Puoi riscriverla con un giorno che esiste?'],
    ['ferie il 3/13', 'invalid_date', 'Non riesco a usare la data "3/13": i mesi vanno da 1 a 12. Puoi riscriverla con un giorno che esiste?'],
    ['ferie dal 10 gennaio al 5 gennaio', 'reversed_range', 'Il periodo "10 gennaio al 5 gennaio" finisce prima di cominciare (il 5 gennaio viene prima del 10 gennaio). Puoi riscriverlo indicando prima il giorno di inizio e poi quello di fine, per esempio "dal 5 gennaio al 10 gennaio"?'],
    ['ferie dal 7 al 3 marzo', 'reversed_range', 'Il periodo "7 al 3 marzo" finisce prima di cominciare (il 3 marzo viene prima del 7 marzo). Puoi riscriverlo indicando prima il giorno di inizio e poi quello di fine, per esempio "dal 3 marzo al 7 marzo"?'],
    ['ferie il 29/2', 'invalid_date', 'Non riesco a usare la data "29 febbraio": febbraio ha 28 giorni (29 negli anni bisestili). Puoi riscriverla con un giorno che esiste?'],
    ['ferie dal 20/3 al 2/3', 'reversed_range', 'Il periodo "20/3 al 2/3" finisce prima di cominciare (il 2 marzo viene prima del 20 marzo). Puoi riscriverlo indicando prima il giorno di inizio e poi quello di fine, per esempio "dal 2 marzo al 20 marzo"?'],
  ])('"%s" -> %s, said in Italian', (text, code, message) => {
    const u = understand(text, { today: MONDAY });
    expect(u.problem).toMatchObject({ code, message });
    expect([u.from, u.to]).toEqual([null, null]);
  });

  it('finds 29 February in a range of a year without one, rather than jumping to the next leap year', () => {
    expect(understand('ferie dal 29 febbraio al 3 marzo', { today: '2027-02-22' }).problem?.code).toBe('invalid_date');
    expect(understand('ferie dal 29 febbraio al 3 marzo', { today: '2026-11-23' }).problem?.code).toBe('invalid_date');
    // Once this year's would be over, the next one is meant, and 2028 has a 29 February.
    expect(understand('ferie dal 29 febbraio al 3 marzo', { today: '2027-03-10' })).toMatchObject({ from: '2028-02-29', to: '2028-03-03' });
  });

  it('keeps the intent and the other slots, and puts no default range in place of the dates', () => {
    expect(understand('chi è reperibile il 30 febbraio?', { today: MONDAY })).toMatchObject({ intent: 'on_duty', service: 'reperibilita', from: null, to: null });
    expect(understand('i turni di russo il 31 aprile', { today: MONDAY })).toMatchObject({ intent: 'duties', magistrate: 'russo', from: null, problem: { code: 'invalid_date' } });
    expect(describeUnderstanding(understand('ferie il 31 febbraio', { today: MONDAY }))).toBe('ferie');
  });

  it.each([
    ['ferie dal 28 al 2 gennaio', '2026-12-28', '2027-01-02'],
    ['ferie dal 22 al 6 gennaio', '2026-12-22', '2027-01-06'],
    ['ferie dal 27 al 3 marzo', '2027-02-27', '2027-03-03'],
    ['ferie dal 28 dicembre al 2 gennaio', '2026-12-28', '2027-01-02'],
    ['ferie dal 1 novembre al 31 gennaio', '2026-11-01', '2027-01-31'],
    ['ferie il 29 febbraio 2028', '2028-02-29', '2028-02-29'],
    ['udienza alle 10.30 del 3/12', '2026-12-03', '2026-12-03'],
  ])('reads "%s" as a real period, not a problem', (text, from, to) => {
    const u = understand(text, { today: MONDAY });
    expect(u.problem).toBeUndefined();
    expect([u.from, u.to]).toEqual([from, to]);
  });

  it('has no problem key at all when the dates are fine', () => {
    expect(Object.keys(understand('ferie dal 3 al 7 marzo', { today: MONDAY }))).toEqual(['intent', 'from', 'to', 'service', 'absenceType', 'magistrate']);
  });
});
