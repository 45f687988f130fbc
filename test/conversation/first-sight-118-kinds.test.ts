import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind118-121 at first sight, each said in wordings other than the missed one.
 */
const today = '2027-02-10'; // a Wednesday
const read = (text: string, on = today) => understand(text, { today: on });

describe('an indefinite pronoun ("qualcun altro", "chiunque") is no colleague', () => {
  it.each([
    ['sabato tocca a me o a qualcun altro?', '2027-02-13'],
    ["la repe di domenica la fa qualcun'altro?", '2027-02-14'],
    ['domani ho io le direttissime o qualcun altro?', '2027-02-11'],
  ])('%s', (text, day) => {
    expect(read(text)).toMatchObject({ from: day, to: day, magistrate: null });
  });
});

describe('a surname with a capitalised article as particle ("La Rosa", "Lo Presti", "Li Causi") is kept whole', () => {
  it.each([
    ['scambio con La Rosa sabato', 'swap', 'la rosa'],
    ['che turni ha La Rosa la settimana prossima?', 'duties', 'la rosa'],
    ['cedo la repe di domenica a Lo Presti', 'swap', 'lo presti'],
    ['metti in ferie Li Causi dal 3 al 5 marzo', 'absence_declare', 'li causi'],
    ['scambio con Dal Maso il turno di sabato', 'swap', 'dal maso'],
    ['i turni di Di Stefano a marzo', 'duties', 'di stefano'],
  ])('%s', (text, intent, magistrate) => {
    expect(read(text)).toMatchObject({ intent, magistrate });
  });
  it('an article in lower case before a capitalised surname stays an article ("la Rossi")', () => {
    expect(read('scambio con la Rossi sabato')).toMatchObject({ intent: 'swap', magistrate: 'rossi' });
  });
});

describe('where one travels or goes home ("scendo dai miei a Sciacca") is no colleague', () => {
  const winter = '2026-11-23';
  it.each([
    ['segnatemi ferie dal 2 al 5 gennaio, salgo dai suoceri a bergamo', '2027-01-02', '2027-01-05'],
    ['metti le ferie 27-30 dicembre, vado qualche giorno a cefalu', '2026-12-27', '2026-12-30'],
    ['ferie a natale, vado dai miei a Trapani', '2026-12-25', '2026-12-25'],
  ])('%s', (text, from, to) => {
    expect(read(text, winter)).toMatchObject({ intent: 'absence_declare', from, to, absenceType: 'ferie', magistrate: null });
  });
  it.each([
    ['segnate le ferie a Rossi dal 3 al 5', 'rossi'],
    ['metti ferie a Rossi, va dai suoi a Enna', 'rossi'],
  ])('the colleague recorded for is still found: %s', (text, magistrate) => {
    expect(read(text, winter)).toMatchObject({ intent: 'absence_declare', magistrate });
  });
});

describe('a day owned by an absence before "rientro" is that absence\'s day; "rientro prima" names no day', () => {
  const winter = '2026-12-28'; // a Monday
  it.each([
    ['tolgo le ferie del 4 gennaio, torno prima', '2027-01-04', 'ferie'],
    ["cancella le ferie dell'8 gennaio, rientro prima del previsto", '2027-01-08', 'ferie'],
    ['le ferie del 7 gennaio annullale, torno in anticipo', '2027-01-07', 'ferie'],
  ])('%s', (text, day, absenceType) => {
    expect(read(text, winter)).toMatchObject({ intent: 'absence_cancel', from: day, to: day, absenceType });
  });
  it('a day told with the return still ends the absence the day before', () => {
    expect(read('sono in ferie, lunedì rientro', '2026-12-30')).toMatchObject({ from: '2026-12-30', to: '2027-01-03' });
  });
});

describe('checking that every slot has someone is the coverage status', () => {
  it.each([
    ['verifica che i turni di repe della settimana prossima abbiano tutti un pm', '2027-02-15', '2027-02-21'],
    ['controlla per favore se le udienze di aprile hanno già tutte un giudice', '2027-04-01', '2027-04-30'],
    ['controllate che le direttissime di aprile abbiano ciascuna un magistrato assegnato', '2027-04-01', '2027-04-30'],
    ['tutte le udienze di marzo hanno un giudice?', '2027-03-01', '2027-03-31'],
    ['controlla se ogni turno di aprile ha un magistrato', '2027-04-01', '2027-04-30'],
  ])('%s', (text, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'coverage_status', from, to, magistrate: null });
  });
  it('checking one\'s own hearing is still one\'s duties', () => {
    expect(read('verifica se ho udienza il 3 marzo')).toMatchObject({ intent: 'duties', from: '2027-03-03', to: '2027-03-03' });
  });
});
