import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';
import { correctTypo } from '../../src/conversation/understanding/fuzzy-words.ts';

/**
 * The date, number and typing-slip kinds of the misses of blind110-113 at first sight, each said in wordings
 * other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });
const range = (text: string, on = today) => {
  const u = read(text, on);
  return [u.from, u.to];
};

describe('the number of a proceeding or a document is no date', () => {
  it.each([
    ['ho una richiesta giada per il decreto penale n. 12/11', 'giada_request'],
    ['mi serve un udienza giada per la sentenza nr. 3/5 in appello', 'giada_request'],
    ['fissazione giada per opposizione a decreto n° 45/26', 'giada_request'],
    ['richiesta giada per il p.p. 3/12', 'giada_request'],
    ['richiesta giada, proc. pen. 4/11 a carico di ignoti', 'giada_request'],
    ['giada: NRG 5/12, imputato detenuto', 'giada_request'],
  ])('%s', (text, intent) => {
    const u = read(text, '2027-02-10');
    expect([u.intent, u.from, u.to, u.problem]).toEqual([intent, null, null, undefined]);
  });

  it.each([
    ['ferie il 3/12, devo depositare la sentenza n. 5/11 prima', '2026-12-03', '2026-12-03'],
    ['sono di turno giovedì? ho l udienza del procedimento 7/12 rg gip', '2026-11-26', '2026-11-26'],
    ['ho la repe sabato? domani discuto il fascicolo n. 2/10 rgnr', '2026-11-28', '2026-11-28'],
    ['lunedì 30 ho turni? devo chiudere il proc. 4/12 RG', '2026-11-30', '2026-11-30'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it('a day written with a slash stays a date', () => {
    expect(range('sono di turno il 3/12?')).toEqual(['2026-12-03', '2026-12-03']);
    expect(range('dal 3/12 al 5/12 ferie')).toEqual(['2026-12-03', '2026-12-05']);
  });
});

describe('a day joined to its part, or a week to its place, by fast typing', () => {
  it.each([
    ['ho turni dopodomanimattina?', '2026-11-25', '2026-11-25'],
    ['stasera no, ma domanisera sono di repe?', '2026-11-24', '2026-11-24'],
    ['venerdipomeriggio ho un permesso', '2026-11-27', '2026-11-27'],
    ['chi è di turno oggipomeriggio', '2026-11-23', '2026-11-23'],
    ['ho turni prossimasettimana?', '2026-11-30', '2026-12-06'],
    ['ferie tutta la settimanaprossima', '2026-11-30', '2026-12-06'],
    ['ho turni il finesettimana?', '2026-11-28', '2026-11-29'],
    ['ferie daoggi a venerdì', '2026-11-23', '2026-11-27'],
    ['ho turni traoggi e mercoledì?', '2026-11-23', '2026-11-25'],
    ['ho turni lasettimanaprossima?', '2026-11-30', '2026-12-06'],
    ['ferie tuttalasettimana', '2026-11-23', '2026-11-29'],
    ['sono in ferie finoadomani', '2026-11-23', '2026-11-24'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });
});

describe('weekdays listed with their parts of the day span from the first to the last', () => {
  it.each([
    ['ho turni lunedì mattina e martedì sera?', '2026-11-23', '2026-11-24'],
    ['ferie venerdì pomeriggio e sabato mattina', '2026-11-27', '2026-11-28'],
    ['chi è di repe giovedì sera e venerdì', '2026-11-26', '2026-11-27'],
    ['permesso mercoledìmattina e giovedìpomeriggio', '2026-11-25', '2026-11-26'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it('a weekday and its part alone is that day', () => {
    expect(range('sabato sera sono di repe?')).toEqual(['2026-11-28', '2026-11-28']);
    expect(range('chi è di turno giovedì in mattinata')).toEqual(['2026-11-26', '2026-11-26']);
  });
});

describe('two days joined by "e la", "o la", "e alla" after "tra" / "fra" span both; without, each is a period (session 10)', () => {
  it.each([
    ['ferie tra domani e la vigilia', '2026-12-20', '2026-12-21', '2026-12-24'],
    ['ho turni fra oggi e la befana?', '2026-12-30', '2026-12-30', '2027-01-06'],
    ['chi è di repe tra capodanno e la befana', '2026-12-10', '2027-01-01', '2027-01-06'],
    ['sono di turno oggi o la vigilia?', '2026-12-20', '2026-12-20', '2026-12-20'], // and 24 December in `periods`
  ])('%s', (text, on, from, to) => {
    expect(range(text, on)).toEqual([from, to]);
  });
});

describe('"da ora" or "da adesso" starts a range today', () => {
  it.each([
    ['ho turni da ora alla vigilia?', '2026-12-20', '2026-12-24'],
    ['ferie da adesso fino a mercoledì', '2026-11-23', '2026-11-25'],
    ['a partire da adesso e fino al 3 dicembre sono malato', '2026-11-23', '2026-12-03'],
  ])('%s', (text, from, to) => {
    const on = text.includes('vigilia') ? '2026-12-20' : today;
    expect(range(text, on)).toEqual([from, to]);
  });

  it('"ora" beside another date without "da" is no date', () => {
    expect(range('ho turni sabato? scusa l ora')).toEqual(['2026-11-28', '2026-11-28']);
    expect(range('ora ti chiedo: sono di turno venerdì?')).toEqual(['2026-11-27', '2026-11-27']);
  });
});

describe('keyboard slips of fast thumbs', () => {
  it.each([
    ['trunio', 'turno'],
    ['trunii', 'turni'],
    ['trunoi', 'turni'],
    ['giadaa', 'giada'],
    ['giiada', 'giada'],
  ])('%s is %s', (slip, word) => {
    expect(correctTypo(slip)).toBe(word);
  });

  it('a word one letter away from a form, or two slips of another kind, stays as written', () => {
    expect(correctTypo('turini')).toBe('turini');
    expect(correctTypo('trono')).toBe('trono');
    expect(correctTypo('rtunio')).toBe('rtunio');
  });

  it.each([
    ['ho dei truni giovedi?', 'duties'],
    ['quali trunii ho la settimana prossima', 'duties'],
    ['nuova richiesta giadda, imputato detenuto', 'giada_request'],
    ['giadaa: fissazione per un collegiale', 'giada_request'],
  ])('%s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});
