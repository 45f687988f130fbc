import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind86-89 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-25'; // a Wednesday
const read = (text: string, on = today) => understand(text, { today: on });
const slots = (text: string, on = today) => {
  const u = read(text, on);
  return [u.intent, u.from, u.to, u.magistrate];
};

describe('a city or place after "da" (coming back from it) is where one comes from, no colleague', () => {
  it.each([
    ['sono di turno sabato? torno da Milano', 'duties', '2026-11-28'],
    ['sono di turno sabato? dal rientro da Padova', 'duties', '2026-11-28'],
    ['domenica ho udienza? arrivo da Napoli in mattinata', 'duties', '2026-11-29'],
    ['cosa ho venerdì? rientro da Roma giovedì sera', 'duties', '2026-11-27'],
    ['sono di turno sabato? torno da Cortina', 'duties', '2026-11-28'],
    ['sono di repe domenica? devo organizzarmi col rientro da Bressanone', 'duties', '2026-11-29'],
    ['ho udienza lunedì? rientro dalla Sardegna domenica sera', 'duties', '2026-11-30'],
  ])('%s', (text, intent, day) => {
    expect(slots(text)).toEqual([intent, day, day, null]);
  });

  it('"da" after a clitic is still the verb: "me lo da Messina" names the colleague', () => {
    expect(read('lo scambio della repe me lo da Messina sabato').magistrate).toBe('messina');
  });
});

describe('the role noun with "di" and a day asks who holds it then', () => {
  it.each([
    ['il reperibile di domani?', '2026-11-26', '2026-11-26'],
    ['i reperibili del weekend?', '2026-11-28', '2026-11-29'],
    ['ciao, reperibile di stanotte?', '2026-11-25', '2026-11-25'],
    ['il pm di turno di domenica?', '2026-11-29', '2026-11-29'],
  ])('%s', (text, from, to) => {
    expect(slots(text)).toEqual(['on_duty', from, to, null]);
  });

  it.each(['sono reperibile di sabato?', 'sono io il reperibile di domani?'])('%s: still one\'s own duties', (text) => {
    expect(read(text).intent).toBe('duties');
  });
});

describe('who has an absence recorded, or who among the office is missing, asks who is absent', () => {
  it.each([
    ['chi ha le ferie registrate a dicembre?', '2026-12-01', '2026-12-31'],
    ['chi ha ferie domani?', '2026-11-26', '2026-11-26'],
    ['chi ha permessi segnati venerdì?', '2026-11-27', '2026-11-27'],
    ['chi dei colleghi manca domani?', '2026-11-26', '2026-11-26'],
    ['chi di noi manca oggi?', '2026-11-25', '2026-11-25'],
    ['chi tra i pm manca venerdì?', '2026-11-27', '2026-11-27'],
  ])('%s', (text, from, to) => {
    expect(slots(text)).toEqual(['absent_today', from, to, null]);
  });

  it('"chi ha la repe a natale?" still asks who is on duty', () => {
    expect(read('chi ha la repe a natale?').intent).toBe('on_duty');
  });
});

describe('a month named inside a year named as context gives the month', () => {
  const june = '2027-06-14';
  it.each([
    ["quest'anno prendo luglio di ferie", '2027-07-01', '2027-07-31'],
    ["per quest'anno metto le ferie a ottobre", '2027-10-01', '2027-10-31'],
    ["l'anno prossimo ferie a marzo", '2028-03-01', '2028-03-31'],
    ["quest'anno a dicembre ho udienze?", '2027-12-01', '2027-12-31'],
  ])('%s', (text, from, to) => {
    const u = read(text, june);
    expect([u.from, u.to]).toEqual([from, to]);
  });

  it('the year alone is still the rest of the year', () => {
    const u = read("ferie quest'anno?", june);
    expect([u.from, u.to]).toEqual([june, '2027-12-31']);
  });
});

describe('a symptom\'s onset is the story when the day one stays away is said', () => {
  const monday = '2027-07-26';
  it.each([
    ['mal di gola da ieri, oggi resto a casa', '2027-07-26', '2027-07-26'],
    ['raffreddato da ieri, domani non vengo', '2027-07-27', '2027-07-27'],
    ['febbre da sabato, oggi non ci sono', '2027-07-26', '2027-07-26'],
    ['da ieri ho la febbre, oggi non vengo', '2027-07-26', '2027-07-26'],
  ])('%s', (text, from, to) => {
    const u = read(text, monday);
    expect([u.intent, u.from, u.to]).toEqual(['absence_declare', from, to]);
  });

  it('an illness told from its start with no day of staying away still runs to today', () => {
    const u = read('sono malato da ieri', monday);
    expect([u.from, u.to]).toEqual(['2027-07-25', monday]);
  });
});

describe('a "poi rientro" with no date of its own ends nothing: the day before it is the last one away', () => {
  const monday = '2027-08-09';
  it.each([
    ['ferie fino a venerdì, poi rientro', '2027-08-13'],
    ['in ferie fino al 20, poi rientro', '2027-08-20'],
    ['ferie fino a domenica, poi torno', '2027-08-15'],
  ])('%s', (text, to) => {
    const u = read(text, monday);
    expect([u.intent, u.from, u.to]).toEqual(['absence_declare', monday, to]);
  });

  it('a day right before the return still says when one is back', () => {
    const u = read('malato da oggi, rientro venerdì', monday);
    expect([u.from, u.to]).toEqual([monday, '2027-08-12']);
  });
});
