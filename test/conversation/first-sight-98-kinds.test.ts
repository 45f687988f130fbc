import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind98-101 at first sight, each said in wordings other than the missed one.
 */
const today = '2027-01-18'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('asking what the bot manages to do asks for help', () => {
  it.each([
    ['tu cosa riesci a fare esattamente?'],
    ['ma che cosa riesci a fare?'],
    ['cosa riesce a fare questo bot'],
  ])('%s', (text) => {
    expect(read(text).intent).toBe('help');
  });
});

describe('wishing a good long weekend is a courtesy', () => {
  it.each([['buon ponte a tutti!'], ['buon ponte ragazzi'], ['buon ponte']])('%s', (text) => {
    expect(read(text).intent).toBe('help');
  });
});

describe('a city after "per" following a means of travel is no colleague', () => {
  it.each([
    ['che turni ho venerdì? ho il traghetto per Olbia'],
    ['che turni ho venerdì? devo prendere il treno per Milano'],
    ['che turni ho venerdì? ho il volo per Roma alle 7'],
  ])('%s', (text) => {
    const u = read(text);
    expect([u.intent, u.from, u.magistrate]).toEqual(['duties', '2027-01-22', null]);
  });
});
