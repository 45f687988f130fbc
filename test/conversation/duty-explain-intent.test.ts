import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

const TODAY = '2026-11-24'; // a Tuesday

describe('understanding: "perché a me?" asks why a duty went to someone', () => {
  it.each([
    ['perché a me?', null, null, null, null],
    ['Ma perché a me il turno del 7 dicembre?', '2026-12-07', '2026-12-07', null, null],
    ['come mai ho gli arrestati il 7 dicembre?', '2026-12-07', '2026-12-07', 'arrestati', null],
    ['perché mi tocca la reperibilità sabato?', '2026-11-28', '2026-11-28', 'reperibilita', null],
    ['perché Santoro ha gli arrestati il 7 dicembre?', '2026-12-07', '2026-12-07', 'arrestati', 'santoro'],
    ['perche io?', null, null, null, null],
  ])('%s', (text, from, to, service, magistrate) => {
    expect(understand(text, { today: TODAY })).toEqual({ intent: 'duty_explain', from, to, service, absenceType: null, magistrate });
  });

  it.each([
    // a "perché" giving a reason, or asking about something else, keeps its intent
    ['che turni ho a gennaio? lo chiedo adesso perché devo prenotare le vacanze', 'duties'],
    ['perché non ho turni a dicembre?', 'duties'],
    ['cancella le ferie dal 9 al 13 dicembre perché ho cambiato programma', 'absence_cancel'],
    ['scambierei il turno di domenica con Russo perché ho un matrimonio', 'swap'],
  ])('%s stays %s', (text, intent) => {
    expect(understand(text, { today: TODAY }).intent).toBe(intent);
  });
});
