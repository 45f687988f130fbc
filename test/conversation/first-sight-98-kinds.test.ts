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

describe('who is at a training asks who is absent', () => {
  it.each([
    ['chi è a formazione la prossima settimana', '2027-01-25', '2027-01-31'],
    ['chi sarà a formazione domani?', '2027-01-19', '2027-01-19'],
  ])('%s', (text, from, to) => {
    const u = read(text);
    expect([u.intent, u.from, u.to, u.absenceType]).toEqual(['absent_today', from, to, 'formazione']);
  });

  it('declaring one is at a training is still a declaration', () => {
    expect(read('sono a formazione domani').intent).toBe('absence_declare');
  });
});

describe('"che faccio" with a day asks one\'s duties that day', () => {
  it.each([
    ['cosa faccio la vigilia?', '2026-12-16', '2026-12-24'],
    ['che faccio a natale?', '2026-12-16', '2026-12-25'],
    ['e domani che faccio? no, cosa faccio domani?', '2027-01-18', '2027-01-19'],
  ])('%s', (text, on, day) => {
    const u = read(text, on);
    expect([u.intent, u.from, u.to]).toEqual(['duties', day, day]);
  });
});
