import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/** The days read from `text` written on `today`. */
const days = (text: string, today: string) => {
  const u = understand(text, { today });
  return [u.from, u.to];
};

describe('a day without a year, told in the past tense, is the last one, not the next', () => {
  it.each([
    // Written on Tuesday 24 November 2026: 3 November is three weeks ago.
    ['ero in ferie il 3 novembre', '2026-11-24', '2026-11-03', '2026-11-03'],
    ['chi era reperibile il 3 novembre?', '2026-11-24', '2026-11-03', '2026-11-03'],
    ['chi ha fatto la reperibilità il 3 novembre?', '2026-11-24', '2026-11-03', '2026-11-03'],
    ['il 3 novembre, chi era reperibile?', '2026-11-24', '2026-11-03', '2026-11-03'],
    ['sono stato malato dal 2 al 5 novembre', '2026-11-24', '2026-11-02', '2026-11-05'],
    ['ero malato a ottobre', '2026-11-24', '2026-10-01', '2026-10-31'],
    // Across the new year.
    ['chi era reperibile il 28 dicembre?', '2027-01-03', '2026-12-28', '2026-12-28'],
    ['chi era di turno il 20 giugno?', '2026-11-24', '2026-06-20', '2026-06-20'],
    ['perché avevo il turno del 3 novembre?', '2026-11-24', '2026-11-03', '2026-11-03'],
    ['avevo la reperibilità il 3 novembre', '2026-11-24', '2026-11-03', '2026-11-03'],
  ])('%s (written on %s): %s to %s', (text, today, from, to) => {
    expect(days(text, today)).toEqual([from, to]);
  });

  it.each([
    // A request about the future, or no tense at all, keeps the next occurrence: the reply names the year, and an absence is confirmed before it is recorded.
    ['sarò in ferie il 3 novembre', '2027-11-03'],
    ['ferie il 3 novembre', '2027-11-03'],
    ['chi è reperibile il 3 novembre?', '2027-11-03'],
    // More than six months back, a past tense is more likely a slip: the next one, whose year the reply names.
    ['chi era reperibile il 25 novembre?', '2026-11-25'],
    ['chi era di turno il 3 gennaio?', '2027-01-03'],
    // A year written is the writer's.
    ['chi era reperibile il 3 novembre 2027?', '2027-11-03'],
    // A past fact beside a request about the future does not move the request's date.
    ['ero in ferie la settimana scorsa, che turni ho il 3 novembre?', '2027-11-03'],
    ['ho avuto la conferma, sarò in ferie il 3 novembre', '2027-11-03'],
    // What was asked for, even long ago, may lie ahead.
    ['avevo chiesto le ferie per il 3 novembre', '2027-11-03'],
  ])('%s stays on %s', (text, day) => {
    expect(days(text, '2026-11-24')[0]).toBe(day);
  });

  it.each([
    // Written on Wednesday 25 November 2026: a weekday alone is the last one, a day number alone this month's if passed, else last month's.
    ['chi era reperibile giovedì?', '2026-11-25', '2026-11-19', '2026-11-19'],
    ['ero in ferie lunedì', '2026-11-25', '2026-11-23', '2026-11-23'],
    ['ero in ferie da giovedì a martedì', '2026-11-25', '2026-11-19', '2026-11-24'],
    ['chi era di turno il 3?', '2026-11-25', '2026-11-03', '2026-11-03'],
    ['chi era di turno il 26 e 27?', '2026-11-25', '2026-10-26', '2026-10-27'],
    ['ero in ferie dal 3 al 5', '2026-11-25', '2026-11-03', '2026-11-05'],
    // The 31st of a month without one: the last month that has it.
    ['chi era di turno il 31?', '2026-12-05', '2026-10-31', '2026-10-31'],
    // Across the new year.
    ['chi era di turno il 28?', '2027-01-05', '2026-12-28', '2026-12-28'],
  ])('%s (written on %s): %s to %s, the most recent such day', (text, today, from, to) => {
    expect(days(text, today)).toEqual([from, to]);
  });

  it.each([
    // Future and present tense keep the next one; a weekday named as next keeps it; today's weekday is today.
    ['chi è reperibile giovedì?', '2026-11-26'],
    ['sarò in ferie lunedì', '2026-11-30'],
    ['chi è di turno il 3?', '2026-12-03'],
    ['chi era reperibile giovedì prossimo?', '2026-11-26'],
    ['chi era reperibile mercoledì?', '2026-11-25'],
  ])('%s (written on Wednesday 25 November 2026) stays on %s', (text, day) => {
    expect(days(text, '2026-11-25')[0]).toBe(day);
  });
});

