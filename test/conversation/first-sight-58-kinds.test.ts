import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind58-61 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string) => understand(text, { today });

describe('numbers written in words are days, never a colleague', () => {
  it.each([
    ['metti che sono in malattia dal quindici al diciotto dicembre', '2026-12-15', '2026-12-18'],
    ['togli il permesso dal due al quattro dicembre', '2026-12-02', '2026-12-04'],
  ])('%s', (text, from, to) => {
    const u = read(text);
    expect([u.from, u.to, u.magistrate]).toEqual([from, to, null]);
  });
});

describe("an elided office word ('d'udienza', 'dell'ufficio') is no surname; 'd'angelo' still is", () => {
  it.each([
    ["quanti turni d'udienza ho a dicembre?", null],
    ["i turni d'udienza di gennaio", null],
    ["cambio turno sabato con d'angelo", "d'angelo"],
  ])('%s', (text, magistrate) => {
    expect(read(text).magistrate).toBe(magistrate);
  });
});

describe('Tuscan "icché" (che cosa) and "un" (non) before a verb or a clitic', () => {
  it.each([
    ['icché ho da fare venerdì?', 'duties'],
    ['icché si può fare con te?', 'help'],
    ['venerdì un vengo, ho da fare a casa', 'absence_declare'],
    ['dal 9 all\'11 dicembre un ci sono', 'absence_declare'],
  ])('%s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('the reason after "fuori sede" names the type; a family occasion is "altro"', () => {
  it.each([
    ['giovedì sono fuori sede per un corso', 'formazione'],
    ['domani fuori sede per lavoro', 'altro'],
    ['sabato 5 non ci sono, ho il battesimo di mio nipote', 'altro'],
  ])('%s', (text, absenceType) => {
    const u = read(text);
    expect([u.intent, u.absenceType]).toEqual(['absence_declare', absenceType]);
  });
});

describe("questions about others' leave ask who is absent", () => {
  it.each([
    ['chi si è presa le ferie a dicembre?'],
    ['chi ha chiesto permesso per venerdì?'],
    ['lista assenze colleghi dicembre'],
    ['prospetto ferie dei magistrati di gennaio'],
    ['assenze della settimana prossima?'],
    ['le assenze di dicembre'],
  ])('%s', (text) => {
    expect(read(text).intent).toBe('absent_today');
  });
});

describe('empty slots of the calendar ask about coverage', () => {
  it.each(['restano caselle vuote a dicembre?', 'ci sono turni ancora da riempire la prossima settimana?'])('%s', (text) => {
    expect(read(text).intent).toBe('coverage_status');
  });
});

describe('what can be done here is help; an invitation is not; "sono d\'udienza" is one\'s duties', () => {
  it.each([
    ['che posso fare con te?', 'help'],
    ['ci vediamo per un caffè dopo?', 'unknown'],
    ['ci vediamo alla cena di fine anno?', 'unknown'],
    ["sabato sono d'udienza?", 'duties'],
  ])('%s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('"sei" before a month is the sixth; ranges in words across the year end keep their end', () => {
  it.each([
    ['in ferie dal ventisette dicembre al sei gennaio', '2026-12-27', '2027-01-06'],
    ['dal trenta dicembre al due gennaio sono in ferie', '2026-12-30', '2027-01-02'],
    ['domenica sei dicembre sono di turno?', '2026-12-06', '2026-12-06'],
  ])('%s', (text, from, to) => {
    const u = read(text);
    expect([u.from, u.to]).toEqual([from, to]);
  });
});

describe('"X chi li prende?" asks who is on duty, unless the writer hands over their own', () => {
  it.each([
    ['domani le convalide chi le prende?', 'on_duty'],
    ['la mia repe di sabato chi la prende?', 'swap'],
    ['sabato non posso, la repe chi la prende?', 'swap'],
  ])('%s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a surname with its article, and a colleague paired with the writer', () => {
  it.each([
    ['la Della Valle è di turno domani?', 'della valle'],
    ['il Dal Monte ha udienza venerdì?', 'dal monte'],
    ['io e la collega Sanna ci scambiamo l\'udienza del 3', 'sanna'],
    ['Pinna e io scambiamo la repe di sabato', 'pinna'],
    ['Del resto sabato sono di turno', null],
  ])('%s', (text, magistrate) => {
    expect(read(text).magistrate).toBe(magistrate);
  });
});

describe('withdrawing or recording one\'s absences of a day is no question about others', () => {
  it.each([
    ['cancella le assenze di domani', 'absence_cancel'],
    ['togli le mie assenze di oggi', 'absence_cancel'],
    ['assenze di domani?', 'absent_today'],
  ])('%s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});
