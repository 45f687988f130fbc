import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind114-117 at first sight, each said in wordings other than the missed one.
 */
const today = '2027-02-10'; // a Wednesday
const read = (text: string, on = today) => understand(text, { today: on });

describe('"adesso", "ora", "mo\'" opening a GIADA request is its urgency, not the hearing\'s date', () => {
  it.each([
    'adesso mi serve GIADA per una prima udienza, profilo gup',
    'ora devo fare una richiesta GIADA per un fascicolo di Salerno',
    "mo' apro GIADA per la prima udienza del collegio",
  ])('%s', (text) => {
    expect(read(text)).toMatchObject({ intent: 'giada_request', from: null, to: null });
  });
  it('a date written still dates it', () => {
    expect(read('mi serve GIADA per domani')).toMatchObject({ intent: 'giada_request', from: '2027-02-11', to: '2027-02-11' });
  });
  it('"adesso" still dates a question about who is on duty', () => {
    expect(read('adesso chi è reperibile?')).toMatchObject({ intent: 'on_duty', from: today, to: today });
  });
});

describe('"qualche collega è in …" asks who is absent; nobody declares an absence for "some colleague"', () => {
  it.each([
    ['domani qualche collega è in ferie?', '2027-02-11', 'ferie'],
    ['lunedì qualche giudice sarà in formazione?', '2027-02-15', 'formazione'],
    ['alcuni colleghi sono assenti oggi?', today, null],
  ])('%s', (text, day, absenceType) => {
    expect(read(text)).toMatchObject({ intent: 'absent_today', from: day, to: day, absenceType, magistrate: null });
  });
});

describe('a colleague "sta male" (third person) is an illness told for them, like "è malato"', () => {
  it.each([
    ['Rossi sta male, oggi non viene', today, today, 'rossi'],
    ['il collega Marino sta male, domani non viene', '2027-02-11', '2027-02-11', 'marino'],
    ['Conti sta poco bene, domani e dopodomani resta a casa', '2027-02-11', '2027-02-12', 'conti'],
    ['la collega Ferri sta malissimo, oggi non viene', today, today, 'ferri'],
  ])('%s', (text, from, to, magistrate) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', from, to, absenceType: 'malattia', magistrate });
  });
  it('a question about who covers for them stays a question', () => {
    expect(read('Rossi sta male, chi fa la sua udienza domani?').intent).toBe('on_duty');
    expect(read('chi sta male oggi?').intent).toBe('absent_today');
  });
});

describe('a date with its day number between the colleague opening the message and the verb ("Neri il 3 marzo è …")', () => {
  it.each([
    ['Neri il 3 marzo è in ferie', '2027-03-03', 'neri'],
    ['Rossi venerdì 19 febbraio sarà in ferie', '2027-02-19', 'rossi'],
    ['Tomassetti il 12 aprile è in ferie', '2027-04-12', 'tomassetti'],
  ])('%s', (text, day, magistrate) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', from: day, to: day, absenceType: 'ferie', magistrate });
  });
  it('asked about too', () => {
    expect(read('Gallo il 22 è di turno?')).toMatchObject({ intent: 'duties', from: '2027-02-22', magistrate: 'gallo' });
  });
});

describe('a colleague who "non viene" (third person) is an absence told for them', () => {
  it.each([
    ['Marino oggi non viene', today, 'marino'],
    ['Conti non viene venerdì', '2027-02-12', 'conti'],
  ])('%s', (text, day, magistrate) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', from: day, to: day, magistrate });
  });
  it('the reason sets the type', () => {
    expect(read('Rossi domani non viene, ha la febbre')).toMatchObject({ intent: 'absence_declare', absenceType: 'malattia', magistrate: 'rossi' });
  });
  it('not the passive ("non viene pubblicata")', () => {
    expect(read('la reperibilità non viene pubblicata?').intent).toBe('calendar_publish');
  });
});
