import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';
import type { Understanding } from '../../src/conversation/understanding/understanding.ts';

/**
 * Who a message is about, as kinds (blind44-49): a colleague named first and then spoken to ("esposito
 * mi cambi …", "battiston te la senti …"), named as the subject after "se" or with a time word before the
 * verb ("sa se de rosa è di repe", "martinelli oggi è malata"), and the person to call for urgencies, who
 * is not the subject ("x urgenze chiamate Cattaneo"); and a fever told by its degrees.
 */
const today = '2026-11-23';
const read = (text: string): Understanding => understand(text, { today });

describe('a colleague named first, then asked', () => {
  const asks = ['mi cambi', 'me la cambi', 'te la senti di fare', 'mi prendi', 'me la fai', 'mi copri', 'mi faresti'];
  it.each(['esposito', 'battiston', 'de rosa'])('%s', (name) => {
    const wrong = asks.map((v) => `${name} ${v} la repe di domenica? poi ricambio`).filter((t) => read(t).magistrate !== name);
    expect(wrong).toEqual([]);
  });
});

describe('a colleague as the subject, not only at the start', () => {
  it.each([
    ['raga qualcuno sa se de rosa e di repe sabato', 'de rosa'],
    ['sapete se Galbiati è di turno domani?', 'galbiati'],
    ['martinelli oggi e malata, lo segno io per lei', 'martinelli'],
    ['Galbiati domani è in udienza?', 'galbiati'],
    ['domanda veloce: Ferri sabato è reperibile?', 'ferri'],
  ])('%s', (text, name) => {
    expect(read(text).magistrate).toBe(name);
  });
});

describe('the person to call is not the subject', () => {
  it.each([
    'sono in ferie fino al 6/1 compreso, x urgenze chiamate Cattaneo',
    'ferie domani, per urgenze rivolgersi al dott. Neri',
    'in ferie dal 3 al 5, in mia assenza contattate la collega De Rosa',
    'domani sono malato, per le convalide sentite Bassi',
    'oggi resto a casa, se serve telefonate a Longo',
  ])('%s', (text) => {
    expect(read(text).magistrate).toBeNull();
  });

  it('"chiama Rossi", said to turnario, sends no one', () => {
    expect(read('chiama Rossi per la repe di sabato').magistrate).toBe('rossi');
  });

  it('the colleague recorded stays, the one to call goes', () => {
    expect(read('metti in ferie Rossi domani, per urgenze chiamare Bianchi').magistrate).toBe('rossi');
  });
});

describe('a fever by its degrees', () => {
  it.each(['ho 38 e mezzo, oggi resto a casa', 'sto a 38 e mezzo, oggi non vengo', 'ho 39, oggi non vengo', 'ho la febbre a 38.5, non vengo', 'con 38 di febbre non vengo'])('%s', (text) => {
    const u = read(text);
    expect(`${u.intent} ${u.absenceType} ${u.from}`).toBe('absence_declare malattia 2026-11-23');
  });

  it('an age or a count is no fever', () => {
    expect(read('ho 38 anni e domani sono in ferie').absenceType).toBe('ferie');
    expect(read('ho 38 udienze questo mese?').intent).toBe('duties');
  });
});

describe('kinds from blind50-53: a colleague addressed with "@", a subject with a conditional, a request through a modal', () => {
  it.each(['Ferrero', 'Bosio', 'De Luca'])('"@%s" is the colleague asked in a swap, and no one in the writer\'s own requests', (name) => {
    const swaps = ['ok, allora scambiamo la reperibilità di sabato 5 dicembre', 'ok, allora facciamo cambio per l\'assegnazione di martedì 1 dicembre', 'mi copri sabato?'];
    expect(swaps.map((s) => read(`@${name} ${s}`)).map((u) => `${u.intent} ${u.magistrate}`)).toEqual(swaps.map(() => `swap ${name.toLowerCase()}`));
    expect(read(`@${name} ok, allora confermo: le mie ferie di giovedì 26 le annullo`).magistrate).toBeNull();
    expect(read(`@${name} che turni ho domani?`).magistrate).toBeNull();
  });

  it('courtesies said to a colleague addressed with "@" are not said to turnario; to "@turnario" they are', () => {
    expect(['ok, allora ci sentiamo dopo per il fascicolo', 'grazie mille!', 'perfetto, a dopo'].map((s) => read(`@Ferrero ${s}`).intent)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(read('@turnario cosa sai fare?').intent).toBe('help');
    expect(read('@Rossi ok, allora chiedo io: chi è reperibile domani?').intent).toBe('on_duty');
  });

  it('a conditional of the third person is a subject\'s verb', () => {
    const verbs = ['sarebbe d\'accordo a scambiare con me', 'potrebbe coprirmi', 'scambierebbe con me', 'vorrebbe scambiare con me'];
    expect(verbs.map((v) => read(`Moretti ${v} la reperibilità di sabato 5 dicembre`)).map((u) => `${u.intent} ${u.magistrate}`)).toEqual(verbs.map(() => 'swap moretti'));
  });

  it('asking a colleague whether they can or will do a duty for me', () => {
    const asks = ['mi puoi cambiare', 'mi potresti scambiare', 'puoi coprirmi', 'mi puoi fare', 'potresti prendermi', 'mi vorresti sostituire', 'riesci a coprirmi'];
    expect(asks.map((a) => read(`Vitale ${a} l'udienza del 10 dicembre?`)).map((u) => `${u.intent} ${u.magistrate} ${u.from}`)).toEqual(asks.map(() => 'swap vitale 2026-12-10'));
    expect(read('mi puoi fare l\'elenco dei miei turni di gennaio?').intent).toBe('duties');
  });
});

describe('needing someone for a duty is a swap', () => {
  it.each(["me serve 'na mano pe' la repe de sabato", "mi servirebbe un cambio per l'udienza del 3", 'mi serve qualcuno per le convalide di domenica', 'mi serve qualcuno che mi faccia la repe sabato'])('%s', (text) => {
    expect(read(text).intent).toBe('swap');
  });

  it('not a hand with something else', () => {
    expect(read('mi serve una mano con il fascicolo Rossi').intent).toBe('unknown');
  });
});

describe('the writer introducing themselves is no colleague', () => {
  it.each([
    'Buongiorno, sono il dott. Ferrero: che turni ho a gennaio?', 'Buongiorno, sono Ferrero, mi copre qualcuno sabato?', 'Salve, qui Bosio: ferie dal 3 al 5 dicembre',
    'sono De Luca, ho la repe domani?', 'qui la dott.ssa Gentile: ferie il 3', 'mi chiamo Gallo e sono nuova, che turni ho?', 'sono Rossi e volevo sapere che turni ho sabato',
  ])('%s', (text) => {
    expect(read(text).magistrate).toBeNull();
  });

  it('a colleague named after the introduction still is one', () => {
    expect(read('Buongiorno, sono Ferrero: scambio la repe di sabato con Gallo').magistrate).toBe('gallo');
    expect(read('sono malato, Rossi mi sostituisce domani').magistrate).toBe('rossi');
  });
});
