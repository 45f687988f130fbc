import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/conversation/understanding/normalize-text.ts';
import { isTitleCase } from '../../src/conversation/understanding/title-case.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind78-81 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('a message in Title Case is read as if its capitals were absent, but where a cue names a colleague', () => {
  it.each([
    ['Vorrei Sapere Se Sono Di Reperibilità Il Prossimo Sabato.', 'duties'],
    ['Chiedo Di Annullare Le Ferie Del 9 p.v. Grazie.', 'absence_cancel'],
    ['Ho Udienza Nella Giornata Di Domani?', 'duties'],
    ['Annullo La Richiesta Di Permesso Per Venerdì.', 'absence_cancel'],
    ['Comunico Che Sarò In Ferie Dal 10 Al 14 Del Mese Prossimo.', 'absence_declare'],
    ['SONO DI TURNO DOMANI?', 'duties'],
  ])('%s: no colleague', (text, intent) => {
    const u = read(text);
    expect([u.intent, u.magistrate]).toEqual([intent, null]);
  });

  it.each([
    ['Il Collega Rossi È Di Turno Domani?', 'duties', 'rossi'],
    ['Chiedo Al Dott. Bianchi Di Scambiare La Reperibilità Di Sabato.', 'swap', 'bianchi'],
    ['Scambio Il Turno Di Domenica Con Ferraro.', 'swap', 'ferraro'],
    ['Quali Sono I Turni Del Collega De Luca Nel Mese Di Dicembre?', 'duties', 'de luca'],
    ['Propongo Alla Collega Palermo Di Scambiare Il Turno Di Sabato.', 'swap', 'palermo'],
    ['Rossi È In Ferie La Prossima Settimana?', 'absence_declare', 'rossi'],
  ])('%s: the colleague named by a cue', (text, intent, magistrate) => {
    const u = read(text);
    expect([u.intent, u.magistrate]).toEqual([intent, magistrate]);
  });

  it.each([
    ['il Del Bene è reperibile a Natale?', 'del bene'],
    ['Chiedo il cambio del turno di sabato con Di Stefano', 'di stefano'],
    ['ciao Marco, la De Santis è reperibile sabato?', 'de santis'],
    ['i turni di Bianchi a dicembre?', 'bianchi'],
  ])('sentence case keeps its capitals: %s', (text, magistrate) => {
    expect(read(text).magistrate).toBe(magistrate);
  });
});

describe('what is Title Case', () => {
  it.each([
    ['Sono Di Reperibilità Il Prossimo Sabato?', true],
    ['Buongiorno. Vorrei Sapere Le Mie Udienze Di Dicembre.', true],
    ['SONO DI TURNO DOMANI?', true],
    ['Ciao, Rossi e Bianchi a Natale a Roma?', false],
    ['il Del Bene è reperibile a Natale?', false],
    ['Scambio con Di Stefano il Turno?', false],
    ['sono di turno domani?', false],
    ['Rossi è di turno domani?', false],
  ])('%s: %s', (text, expected) => {
    expect(isTitleCase(normalizeText(text))).toBe(expected);
  });
});

describe('a numbered list marker before a date is no day', () => {
  it.each([
    ['chiedo ferie: 1) dal 15 al 19 febbraio', 'absence_declare', '2027-02-15', '2027-02-19'],
    ['1) ferie dal 3 al 5 marzo', 'absence_declare', '2027-03-03', '2027-03-05'],
    ['Domanda di congedo:\n1. dal 8 al 10 marzo', 'absence_declare', '2027-03-08', '2027-03-10'],
  ])('%s', (text, intent, from, to) => {
    const u = read(text, '2027-01-11');
    expect([u.intent, u.from, u.to]).toEqual([intent, from, to]);
  });

  it.each([
    ['ferie: 3. grazie', '2027-02-03'],
    ['malattia dal 12 (3 giorni)', '2027-01-12'],
  ])('a day that ends a clause stays a day: %s', (text, from) => {
    expect(read(text, '2027-01-11').from).toBe(from);
  });
});

