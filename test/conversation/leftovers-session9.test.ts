import { describe, expect, it } from 'vitest';
import { resolveColleague } from '../../src/conversation/resolve-colleague.ts';
import type { Turn } from '../../src/conversation/turn.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * Leftovers reported by earlier sessions and fixed in session 9, each said in wordings other than the reported one.
 */
const today = '2027-02-10'; // a Wednesday
const read = (text: string, on = today) => understand(text, { today: on });

describe('words that only begin like "levare" (Levante, Levanto) withdraw nothing', () => {
  it.each([
    ['la settimana prossima sono in ferie a Levanto', 'ferie'],
    ['in ferie in riviera di levante dal 10 al 14 agosto', 'ferie'],
    ['domani parto per sestri levante, ferie fino a venerdì', 'ferie'],
    ['dal 2 al 4 marzo sarò a un convegno a Sestri Levante', 'formazione'],
  ])('%s', (text, absenceType) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', absenceType });
  });
  it.each([
    ['levami le ferie di lunedì', 'ferie'],
    ['le ferie del 3, levatele', 'ferie'],
    ['levate la malattia di ieri', 'malattia'],
    ['levo le ferie di agosto', 'ferie'],
  ])('the verb still withdraws: %s', (text, absenceType) => {
    expect(read(text)).toMatchObject({ intent: 'absence_cancel', absenceType });
  });
});

describe('"lo" in lower case before s and a consonant, z, gn, ps is the article of a thing, not a surname\'s particle', () => {
  it.each([
    ['lo schema di dicembre è pronto? che turni ho?'],
    ['lo schema turni di aprile quando esce?'],
    ['lo specchietto dei turni di aprile è pronto? ho turni il 10?'],
    ['lo stesso vale per le ferie di agosto'],
  ])('%s', (text) => {
    expect(read(text).magistrate).toBeNull();
  });
  it.each([
    ['lo presti è di turno sabato?', 'lo presti'],
    ['scambio con lo russo la repe di sabato', 'lo russo'],
    ['che turni ha lo iacono?', 'lo iacono'],
    ['Lo Schiavo è di turno sabato?', 'lo schiavo'],
  ])('a surname with "Lo" is still one: %s', (text, magistrate) => {
    expect(read(text)).toMatchObject({ magistrate });
  });
});

describe('a range of days and another range or a day apart, joined by "e": an understanding holds one range, the first, never the days between them', () => {
  it.each([
    ['ferie 3-7 marzo e 20-24 aprile', '2027-03-03', '2027-03-07'],
    ['congedo dal 2 al 4 giugno e poi dal 15 al 18 giugno', '2027-06-02', '2027-06-04'],
    ['metto ferie dal 1 al 3 e dal 10 al 12 dicembre', '2027-12-01', '2027-12-03'],
    ['vorrei le ferie dal 10 al 14 agosto e dal 24 al 28 agosto', '2027-08-10', '2027-08-14'],
    ['ferie dal 24 al 26 dicembre e il 31', '2027-12-24', '2027-12-26'],
    ['ferie dal 3 al 7 marzo e il 20 aprile', '2027-03-03', '2027-03-07'],
    ['ferie dal 24 al 26 dicembre e il 27', '2027-12-24', '2027-12-27'],
  ])('%s', (text, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', from, to });
  });
});

describe('a surname whose particle is an article ("La Rosa"), read without it, is found in the office', () => {
  const office = (...people: [string, string][]): Turn =>
    ({ config: { magistrates: people.map(([name, surname], i) => ({ id: `m${i}`, name, surname })) } }) as unknown as Turn;
  const found = (turn: Turn, text: string): string | null => {
    const written = read(text).magistrate;
    const colleague = written === null ? null : resolveColleague(turn, written);
    return colleague?.ok === true ? colleague.magistrate.surname : null;
  };
  const withLaRosa = office(['Anna', 'La Rosa'], ['Carlo', 'Neri'], ['Paola', 'Lo Presti']);
  it.each([
    ['la rosa è di turno sabato?', 'La Rosa'],
    ['La Rosa che turni ha a marzo?', 'La Rosa'],
    ['la rosa mi sostituisce venerdì', 'La Rosa'],
    ['Lo Presti è reperibile domenica?', 'Lo Presti'],
  ])('%s', (text, surname) => {
    expect(found(withLaRosa, text)).toBe(surname);
  });
  it('a colleague whose surname is the word itself comes first', () => {
    expect(found(office(['Anna', 'La Rosa'], ['Luca', 'Rosa']), 'la rosa è di turno sabato?')).toBe('Rosa');
  });
  it('a first name and a surname with its article dropped both matching: the writer is asked which', () => {
    const both = resolveColleague(office(['Anna', 'La Rosa'], ['Rosa', 'Bianchi']), 'rosa');
    expect(both.ok).toBe(false);
  });
  it('without a La Rosa in the office nobody is found', () => {
    expect(found(office(['Carlo', 'Neri']), 'la rosa è di turno sabato?')).toBeNull();
  });
});

describe('a first name opening a question with a verb of the third person is the colleague asked about, found by first name', () => {
  const office = { config: { magistrates: [{ id: 'm1', name: 'Marco', surname: 'Bianchi' }, { id: 'm2', name: 'Giulia', surname: 'Neri' }] } } as unknown as Turn;
  it.each([
    ['Giulia sabato è di turno?', 'Neri'],
    ['Marco quando ha la repe a marzo?', 'Bianchi'],
  ])('%s', (text, surname) => {
    const written = read(text).magistrate;
    const colleague = written === null ? null : resolveColleague(office, written);
    expect(colleague?.ok === true ? colleague.magistrate.surname : null).toBe(surname);
  });
  it('spoken to, with a verb of the second person, the first name names nobody', () => {
    expect(read('Marco, a dicembre quando sei di turno?').magistrate).toBeNull();
  });
});
