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
