import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the intent, name and service misses of blind110-113 at first sight, each said in wordings
 * other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('an acronym in capitals ("RGNR", "DDA", "INPS") is an office or a register, no colleague', () => {
  it.each([
    ['che turni ho giovedì? ho un interrogatorio nel proc. 4410/25 RGNR', 'duties'],
    ['sabato sono di repe? lunedì ho la riunione della DDA', 'duties'],
    ['annullate il permesso di venerdì, devo andare in Questura con la DDA', 'absence_cancel'],
    ["domani non ci sono, ho la visita dell'INPS", 'absence_declare'],
  ])('%s', (text, intent) => {
    expect(read(text)).toMatchObject({ intent, magistrate: null });
  });
  it('after a particle too ("la collega della DDA")', () => {
    expect(read('scambio la repe di sabato con la collega della DDA').magistrate).toBeNull();
  });
  it('a surname written in capitals is still one, and a caps-lock message names its colleague', () => {
    expect(read('scambio la repe di sabato con il collega ROSSI').magistrate).toBe('rossi');
    expect(read('QUALI TURNI HA BIANCHI A DICEMBRE?').magistrate).toBe('bianchi');
  });
});

describe('a participle after an absence noun agrees with it ("formazione decentrata"), no colleague', () => {
  it.each([
    ['segnatemi formazione decentrata giovedì mattina', 'formazione'],
    ['mettetemi ferie maturate dal 3 al 5 dicembre', 'ferie'],
    ['segnami malattia certificata da oggi', 'malattia'],
  ])('%s', (text, absenceType) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', absenceType, magistrate: null });
  });
  it.each([
    ['segnatemi formazione permanente il 3 dicembre', 'formazione'],
    ['segnami malattia professionale da oggi', 'malattia'],
  ])('an adjective of the office jargon: %s', (text, absenceType) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', absenceType, magistrate: null });
  });
  it('a group of the office is no colleague', () => {
    expect(read('ho la repe del pool reati economici?').magistrate).toBeNull();
  });
  it('a surname after the absence noun is still the colleague', () => {
    expect(read('segna formazione Rossi giovedì').magistrate).toBe('rossi');
    expect(read('metti ferie esposito dal 3 al 5 dicembre').magistrate).toBe('esposito');
  });
});

describe('the hearing of a convalida ("l\'udienza di convalida") is the arrests\' turn, as "la convalida" is', () => {
  it.each([
    ["chi fa l'udienza di convalida di sabato?", 'on_duty'],
    ['ho le udienze di convalida giovedì?', 'duties'],
    ['controllate che le udienze di convalida di dicembre siano coperte', 'coverage_status'],
  ])('%s', (text, intent) => {
    expect(read(text)).toMatchObject({ intent, service: 'arrestati' });
  });
  it('a hearing alone is still a hearing', () => {
    expect(read('ho udienza giovedì?').service).toBe('udienza');
  });
});

describe('called as a witness ("testimoniare", "citato come teste") is an absence of type altro', () => {
  it.each([
    ['giovedì non ci sono, sono citato come teste a Bologna'],
    ['lunedì 30 assente: devo testimoniare al tribunale di Siena'],
    ['domani non vengo, devo deporre in un processo a Napoli'],
    ['giovedì non ci sono, sono testimone in un processo a Milano'],
  ])('%s', (text) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', absenceType: 'altro' });
  });
});

describe('being away ("fuori sede") gives way to an absence type named beside it', () => {
  it.each([
    ['scrivo per il collega Neri, fuori sede: mettetegli malattia da oggi', 'malattia'],
    ['sono fuori sede, segnatemi ferie dal 3 al 5 dicembre', 'ferie'],
    ['fuori sede giovedì, ho un convegno a Roma', 'formazione'],
  ])('%s', (text, absenceType) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', absenceType });
  });
  it('alone it is still an absence of type altro', () => {
    expect(read('domani sono fuori sede').absenceType).toBe('altro');
  });
});

describe('duties left without a colleague ("turni senza un sostituto") ask the coverage, no swap', () => {
  it.each([
    ['ci sono udienze senza un magistrato assegnato a gennaio?'],
    ['la settimana prossima restano reperibilità senza un collega?'],
    ['a dicembre ci sono turni senza un sostituto?'],
  ])('%s', (text) => {
    expect(read(text).intent).toBe('coverage_status');
  });
  it('asking for a substitute is still a swap', () => {
    expect(read('mi serve un sostituto per la repe di sabato').intent).toBe('swap');
  });
});

describe('which or how many of the office\'s people, named with a complement, will not be there: who is absent', () => {
  it.each([
    ['quali colleghi del pool non saranno in ufficio domani?', '2026-11-24', '2026-11-24'],
    ['quanti magistrati della sezione non ci saranno venerdì?', '2026-11-27', '2026-11-27'],
    ['quanti colleghi del dipartimento saranno in ferie a natale?', '2026-12-25', '2026-12-25'],
    ['quali magistrati della sezione saranno assenti venerdì?', '2026-11-27', '2026-11-27'],
  ])('%s', (text, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'absent_today', from, to });
  });
});