describe('"in corso" (ongoing) is no course: asking who is absent keeps the type named', () => {
  it.each([
    ['chi è in ferie nel mese in corso?', 'absent_today', 'ferie'],
    ['Chi È In Congedo Nel Mese In Corso?', 'absent_today', 'congedo'],
    ['chi è assente per malattia nella settimana in corso?', 'absent_today', 'malattia'],
    ['sono in malattia nel corso della settimana', 'absence_declare', 'malattia'],
    ['sono a un corso la settimana prossima', 'absence_declare', 'formazione'],
  ])('%s', (text, intent, absenceType) => {
    const u = read(text);
    expect([u.intent, u.absenceType]).toEqual([intent, absenceType]);
  });

  it('a request about duties in the month under way is no absence', () => {
    const u = read('turni del collega Bianchi nel mese in corso');
    expect([u.intent, u.from, u.to, u.magistrate]).toEqual(['duties', '2026-11-23', '2026-11-30', 'bianchi']);
  });
});

describe('reasons of health and "non sarò presente" declare a sickness', () => {
  it.each([
    ['per motivi di salute non sarò presente domani', '2026-11-24', '2026-11-24', 'malattia'],
    ['per ragioni di salute domani non ci sono', '2026-11-24', '2026-11-24', 'malattia'],
    ['Per Ragioni Di Salute Non Sarò Presente Fino A Mercoledì.', '2026-11-23', '2026-11-25', 'malattia'],
    ['giovedì non sarò presente per motivi di famiglia', '2026-11-26', '2026-11-26', 'altro'],
  ])('%s', (text, from, to, absenceType) => {
    const u = read(text);
    expect([u.intent, u.from, u.to, u.absenceType]).toEqual(['absence_declare', from, to, absenceType]);
  });

  it('not being at a meeting is no absence from the office', () => {
    expect(read('non sarò presente alla riunione di domani').intent).toBe('unknown');
  });
});

describe('a greeting with small talk told, not asked, is a courtesy', () => {
  it.each(['buongiorno a tutti, settimana pesante questa', 'ciao ragazzi, che freddo oggi', 'buonasera colleghi, giornata infinita oggi'])('%s', (text) => {
    expect(read(text).intent).toBe('help');
  });

  it.each([
    ['ciao, hai visto la partita ieri?', 'unknown'],
    ['buongiorno, oggi si mangia in mensa?', 'unknown'],
    ['ciao, domani sono in ferie', 'absence_declare'],
    ['buongiorno, sabato ho la repe', 'duties'],
  ])('a question about something else, or a request, after a greeting is not: %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a closing formula alone is a courtesy', () => {
  it.each(['Con ossequi, il Sostituto Procuratore', 'Distinti saluti', 'In fede', 'Con osservanza.'])('%s', (text) => {
    expect(read(text).intent).toBe('help');
  });

  it.each([
    ['Chiedo ferie dal 3 al 5 dicembre. Con osservanza.', 'absence_declare'],
    ['qualcuno sa se il bar è aperto oggi? Con osservanza', 'unknown'],
    ['Sono di turno sabato? Distinti saluti, il Sostituto Procuratore', 'duties'],
  ])('closing a message about something else it frames it: %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a holiday asked about, then its explicit range in the next sentence alone, is that range', () => {
  it.each([
    ['chi è reperibile a capodanno? dal 31 dic al 2 gen', '2026-11-23', '2026-12-31', '2027-01-02'],
    ['sono di turno a natale? dal 23 al 27 dicembre', '2026-11-23', '2026-12-23', '2026-12-27'],
    ['ferie per pasqua. dal 26 al 30 marzo', '2027-02-01', '2027-03-26', '2027-03-30'],
  ])('%s', (text, on, from, to) => {
    const u = read(text, on);
    expect([u.from, u.to]).toEqual([from, to]);
  });

  it.each([
    ['chi è di turno a natale? e dal 27 al 31?', '2026-12-25'],
    ['24 dicembre. chi fa la repe a natale?', '2026-12-25'],
  ])('a range that does not hold the holiday, or a day told before, leaves the request its own date: %s', (text, day) => {
    const u = read(text);
    expect([u.from, u.to]).toEqual([day, day]);
  });
});