describe('asking in the past tense whether anyone was on duty', () => {
  it.each([
    ["c'era qualcuno reperibile il 3 novembre?", '2026-11-03'],
    ["c'era qualcuno di turno il 3?", '2026-11-03'],
    ["sabato di reperibilità c'era qualcuno?", '2026-11-21'],
    ["c'era un collega in servizio giovedì?", '2026-11-19'],
  ])('%s asks who was on duty on %s (written on 24 November 2026)', (text, day) => {
    const u = understand(text, { today: '2026-11-24' });
    expect([u.intent, u.from]).toEqual(['on_duty', day]);
  });
});

describe('a weekday and a day number told in the past: the most recent such day that is that weekday', () => {
  it.each([
    // Written on Thursday 10 December 2026: 3 December was a Thursday, 3 November a Tuesday.
    ['chi era reperibile giovedì 3?', '2026-12-10', '2026-12-03'],
    ['ero di turno giovedì 3?', '2026-12-10', '2026-12-03'],
    ['chi era di turno martedì 3?', '2026-12-10', '2026-11-03'],
    // No Friday 3rd since 3 July: that one, a Friday, not 3 September (a Thursday) as a year's shift of 3 September 2027 gave.
    ['chi era reperibile venerdì 3?', '2026-12-10', '2026-07-03'],
    // Written on Tuesday 24 November 2026: 3 November was a Tuesday, 3 October a Saturday, 3 September a Thursday.
    ['chi era reperibile giovedì 3?', '2026-11-24', '2026-09-03'],
    ['ero in ferie martedì 3', '2026-11-24', '2026-11-03'],
  ])('%s (written on %s) is %s', (text, today, day) => {
    expect(days(text, today)).toEqual([day, day]);
  });

  it.each([
    // No Sunday 3rd in the last six months (the last was 3 May): the next one, Sunday 3 January 2027, whose year the reply names.
    ['chi era reperibile domenica 3?', '2026-12-10', '2027-01-03'],
    // A swap arranged for a Friday 12th two days ahead: no Friday 12th in the last six months, the day stays.
    ['ho fatto cambio con Giannoni per l\'assegnazione di venerdì 12', '2027-02-10', '2027-02-12'],
    // The present and the future keep the next such day, however far.
    ['chi è reperibile giovedì 3?', '2026-12-10', '2027-06-03'],
    ['sarò di turno giovedì 3?', '2026-11-24', '2026-12-03'],
  ])('%s (written on %s) stays on %s', (text, today, day) => {
    expect(days(text, today)[0]).toBe(day);
  });
});

describe('asking in the past tense whether there was a holder of a duty', () => {
  it.each([
    ["C'era un reperibile sabato scorso?", '2026-11-28'],
    ["sabato scorso c'era il reperibile?", '2026-11-28'],
    ["c'erano dei reperibili sabato?", '2026-11-28'],
    ["c'era qualcuno di turno ieri?", '2026-11-29'],
    ["c'era un pm reperibile sabato scorso?", '2026-11-28'],
  ])('%s asks who was on duty on %s (written on Monday 30 November 2026)', (text, day) => {
    const u = understand(text, { today: '2026-11-30' });
    expect([u.intent, u.from]).toEqual(['on_duty', day]);
  });

  it("reads the present \"c'è un reperibile sabato?\" the same way, and \"sono io il reperibile sabato?\" as one's own duties", () => {
    expect(understand("c'è un reperibile sabato?", { today: '2026-11-24' }).intent).toBe('on_duty');
    expect(understand('sono io il reperibile sabato?', { today: '2026-11-24' }).intent).toBe('duties');
  });
});
