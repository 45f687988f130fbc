import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind70-73 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('"picchetto" and "pronta disponibilità" are office names of the on-call duty (reperibilità)', () => {
  it.each([
    ['quando sono di picchetto a gennaio?', 'duties'],
    ['chi fa il picchetto sabato?', 'on_duty'],
    ['mi copri il picchetto di domenica?', 'swap'],
    ['fammi vedere i miei picchetti di febbraio', 'duties'],
    ['chi è di pronta disponibilità sabato?', 'on_duty'],
    ['sono di pronta disponibilità sabato?', 'duties'],
  ])('%s', (text, intent) => {
    const u = read(text);
    expect([u.intent, u.service]).toEqual([intent, 'reperibilita']);
  });
});

describe('a colleague named by first name and surname is named by the surname', () => {
  it.each([
    ['ho fatto cambio con Marco Bianchi per la repe di sabato', 'swap', 'bianchi'],
    ['la collega Giulia Martini è in ferie da domani', 'absence_declare', 'martini'],
    ['che turni ha Roberto Gallo la prossima settimana?', 'duties', 'gallo'],
    ['i turni di Anna De Santis a gennaio', 'duties', 'de santis'],
    ['mi copre Stefano Ricci sabato', 'swap', 'ricci'],
    ['scambio la repe di domenica con Paolo Romano', 'swap', 'romano'],
    ['chiedo a Gianni Moretti di scambiare la repe di sabato, che dici Gianni?', 'swap', 'moretti'],
    ['quali sono i turni di Rossi a dicembre?', 'duties', 'rossi'],
    ['quali sono le udienze di Giulia Neri a gennaio?', 'duties', 'neri'],
  ])('%s', (text, intent, surname) => {
    const u = read(text);
    expect([u.intent, u.magistrate]).toEqual([intent, surname]);
  });

  it('a first name alone stays what it was, and "quali sono i turni di dicembre?" still asks who', () => {
    expect(read('ciao Marco, mi copri sabato?').magistrate).toBeNull();
    expect(read('quali sono i turni di dicembre?').intent).toBe('on_duty');
  });
});

describe('a capitalised word after "al/alla/allo" is a place outside a swap, and "cambio di programma" names no one', () => {
  it.each([
    ['venerdì ho un esame al Policlinico, sarò assente', 'absence_declare', null],
    ['domani accompagno mia madre al Gemelli per un controllo, non ci sono', 'absence_declare', null],
    ["cancella il permesso di venerdì, c'è stato un cambio di programma", 'absence_cancel', null],
    ['togli le mie ferie del 9, ho cambiato idea', 'absence_cancel', null],
    ['cedo la repe di sabato alla Bianchi', 'swap', 'bianchi'],
  ])('%s', (text, intent, surname) => {
    const u = read(text);
    expect([u.intent, u.magistrate]).toEqual([intent, surname]);
  });
});

describe("a relative's common illness with the writer staying home is a congedo, the writer's own a malattia", () => {
  it.each([
    ["mia figlia ha l'otite, domani resto a casa con lei", 'congedo'],
    ['il bambino ha la gastroenterite, giovedì non vengo', 'congedo'],
    ['mio marito è positivo al covid, sto a casa fino a venerdì', 'congedo'],
    ['ho la bronchite, sto a casa fino a venerdì', 'malattia'],
  ])('%s', (text, type) => {
    const u = read(text);
    expect([u.intent, u.absenceType]).toEqual(['absence_declare', type]);
  });
});

describe('polite help requests and greetings with wishes ask for help (a courteous reply)', () => {
  it.each([
    ['buon venerdì a tutti!'],
    ['buon martedì ragazzi'],
    ['buona settimana a tutti'],
    ['non ho ben capito come funziona'],
    ['potrebbe indicarmi le funzioni disponibili?'],
    ['quali sono le funzioni disponibili?'],
    ['non ho ancora capito come si segnano le ferie'],
  ])('%s', (text) => {
    expect(read(text).intent).toBe('help');
  });

  it('a wish before a request keeps the request', () => {
    expect(read('buon lunedì, chi è di turno oggi?').intent).toBe('on_duty');
  });
});

describe('"non … più" with a verb of going or taking, in any person and the future, withdraws the absence', () => {
  it.each([
    ['il collega Neri non prenderà più le ferie del 3 gennaio', 'ferie'],
    ['non andrò più in ferie a Natale', 'ferie'],
    ['Bianchi non va più in ferie la settimana prossima', 'ferie'],
    ['si comunica che la dott.ssa Rossi non si prende più il congedo di venerdì', 'congedo'],
  ])('%s', (text, type) => {
    const u = read(text);
    expect([u.intent, u.absenceType]).toEqual(['absence_cancel', type]);
  });
});

describe('"c\'è qualche collega in …?" asks who is absent; a named colleague in it is a declaration', () => {
  it.each([
    ["c'è qualche collega in ferie domani?", 'absent_today'],
    ['ci sono dei magistrati in malattia questa settimana?', 'absent_today'],
    ["c'è un collega malato oggi?", 'absent_today'],
    ['la collega Neri è in malattia oggi', 'absence_declare'],
  ])('%s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a swap told as done, or taking over a colleague\'s duty, is a swap', () => {
  it.each([
    ['con Neri abbiamo fatto cambio per sabato', 'neri'],
    ["io faccio la sua udienza di giovedì e lui fa la mia, d'accordo con Gallo", 'gallo'],
    ['Neri fa la mia repe di sabato', 'neri'],
  ])('%s', (text, surname) => {
    const u = read(text);
    expect([u.intent, u.magistrate]).toEqual(['swap', surname]);
  });

  it('one\'s own duty done as usual is no swap', () => {
    expect(read('sabato faccio il mio turno come sempre').intent).toBe('duties');
  });
});

describe('"il/la pm <surname> è in …" is that colleague\'s absence, told by the office; "colleghi in ferie" asks who', () => {
  it.each([
    ['il pm Gatti è in ferie da domani fino al 10', 'absence_declare', 'gatti'],
    ['la Pm Neri sarà in malattia fino a venerdì', 'absence_declare', 'neri'],
    ['colleghi in ferie oggi?', 'absent_today', null],
  ])('%s', (text, intent, surname) => {
    const u = read(text);
    expect([u.intent, u.magistrate]).toEqual([intent, surname]);
  });
});

describe('a permit one collects ("permesso per il parcheggio", "di sosta", "ZTL") is no leave', () => {
  it.each([
    ['come rinnovo il permesso di sosta?'],
    ['a chi chiedo il permesso ZTL per la macchina?'],
  ])('%s', (text) => {
    const u = read(text);
    expect([u.intent, u.absenceType]).toEqual(['unknown', null]);
  });

  it.each([
    ['chiedo un permesso per venerdì pomeriggio', 'absence_declare'],
    ['annulla il permesso di domani', 'absence_cancel'],
  ])('leave stays leave: %s', (text, intent) => {
    const u = read(text);
    expect([u.intent, u.absenceType]).toEqual([intent, 'congedo']);
  });
});
