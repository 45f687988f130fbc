import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind74-77 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('an explicit range that restates a day named just before is the range asked', () => {
  it.each([
    ['Com\'è la copertura per Natale? Intendo dal 24 al 27.', '2026-12-14', '2026-12-24', '2026-12-27'],
    ['chi è reperibile a capodanno? cioè dal 30 dicembre al 2 gennaio', '2026-12-14', '2026-12-30', '2027-01-02'],
    ['com\'è messa la copertura per Ferragosto? intendevo dal 14 al 16', '2027-07-20', '2027-08-14', '2027-08-16'],
    ['ferie a Pasqua, ovvero dal 26 al 30 marzo', '2027-02-01', '2027-03-26', '2027-03-30'],
  ])('%s', (text, on, from, to) => {
    const u = read(text, on);
    expect([u.from, u.to]).toEqual([from, to]);
  });

  it('a date told in another sentence without restating it does not replace the request\'s own', () => {
    const u = read("ho un'udienza oggi. chi fa le convalide domani?");
    expect([u.intent, u.from, u.to]).toEqual(['on_duty', '2026-11-24', '2026-11-24']);
  });
});

describe('a group greeted at the opening of an e-mail-like message is its addressees, nobody asked about', () => {
  it.each([
    ['Cari colleghi e colleghe, domani sono in malattia', 'absence_declare', 'malattia'],
    ['Egregi consiglieri, lunedì sono in congedo. Un saluto', 'absence_declare', 'congedo'],
    ['buongiorno a tutti i colleghi, venerdì sarò in ferie', 'absence_declare', 'ferie'],
    ['Gentilissimi colleghi, giovedì sarò in formazione a Roma. Cordialmente, Luca', 'absence_declare', 'formazione'],
    ['Gentili colleghi, chi è in ferie domani?', 'absent_today', 'ferie'],
    ['colleghi in ferie domani?', 'absent_today', 'ferie'],
  ])('%s', (text, intent, absenceType) => {
    const u = read(text);
    expect([u.intent, u.absenceType]).toEqual([intent, absenceType]);
  });
});

describe('greetings and thanks around a question outside the office duties leave it unknown', () => {
  it.each([
    'ciao, sapete se la mensa funziona oggi? grazie mille',
    'buonasera, qualcuno sa a che ora chiude la cancelleria? grazie',
    'sapete se il parcheggio interno è aperto sabato? grazie in anticipo',
    'Salve, qualcuno ha visto le mie chiavi in biblioteca? Cordiali saluti',
  ])('%s', (text) => {
    expect(read(text).intent).toBe('unknown');
  });

  it.each([
    ['grazie mille', 'help'],
    ['buongiorno, come funziona? grazie', 'help'],
    ['ok perfetto grazie, sei un mito', 'help'],
    ['ciao, chi fa la repe sabato? grazie', 'on_duty'],
  ])('a message of courtesy only, or a request of the office, keeps its reading: %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a surname opening a verbless request about duties names that colleague', () => {
  it.each([
    ['Rossi repe gennaio?', 'rossi', 'reperibilita'],
    ['Esposito direttissime sabato?', 'esposito', 'arrestati'],
    ['buongiorno, Ferraro udienze settimana prossima', 'ferraro', 'udienza'],
    ['De Luca turni gennaio', 'de luca', null],
    ['gallo convalide domani', 'gallo', 'arrestati'],
  ])('%s', (text, magistrate, service) => {
    const u = read(text);
    expect([u.intent, u.magistrate, u.service]).toEqual(['duties', magistrate, service]);
  });

  it.each(['quante reperibilità ho a gennaio?', 'miei turni dicembre', 'prossimi turni?', 'quanti turni ho?'])('no colleague in "%s"', (text) => {
    const u = read(text);
    expect([u.intent, u.magistrate]).toEqual(['duties', null]);
  });
});

describe("a capitalised word in an institution's name is no colleague", () => {
  it.each([
    "domani devo andare all'Agenzia delle Entrate, non ci sono",
    'domani vado al Palazzo di Giustizia di Milano, sono in formazione',
    'venerdì ho un incontro alla Corte dei Conti, sono in ferie',
  ])('%s', (text) => {
    expect(read(text).magistrate).toBeNull();
  });

  it.each([
    ['metti in ferie la Dott.ssa Della Rocca', 'della rocca'],
    ['quali sono i turni di De Santis a dicembre?', 'de santis'],
  ])('a colleague after "di" stays one: %s', (text, magistrate) => {
    expect(read(text).magistrate).toBe(magistrate);
  });
});

describe('a surname before a negated verb is its subject', () => {
  it.each([
    ['Bianchi non va più in ferie', 'absence_cancel', 'bianchi'],
    ['Gallo non è più in malattia, togli la malattia', 'absence_cancel', 'gallo'],
    ['la dott.ssa Neri non prende più le ferie di Natale', 'absence_cancel', 'neri'],
  ])('%s', (text, intent, magistrate) => {
    const u = read(text);
    expect([u.intent, u.magistrate]).toEqual([intent, magistrate]);
  });
});

describe("a question's own clause names its day; a fact told in the clause before does not date it", () => {
  it.each([
    ['sabato torna Rossi, domenica chi fa la reperibilità?', '2026-11-29', 'on_duty'],
    ['venerdì sono in aula, sabato chi ha le direttissime?', '2026-11-28', 'on_duty'],
    ['a dicembre, chi fa la repe il 24?', '2026-12-24', 'on_duty'],
    ['dicembre. chi fa le convalide il 24?', '2026-12-24', 'on_duty'],
  ])('%s', (text, day, intent) => {
    const u = read(text);
    expect([u.intent, u.from, u.to]).toEqual([intent, day, day]);
  });
});

describe('taking a relative to a visit or to hospital, away from the office, is a congedo', () => {
  it.each([
    'domani non ci sono, devo portare mio padre a fare gli esami',
    'giovedì sono assente, accompagno mia moglie alla visita',
    'venerdì non vengo, accompagno la mamma al San Raffaele',
  ])('%s', (text) => {
    const u = read(text);
    expect([u.intent, u.absenceType]).toEqual(['absence_declare', 'congedo']);
  });

  it('a type named stands: "porto i bambini al mare, sono in ferie"', () => {
    expect(read('porto i bambini al mare, sono in ferie').absenceType).toBe('ferie');
  });
});
