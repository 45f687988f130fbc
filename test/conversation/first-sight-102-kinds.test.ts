import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the intent and name misses of blind102-105 at first sight, each said in wordings other than
 * the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('chat abbreviations: "qlc" is something, "tnx" thanks', () => {
  it.each([
    ['qlcs per me domani?', '2026-11-24', '2026-11-24'],
    ['ho qcs giovedì?', '2026-11-26', '2026-11-26'],
    ['ho qlc la settimana prossima?', '2026-11-30', '2026-12-06'],
  ])('%s', (text, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'duties', from, to });
  });
});

describe('publishing with the object as an enclitic pronoun', () => {
  it.each([
    ['settembre va bene, pubblicatelo', '2027-09-01'],
    ['il procuratore ha approvato ottobre, pubblichiamolo', '2027-10-01'],
    ['ottobre è pronto, puoi pubblicarmelo?', '2027-10-01'],
  ])('%s', (text, from) => {
    expect(read(text, '2027-07-30')).toMatchObject({ intent: 'calendar_publish', from });
  });
});

describe('praising the work done on the calendar is a courtesy, not a question about it', () => {
  it.each([
    ['bel lavoro sui turni di dicembre'],
    ['gran lavoro con il calendario, grazie mille'],
    ['complimenti per il calendario di gennaio!'],
    ['ottimo lavoro per la turnazione, thx'],
  ])('%s', (text) => {
    expect(read(text).intent).toBe('help');
  });
  it('a question after the praise is still asked', () => {
    expect(read('bel lavoro, ma che turni ho a dicembre?')).toMatchObject({ intent: 'duties', from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('the nightly batch is a scheduled job', () => {
  it.each([['è girato il batch notturno?'], ["l'elaborazione notturna è andata a buon fine?"], ['errori nel batch di ieri?']])('%s', (text) => {
    expect(read(text).intent).toBe('jobs_status');
  });
});

describe('a visit or an exam named by its specialty or by the exam is sick leave', () => {
  it.each([
    ['giovedì ho una visita oculistica, non ci sono', '2026-11-26'],
    ['il 3 dicembre ho la risonanza magnetica', '2026-12-03'],
    ['domani controllo dermatologico alle 9, entro tardi', '2026-11-24'],
    ['venerdì ho la colonscopia, mi segnate?', '2026-11-27'],
    ['domani devo fare la tac, sto a casa', '2026-11-24'],
  ])('%s', (text, day) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', absenceType: 'malattia', from: day, to: day });
  });
  it('a scan in a case is no absence', () => {
    expect(read('la tac del processo Rossi').intent).not.toBe('absence_declare');
  });
});

describe('who among the colleagues is away for training, a course or a mission asks who is absent', () => {
  it.each([
    ['chi ha un corso la settimana prossima?', '2027-04-05', 'formazione'],
    ['chi di voi ha la formazione giovedì?', '2027-04-01', 'formazione'],
    ['chi tra i colleghi sarà al convegno di maggio?', '2027-05-01', 'formazione'],
    ['chi di noi è in trasferta domani?', '2027-04-01', 'altro'],
    ['chi è in missione domani?', '2027-04-01', 'altro'],
    ['chi dei pm è fuori per un seminario venerdì?', '2027-04-02', 'formazione'],
  ])('%s', (text, from, absenceType) => {
    expect(read(text, '2027-03-31')).toMatchObject({ intent: 'absent_today', from, absenceType });
  });
});

describe('a self-introduction run into the request with no comma names the writer, no colleague', () => {
  it.each([
    ['buongiorno sono Ferrero vorrei sapere che turni ho a dicembre', 'duties'],
    ['ciao sono il dottor Longo mi servono le ferie dal 3 al 5 dicembre', 'absence_declare'],
    ['buongiorno sono la collega Bianchi avrei bisogno di un cambio per sabato', 'swap'],
    ['buonasera sono la dott.ssa Amato volevo sapere se sabato sono reperibile', 'duties'],
  ])('%s', (text, intent) => {
    expect(read(text)).toMatchObject({ intent, magistrate: null });
  });
  it('a colleague named after a greeting is still named', () => {
    expect(read('buongiorno, che turni ha la collega Bianchi a dicembre?').magistrate).toBe('bianchi');
  });
});

describe('a place named by a head noun and its name ("Monte Sant\'Angelo", "Porto Cesareo") is no colleague', () => {
  it.each([
    ["sono reperibile a capodanno? pensavamo di andare a Monte Sant'Angelo"],
    ['che turni ho a capodanno? pensavo di andare a Porto Cesareo'],
    ['sono reperibile a capodanno? vorrei andare al Lido di Camaiore'],
    ['che turni ho a capodanno? siamo invitati a Castel Gandolfo'],
  ])('%s', (text) => {
    expect(read(text, '2026-12-28')).toMatchObject({ intent: 'duties', from: '2027-01-01', magistrate: null });
  });
  it('a colleague whose surname is such a noun is still named after a title', () => {
    expect(read('che turni ha il collega Monte a gennaio?', '2026-12-28').magistrate).toBe('monte');
  });
});

describe('asking anyone to take one\'s duty after a reason told with no comma is a swap', () => {
  it.each([
    ['domenica ho la repe ma devo andare al matrimonio di mio cugino qualcuno potrebbe coprirmi', '2026-11-29', 'reperibilita'],
    ['venerdì ho udienza ma devo accompagnare mia madre in ospedale qualcuno mi può sostituire', '2026-11-27', 'udienza'],
    ['giovedì ho le convalide però devo portare la macchina dal meccanico qualcuno me le prende', '2026-11-26', 'arrestati'],
  ])('%s', (text, day, service) => {
    expect(read(text)).toMatchObject({ intent: 'swap', from: day, to: day, service, magistrate: null });
  });
});

describe('what is told before a question dictated without "?" ("… e volevo sapere se …") is its context', () => {
  it.each([
    ['domani sono in udienza tutto il giorno e volevo sapere chi fa la reperibilità venerdì', 'on_duty', '2027-02-12', 'reperibilita'],
    ['oggi ho le convalide e vorrei sapere se sabato ho la repe', 'duties', '2027-02-13', 'reperibilita'],
    ['sono malato da ieri e volevo sapere se qualcuno mi copre la repe di sabato', 'swap', '2027-02-13', 'reperibilita'],
    ['oggi sono a Bari per le direttissime e volevo chiedere se domenica ho udienza', 'duties', '2027-02-14', 'udienza'],
  ])('%s', (text, intent, day, service) => {
    expect(read(text, '2027-02-10')).toMatchObject({ intent, from: day, to: day, service });
  });
  it('a question that opens the message reads as before', () => {
    expect(read('volevo sapere se venerdì ho la reperibilità', '2027-02-10')).toMatchObject({ intent: 'duties', from: '2027-02-12', service: 'reperibilita' });
  });
});
