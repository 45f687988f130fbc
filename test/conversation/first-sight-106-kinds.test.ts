import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the intent and name misses of blind106-109 at first sight, each said in wordings other than
 * the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('what a colleague has, asked with "cosa ha" or Tuscan "icché ha": their duties', () => {
  it.each([
    ['cosa ha il Rossi la settimana prossima?', 'rossi', '2026-11-30', '2026-12-06'],
    ["cos'ha la Bianchi sabato?", 'bianchi', '2026-11-28', '2026-11-28'],
    ['la Ferretti icché ha domani? forse la devo sostituire io', 'ferretti', '2026-11-24', '2026-11-24'],
    ['la Bianchi cosa avrà a dicembre?', 'bianchi', '2026-12-01', '2026-12-31'],
    ['che ha la Rossi domani?', 'rossi', '2026-11-24', '2026-11-24'],
    ["i' Guidi icché fa sabato?", 'guidi', '2026-11-28', '2026-11-28'],
    ['cosa fa il Conti a Natale?', 'conti', '2026-12-25', '2026-12-25'],
  ])('%s', (text, magistrate, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'duties', magistrate, from, to });
  });
  it('what someone said or did is no question about duties', () => {
    expect(read('cosa ha detto il presidente?').intent).not.toBe('duties');
    expect(read('cosa ha deciso la Rossi?').intent).not.toBe('duties');
    expect(read('che ha detto il presidente?').intent).not.toBe('duties');
  });
});

describe('a possibility told after a question about a colleague is why one asks ("forse la devo sostituire io")', () => {
  it.each([
    ['che turni ha la Rossi sabato? magari la sostituisco io', 'rossi', '2026-11-28'],
    ['cosa ha il Neri giovedì? forse gli faccio cambio', 'neri', '2026-11-26'],
    ['la Bianchi è di repe domenica? forse devo coprirla io', 'bianchi', '2026-11-29'],
  ])('%s', (text, magistrate, from) => {
    expect(read(text)).toMatchObject({ intent: 'duties', magistrate, from });
  });
  it('alone or asked, a hedged request is still one', () => {
    expect(read('magari mi copri tu la repe sabato?').intent).toBe('swap');
    expect(read('forse mi sostituisce la Rossi sabato').intent).toBe('swap');
  });
});

describe('Tuscan "pole", "vole", "fo" and "icché" asking what turnario can do', () => {
  it.each([
    ['icché si pole chiedere a questo bot?'],
    ['bonasera, icché gli si pole domandare?'],
    ['icché sai fare?'],
    ['bonasera, icché tu sai fare?'],
    ['cosa sa fare questo programma?'],
    ['cosa fa questo programma?'],
    ['salve a tutti! a cosa serve sto programma?'],
  ])('%s', (text) => {
    expect(read(text).intent).toBe('help');
  });
  it('"programma" of a day is still one\'s duties', () => {
    expect(read('il programma di domani?')).toMatchObject({ intent: 'duties', from: '2026-11-24' });
  });
});

describe('a duty taken over or offered told without a verb of swapping', () => {
  it.each([
    ['la Rossi mi copre la repe di domenica, è tutto concordato', 'rossi', '2026-11-29'],
    ['il Ferretti mi prende le convalide di sabato, d\'accordo con lui', 'ferretti', '2026-11-28'],
    ['Bianchi, vuoi la mia udienza del 3? in cambio ti faccio la repe', 'bianchi', '2026-12-03'],
    ['Conti, la vole la mia reperibilità di sabato? ti fo la domenica in cambio', 'conti', '2026-11-28'],
    ['la repe di sabato la prende la Rossi, ci siamo messi d\'accordo', 'rossi', '2026-11-28'],
    ["o Neri, tu mi fai i' favore di prendere la repe di sabato?", 'neri', '2026-11-28'],
    ['d\'accordo con la Ferretti, domenica la repe la fa lei', 'ferretti', '2026-11-29'],
  ])('%s', (text, magistrate, from) => {
    expect(read(text)).toMatchObject({ intent: 'swap', magistrate, from });
  });
});

it('a duty of mine taken by anyone, Tuscan "pigliare" too, is handed over', () => {
  expect(read("la mi' repe di sabato la piglia qualcuno?")).toMatchObject({ intent: 'swap', from: '2026-11-28' });
  expect(read('le mie udienze del 3 le vuole qualcuno?')).toMatchObject({ intent: 'swap', from: '2026-12-03' });
});

