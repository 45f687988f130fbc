import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind126-129 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('who among the office has put in or sent an absence ("chi dei colleghi ha già messo le ferie?") asks who is absent', () => {
  it.each([
    ['chi dei colleghi ha messo le ferie a dicembre?', 'ferie', '2026-12-01', '2026-12-31'],
    ['chi ha già chiesto il congedo per dicembre?', 'congedo', '2026-12-01', '2026-12-31'],
    ['chi tra i pm ha inviato il certificato medico ieri?', 'malattia', '2026-11-22', '2026-11-22'],
    ['chi ha segnato i giorni di ferie a gennaio?', 'ferie', '2027-01-01', '2027-01-31'],
  ])('%s', (text, absenceType, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'absent_today', absenceType, from, to, magistrate: null });
  });
  it('the writer\'s own certificate sent is still a declaration', () => {
    expect(read('ho mandato il certificato di malattia, domani non vengo')).toMatchObject({ intent: 'absence_declare', from: '2026-11-24' });
  });
});

describe('a duty named first, then whether anyone holds it ("domenica 14 di reperibilità c\'è qualcuno?") asks who is on duty', () => {
  it.each([
    ["sabato di turno c'è qualcuno?", '2026-11-28'],
    ['venerdì 27 in servizio ci sarà un collega?', '2026-11-27'],
    ['di repe a natale ci sono colleghi?', '2026-12-25'],
    ["di turno domani c'è un magistrato?", '2026-11-24'],
  ])('%s', (text, day) => {
    expect(read(text)).toMatchObject({ intent: 'on_duty', from: day, to: day, magistrate: null });
  });
  it('someone looked for to take the duty is a swap', () => {
    expect(read("di repe domenica c'è qualcuno disponibile a scambiare?").intent).toBe('swap');
    expect(read("sabato di turno c'è qualcuno che mi sostituisce?").intent).toBe('swap');
  });
});

describe('a range closed by its own "al" is not extended by a month said after it ("dal 9 al 20 agosto, ci si vede a settembre")', () => {
  it.each([
    ['ferie dal 3 al 14 agosto, ci rivediamo a settembre', '2027-08-03', '2027-08-14'],
    ['sono in congedo dal 1 al 10 marzo, rientro ad aprile, buona giornata', '2027-03-01', '2027-03-10'],
    ['ferie dal 20 dicembre al 6 gennaio, a febbraio vi dico il resto', '2026-12-20', '2027-01-06'],
  ])('%s', (text, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', from, to });
  });
  it('an open "dal 9 agosto a settembre" still runs to the month', () => {
    expect(read('ferie dal 9 agosto a settembre', '2027-07-30')).toMatchObject({ from: '2027-08-09', to: '2027-09-30' });
  });
});

describe('a building named after someone ("una visita all\'ospedale Brotzu") names no colleague', () => {
  it.each([
    ['giovedì sono al policlinico Gemelli per un controllo, non ci sono'],
    ['venerdì ho un esame alla clinica Quisisana, mi metto in malattia'],
    ['mia figlia ha la recita al liceo Galilei sabato, prendo un permesso'],
    ["domani ricoverato all'ospedale San Martino, malattia fino a venerdì"],
  ])('%s', (text) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', magistrate: null });
  });
  it('a colleague named beside a building is still named', () => {
    expect(read("domani sono all'ospedale, mi sostituisce Bianchi?").magistrate).toBe('bianchi');
  });
});
