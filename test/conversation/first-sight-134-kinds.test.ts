import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind134-137 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('a capitalised surname opening a question, words of time before its verb, names the colleague', () => {
  it.each([
    ['Ricci venerdì 27 è di turno?', 'ricci', '2026-11-27', '2026-11-27'],
    ['Galli a gennaio quando è reperibile?', 'galli', '2027-01-01', '2027-01-31'],
    ['Bianchi in febbraio fa le udienze?', 'bianchi', '2027-02-01', '2027-02-28'],
    ['Rossi questa settimana è di turno?', 'rossi', '2026-11-23', '2026-11-29'],
    ['Ferraro il mese prossimo quando è di repe?', 'ferraro', '2026-12-01', '2026-12-31'],
  ])('%s', (text, magistrate, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'duties', magistrate, from, to });
  });
  it('a question word alone between the surname and its verb', () => {
    expect(read('Mancuso quando è di turno?')).toMatchObject({ intent: 'duties', magistrate: 'mancuso' });
  });
  it('the time between surname and verb keeps the dates asked', () => {
    expect(read('Mancini a dicembre è di turno?')).toMatchObject({ magistrate: 'mancini', from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('which or how many of the staff are missing is who is absent', () => {
  it.each([
    ['quali colleghi mancano domani?', '2026-11-24'],
    ['quanti pm mancano oggi in procura?', '2026-11-23'],
    ['quali sostituti mancano mercoledì?', '2026-11-25'],
    ['oggi quali magistrati mancano?', '2026-11-23'],
  ])('%s', (text, day) => {
    expect(read(text)).toMatchObject({ intent: 'absent_today', from: day, to: day });
  });
  it('what a duty lacks to be covered is no absence', () => {
    expect(read('quanti pm mancano per coprire le udienze di dicembre?').intent).not.toBe('absent_today');
    expect(read('quanti giudici mancano per le direttissime?').intent).not.toBe('absent_today');
  });
});

describe('the first person plural of a verb of generating and a month generates it', () => {
  it.each([
    ['dai, prepariamo gennaio', '2027-01-01', '2027-01-31'],
    ['facciamo i turni di febbraio che si è fatto tardi', '2027-02-01', '2027-02-28'],
    ['rifacciamo il mese prossimo', '2026-12-01', '2026-12-31'],
    ['ok generiamo marzo', '2027-03-01', '2027-03-31'],
    ['elaboriamo dicembre?', '2026-12-01', '2026-12-31'],
  ])('%s', (text, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'calendar_generate', from, to });
  });
  it('a perfect tense tells what was done, no request', () => {
    expect(read('abbiamo generato dicembre?').intent).not.toBe('calendar_generate');
  });
});
