import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind138-141 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('a lower-case word after a masculine article, subject of a later clause, is a thing, not a colleague', () => {
  it.each([
    ['sarò in malattia da lunedì a mercoledì, il referto è stato inviato', 'malattia'],
    ['metto ferie dal 2 al 5 febbraio, il verbale è in cancelleria', 'ferie'],
    ['vi informo che sarò in congedo dal 9 all\'11 dicembre, il modello è già firmato in segreteria', 'congedo'],
    ['sono in ferie il 28 dicembre, il prospetto è aggiornato', 'ferie'],
  ])('%s', (text, absenceType) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', absenceType, magistrate: null });
  });
  it('a colleague named by title after the article is still the colleague', () => {
    expect(read('il collega rossi è in ferie domani?')).toMatchObject({ magistrate: 'rossi' });
  });
  it('a colleague in capitals opening the message is still the colleague', () => {
    expect(read('Rossi è in ferie dal 21 al 31 dicembre, il modulo è già in segreteria')).toMatchObject({ magistrate: 'rossi' });
  });
  it('a feminine article before a surname still names her', () => {
    expect(read('la rossi è di turno sabato?')).toMatchObject({ magistrate: 'rossi' });
  });
});

describe('a greeting and a told remark on what starts again in the office is small talk, not a request', () => {
  it.each([
    'buongiorno colleghi, da lunedì ricominciano le direttissime',
    'ciao a tutti, si torna ai turni normali',
    'buonasera, domani riprendono le udienze',
    'buongiorno a tutti, si ricomincia con le convalide',
  ])('%s', (text) => {
    expect(read(text)).toMatchObject({ intent: 'help', from: null, to: null, service: null });
  });
  it('a question on one\'s duties beside the remark is still asked', () => {
    expect(read('buongiorno a tutti, oggi si riparte con le udienze, ho udienza giovedì?'))
      .toMatchObject({ intent: 'duties', from: '2026-11-26', to: '2026-11-26', service: 'udienza' });
  });
  it('the remark asked is a question on the duties', () => {
    expect(read('si ricomincia con le udienze lunedì?')).toMatchObject({ intent: 'duties', service: 'udienza' });
  });
  it('a greeting and a terse request for duties stays a request', () => {
    expect(read('ciao, turni di dicembre')).toMatchObject({ intent: 'duties', from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('asking one\'s duties, a service named only in a sentence told after the question is its reason, not a filter', () => {
  it.each([
    ['che turni ho la settimana prossima? devo andare a un\'udienza a Milano', '2026-11-30', '2026-12-06'],
    ['ho turni venerdì? ho le direttissime in un altro ufficio', '2026-11-27', '2026-11-27'],
    ['quali turni ho a gennaio? la repe di natale l\'ho già fatta', '2027-01-01', '2027-01-31'],
  ])('%s', (text, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'duties', from, to, service: null });
  });
  it('a service in the question itself is still the one asked', () => {
    expect(read('ho udienza giovedì? ho un impegno')).toMatchObject({ intent: 'duties', service: 'udienza', from: '2026-11-26' });
  });
  it('a service named before the question is still its topic', () => {
    expect(read("udienza del 5. ce l'ho io?")).toMatchObject({ intent: 'duties', service: 'udienza', from: '2026-12-05' });
  });
  it('asking who is on duty, a duty told after the question is still the one asked', () => {
    expect(read('chi è di turno sabato? ho le direttissime')).toMatchObject({ intent: 'on_duty', service: 'arrestati' });
  });
});
