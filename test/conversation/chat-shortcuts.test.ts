import { describe, expect, it } from 'vitest';
import { allDayNames } from '../../src/conversation/understanding/dates/holiday-names.ts';
import { knownWords } from '../../src/conversation/understanding/known-words.ts';
import { normalizeText } from '../../src/conversation/understanding/normalize-text.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';
import type { Understanding } from '../../src/conversation/understanding/understanding.ts';

/**
 * Shortcuts of fast writing and dictation, as kinds: short forms with their full stop ("rep. sett.
 * pross."), which end no sentence; words glued by dictation ("lasettimana", "inferie", "santostefano")
 * and words split in two ("dopo domani").
 */
const today = '2026-11-23';
const read = (text: string): Understanding => understand(text, { today });
const slots = (u: Understanding): string => `${u.intent} ${u.from}…${u.to} ${u.service ?? ''} ${u.absenceType ?? ''} ${u.magistrate ?? ''}`;

describe('short forms with a full stop', () => {
  it('read as their words, the dot ending no sentence', () => {
    expect(normalizeText('rep. sett. pross. ce l\'ho io?').words.join(' ')).toBe("repe settimana prossima ce l' ho io");
    expect(normalizeText('rep. sett. pross. ce l\'ho io?').clauseStart.filter(Boolean)).toHaveLength(1);
  });

  it('a capital after the dot still ends the sentence', () => {
    expect(normalizeText('ho la rep. Chi fa le convalide?').clauseStart[3]).toBe(true);
  });

  it.each([
    ["rep. sett. pross. ce l'ho io?", 'duties 2026-11-30…2026-12-06 reperibilita  '],
    ['gennaio: quante rep. mi hanno messo?', 'duties 2027-01-01…2027-01-31 reperibilita  '],
    ['ud. sett. pross.?', 'duties 2026-11-30…2026-12-06 udienza  '],
    ['ho la rep. dom.?', 'duties 2026-11-29…2026-11-29 reperibilita  '],
    ['tra due sett. ho udienze?', 'duties 2026-12-07…2026-12-13 udienza  '],
    ['ferie per 2 sett. dal 7 dic.', 'absence_declare 2026-12-07…2026-12-20  ferie '],
    ['oggi pom. sono in aula. ho la rep stasera?', 'duties 2026-11-23…2026-11-23 reperibilita  '],
  ])('%s', (text, expected) => {
    expect(slots(read(text))).toBe(expected);
  });

  it('a domain word cut anywhere from its third letter, with its dot (not where the cut is a word: "con.", "dir.")', () => {
    const frames: [string, string, (u: Understanding) => boolean][] = [
      ['convalide', 'chi ha le {c} sabato?', (u) => u.intent === 'on_duty' && u.service === 'arrestati'],
      ['malattia', 'sono in {c} oggi', (u) => u.intent === 'absence_declare' && u.absenceType === 'malattia'],
      ['formazione', '{c} il 12 e 13 gennaio', (u) => u.absenceType === 'formazione' && u.from === '2027-01-12'],
      ['direttissime', 'chi fa le {c} domani?', (u) => u.intent === 'on_duty' && u.service === 'arrestati'],
      ['assegnazione', 'chi ha l\'{c} di lunedì?', (u) => u.intent === 'on_duty' && u.service === 'assegnazione'],
    ];
    const cuts = (word: string) => Array.from({ length: word.length - 3 }, (_x, k) => word.slice(0, k + 3)).filter((c) => !knownWords.has(c));
    const misses = frames.flatMap(([word, frame, ok]) => cuts(word).map((c) => frame.replace('{c}', `${c}.`))
      .filter((t) => !ok(read(t))).map((t) => `${t} -> ${slots(read(t))}`));
    expect(misses).toEqual([]);
  });

  it('"5 sett." is still a day of September', () => {
    expect(read('ferie il 5 sett.').from).toBe('2027-09-05');
  });
});

describe('words glued or split by dictation', () => {
  it('every holiday of two words, written as one, is the holiday', () => {
    const twoWords = allDayNames().filter((n) => /^[a-z]+(?: [a-z]+)+$/.test(n));
    const misses = twoWords.filter((n) => {
      const [spaced, joined] = [read(`ho la repe a ${n}?`), read(`ho la repe a ${n.replace(/ /g, '')}?`)];
      return slots(spaced) !== slots(joined);
    });
    expect(misses).toEqual([]);
  });

  it.each([
    ['chi tiene le udienze lasettimana prossima', 'on_duty 2026-11-30…2026-12-06 udienza  '],
    ['inferie il 21 e 22 dicembre', 'absence_declare 2026-12-21…2026-12-22  ferie '],
    ['sono inmalattia oggi', 'absence_declare 2026-11-23…2026-11-23  malattia '],
    ['chi fa la repe ilweekend?', 'on_duty 2026-11-28…2026-11-29 reperibilita  '],
    ['ho la repe il giorno di santostefano?', 'duties 2026-12-26…2026-12-26 reperibilita  '],
    ['ho le direttissime dopo domani?', 'duties 2026-11-25…2026-11-25 arrestati  '],
    ['chi è di turno sta sera?', 'on_duty 2026-11-23…2026-11-23   '],
  ])('%s', (text, expected) => {
    expect(slots(read(text))).toBe(expected);
  });

  it('real words that begin with a preposition stay whole ("informazione", "l\'indomani")', () => {
    expect(read("vorrei un'informazione sui turni di domani").absenceType).toBeNull();
    expect(read("vorrei un'informazione sui turni di domani").intent).toBe('duties');
    expect(normalizeText("l'indomani di natale").words).toContain('indomani');
  });

  it('surnames with a particle are not split into a date ("Di Natale", "Di Marzo", "Di Maggio")', () => {
    for (const name of ['dinatale', 'dimarzo', 'dimaggio', 'delfebbraio']) expect(read(`scambio il turno di sabato con ${name}`).magistrate).toBe(name);
  });
});

describe('English pairs of chat', () => {
  it.each([
    ['chi è on call sabato?', 'on_duty 2026-11-28…2026-11-28 reperibilita  '],
    ['sono on call stanotte?', 'duties 2026-11-23…2026-11-23 reperibilita  '],
    ["chi c'è on duty domani?", 'on_duty 2026-11-24…2026-11-24   '],
    ['venerdì day off', 'absence_declare 2026-11-27…2026-11-27  ferie '],
  ])('%s', (text, expected) => {
    expect(slots(read(text))).toBe(expected);
  });
});

describe('English courtesy words of chat', () => {
  it('are never a colleague ("pls", "plz", "please", "thx")', () => {
    for (const text of ['i miei turni pls', 'i miei turni plz', 'i miei turni please', 'i miei turni thx', 'i miei turni thanks', 'i miei turni grz']) {
      expect(slots(read(text))).toBe('duties 2026-11-23…2026-12-20   ');
    }
    expect(read('i turni di Rossi pls').magistrate).toBe('rossi');
  });
});

describe('patron saints of the main cities, by name', () => {
  it('are their feast days, where the name is unambiguous', () => {
    expect(slots(read("sono di turno a Sant'Ambrogio?"))).toBe('duties 2026-12-07…2026-12-07   ');
    expect(slots(read('chi è di turno a san gennaro'))).toBe('on_duty 2027-09-19…2027-09-19   ');
    expect(slots(read('ferie per santa rosalia'))).toBe('absence_declare 2027-07-15…2027-07-15  ferie ');
  });
});
