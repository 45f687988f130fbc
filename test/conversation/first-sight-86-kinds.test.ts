import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind86-89 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-25'; // a Wednesday
const read = (text: string, on = today) => understand(text, { today: on });
const slots = (text: string, on = today) => {
  const u = read(text, on);
  return [u.intent, u.from, u.to, u.magistrate];
};

describe('a city after "da" is where one comes from, no colleague', () => {
  it.each([
    ['sono di turno sabato? torno da Milano', 'duties', '2026-11-28'],
    ['sono di turno sabato? dal rientro da Padova', 'duties', '2026-11-28'],
    ['domenica ho udienza? arrivo da Napoli in mattinata', 'duties', '2026-11-29'],
    ['cosa ho venerdì? rientro da Roma giovedì sera', 'duties', '2026-11-27'],
  ])('%s', (text, intent, day) => {
    expect(slots(text)).toEqual([intent, day, day, null]);
  });

  it('"da" after a clitic is still the verb: "me lo da Messina" names the colleague', () => {
    expect(read('lo scambio della repe me lo da Messina sabato').magistrate).toBe('messina');
  });
});
