import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind66-69 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('quarters, semesters, bimesters by name are whole calendar parts of the year, this year\'s unless over', () => {
  it.each([
    ['prepara la bozza del terzo trimestre del 2027', today, '2027-07-01', '2027-09-30'],
    ['chi fa le direttissime nel 1° trimestre?', today, '2027-01-01', '2027-03-31'],
    ['turni del quarto trimestre', today, '2026-10-01', '2026-12-31'],
    ['sono reperibile nel secondo semestre?', '2027-03-10', '2027-07-01', '2027-12-31'],
    ['genera il primo semestre', today, '2027-01-01', '2027-06-30'],
    ['ferie nel terzo bimestre', today, '2027-05-01', '2027-06-30'],
    ["pubblica il calendario dell'ultimo trimestre", '2027-02-01', '2027-10-01', '2027-12-31'],
    ['genera il trimestre prossimo', today, '2027-01-01', '2027-03-31'],
    ["genera il primo trimestre dell'anno prossimo", '2027-01-04', '2028-01-01', '2028-03-31'],
  ])('%s (today %s)', (text, on, from, to) => {
    const u = read(text, on);
    expect([u.from, u.to]).toEqual([from, to]);
  });
});

describe("a colleague's return day in the third person ends the absence the day before, like \"rientro\"", () => {
  it.each([
    ['il collega Bassi in ferie da domani, rientra il 2 dicembre', 'bassi', '2026-11-24', '2026-12-01'],
    ['Rossi è malato da ieri, torna il 30', 'rossi', '2026-11-22', '2026-11-29'],
    ['da mercoledì Moretti è in congedo, riprende il 7 dicembre', 'moretti', '2026-11-25', '2026-12-06'],
    ['la Ferri è in malattia da oggi, torna lunedì', 'ferri', '2026-11-23', '2026-11-29'],
  ])('%s', (text, magistrate, from, to) => {
    const u = read(text);
    expect([u.intent, u.magistrate, u.from, u.to]).toEqual(['absence_declare', magistrate, from, to]);
  });
  it('"quando rientra" asks, and tells no return day', () => {
    expect(read('Bassi è in ferie da domani, non so quando rientra').to).toBe('2026-11-24');
  });
});

describe('oneself and a day, asked with nothing else, asks one\'s duties that day', () => {
  it.each([
    ['e io domenica?', '2026-11-29'],
    ['sab io?', '2026-11-28'],
    ['io il 5?', '2026-12-05'],
    ['domani io?', '2026-11-24'],
    ['io giovedì 3/12?', '2026-12-03'],
  ])('%s', (text, day) => {
    const u = read(text);
    expect([u.intent, u.from, u.to]).toEqual(['duties', day, day]);
  });
  it('"io domani ferie" still declares, and a day told without "?" asks nothing', () => {
    expect(read('io domani ferie').intent).toBe('absence_declare');
    expect(read('io domani no').intent).toBe('unknown');
  });
});

describe('an embedded question ("sai chi …", "sapete chi …") asks who is on duty; "i direttissimi" are the arrests duty', () => {
  it.each([
    ['sai chi fa i direttissimi a natale?', '2026-12-25', 'arrestati'],
    ['chi copre i direttissimi domani?', '2026-11-24', 'arrestati'],
    ['ragazzi sapete chi ha l\'udienza di giovedì?', '2026-11-26', 'udienza'],
    ['sai per caso chi è reperibile domenica?', '2026-11-29', 'reperibilita'],
  ])('%s', (text, day, service) => {
    const u = read(text);
    expect([u.intent, u.from, u.to, u.service]).toEqual(['on_duty', day, day, service]);
  });
  it('"sono di turno ai direttissimi sabato?" asks one\'s own duties', () => {
    expect([read('sono di turno ai direttissimi sabato?').intent, read('sono di turno ai direttissimi sabato?').service]).toEqual(['duties', 'arrestati']);
  });
});

describe('what can be asked here, impersonal or with a clitic, asks for help', () => {
  it.each(['che ti si può chiedere?', 'che si può domandare?', 'buongiorno. che possiamo chiedergli?', 'cosa posso chiedere?'])('%s', (text) => {
    expect(read(text).intent).toBe('help');
  });
  it('asking for leave stays a request', () => expect(read('posso chiedere le ferie per sabato?').intent).toBe('absence_declare'));
});

