import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/conversation/understanding/normalize-text.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The date and dictation kinds of the misses of blind102-105 at first sight, each said in wordings other
 * than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });
const range = (text: string, on = today) => {
  const u = read(text, on);
  return [u.from, u.to];
};

describe('a day and its month with a dash ("il 2-1", "il 3-12") is one day, as "3/12"', () => {
  it.each([
    ['chi è di turno il 5-12?', '2026-12-05', '2026-12-05'],
    ['venerdì 4-12 ho udienza?', '2026-12-04', '2026-12-04'],
    ["l'8-12 sono reperibile?", '2026-12-08', '2026-12-08'],
    ['ferie dal 3-12 al 7-12', '2026-12-03', '2026-12-07'],
    ['ferie 5-1', '2027-01-05', '2027-01-05'],
    ['il 2-1 chi ha gli arrestati?', '2027-01-02', '2027-01-02'],
    ['x 2-1 chi è di turno?', '2027-01-02', '2027-01-02'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it.each([
    // A month over 12, or after a word of terse ranges when it can be one, it stays a range of days.
    ['ferie del 25-27', '2026-11-25', '2026-11-27'],
    // November has no 31st: the first month with both days.
    ['ferie del 27-31', '2026-12-27', '2026-12-31'],
    ['malattia del 3-4', '2026-12-03', '2026-12-04'],
    ['ferie 28-2', '2026-11-28', '2026-12-02'],
    ['ferie 3-7 dicembre', '2026-12-03', '2026-12-07'],
  ])('%s stays a range', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });
});

describe('dictation writes "o" for "ho" and "a" for "ha" where only the verb can stand', () => {
  it.each([
    ['cosa o da fare domani?', 'duties', '2026-11-24'],
    ['non o turni sabato vero?', 'duties', '2026-11-28'],
    ['che turni o la settimana prossima', 'duties', '2026-11-30'],
    ['chi a la repe domani?', 'on_duty', '2026-11-24'],
    ['che o sabato?', 'duties', '2026-11-28'],
    ['cosa o a dicembre', 'duties', '2026-12-01'],
    ['o la repe sabato?', 'duties', '2026-11-28'],
    ['non o turni o udienze domani?', 'duties', '2026-11-24'],
  ])('%s', (text, intent, from) => {
    const u = read(text);
    expect([u.intent, u.from]).toEqual([intent, from]);
  });

  it.each([
    ['sabato o domenica chi è di turno?', '2026-11-28', '2026-11-28'], // one or the other: Sunday in `periods` (session 11)
    ['chi a natale è di turno?', '2026-12-25', '2026-12-25'],
    ['o il 3 o il 4 chi fa la repe?', '2026-12-03', '2026-12-03'], // and the 4th in `periods`
  ])('the conjunction and the preposition stay: %s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });
});

describe('dictation splits words that are one: "capo d\'anno", a day number "venti cinque"', () => {
  it.each([
    ["chi è reperibile a capo d'anno?", '2027-01-01', '2027-01-01'],
    ['il giorno di capo danno sono di turno?', '2027-01-01', '2027-01-01'],
    ['ferie dal venti otto al trenta uno dicembre', '2026-12-28', '2026-12-31'],
    ['il venti sei dicembre ho la repe?', '2026-12-26', '2026-12-26'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it('"venti" before no unit stays twenty', () => {
    expect(range('il venti dicembre ho la repe?')).toEqual(['2026-12-20', '2026-12-20']);
  });
});

describe('a saint\'s title cut short ("s. stefano", "S. Silvestro") names the holiday; two holidays joined span both when next to one another, else the first is from/to and each is a period (session 10)', () => {
  it.each([
    ['ferie a natale e S. Stefano', '2026-12-25', '2026-12-26'],
    ['chi fa la repe a s. silvestro?', '2026-12-31', '2026-12-31'],
    ['S.Stefano ho la repe?', '2026-12-26', '2026-12-26'],
    ['chi è di turno a s. ambrogio?', '2026-12-07', '2026-12-07'],
    ['sono di turno a s. stefano e capodanno?', '2026-12-26', '2026-12-26'],
    // Listed with commas: Christmas and St Stephen's one period, New Year's Day another.
    ['natale, s. stefano e capodanno sono di turno?', '2026-12-25', '2026-12-26'],
    ['a natale, a santo stefano e a capodanno chi è reperibile?', '2026-12-25', '2026-12-26'],
    ['ferie a natale e alla befana', '2026-12-25', '2026-12-25'],
    // Dictated apart.
    ['chi è reperibile a ogni santi?', '2027-11-01', '2027-11-01'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });
});

describe('two months joined by a dash, or by "da … ad …", run from the first to the end of the second', () => {
  it.each([
    ['genera il provvisorio gennaio-febbraio', '2027-01-01', '2027-02-28'],
    ['ferie luglio - agosto', '2027-07-01', '2027-08-31'],
    ['pubblica gen–apr', '2027-01-01', '2027-04-30'],
    ['ferie da luglio ad agosto', '2027-07-01', '2027-08-31'],
    // Listed with a slash, a space or commas.
    ['genera aprile/maggio', '2027-04-01', '2027-05-31'],
    ['il calendario di aprile maggio è pronto?', '2027-04-01', '2027-05-31'],
    ['i miei turni di aprile, maggio e giugno', '2027-04-01', '2027-06-30'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it.each([
    ['genera gen-mar', '2027-01-01', '2027-03-31'],
    ['ferie il 3 mar', '2027-03-03', '2027-03-03'],
  ])('"mar" near a month or after a day is March: %s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it('"mar" near a weekday is still Tuesday', () => {
    expect(range('ferie lun e mar')).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('two weekdays with a dash are still a range of days', () => {
    expect(range('ferie lun-mer')).toEqual(['2026-11-23', '2026-11-25']);
  });
});

describe('an illness told from its onset, then staying home until a day: today to that day', () => {
  it.each([
    ['Sono bloccata con la schiena da ieri, credo di restare a casa fino a mercoledì', '2026-11-25'],
    ['febbre da ieri sera, resto a casa fino a giovedì', '2026-11-26'],
    ['mal di gola da sabato, devo stare a casa fino a venerdì', '2026-11-27'],
  ])('%s', (text, to) => {
    const u = read(text);
    expect([u.intent, u.absenceType, u.from, u.to]).toEqual(['absence_declare', 'malattia', today, to]);
  });

  it('without staying home the illness still runs from its start', () => {
    expect(range('sono malata da sabato fino a mercoledì')).toEqual(['2026-11-21', '2026-11-25']);
  });
});

describe('a year written once after the last of two months joined is the first one\'s too', () => {
  it.each([
    ['ferie da gennaio a marzo 2028', '2028-01-01', '2028-03-31'],
    ['genera gennaio-febbraio 2028', '2028-01-01', '2028-02-29'],
    ['da novembre a febbraio 2028 genera il calendario', '2027-11-01', '2028-02-29'],
    ['genera gennaio 2027 e febbraio 2028', '2027-01-01', '2027-01-31'], // and February 2028 in `periods`
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });
});

describe('the day something was asked or sent is no date of the request beside another date', () => {
  it.each([
    ["l'ho chiesto ieri, le ferie del 3 dicembre", '2026-12-03'],
    ['lo o chiesto ieri, le ferie del 3 dicembre', '2026-12-03'],
    ['ti ho mandato ieri la richiesta di ferie per il 5 dicembre', '2026-12-05'],
  ])('%s', (text, day) => {
    expect(range(text)).toEqual([day, day]);
  });
});

describe('days and months with dashes read together across New Year, and a weekday after "e"', () => {
  const lateDecember = '2026-12-29';
  it.each([
    ['ferie dal 28-12 al 3-1', '2026-12-28', '2027-01-03'],
    ['ferie dal 3-1 al 6-1', '2027-01-03', '2027-01-06'],
    ['gio 7/1 e ven 8/1 ferie', '2027-01-07', '2027-01-08'],
    ['gio 7-1 e ven 8-1 ferie', '2027-01-07', '2027-01-08'],
    ["ferie dall'1 al 3-1", '2027-01-01', '2027-01-03'],
    ['ferie dal 28 al 3-1', '2026-12-28', '2027-01-03'],
    ['il 2 e 3-1 chi è di turno?', '2027-01-02', '2027-01-03'],
  ])('%s', (text, from, to) => {
    expect(range(text, lateDecember)).toEqual([from, to]);
  });
});

describe('a bare day after a dated day and "e" / "o" follows on from it (a period of its own when not next to it); "il sei" is the sixth', () => {
  it.each([
    ['il primo gennaio o il due chi è reperibile?', '2027-01-01', '2027-01-01'], // one or the other: the 2nd in `periods`
    ['il 31 dicembre e il 2 chi è di turno?', '2026-12-31', '2026-12-31'], // and 2 January in `periods`
    ['ferie il 3 marzo e il 4', '2027-03-03', '2027-03-04'],
    ['sono di turno il sei?', '2026-12-06', '2026-12-06'],
    ['dal sei al dieci dicembre ferie', '2026-12-06', '2026-12-10'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });
});

describe('"ce" before someone or something is "c\'è" with its accent and apostrophe dropped; the clitic stays', () => {
  it.each([
    ['ce qualcuno di turno domani?', 'on_duty'],
    ['non ce nessuno di turno sabato?', 'coverage_status'],
    ["ce l'ho io la repe sabato?", 'duties'],
  ])('%s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('staying home after an onset counts from today, for a week or a couple of days too', () => {
  it.each([
    ['da ieri sera ho la febbre alta, resto a casa tutta la settimana', '2026-11-23', '2026-11-29'],
    ['mal di schiena da ieri, penso di rimanere a casa un paio di giorni', '2026-11-23', '2026-11-24'],
    ['febbre da ieri, resto a casa 3 giorni', '2026-11-23', '2026-11-25'],
    // A start day to come and the whole week stay that day's week; a couple of weeks is fourteen days.
    ['da lunedì prossimo per tutta la settimana ferie', '2026-11-30', '2026-12-06'],
    ['resto a casa un paio di giorni', '2026-11-23', '2026-11-24'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });
});

describe('numeric days listed span from the first to the last', () => {
  it.each([
    ['ferie 3/12, 4/12 e 5/12', '2026-12-03', '2026-12-05'],
    ['ferie 3 e 4/12', '2026-12-03', '2026-12-04'],
    ['chi è di turno il 2-1, il 3-1 e il 4-1?', '2027-01-02', '2027-01-04'],
    ['ferie 3-7/12', '2026-12-03', '2026-12-07'],
    ['ferie 24/25/26 dic', '2026-12-24', '2026-12-26'],
    // After an absence word another "4-12" listed makes "3-12" a day of December, not days 3 to 12.
    ['ferie 3-12, 4-12 e 5-12', '2026-12-03', '2026-12-05'],
    ['ferie 3-12 e 4-12', '2026-12-03', '2026-12-04'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });
});

describe('not coming told with a verb of intent and an infinitive declares the absence', () => {
  it.each([
    ['penso di non venire domani', '2026-11-24', '2026-11-24'],
    ['credo di non esserci mercoledì', '2026-11-25', '2026-11-25'],
    ['il medico mi ha detto di stare a casa fino a venerdì', '2026-11-23', '2026-11-27'],
  ])('%s', (text, from, to) => {
    const u = read(text);
    expect([u.intent, u.from, u.to]).toEqual(['absence_declare', from, to]);
  });
});

describe('"a" before a participle after a pronoun, "chi" or "non" is "ha"; the preposition stays', () => {
  it.each([
    ['chi a preso la repe sabato?', 'chi ha preso la repe sabato'],
    ['il procuratore non a ancora pubblicato dicembre', 'il procuratore non ha ancora pubblicato dicembre'],
    ['mi a detto che sabato sono di turno', 'mi ha detto che sabato sono di turno'],
    ['chi va a fare le direttissime', 'chi va a fare le direttissime'],
    ['vado a mercato sabato', 'vado a mercato sabato'],
  ])('%s', (text, normalized) => {
    expect(normalizeText(text).text).toBe(normalized);
  });

  it('who took the duty asks who is on duty', () => {
    expect(read('chi a preso la repe sabato?').intent).toBe('on_duty');
  });
});