describe('how many or which of the office\'s people go to courses: who is away then', () => {
  it.each([
    ['quanti colleghi vanno al convegno di Firenze a gennaio?', '2027-01-01', '2027-01-31'],
    ['quali sostituti saranno ai corsi della Scuola la settimana prossima?', '2026-11-30', '2026-12-06'],
    ['quanti di noi partecipano al seminario di dicembre?', '2026-12-01', '2026-12-31'],
  ])('%s', (text, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'absent_today', from, to });
  });
  it('a course named beside who is on duty is no question on who is away', () => {
    expect(read('quali colleghi sono di turno sabato? io sono al corso').intent).not.toBe('absent_today');
  });
});

describe('an absence type, then "chi c\'è" and a time: who is absent then', () => {
  it.each([
    ["in ferie chi c'è la settimana prossima", '2026-11-30', '2026-12-06'],
    ["in malattia chi c'è oggi?", '2026-11-23', '2026-11-23'],
    ['in formazione chi ci sarà a dicembre', '2026-12-01', '2026-12-31'],
  ])('%s', (text, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'absent_today', from, to });
  });
});

describe('what one can do with turnario ("cosa possiamo fare con questo assistente?") asks for help', () => {
  it.each([
    ['noi della cancelleria che ci possiamo fare con turnario?'],
    ['che si può fare col bot?'],
    ['buongiorno, cosa posso fare con questo programma?'],
    ['cosa fa questo assistente?'],
    ['in che modo posso usare questo assistente?'],
  ])('%s', (text) => {
    expect(read(text).intent).toBe('help');
  });
  it('what one can do about a duty is no request for help', () => {
    expect(read('sabato ho la repe e mia figlia si sposa, cosa posso fare?').intent).toBe('duties');
  });
});

describe('handing over a duty ("giro gli affari di lunedì a Montanari") is a swap to whom "a" names', () => {
  it.each([
    ['giro le udienze di giovedì alla collega Ferri', 'ferri', 'udienza'],
    ['passo gli affari di martedì a bassi', 'bassi', 'assegnazione'],
    ['giro la repe di sabato a Neri', 'neri', 'reperibilita'],
    ['montanari mi giri gli affari di lunedì?', 'montanari', 'assegnazione'],
    ['Rossi mi passi la repe di sabato?', 'rossi', 'reperibilita'],
    ["ti passo l'udienza di giovedì, ok?", null, 'udienza'],
  ])('%s', (text, magistrate, service) => {
    expect(read(text)).toMatchObject({ intent: 'swap', magistrate, service });
  });
  it('forwarding the calendar ("mi giri i turni di dicembre?") hands no duty over', () => {
    expect(read('mi giri i turni di dicembre?').intent).toBe('duties');
  });
});

describe('a surname in lower case opening a message written without capitals is its subject', () => {
  it.each([
    ['ragazzi ma neri è di turno sabato', 'duties', 'neri'],
    ['bianchi ci scambiamo la repe di sabato?', 'swap', 'bianchi'],
    ['marchetti al convegno di roma giovedì e venerdì', 'absence_declare', 'marchetti'],
    ['ferretti a firenze per corso ssm il 3 e 4 dicembre', 'absence_declare', 'ferretti'],
  ])('%s', (text, intent, magistrate) => {
    expect(read(text)).toMatchObject({ intent, magistrate });
  });
  it('a first name or a lower-case word among capitals is no subject', () => {
    expect(read('marco al convegno giovedì').magistrate).toBeNull();
    expect(read('domani in ferie, ci sentiamo dopo Natale').magistrate).toBeNull();
  });
});

describe('a thing offered in thanks at the end of a swap ("ti offro un gnocco fritto") is no colleague called', () => {
  it.each([
    ['mi scambi la repe di sabato? ti offro un caffè'],
    ['mi copri sabato? ti pago una pizza'],
    ['mi copri domenica? ti offro un gnocco fritto'],
  ])('%s', (text) => {
    expect(read(text)).toMatchObject({ intent: 'swap', magistrate: null });
  });
  it('a surname closing the request is still whom it asks', () => {
    expect(read('mi fai la repe sabato, Ferrari?').magistrate).toBe('ferrari');
  });
});

describe('recording an absence for another ("segnatele ferie", "segnategli malattia") declares it as plainly as "segnatemi"', () => {
  it.each([
    ['per il collega Neri: segnategli malattia da oggi', 'malattia', 'neri'],
    ['scrivo per la dott.ssa Galli, segnatele ferie dal 3 al 5 dicembre', 'ferie', 'galli'],
  ])('%s', (text, absenceType, magistrate) => {
    const u = read(text);
    expect(u).toMatchObject({ intent: 'absence_declare', absenceType, magistrate });
  });
});

describe('after "ha", only a participle is a verb: a surname of the same shape is a colleague', () => {
  it.each([
    ['che turni ha greco a gennaio', 'greco'],
    ['la convalida di domani ce l\'ha caputo?', 'caputo'],
    ['che udienze ha preziosi venerdì?', 'preziosi'],
    ['sabato sono di turno? me l\'ha detto la segreteria', null],
  ])('%s', (text, magistrate) => {
    expect(read(text).magistrate).toBe(magistrate);
  });
});

describe('a verb opening a lower-case message is no colleague, a lower-case surname still is', () => {
  it.each([
    ['mettimi in malattia da oggi', 'absence_declare', null],
    ['segnatemi in ferie lunedì', 'absence_declare', null],
    ['rimango a casa domani, febbre', 'absence_declare', null],
    ['longo in ferie da lunedì', 'absence_declare', 'longo'],
  ])('%s', (text, intent, magistrate) => {
    expect(read(text)).toMatchObject({ intent, magistrate });
  });
});