describe('"in cambio" is a swap only between two people', () => {
  it('a trade offered to a colleague', () => {
    expect(read('Gori, mi fai tu la repe di sabato? in cambio ti prendo la domenica').intent).toBe('swap');
  });
  it.each([
    ['sabato lavoro, in cambio lunedì prendo un giorno di ferie', 'absence_declare'],
    ['cosa ricevo in cambio se faccio la repe a Natale?', 'duties'],
  ])('%s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('an agreement beside something stronger asks that', () => {
  it.each([
    ['il procuratore è d\'accordo, pubblica il calendario di gennaio', 'calendar_publish'],
    ['metto le ferie dal 2 al 5 dicembre, il presidente è d\'accordo', 'absence_declare'],
    ['sono d\'accordo con te, i turni di dicembre vanno bene', 'duties'],
  ])('%s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('being shown one\'s duties ("me li fate vedere?") hands none over', () => {
  it.each([
    ['le udienze di settembre me le fai sapere?', '2027-09-01'],
    ['i turni di agosto me li fai avere per favore?', '2027-08-01'],
    ['volevo controllare le mie reperibilità di ottobre, me le fate vedere?', '2027-10-01'],
  ])('%s', (text, from) => {
    expect(read(text, '2027-07-30')).toMatchObject({ intent: 'duties', from });
  });
  it('a duty done for me is still a swap', () => {
    expect(read('la repe di sabato me la fai tu?', '2027-07-30').intent).toBe('swap');
  });
});

describe('words read as colleagues: a set phrase, a trial named by its defendant, a participle after "ha"', () => {
  it.each([
    ['domani non vengo, prendo un permesso, punto e basta'],
    ['sabato ferie, punto e basta'],
    ['togliete il permesso di giovedì: il processo Gherardini è stato rinviato'],
    ['annulla le ferie del 4, l\'inchiesta Lombardi va avanti e devo esserci'],
    ['annulla le ferie del 4, il fascicolo Marchetti va in udienza e devo esserci'],
    ['togli il permesso di venerdì, la causa Benvenuti è stata anticipata'],
    ['ho udienza il 3? la sentenza Galli la deposito lunedì'],
    ['levate le ferie del 3, il processo Marino Bianchi è anticipato'],
    ['ho la repe sabato? me l\'ha detto la Segreteria'],
    ['ho la repe il 31 novembre? me l\'ha detto la segreteria'],
    ['sabato sono di turno? l\'ha comunicato l\'ufficio ma non mi torna'],
  ])('%s', (text) => {
    expect(read(text).magistrate).toBeNull();
  });
  it('a colleague after "ha" or a cue is still read', () => {
    expect(read('che turni ha Bianchi sabato?').magistrate).toBe('bianchi');
    expect(read('che turni ha la Ferretti a dicembre?').magistrate).toBe('ferretti');
  });
});

describe('staff requests: the notice e-mails\' status, a course calendar, a draft named without a preposition', () => {
  it.each([
    ['i messaggi di promemoria sono partiti stanotte?'],
    ['le email di notifica per la repe di domani sono state inviate?'],
    ['stamane le mail di avviso sono uscite tutte?'],
    ['gli avvisi di stanotte hanno dato errore?'],
    ['sono arrivate a tutti le mail di avviso?'],
    ["c'è stato qualche errore con le mail di stamattina?"],
    ["le mail di avviso non sono arrivate, c'è un problema?"],
  ])('%s', (text) => {
    expect(read(text, '2027-07-30').intent).toBe('jobs_status');
  });
  it.each([
    ['hanno pubblicato il calendario delle lezioni della Scuola: chi va al corso a giugno?', '2027-06-01'],
    ['chi è in formazione ad aprile? è uscito il calendario dei seminari, pubblicato ieri', '2027-04-01'],
  ])('%s', (text, from) => {
    expect(read(text, '2027-03-31')).toMatchObject({ intent: 'absent_today', from });
  });
  it.each([
    ['Il CSM ha pubblicato i corsi: chi di noi partecipa a ottobre?', '2027-10-01'],
    ['la Scuola ha pubblicato il programma dei corsi, chi ci va a maggio?', '2027-05-01'],
  ])('%s', (text, from) => {
    expect(read(text, '2027-03-31')).toMatchObject({ intent: 'absent_today', from });
  });
  it('who goes to a duty while a colleague is at a course asks who is on duty', () => {
    expect(read('chi va in udienza giovedì? la Rossi è al corso', '2027-03-31').intent).toBe('on_duty');
  });
  it('duties still to do are one\'s duties', () => {
    expect(read('ho turni da fare sabato?', '2027-02-10').intent).toBe('duties');
  });
  it('publishing our calendar is still publishing', () => {
    expect(read('pubblica il calendario di maggio', '2027-03-31').intent).toBe('calendar_publish');
  });
  it.each([
    ['bozza reperibilità aprile, grazie', '2027-04-01', '2027-04-30'],
    ['bozza direttissime dal 3 al 30 maggio', '2027-05-03', '2027-05-30'],
    ['calendario udienze dal 1 marzo al 15 aprile da preparare', '2027-03-01', '2027-04-15'],
    ['turni reperibilità di aprile da predisporre, grazie', '2027-04-01', '2027-04-30'],
  ])('%s', (text, from, to) => {
    expect(read(text, '2027-02-10')).toMatchObject({ intent: 'calendar_generate', from, to });
  });
});
