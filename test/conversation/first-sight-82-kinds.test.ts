import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind82-85 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });
const slots = (text: string, on = today) => {
  const u = read(text, on);
  return [u.intent, u.from, u.to, u.magistrate];
};

describe('a calendar that exists, told as the context of a question about one\'s duties, asks no generating', () => {
  it.each([
    ['non ho ancora guardato il nuovo calendario: domenica sono di turno?', '2026-11-29'],
    ['nel nuovo calendario ho udienza venerdì?', '2026-11-27'],
    ['avete rifatto il calendario, sabato tocca a me?', '2026-11-28'],
    ['il calendario di dicembre è stato rigenerato: domenica sono di repe?', '2026-11-29'],
    ['hanno già ricalcolato i turni, sono di turno domani?', '2026-11-24'],
  ])('%s', (text, day) => {
    expect(slots(text)).toEqual(['duties', day, day, null]);
  });

  it.each([
    'serve un nuovo calendario per gennaio',
    'nuovo calendario di marzo',
    'rifate il calendario di settembre',
    'va generato il calendario di febbraio',
  ])('%s: still a request to generate', (text) => {
    expect(read(text).intent).toBe('calendar_generate');
  });
});

describe('a change of plans is no swap, a town after "di" in a reason no colleague, a message written "per" a request no reason', () => {
  it.each([
    ['annullate la malattia di domani, scusate il cambio', 'absence_cancel', '2026-11-24'],
    ['togliete le ferie del 3 dicembre: cambio di programma', 'absence_cancel', '2026-12-03'],
    ['vi scrivo per cancellare il permesso di venerdì, la rapina di Airola va in udienza prima. Scusate il cambio di piani.', 'absence_cancel', '2026-11-27'],
  ])('%s', (text, intent, day) => {
    expect(slots(text)).toEqual([intent, day, day, null]);
  });

  it.each([
    ['mi serve un cambio per sabato', null],
    ['chi mi dà il cambio domenica?', null],
    ['cambio di turno con Rossi il 5 dicembre', 'rossi'],
  ])('%s: still a swap', (text, colleague) => {
    const u = read(text);
    expect([u.intent, u.magistrate]).toEqual(['swap', colleague]);
  });
});

describe('a colleague\'s device named as the reason they cannot look asks their duties, not the calendar link', () => {
  it('asks the colleague\'s duties that day', () => {
    const u = read('la collega Ferri vorrebbe sapere se ha l\'udienza giovedì, dal telefono non riesce a vedere il calendario');
    expect([u.intent, u.from, u.service, u.magistrate]).toEqual(['duties', '2026-11-26', 'udienza', 'ferri']);
  });

  it.each(['dal cellulare non riesco ad aprire i turni, mi mandate il link?', 'sul telefono non vedo più i turni'])('%s: the writer\'s own device still asks for the link', (text) => {
    expect(read(text).intent).toBe('calendar_feed');
  });
});

describe('the day something was told dates the telling, not the request, when another date is named', () => {
  it.each([
    ['come detto ieri, annullate le ferie del 3 dicembre', 'absence_cancel', '2026-12-03', '2026-12-03'],
    ['come vi ho scritto lunedì scorso, togliete il permesso di venerdì 27', 'absence_cancel', '2026-11-27', '2026-11-27'],
    ['correggo quanto segnalato stamattina: sono in ferie dal 9 all\'11 dicembre, non dal 2', 'absence_declare', '2026-12-09', '2026-12-11'],
  ])('%s', (text, intent, from, to) => {
    expect(slots(text).slice(0, 3)).toEqual([intent, from, to]);
  });

  it('alone, the past day still dates the message', () => {
    expect(slots('come detto ieri, ero malato').slice(0, 3)).toEqual(['absence_declare', '2026-11-22', '2026-11-22']);
  });
});

describe('the writer\'s own absence told beside a question about who is on duty leaves the question its own range', () => {
  it.each([
    ['chi fa le direttissime la settimana prossima? sono in malattia da giovedì', '2026-11-30', '2026-12-06'],
    ['chi è di turno a dicembre? io sono in ferie dal 20', '2026-12-01', '2026-12-31'],
  ])('%s', (text, from, to) => {
    expect(slots(text).slice(0, 3)).toEqual(['on_duty', from, to]);
  });
});

describe('an explicit "dal … al …" inside a week named as context gives the explicit days', () => {
  it.each([
    ['la settimana prossima sono in ufficio, togliete le ferie dal 1 al 3 dicembre', 'absence_cancel', '2026-12-01', '2026-12-03'],
    ['questa settimana ci sono solo io, segnate il permesso dal 25 al 26', 'absence_declare', '2026-11-25', '2026-11-26'],
  ])('%s', (text, intent, from, to) => {
    expect(slots(text).slice(0, 3)).toEqual([intent, from, to]);
  });
});

describe('a place after "per" with a verb of leaving is no colleague', () => {
  it.each([
    ['sabato sono di turno? devo partire per la montagna', 'duties'],
    ['chi fa le direttissime domenica? sono partito per il mare', 'on_duty'],
  ])('%s', (text, intent) => {
    const u = read(text);
    expect([u.intent, u.magistrate]).toEqual([intent, null]);
  });
});

describe('a bare day range with a dash and no month ("del 27-31") is those days of this month, next month\'s when past', () => {
  it.each([
    ['togli il permesso del 25-27', '2026-11-25', '2026-11-27', '2026-11-23'],
    ['ferie 28-30, grazie', '2026-11-28', '2026-11-30', '2026-11-23'],
    ['malattia del 3-4', '2026-12-03', '2026-12-04', '2026-11-23'],
    ['ferie 29-2', '2026-11-29', '2026-12-02', '2026-11-23'],
  ])('%s', (text, from, to, on) => {
    expect(slots(text, on).slice(1, 3)).toEqual([from, to]);
  });
});

describe('a surname with its particle written with a capital keeps the particle', () => {
  it.each([
    ['metti malattia Da Ros domani', 'da ros'],
    ['ferie Di Marco dal 3 al 5 dicembre', 'di marco'],
    ['registra permesso De Rosa venerdì', 'de rosa'],
    ['segna formazione Lo Presti il 2 dicembre', 'lo presti'],
    ['che turni ha Della Valle a dicembre?', 'della valle'],
  ])('%s', (text, colleague) => {
    expect(read(text).magistrate).toBe(colleague);
  });

  it('a lower-case "di" after the absence is still a preposition', () => {
    expect(read('Ferie di Lauro dal 3 al 5 dicembre').magistrate).toBe('lauro');
  });
});
