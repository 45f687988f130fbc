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
