import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the intent and date misses of blind122-125 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('who among the office\'s people, a day between, is not there ("chi dei sostituti oggi non c\'è?") is absent_today', () => {
  it.each([
    ["chi di noi domani non c'è?", '2026-11-24'],
    ['chi tra i colleghi venerdì non viene?', '2026-11-27'],
    ['chi dei pm giovedì non ci sarà?', '2026-11-26'],
    ["chi fra i giudici dopodomani non c'è?", '2026-11-25'],
  ])('%s', (text, day) => {
    expect(read(text)).toMatchObject({ intent: 'absent_today', from: day, to: day, magistrate: null });
  });
});

describe('an absence named first, then "chi risulta / chi è" ("in ferie oggi chi risulta?") asks who is absent', () => {
  it.each([
    ['in malattia chi risulta oggi?', 'malattia', '2026-11-23', '2026-11-23'],
    ['in congedo domani chi è?', 'congedo', '2026-11-24', '2026-11-24'],
    ['in ferie chi sarà la settimana prossima?', 'ferie', '2026-11-30', '2026-12-06'],
    ['ferie venerdì chi risulta?', 'ferie', '2026-11-27', '2026-11-27'],
  ])('%s', (text, absenceType, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'absent_today', absenceType, from, to });
  });
});

describe('asking whether anyone goes to an event ("qualcuno va al convegno venerdì?") declares nothing', () => {
  it.each([
    ['qualcuno di voi va al corso di Scandicci a gennaio?'],
    ['qualcuno partecipa al seminario di giovedì?'],
    ["c'è qualcuno che va al convegno sabato?"],
    ['nessuno viene alla giornata di studio del 4?'],
  ])('%s', (text) => {
    expect(read(text).intent).toBe('unknown');
  });
  it('who goes to it still asks who is away', () => {
    expect(read('chi va al convegno venerdì?')).toMatchObject({ intent: 'absent_today', from: '2026-11-27' });
  });
  it('an absence of the writer told beside it is still declared', () => {
    expect(read('qualcuno va al convegno venerdì? io comunque sono in ferie').intent).toBe('absence_declare');
  });
});

describe('the calendar named, then a bare imperative with a clitic in its own clause ("turni di febbraio: generali") generates it', () => {
  it.each([
    ['turni di marzo, generali per favore', '2027-03-01', '2027-03-31'],
    ['reperibilità di gennaio: rigenerali', '2027-01-01', '2027-01-31'],
    ['le udienze di aprile: fatele pure', '2027-04-01', '2027-04-30'],
    ['calendario turni dicembre - falli', '2026-12-01', '2026-12-31'],
  ])('%s', (text, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'calendar_generate', from, to });
  });
  it.each([['i turni generali di marzo?'], ['ci sono turni generali a marzo?'], ['turni degli affari generali di marzo']])('the adjective asks the duties: %s', (text) => {
    expect(read(text).intent).not.toBe('calendar_generate');
  });
});

describe('an absence taken back with the day one is back ("domani rientro, togliete la malattia") withdraws that day', () => {
  it.each([
    ['lunedì rientro, cancellate le ferie che avevo segnato', 'ferie', '2026-11-30'],
    ['rientro giovedì, annullate la malattia', 'malattia', '2026-11-26'],
    ['torno dopodomani, togli pure il congedo', 'congedo', '2026-11-25'],
  ])('%s', (text, absenceType, day) => {
    expect(read(text)).toMatchObject({ intent: 'absence_cancel', absenceType, from: day, to: day });
  });
  it('a return told with a declaration still ends the absence the day before', () => {
    expect(read('sono malato, rientro giovedì')).toMatchObject({ intent: 'absence_declare', from: '2026-11-23', to: '2026-11-25' });
  });
});
