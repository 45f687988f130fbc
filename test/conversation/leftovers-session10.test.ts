import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * Leftovers reported by session 9 and fixed in session 10, each said in wordings other than the reported one.
 */
const today = '2027-02-10'; // a Wednesday
const read = (text: string, on = today) => understand(text, { today: on });

describe('a pejorative of the day ("levataccia", "giornataccia") opening a message is no surname', () => {
  it.each([
    ['levataccia domattina, chi mi copre la repe?'],
    ['Levataccia! mi sostituisci tu venerdì?'],
    ['giornataccia, mi cambi la repe di sabato?'],
    ['che turni ha levataccia?'],
  ])('%s', (text) => {
    expect(read(text).magistrate).toBeNull();
  });
  it('a surname opening a swap request is still the colleague asked', () => {
    expect(read('Levati, mi copri la repe sabato?').magistrate).toBe('levati');
  });
});

describe('a first name spoken to in a swap request names nobody, whatever its verb ("Ciao Marco, scambiamo sabato?")', () => {
  it.each([
    ['Luca mi fai tu le convalide domenica?'],
    ['Giulia ti va di cambiare la repe di sabato?'],
    ['Anna mi sostituisci giovedì in udienza?'],
    ['Paolo ci scambiamo il turno del 20?'],
  ])('%s', (text) => {
    expect(read(text)).toMatchObject({ intent: 'swap', magistrate: null });
  });
  it.each([
    ['Ferraro mi fai tu le convalide domenica?', 'ferraro'],
    ['Bassi ti va di cambiare la repe di sabato?', 'bassi'],
    ['Giulia mi sostituisce giovedì in udienza', 'giulia'],
  ])('a surname spoken to, or a first name told of in the third person, is still named: %s', (text, magistrate) => {
    expect(read(text)).toMatchObject({ intent: 'swap', magistrate });
  });
});