describe('changing a duty with a colleague ("cambiare con X il turno", "cambiare l\'udienza") is a swap', () => {
  it.each([
    ['vorrei cambiare con la collega Ferri le direttissime di giovedì', 'ferri', '2026-11-26'],
    ['cambiamo con Neri la repe di sabato?', 'neri', '2026-11-28'],
    ["posso cambiare l'udienza del 3 dicembre con Tripodi?", 'tripodi', '2026-12-03'],
  ])('%s', (text, magistrate, day) => {
    const u = read(text);
    expect([u.intent, u.magistrate, u.from, u.to]).toEqual(['swap', magistrate, day, day]);
  });
  it('"cambiare con urgenza" is no exchange', () => expect(read('dobbiamo cambiare con urgenza il calendario').intent).not.toBe('swap'));
});

describe('an election duty ("presidente di seggio", "scrutatore", "seggio elettorale", "elezioni") is an absence of type altro, never a colleague', () => {
  it.each([
    ['il 6 e 7 dicembre faccio lo scrutatore, sono assente', '2026-12-06', '2026-12-07', null],
    ['sabato e domenica sono al seggio elettorale', '2026-11-28', '2026-11-29', null],
    ['lunedì 30 non ci sono per le elezioni', '2026-11-30', '2026-11-30', null],
    ['presidente di seggio dal 5 al 7 dicembre', '2026-12-05', '2026-12-07', null],
    ['la collega Ferri sarà presidente di seggio il 6 dicembre, segna assenza', '2026-12-06', '2026-12-06', 'ferri'],
  ])('%s', (text, from, to, magistrate) => {
    const u = read(text);
    expect([u.intent, u.absenceType, u.from, u.to, u.magistrate]).toEqual(['absence_declare', 'altro', from, to, magistrate]);
  });
  it('a type named wins over a vote told beside it', () => expect(read('il 6 dicembre ferie, poi vado a votare').absenceType).toBe('ferie'));
});

describe('a capitalised surname opening a sentence with a state or a "we" verb is the colleague; a capitalised ordinary word is not', () => {
  it.each([
    ['Buongiorno. Ferraro in ferie dal 3 al 5 dicembre', 'absence_declare', 'ferraro'],
    ['Ferraro assente domani', 'absence_declare', 'ferraro'],
    ['Rossi facciamo cambio sabato?', 'swap', 'rossi'],
    ['Gallo ci scambiamo la repe di domenica?', 'swap', 'gallo'],
    ['Gatti di turno sabato?', 'duties', 'gatti'],
    // Written with no capitals at all, the opening surname is the subject too (blind110-113: "corradini a scandicci x corso ssm …").
    ['colucci malata da oggi', 'absence_declare', 'colucci'],
  ])('%s', (text, intent, magistrate) => {
    const u = read(text);
    expect([u.intent, u.magistrate]).toEqual([intent, magistrate]);
  });
  it.each(['Confermo assente domani', 'Anzi in ferie dal 3 dicembre', 'Sorry malato oggi', 'Buonasera. Influenzata da ieri, rientro giovedì', 'marco malato oggi'])('%s names nobody', (text) => {
    expect(read(text).magistrate).toBeNull();
  });
  it('the one greeted in the same sentence is still no subject', () => expect(read('Ciao Marco, sei di turno sabato?').magistrate).toBeNull());
});

describe('the same kinds in their abbreviations and other verbs', () => {
  it.each([
    ['genera il Q1 2027', '2027-01-01', '2027-03-31'],
    ['turni del q3', '2027-07-01', '2027-09-30'],
    ['genera il 1° trim. 2027', '2027-01-01', '2027-03-31'],
    ['Rossi è in ferie da domani, ritorna il 2 dicembre', '2026-11-24', '2026-12-01'],
  ])('%s', (text, from, to) => {
    const u = read(text);
    expect([u.from, u.to]).toEqual([from, to]);
  });
  it('a runoff vote is an election', () => expect(read('domenica ballottaggio, non ci sono').absenceType).toBe('altro'));
});

describe('a first name or a word of approval opening a message is no colleague', () => {
  it.each(['Marco scambiamo la repe sabato?', 'Marco malato oggi', 'Ottimo, facciamo cambio sabato'])('%s', (text) => {
    expect(read(text).magistrate).toBeNull();
  });
});
