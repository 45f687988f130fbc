import { describe, expect, it } from 'vitest';
import { easterSunday } from '../../src/conversation/understanding/dates/holiday-names.ts';
import { parseDates } from '../../src/conversation/understanding/dates/parse-dates.ts';
import { normalizeText } from '../../src/conversation/understanding/normalize-text.ts';

const MONDAY = '2026-11-23';
const WEDNESDAY = '2026-11-25';
const FRIDAY = '2026-11-27';
const SUNDAY = '2026-11-29';
const LATE_DECEMBER = '2026-12-28'; // a Monday
const AUGUST = '2027-08-10'; // a Tuesday

/** [text, today, from, to]; from = to = null when no date is meant. */
const table: [string, string, string | null, string | null][] = [
  // weeks
  ['questa settimana', MONDAY, '2026-11-23', '2026-11-29'],
  ['questa settimana', SUNDAY, '2026-11-29', '2026-11-29'],
  ['la settimana prossima', MONDAY, '2026-11-30', '2026-12-06'],
  ['settimana prossima', WEDNESDAY, '2026-11-30', '2026-12-06'],
  ['la prossima settimana', SUNDAY, '2026-11-30', '2026-12-06'],
  ['la settimana prossima', LATE_DECEMBER, '2027-01-04', '2027-01-10'],
  ['la settimana scorsa', WEDNESDAY, '2026-11-16', '2026-11-22'],
  // weekends
  ['questo weekend', MONDAY, '2026-11-28', '2026-11-29'],
  ['questo fine settimana', FRIDAY, '2026-11-28', '2026-11-29'],
  ['questo weekend', SUNDAY, '2026-11-29', '2026-11-29'],
  ['il prossimo weekend', WEDNESDAY, '2026-11-28', '2026-11-29'],
  ['il weekend prossimo', SUNDAY, '2026-12-05', '2026-12-06'],
  // months
  ['a dicembre', MONDAY, '2026-12-01', '2026-12-31'],
  ['di dicembre', MONDAY, '2026-12-01', '2026-12-31'],
  ['a dicembre', LATE_DECEMBER, '2026-12-01', '2026-12-31'],
  ['a novembre', LATE_DECEMBER, '2027-11-01', '2027-11-30'],
  ['a luglio', AUGUST, '2028-07-01', '2028-07-31'],
  ['dicembre 2027', MONDAY, '2027-12-01', '2027-12-31'],
  ['il mese prossimo', MONDAY, '2026-12-01', '2026-12-31'],
  ['prossimo mese', LATE_DECEMBER, '2027-01-01', '2027-01-31'],
  ['questo mese', MONDAY, '2026-11-23', '2026-11-30'],
  ['fine dicembre', MONDAY, '2026-12-21', '2026-12-31'],
  ['inizio gennaio', LATE_DECEMBER, '2027-01-01', '2027-01-10'],
  // ranges of days
  ['dal 3 al 7 marzo', MONDAY, '2027-03-03', '2027-03-07'],
  ['dal 3 al 7 marzo', '2027-03-05', '2027-03-03', '2027-03-07'],
  ['dal 3 al 7 marzo', '2027-03-08', '2028-03-03', '2028-03-07'],
  ['ferie 28-31 dicembre', MONDAY, '2026-12-28', '2026-12-31'],
  ['28-31 dicembre', LATE_DECEMBER, '2026-12-28', '2026-12-31'],
  ['dal 3 al 7/3', MONDAY, '2027-03-03', '2027-03-07'],
  ['3-7/3', MONDAY, '2027-03-03', '2027-03-07'],
  ['dal 3/3 al 7/3', MONDAY, '2027-03-03', '2027-03-07'],
  ["dall'8 al 12 dicembre", MONDAY, '2026-12-08', '2026-12-12'],
  ["dal 9 all'11 dicembre", MONDAY, '2026-12-09', '2026-12-11'],
  ['dal 28 dicembre al 2 gennaio', MONDAY, '2026-12-28', '2027-01-02'],
  ['dal 2 al 6 gennaio', LATE_DECEMBER, '2027-01-02', '2027-01-06'],
  ['il 3 e il 4 dicembre', MONDAY, '2026-12-03', '2026-12-04'],
  ['dal 3 al 7', MONDAY, '2026-12-03', '2026-12-07'],
  ['dal 25 al 30', MONDAY, '2026-11-25', '2026-11-30'],
  ['da lunedi a venerdi', WEDNESDAY, '2026-11-30', '2026-12-04'],
  ['da domani a venerdì', MONDAY, '2026-11-24', '2026-11-27'],
  ['oggi e domani', MONDAY, '2026-11-23', '2026-11-24'],
  ['sabato e domenica', MONDAY, '2026-11-28', '2026-11-29'],
  ['per 3 giorni da lunedì prossimo', MONDAY, '2026-11-30', '2026-12-02'],
  ['per una settimana', MONDAY, '2026-11-23', '2026-11-29'],
  ['nei prossimi 10 giorni', MONDAY, '2026-11-23', '2026-12-02'],
  // until
  ['fino a venerdì', MONDAY, '2026-11-23', '2026-11-27'],
  ['fino a venerdi', SUNDAY, '2026-11-29', '2026-12-04'],
  ['entro il 15 gennaio', MONDAY, '2026-11-23', '2027-01-15'],
  ['fino al 15', MONDAY, '2026-11-23', '2026-12-15'],
  // holidays
  ['a Natale', MONDAY, '2026-12-25', '2026-12-25'],
  ['le ferie di natale', LATE_DECEMBER, '2027-12-25', '2027-12-25'],
  ['a capodanno', MONDAY, '2027-01-01', '2027-01-01'],
  ['a Ferragosto', AUGUST, '2027-08-15', '2027-08-15'],
  ['a ferragosto', MONDAY, '2027-08-15', '2027-08-15'],
  ['a Pasqua', MONDAY, '2027-03-28', '2027-03-28'],
  ['pasquetta', MONDAY, '2027-03-29', '2027-03-29'],
  ['santo stefano', MONDAY, '2026-12-26', '2026-12-26'],
  ["all'Immacolata", MONDAY, '2026-12-08', '2026-12-08'],
  ['ognissanti', MONDAY, '2027-11-01', '2027-11-01'],
  ["la vigilia", MONDAY, '2026-12-24', '2026-12-24'],
  ["l'epifania", LATE_DECEMBER, '2027-01-06', '2027-01-06'],
  ['il 1 maggio', MONDAY, '2027-05-01', '2027-05-01'],
  ['il primo maggio', MONDAY, '2027-05-01', '2027-05-01'],
  ['il 25 aprile', MONDAY, '2027-04-25', '2027-04-25'],
  // single days
  ['oggi', MONDAY, '2026-11-23', '2026-11-23'],
  ['stanotte', MONDAY, '2026-11-23', '2026-11-23'],
  ['domani', MONDAY, '2026-11-24', '2026-11-24'],
  ['domani', LATE_DECEMBER, '2026-12-29', '2026-12-29'],
  ['dopodomani', '2026-12-30', '2027-01-01', '2027-01-01'],
  ['x domani', MONDAY, '2026-11-24', '2026-11-24'],
  ['lunedì prossimo', MONDAY, '2026-11-30', '2026-11-30'],
  ['lunedi prossimo', WEDNESDAY, '2026-11-30', '2026-11-30'],
  ['sabato prossimo', WEDNESDAY, '2026-11-28', '2026-11-28'],
  ['lunedì', MONDAY, '2026-11-23', '2026-11-23'],
  ['sabato', MONDAY, '2026-11-28', '2026-11-28'],
  ['sabto', MONDAY, '2026-11-28', '2026-11-28'],
  ["venerdi'", SUNDAY, '2026-12-04', '2026-12-04'],
  ['domenica', SUNDAY, '2026-11-29', '2026-11-29'],
  ['giovedì scorso', MONDAY, '2026-11-19', '2026-11-19'],
  ['il 15', MONDAY, '2026-12-15', '2026-12-15'],
  ['il 30', MONDAY, '2026-11-30', '2026-11-30'],
  ['il 31', MONDAY, '2026-12-31', '2026-12-31'],
  ['il 5', LATE_DECEMBER, '2027-01-05', '2027-01-05'],
  ['domenica 29', MONDAY, '2026-11-29', '2026-11-29'],
  ['lunedì 30 novembre', MONDAY, '2026-11-30', '2026-11-30'],
  ['3/3', MONDAY, '2027-03-03', '2027-03-03'],
  ['15/12', MONDAY, '2026-12-15', '2026-12-15'],
  ['3 dicembre', LATE_DECEMBER, '2027-12-03', '2027-12-03'],
  ['il 5 dicembre 2027', MONDAY, '2027-12-05', '2027-12-05'],
  ['tra 3 giorni', MONDAY, '2026-11-26', '2026-11-26'],
  ['dal 22 dic al 2 gen', MONDAY, '2026-12-22', '2027-01-02'],
  ['27/12-3/1', MONDAY, '2026-12-27', '2027-01-03'],
  ['domattina', LATE_DECEMBER, '2026-12-29', '2026-12-29'],
  ['la settimana di natale', MONDAY, '2026-12-21', '2026-12-27'],
  ['i reperibili della settimana', WEDNESDAY, '2026-11-25', '2026-11-29'],
  ['un giorno di permesso il 4', MONDAY, '2026-12-04', '2026-12-04'],
  ["il ponte dell'Immacolata", MONDAY, '2026-12-07', '2026-12-08'],
  ['il ponte del 25 aprile', MONDAY, '2027-04-25', '2027-04-25'],
  ['nel 2027', MONDAY, '2027-01-01', '2027-12-31'],
  ["quest'anno", MONDAY, '2026-11-23', '2026-12-31'],
  ["l'anno prossimo", MONDAY, '2027-01-01', '2027-12-31'],
  ['malata da ieri', MONDAY, '2026-11-22', '2026-11-23'],
  ['da oggi', MONDAY, '2026-11-23', '2026-11-23'],
  // added with the blind set: weeks ahead, parts of this month, weekends of a day, ranges into the month before, spoken numbers
  ['fra due settimane', MONDAY, '2026-12-07', '2026-12-13'],
  ['tra una settimana', WEDNESDAY, '2026-11-30', '2026-12-06'],
  ['a fine mese', MONDAY, '2026-11-23', '2026-11-30'],
  ['a fine mese', AUGUST, '2027-08-21', '2027-08-31'],
  ['a inizio mese', MONDAY, '2026-12-01', '2026-12-10'],
  ['il weekend del 5 dicembre', MONDAY, '2026-12-05', '2026-12-06'],
  ['il fine settimana del 12', MONDAY, '2026-12-12', '2026-12-13'],
  ['dal 28 al 2 gennaio', MONDAY, '2026-12-28', '2027-01-02'],
  ['il 31 dicembre o il 1 gennaio', MONDAY, '2026-12-31', '2027-01-01'],
  ['il 24 o il 26 dicembre', MONDAY, '2026-12-24', '2026-12-26'],
  ['dal due al quattro dicembre', MONDAY, '2026-12-02', '2026-12-04'],
  ['il ventiquattro dicembre', MONDAY, '2026-12-24', '2026-12-24'],
  ["il 1° dicembre", MONDAY, '2026-12-01', '2026-12-01'],
  ['3 dic', MONDAY, '2026-12-03', '2026-12-03'],
  ['dell immacolata', MONDAY, '2026-12-08', '2026-12-08'],
  ['giovedi della settimana prossima', MONDAY, '2026-12-03', '2026-12-03'],
  ['venerdi di questa settimana', WEDNESDAY, '2026-11-27', '2026-11-27'],
  ['la settimana dopo la prossima', FRIDAY, '2026-12-07', '2026-12-13'],
  ['a santo stefano o a capodanno', MONDAY, '2026-12-26', '2027-01-01'],
  ['le udienze del 2027', MONDAY, '2027-01-01', '2027-12-31'],
  ['dicembre del 2027', MONDAY, '2027-12-01', '2027-12-31'],
  ['ferie 24, 25 e 26 dicembre', MONDAY, '2026-12-24', '2026-12-26'],
  ['il lunedi dopo natale', MONDAY, '2026-12-28', '2026-12-28'],
  ['il venerdi prima di pasqua', MONDAY, '2027-03-26', '2027-03-26'],
  ['entro fine anno', MONDAY, '2026-11-23', '2026-12-31'],
  ['a fine anno', MONDAY, '2026-12-21', '2026-12-31'],
  ['nella settimana dal 7 al 13 dicembre', MONDAY, '2026-12-07', '2026-12-13'],
  ['la settimana del 7 dicembre', MONDAY, '2026-12-07', '2026-12-13'],
  ['il fine settimana del 5 dicembre', MONDAY, '2026-12-05', '2026-12-06'],
  ['il 26 e 27', '2026-12-18', '2026-12-26', '2026-12-27'],
  ['la prox settimana', MONDAY, '2026-11-30', '2026-12-06'],
  ['sono malato da lunedi', WEDNESDAY, '2026-11-23', '2026-11-25'],
  ['sono malato da oggi', WEDNESDAY, '2026-11-25', '2026-11-25'],
  ['sarò in malattia da lunedi', WEDNESDAY, '2026-11-30', '2026-11-30'],
  ['venerdì 25', MONDAY, '2026-12-25', '2026-12-25'],
  ['mercoledì 25', MONDAY, '2026-11-25', '2026-11-25'],
  ['il ponte del 8 dicembre', MONDAY, '2026-12-07', '2026-12-08'],
  ['dal giorno 3 al giorno 5 dicembre', MONDAY, '2026-12-03', '2026-12-05'],
  ['da giovedi 3 a domenica 6 dicembre', MONDAY, '2026-12-03', '2026-12-06'],
  ['3 giorni di ferie a partire dal 9 dicembre', MONDAY, '2026-12-09', '2026-12-11'],
  ['malattia per 5 gg', MONDAY, '2026-11-23', '2026-11-27'],
  ['a che ora inizia il turno di domani', MONDAY, '2026-11-24', '2026-11-24'],
  ['i turni del mese', MONDAY, '2026-11-23', '2026-11-30'],
  ["a gennaio dal 4 all'8", LATE_DECEMBER, '2027-01-04', '2027-01-08'],
  ['a febbraio il 10', MONDAY, '2027-02-10', '2027-02-10'],
  ['il primo weekend di dicembre', MONDAY, '2026-12-05', '2026-12-06'],
  ["l'ultimo venerdi di gennaio", MONDAY, '2027-01-29', '2027-01-29'],
  ['il secondo lunedi di dicembre', MONDAY, '2026-12-14', '2026-12-14'],
  ['la vigilia di capodanno', MONDAY, '2026-12-31', '2026-12-31'],
  ['dal lunedi al venerdi della settimana prossima', MONDAY, '2026-11-30', '2026-12-04'],
  ['fino a lunedi', MONDAY, '2026-11-23', '2026-11-30'],
  ['gio', MONDAY, '2026-11-26', '2026-11-26'],
  // a month named apart from its days; "sett" by its neighbours; "febb"
  ['agosto tutto in ferie dal 2 al 31', '2027-07-30', '2027-08-02', '2027-08-31'],
  ['a dicembre sono in ferie dal 28 al 2', MONDAY, '2026-12-28', '2027-01-02'],
  ['ferie 22-26 febb', MONDAY, '2027-02-22', '2027-02-26'],
  ['udienze sett prox', MONDAY, '2026-11-30', '2026-12-06'],
  ['questa sett', WEDNESDAY, '2026-11-25', '2026-11-29'],
  ['il 5 sett', MONDAY, '2027-09-05', '2027-09-05'],
  // the day one is back ends the range the day before; "+" is "e"
  ['dal 2 gennaio riprendo fino ad allora sono in ferie', '2027-12-27', '2027-12-27', '2028-01-01'],
  ['sono malato rientro lunedi', MONDAY, '2026-11-23', '2026-11-29'],
  ['quando torno dalle ferie ho udienza il 9', MONDAY, '2026-12-09', '2026-12-09'],
  ['la settimana prossima posso cedere la mia udienza di mercoledi', MONDAY, '2026-12-02', '2026-12-02'],
  ['questa settimana venerdi ho udienza', MONDAY, '2026-11-27', '2026-11-27'],
  ["quest' anno all' immacolata niente ferie", '2027-11-17', '2027-12-08', '2027-12-08'],
  ['meta agosto sono via dal 10 al 20', '2027-08-02', '2027-08-10', '2027-08-20'],
  ['il mese prossimo ho udienza il 3', '2026-11-02', '2026-12-03', '2026-12-03'],
  ['questo mese dal 25 sono in ferie', MONDAY, '2026-11-25', '2026-11-30'],
  ['sono in ferie questa settimana e lunedi prossimo', WEDNESDAY, '2026-11-25', '2026-11-30'],
  ['pasqua la passo al mare ferie dal 26 al 29', '2027-03-03', '2027-03-26', '2027-03-29'],
  ['a natale ferie dal 24 al 26', MONDAY, '2026-12-24', '2026-12-26'],
  // a week named, then restated by its explicit days: the days win; joined by "e" they are two periods
  ['ferie la seconda settimana di febbraio, dall 8 al 12', '2026-12-14', '2027-02-08', '2027-02-12'],
  ['congedo la settimana prossima, dal 1 al 4 dicembre', MONDAY, '2026-12-01', '2026-12-04'],
  ['malattia la prima settimana di gennaio e dal 20 al 24', '2026-12-14', '2027-01-01', '2027-01-07'],
  ['annulla permesso 27', MONDAY, '2026-11-27', '2026-11-27'],
  ['malattia 3 giorni da oggi', MONDAY, '2026-11-23', '2026-11-25'],
  // corrections and the noun "ora"
  ["la bozza di febbraio, no scusa, di marzo, febbraio è già fatto", LATE_DECEMBER, '2027-03-01', '2027-03-31'],
  ['la repe da scambiare non è martedì, è mercoledì', MONDAY, '2026-11-25', '2026-11-25'],
  ['ferie il 3 dicembre, anzi il 4', MONDAY, '2026-12-04', '2026-12-04'],
  ["scusa l'ora, ma domattina chi c'è", MONDAY, '2026-11-24', '2026-11-24'],
  ['chi è di turno adesso', MONDAY, '2026-11-23', '2026-11-23'],
  ['le ferie della settimana bianca, dal 15 al 17', '2027-02-10', '2027-02-15', '2027-02-17'],
  ['lun e mar prossimi sono a un convegno', '2027-05-28', '2027-05-31', '2027-06-01'],
  ['la settimana prossima, lunedì e martedì, non ci sarò', MONDAY, '2026-11-30', '2026-12-01'],
  ['da qui a venerdì sono di turno?', MONDAY, '2026-11-23', '2026-11-27'],
  ['martedì primo dicembre, non mercoledì', MONDAY, '2026-12-01', '2026-12-01'],
  ['ferie 3 marzo', MONDAY, '2027-03-03', '2027-03-03'],
  ['ferie il 28, il 29 e il 30', MONDAY, '2026-11-28', '2026-11-30'],
  ['lunedì, martedì e mercoledì sono a Roma', WEDNESDAY, '2026-11-30', '2026-12-02'],
  ['la prima settimana di gennaio', MONDAY, '2027-01-01', '2027-01-07'],
  ["l'ultima settimana di dicembre", MONDAY, '2026-12-25', '2026-12-31'],
  ['annullate la malattia di domani: sto meglio e rientro regolarmente', MONDAY, '2026-11-24', '2026-11-24'],
  ['sono a letto con la bronchite da lunedì, il medico dice almeno fino a venerdì', '2027-02-10', '2027-02-08', '2027-02-12'],
  ['ferie 2-3-4 gennaio', MONDAY, '2027-01-02', '2027-01-04'],
  ['dal 3 marzo fino a fine mese', MONDAY, '2027-03-03', '2027-03-31'],
  ['lun 2 e mar 3 agosto', '2027-07-30', '2027-08-02', '2027-08-03'],
  ['giovedì e venerdì della prossima settimana', MONDAY, '2026-12-03', '2026-12-04'],
  ['i primi di dicembre', MONDAY, '2026-12-01', '2026-12-10'],
  ['gli ultimi giorni di gennaio', MONDAY, '2027-01-21', '2027-01-31'],
  ['mal di gola da ieri, non vengo oggi e domani', MONDAY, '2026-11-23', '2026-11-24'],
  ['mi laureo il 3 marzo, ferie dal 2 al 4 marzo', MONDAY, '2027-03-02', '2027-03-04'],
  ['per la richiesta giada di stamattina serve ancora la data', MONDAY, null, null],
  // an end before a period starts is a deadline; a day "fino al" in a month named apart ends it
  ['genera il calendario di gennaio entro il 20 dicembre', MONDAY, '2027-01-01', '2027-01-31'],
  ['pubblica i turni di febbraio, che li vogliono entro venerdì', MONDAY, '2027-02-01', '2027-02-28'],
  ['ferie a dicembre fino al 10', MONDAY, '2026-12-01', '2026-12-10'],
  ['questo mese fino al 28 sono in ferie', MONDAY, '2026-11-23', '2026-11-28'],
  ['da lunedì fino a venerdì', WEDNESDAY, '2026-11-30', '2026-12-04'],
  // a range closed by its own "al", all in the past, stays as written; a bare past start runs to today
  ['ferie dal 2 al 5 novembre 2026', MONDAY, '2026-11-02', '2026-11-05'],
  ['ferie dal 16/11/2026 al 20/11/2026', MONDAY, '2026-11-16', '2026-11-20'],
  ['turni dal 2 al 5 ottobre 2026', MONDAY, '2026-10-02', '2026-10-05'],
  ['malattia dal 20 novembre 2026', MONDAY, '2026-11-20', '2026-11-23'],
  // no date
  ["a che ora c'è l'udienza", MONDAY, null, null],
  ['alle 10.30', MONDAY, null, null],
  ['sei in ufficio', MONDAY, null, null],
  ['chi è reperibile', MONDAY, null, null],
  ['ho 2 udienze', MONDAY, null, null],
  ['alle 10', MONDAY, null, null],
];

describe('parseDates', () => {
  it.each(table)('%s (today %s) -> %s … %s', (text, today, from, to) => {
    const reading = parseDates(normalizeText(text).text, today);
    expect(reading ? [reading.from, reading.to] : [null, null]).toEqual([from, to]);
  });

  it('keeps the words that carried the dates', () => {
    expect(parseDates(normalizeText('ferie dal 28 dicembre al 2 gennaio').text, MONDAY)?.evidence).toEqual(['28 dicembre al 2 gennaio']);
    expect(parseDates(normalizeText('da lunedì a venerdì').text, MONDAY)?.evidence).toEqual(['lunedi', 'venerdi']);
  });

  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])('reads relative days the same when the machine runs in %s', (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(parseDates('domani', MONDAY)).toMatchObject({ from: '2026-11-24', to: '2026-11-24' });
      expect(parseDates('tra 3 giorni', LATE_DECEMBER)).toMatchObject({ from: '2026-12-31', to: '2026-12-31' });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it.each([[2024, '2024-03-31'], [2026, '2026-04-05'], [2027, '2027-03-28'], [2038, '2038-04-25']])('Easter %i is %s', (year, day) => {
    expect(easterSunday(year)).toBe(day);
  });
});
