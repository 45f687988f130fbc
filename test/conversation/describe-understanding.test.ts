import { describe, expect, it } from 'vitest';
import { capitalizeSurname, describeUnderstanding } from '../../src/conversation/understanding/describe-understanding.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';

const MONDAY = '2026-11-23';

describe('describeUnderstanding', () => {
  it.each([
    ['ferie dal 3 al 7 marzo', 'ferie dal 3 al 7 marzo 2027'],
    ['sono reperibile a dicembre?', 'turni di reperibilità dal 1° al 31 dicembre 2026'],
    ['i turni di de luca la settimana prossima', 'turni di De Luca dal 30 novembre al 6 dicembre 2026'],
    ['scambierei il turno di domenica con Russo', 'scambio di turno con Russo il 29 novembre 2026'],
    ['togli le ferie di natale', 'annullare ferie il 25 dicembre 2026'],
    ['chi ha le direttissime domani', 'chi è di turno (turno arrestati e direttissime) il 24 novembre 2026'],
    ['chi è in ferie domani', 'chi è in ferie il 24 novembre 2026'],
    ['sarò assente venerdì', 'assenza il 27 novembre 2026'],
    ['grazie mille', 'aiuto'],
  ])('"%s" -> "%s"', (text, phrase) => {
    expect(describeUnderstanding(understand(text, { today: MONDAY }))).toBe(phrase);
  });

  it.each([['russo', 'Russo'], ['de luca', 'De Luca'], ["d'amico", "D'Amico"], ['lo bianco', 'Lo Bianco']])('capitalises %s as %s', (raw, name) => {
    expect(capitalizeSurname(raw)).toBe(name);
  });
});
