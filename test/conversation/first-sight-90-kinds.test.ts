import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind90-93 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-25'; // a Wednesday
const read = (text: string, on = today) => understand(text, { today: on });
const slots = (text: string, on = today) => {
  const u = read(text, on);
  return [u.intent, u.from, u.to, u.magistrate];
};

describe('"mi sai fare" / "mi sai dire" alone asks what turnario can do', () => {
  it.each([
    ['cosa mi sai fare?'],
    ['ciao, che ci sai dire?'],
    ['che mi sapete fare'],
    ['cosa ci sai dire?'],
  ])('%s', (text) => {
    expect(read(text).intent).toBe('help');
  });

  it('"cosa mi sai dire" about a day still asks the duties', () => {
    expect(read('cosa mi sai dire dei turni di venerdì?').intent).toBe('duties');
  });
});

describe('reminders "for the duties of a day" that went out ask the jobs status, not the duties', () => {
  it.each([
    ['le notifiche per le udienze di domani sono partite?'],
    ['gli avvisi per la repe di sabato prossimo sono andati?'],
    ['i promemoria dei turni di venerdì sono già usciti?'],
  ])('%s', (text) => {
    expect(slots(text)).toEqual(['jobs_status', null, null, null]);
  });
});

describe('putting the duties in the calendar of an app asks for the feed, and the app is no colleague', () => {
  it.each([
    ['come porto i turni sul calendario di teams'],
    ['come faccio a vedere i turni nel calendario di Teams?'],
    ['come metto i miei turni nel calendario?'],
    ['posso avere i turni nel calendario del telefono?'],
  ])('%s', (text) => {
    expect(slots(text)).toEqual(['calendar_feed', null, null, null]);
  });

  it('the calendar of a month is still the duties', () => {
    expect(slots('posso vedere i turni nel calendario di marzo?').slice(0, 2)).toEqual(['duties', '2027-03-01']);
  });
});

describe('southern "tengo" for "ho" asks one\'s duties', () => {
  it.each([
    ['che tengo domani?', '2026-11-26', '2026-11-26'],
    ['cosa tengo sabato?', '2026-11-28', '2026-11-28'],
    ['tengo da fare nel weekend?', '2026-11-28', '2026-11-29'],
    ['buongiorno, cosa tengo da fare fino a venerdì?', '2026-11-25', '2026-11-27'],
  ])('%s', (text, from, to) => {
    expect(slots(text)).toEqual(['duties', from, to, null]);
  });

  it('"che tengo la febbre" is still an illness', () => {
    expect(read('vi scrivo che tengo la febbre, domani non vengo').intent).toBe('absence_declare');
  });
});

describe('a demonstrative is never a colleague', () => {
  it.each([
    ['ho udienza quel venerdì?'],
    ['ho turni quel giorno? c\'è la recita di mia figlia'],
    ['sono di repe quei giorni?'],
  ])('%s', (text) => {
    expect(read(text).magistrate).toBeNull();
  });
});

describe('a capitalised common word or ordinal right after "collega"/"dott.ssa" is the colleague', () => {
  it.each([
    ['scambio la repe di sabato con il collega Primo', 'primo'],
    ['la collega Bella ha la repe domenica?', 'bella'],
    ['il collega Secondo è di turno domani?', 'secondo'],
    ['cedo l\'udienza di venerdì alla collega Quarta', 'quarta'],
  ])('%s', (text, name) => {
    expect(read(text).magistrate).toBe(name);
  });

  it('a capitalised title takes nobody after it ("il Procuratore Aggiunto"), nor a weekday ("la collega Sabato")', () => {
    expect(read('il Procuratore Aggiunto ha la repe?').magistrate).toBeNull();
  });
});

describe('an end day without month after a start with its month is in the start\'s month; a count agrees with its noun', () => {
  it.each([
    ['ferie dal 2 marzo al 6 settimana bianca', '2027-03-02', '2027-03-06'],
    ['ferie dal 1° marzo al 4, settimana bianca coi figli', '2027-03-01', '2027-03-04'],
    ['ferie per 3 settimane da lunedì', '2026-11-30', '2026-12-20'],
  ])('%s', (text, from, to) => {
    expect(slots(text).slice(0, 3)).toEqual(['absence_declare', from, to]);
  });
});

describe('a bridge or holiday named before its explicit days gives those days', () => {
  it.each([
    ['chi copre il ponte del 2 giugno, dal 31 maggio al 2 giugno?', 'on_duty', '2027-05-31', '2027-06-02'],
    ['ferie per il ponte dell\'Immacolata, dal 6 all\'8 dicembre', 'absence_declare', '2027-12-06', '2027-12-08'],
    ['copertura udienze nel ponte: giovedì 30 e venerdì 1 ottobre', 'coverage_status', '2027-09-30', '2027-10-01'],
    ['ferie il 31 e l\'1 gennaio', 'absence_declare', '2027-12-31', '2028-01-01'],
  ])('%s', (text, intent, from, to) => {
    expect(slots(text, '2027-04-15').slice(0, 3)).toEqual([intent, from, to]);
  });

  it('a list within one month is unchanged', () => {
    expect(slots('ferie 24 25 e 26 dicembre', '2027-04-15').slice(1, 3)).toEqual(['2027-12-24', '2027-12-26']);
  });
});
