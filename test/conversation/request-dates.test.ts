import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../../src/domain/civil-day.ts';
import { allDayNames, findNamedDay, resolveNamedDay } from '../../src/conversation/understanding/dates/holiday-names.ts';
import { dayNumberWords } from '../../src/conversation/understanding/dates/number-words.ts';
import { parseDates } from '../../src/conversation/understanding/dates/parse-dates.ts';
import { normalizeText } from '../../src/conversation/understanding/normalize-text.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * Dates and services of the request as kinds: ranges in words ("dal primo al quindici"), days counted
 * from a holiday ("il giorno dopo la befana", "il lunedì dopo la befana"), the week of a day ("la
 * settimana dell'11"), an explicit range after the days of a story, and the dates and services a reason
 * names beside the request, which are not the request's.
 */
const today = '2026-11-23';
const range = (text: string, on = today): string => {
  const r = parseDates(normalizeText(text).text, on);
  return `${r?.from}…${r?.to}`;
};

describe('ranges in words', () => {
  it('"dal primo al N dicembre" for every day number written as a word', () => {
    const misses = [...dayNumberWords].filter(([, n]) => n <= 31).flatMap(([word, n]) => {
      const want = `2026-12-01…2026-12-${String(n).padStart(2, '0')}`;
      return range(`ferie dal primo al ${word} dicembre`) === want ? [] : [`${word}: ${range(`ferie dal primo al ${word} dicembre`)}`];
    });
    expect(misses).toEqual([]);
  });

  it.each([
    ["ferie dal primo all'otto gennaio", '2027-01-01…2027-01-08'],
    ['ferie dal primo fino al quindici marzo', '2027-03-01…2027-03-15'],
    // The end's day number without its month follows the start's month.
    ['ferie dal primo gennaio al dieci', '2027-01-01…2027-01-10'],
    ['ferie dal 28 dicembre al 3', '2026-12-28…2027-01-03'],
  ])('%s', (text, want) => {
    expect(range(text)).toBe(want);
  });

  it('"primo" stays "first" elsewhere', () => {
    expect(range('il primo weekend di dicembre')).toBe('2026-12-05…2026-12-06');
  });
});

describe('days counted from a holiday', () => {
  const names = allDayNames().filter((n) => !n.includes("'"));
  it('"il giorno dopo / prima di X", every holiday, with its article', () => {
    const misses = names.flatMap((name) => {
      const day = resolveNamedDay(findNamedDay(name)!, today);
      return [[`il giorno dopo la ${name}`, addDays(day, 1)], [`il giorno prima di ${name}`, addDays(day, -1)]]
        .filter(([text, want]) => range(text!) !== `${want}…${want}`).map(([text]) => `${text}: ${range(text!)}`);
    });
    expect(misses).toEqual([]);
  });

  it('"la settimana dopo / prima di X", every holiday: the week after or before its week', () => {
    const misses = names.flatMap((name) => {
      const monday = addDays(resolveNamedDay(findNamedDay(name)!, today), 0);
      const week = (offset: number) => { const m = addDays(monday, offset - (isoWeekday(monday) - 1)); return `${m}…${addDays(m, 6)}`; };
      return [[`la settimana dopo la ${name}`, week(7)], [`la settimana prima di ${name}`, week(-7)]]
        .filter(([text, want]) => range(text!) !== want).map(([text]) => `${text}: ${range(text!)}`);
    });
    expect(misses).toEqual([]);
  });

  it('"il lunedì dopo la befana" on 28 December is 11 January', () => {
    expect(range('ho udienza il lunedi dopo la befana?', '2026-12-28')).toBe('2027-01-11…2027-01-11');
    const day = resolveNamedDay(findNamedDay('befana')!, today);
    expect(isoWeekday(day)).toBe(3);
  });
});

describe('weeks of a day', () => {
  it.each([
    ["la settimana dell'11 gennaio sono in ferie", '2027-01-11…2027-01-17'],
    ['la settimana del 7 dicembre', '2026-12-07…2026-12-13'],
    ['settimana dal 30/11 al 4/12 che ho?', '2026-11-30…2026-12-04'],
    ['settimana dal 30.11 al 4.12 che ho?', '2026-11-30…2026-12-04'],
    ['la settimana del 30/11 che turni ho?', '2026-11-30…2026-12-06'],
  ])('%s', (text, want) => {
    expect(range(text)).toBe(want);
  });
});

describe('an explicit range after the days of a story', () => {
  it.each([
    ['La dott.ssa Pavan è rientrata stamattina, va tolta la sua malattia da oggi a venerdì.', '2026-11-23…2026-11-27'],
    ['ieri ho parlato col medico, ferie da martedì a giovedì', '2026-11-24…2026-11-26'],
  ])('%s', (text, want) => {
    expect(range(text)).toBe(want);
  });
});

describe('dates and services of a reason are not the request\'s', () => {
  it.each([
    ['Dovendo organizzare le vacanze di Natale, potrei sapere se sono di turno per le convalide a dicembre?', 'duties 2026-12-01…2026-12-31 arrestati'],
    ['Visto che il presidente vuole vederla domani, potresti preparare la bozza delle reperibilità di maggio?', 'calendar_generate 2027-05-01…2027-05-31 reperibilita'],
    ["Buongiorno, visto che ho l'udienza preliminare lunga, avrei bisogno di sapere chi è di turno per le convalide giovedì.", 'on_duty 2026-11-26…2026-11-26 arrestati'],
    ["Visto che il 10 dicembre ho un'udienza preliminare, potrei scambiare con il collega Tonon il turno di assegnazione di quel giorno?", 'swap 2026-12-10…2026-12-10 assegnazione'],
    ['turni miei mese pross.? devo organizzare le ud.', 'duties 2026-12-01…2026-12-31 '],
    // Only the reason names the duty of a swap: it is the one swapped.
    ['siccome ho udienza sabato, posso fare cambio con Rossi?', 'swap 2026-11-28…2026-11-28 udienza'],
  ])('%s', (text, want) => {
    const u = understand(text, { today });
    expect(`${u.intent} ${u.from}…${u.to} ${u.service ?? ''}`).toBe(want);
  });
});

describe('a sentence of context beside the request', () => {
  it.each([
    ["ho un'udienza fiume oggi. chi fa le convalide domani?", 'on_duty 2026-11-24…2026-11-24 arrestati'],
    ['oggi ho le convalide. domani chi ha la repe?', 'on_duty 2026-11-24…2026-11-24 reperibilita'],
    ['ieri ho fatto la repe. oggi chi la fa?', 'on_duty 2026-11-23…2026-11-23 reperibilita'],
    ['oggi pom. sono al gip x un incidente probatorio. ho la rep stasera?', 'duties 2026-11-23…2026-11-23 reperibilita'],
    // A reading that joins the sentences stands: the month of one, the day of the other.
    ['dicembre. chi fa le convalide il 24?', 'on_duty 2026-12-24…2026-12-24 arrestati'],
    ['domani. chi fa la repe?', 'on_duty 2026-11-24…2026-11-24 reperibilita'],
  ])('%s', (text, want) => {
    const u = understand(text, { today });
    expect(`${u.intent} ${u.from}…${u.to} ${u.service ?? ''}`).toBe(want);
  });
});

describe('kinds from blind50-53: ranges across the year with their years, the whole week, tomorrow after a greeting', () => {
  it('a numeric range written with its years, whichever ends carry them (and a year after the end month is the end\'s)', () => {
    const forms = ['31/12/2026 - 2/1/2027', '31/12/2026-2/1/2027', '31/12/26 - 2/1/27', '31/12 - 2/1/2027', '31/12/2026 al 2/1/2027', '31.12.2026 - 2.1.2027'];
    expect(forms.map((f) => `${f}: ${range(`ferie ${f}`)}`)).toEqual(forms.map((f) => `${f}: 2026-12-31…2027-01-02`));
    expect(range('ferie dal 28 dicembre al 2 gennaio 2027')).toBe('2026-12-28…2027-01-02');
    expect(range('ferie dal 3/12 al 5/12/2027')).toBe('2027-12-03…2027-12-05');
  });

  it('"per tutta la settimana": this week alone, after a start day the rest of that day\'s week', () => {
    expect(range('chi resta in ferie per tutta la settimana?')).toBe('2026-11-23…2026-11-29');
    const starts: [string, string][] = [['da lunedì prossimo', '2026-11-30…2026-12-06'], ['da mercoledì', '2026-11-25…2026-11-29'], ['dal 3 dicembre', '2026-12-03…2026-12-06'], ['da domani', '2026-11-24…2026-11-29']];
    expect(starts.map(([s]) => `${s}: ${range(`${s} per tutta la settimana sono in congedo`)}`)).toEqual(starts.map(([s, want]) => `${s}: ${want}`));
    expect(range('formazione per tutta la settimana prossima')).toBe('2026-11-30…2026-12-06');
  });

  it.each(['buonasera', 'buongiorno', 'ciao', 'salve'])('"%s, domani e dopodomani": both days, the greeting takes none', (greeting) => {
    expect(range(`${greeting}, domani e dopodomani resto a casa`)).toBe('2026-11-24…2026-11-25');
    expect(range(`${greeting} domani sono in ferie`)).toBe('2026-11-24…2026-11-24');
  });

  it.each(["le udienze del 10 e dell'11", 'ferie il 10 e l\'11', 'udienza del 10 e del 11', 'ferie dal 10 e al 11'])('two days of this month joined by "e" with their prepositions: %s', (text) => {
    expect(range(text)).toBe('2026-12-10…2026-12-11');
  });

  it.each([
    ['ferie la settimana prossima da lunedì a venerdì', '2026-11-30…2026-12-04'],
    ['la settimana prossima dal lunedì al mercoledì sono in ferie', '2026-11-30…2026-12-02'],
    ['ferie sett. pross. da lun. a ven.', '2026-11-30…2026-12-04'],
    ['questa settimana da mercoledì a venerdì sono in ferie', '2026-11-25…2026-11-27'],
    ['tra due settimane da martedì a giovedì sono in formazione', '2026-12-08…2026-12-10'],
  ])('a range of weekdays inside a week named apart: %s', (text, want) => {
    expect(range(text)).toBe(want);
  });
});

describe('a service in the clause of the request is the one asked, one told in another clause its context', () => {
  it.each([
    ['pom. ho ud., chi mi copre la rep.?', 'swap reperibilita'],
    ['ho udienza sabato, chi mi copre la repe?', 'swap reperibilita'],
    ['devo fare udienza, chi è di turno per le convalide?', 'on_duty arrestati'],
    ["ho l'udienza fiume, chi fa la repe stasera?", 'on_duty reperibilita'],
    ['ho la repe sabato, mi sostituisci?', 'swap reperibilita'],
    ['la repe di sabato, me la copri? ho udienza', 'swap reperibilita'],
  ])('%s', (text, want) => {
    const u = understand(text, { today });
    expect(`${u.intent} ${u.service}`).toBe(want);
  });
});
