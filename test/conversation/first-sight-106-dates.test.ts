import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The date and correction kinds of the misses of blind106-109 at first sight, each said in wordings other
 * than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });
const range = (text: string, on = today) => {
  const u = read(text, on);
  return [u.from, u.to];
};

describe('a date corrected to in another sentence or clause ("sabato 5? anzi no, domenica 6") wins', () => {
  it.each([
    ['lunedì 7 ho udienza? anzi no, martedì 8 volevo dire', '2026-12-08', '2026-12-08'],
    ['chi fa la repe il 3 dicembre? no scusa, il 4 dicembre', '2026-12-04', '2026-12-04'],
    ['sono di turno sabato? anzi, domenica intendevo', '2026-11-29', '2026-11-29'],
    ['che turni ho a dicembre? mi correggo: a gennaio', '2027-01-01', '2027-01-31'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });
});

describe('only one end of a range corrected keeps the other end', () => {
  it.each([
    ['ferie dal 3 al 5 dicembre, anzi no fino al 6', '2026-12-03', '2026-12-06'],
    ['congedo dal 3 al 7 dicembre, anzi no dal 4', '2026-12-04', '2026-12-07'],
    ['ferie dal 3 al 5 dicembre, anzi no dal 10', '2026-12-10', '2026-12-10'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });
});

describe('the day taken back named again after the correction is its reason, not a day asked', () => {
  it.each([
    ['martedì ferie, anzi no, mercoledì: martedì ho udienza', '2026-11-25', '2026-11-25'],
    ['il 3 dicembre malattia, anzi no, il 4: il 3 dicembre sono venuto', '2026-12-04', '2026-12-04'],
    ['venerdì congedo. no scusa, giovedì, che venerdì ho il collegio', '2026-11-26', '2026-11-26'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it.each([
    ['ferie il 3 e il 7 dicembre, anzi no, dal 5 al 7 dicembre', '2026-12-05', '2026-12-07'],
    ['turni scoperti tra natale e capodanno? anzi da oggi a capodanno', '2026-11-23', '2027-01-01'],
  ])('a day taken back that ends the corrected range stays: %s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it('two days corrected to both count', () => {
    expect(range('ferie giovedì, anzi no, venerdì e sabato')).toEqual(['2026-11-27', '2026-11-28']);
  });
});

describe('"prima di X" is a deadline when the period asked begins on X or later', () => {
  it.each([
    ['genera il calendario di febbraio prima del 20 gennaio', '2027-02-01', '2027-02-28'],
    ['pubblica marzo prima di fine febbraio', '2027-03-01', '2027-03-31'],
    ['prima di natale pubblichiamo gennaio, grazie', '2027-01-01', '2027-01-31'],
    ['la bozza di gennaio va fatta non oltre il 15 dicembre', '2027-01-01', '2027-01-31'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it('on the eve of the new year, January is published before Capodanno', () => {
    expect(range('pubblichiamo i turni di gennaio prima di capodanno', '2026-12-30')).toEqual(['2027-01-01', '2027-01-31']);
  });

  it.each([
    ['entro capodanno pubblichiamo gennaio', '2027-01-01', '2027-01-31'],
    ['entro lunedì mi dite i turni della settimana prossima?', '2026-11-30', '2026-12-06'],
  ])('"entro X" before a period that begins on X is a deadline too: %s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it('alone, "entro X" still runs from today', () => {
    expect(range('ferie entro il 3 dicembre')).toEqual(['2026-11-23', '2026-12-03']);
  });

  it.each([
    ['chi è di turno il giorno prima di natale?', '2026-12-24', '2026-12-24'],
    ['il venerdì prima di pasqua sono in ferie', '2027-03-26', '2027-03-26'],
  ])('a day before a holiday stays a day: %s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });
});

describe('an explicit "dal … al …" near a part of the month named as its occasion is the range', () => {
  const spring = '2027-04-20';
  it.each([
    ['il convegno di fine maggio è rinviato, togliete la formazione dal 30 maggio al 3 giugno', '2027-05-30', '2027-06-03'],
    ['a metà maggio sono via: ferie dal 12 al 16 maggio', '2027-05-12', '2027-05-16'],
    ['il corso di inizio maggio è saltato, annullate la formazione dal 4 al 6', '2027-05-04', '2027-05-06'],
  ])('%s', (text, from, to) => {
    expect(range(text, spring)).toEqual([from, to]);
  });

  it.each([
    ['il convegno di metà maggio è annullato: togliete la formazione del 13 e 14 maggio', '2027-05-13', '2027-05-14'],
    ['il corso di fine mese è saltato, annullate la formazione dal 27 al 29', '2027-04-27', '2027-04-29'],
    ['a inizio maggio il 3 sono in ferie', '2027-05-03', '2027-05-03'],
  ])('days inside the part named, with or without "dal": %s', (text, from, to) => {
    expect(range(text, spring)).toEqual([from, to]);
  });

  it('a part of the month as the start of a range stays its start', () => {
    expect(range('ferie da inizio maggio al 15 maggio', spring)).toEqual(['2027-05-01', '2027-05-15']);
  });
});

describe('a day in a causal "che" clause telling what one must do is the reason, the period asked stands', () => {
  it.each([
    ['ho la reperibilità la settimana prossima? che mercoledì devo andare a Roma per un convegno', '2026-11-30', '2026-12-06'],
    ['vorrei sapere se a dicembre ho udienze, che il 10 dovrei essere a Napoli', '2026-12-01', '2026-12-31'],
    ['mi dite se il mese prossimo ho turni, che il 4 devo andare a Potenza', '2026-12-01', '2026-12-31'],
    ['sono di turno questa settimana, che venerdì devo portare mio figlio dal medico?', '2026-11-23', '2026-11-29'],
  ])('%s', (text, from, to) => {
    expect(read(text).intent).toBe('duties');
    expect(range(text)).toEqual([from, to]);
  });

  it.each([
    ['volevo sapere se questa settimana ho turni, che giovedì sono a Lagonegro', '2026-11-23', '2026-11-29'],
    ['mi dite i turni di dicembre, che il 10 sono a Roma', '2026-12-01', '2026-12-31'],
  ])('told with what one is or does: %s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it('a reason told with "che io" leaves the question asked', () => {
    const u = read('chi fa la repe sabato, che io sono in ferie?');
    expect([u.intent, u.from, u.service]).toEqual(['on_duty', '2026-11-28', 'reperibilita']);
  });

  it('a day in the question itself stays asked', () => {
    expect(range('chi fa le convalide giovedì, che devo sapere chi chiamare')).toEqual(['2026-11-26', '2026-11-26']);
  });
});

describe('a service named only to widen the request past it ("non solo la reperibilità") is no service', () => {
  it.each([
    ['pubblica dicembre, non solo le udienze', 'calendar_publish'],
    ['genera le udienze di dicembre, anzi no, tutto il calendario', 'calendar_generate'],
    ['mi prepari la bozza di gennaio? tutti i turni, non solo la repe', 'calendar_generate'],
  ])('%s', (text, intent) => {
    const u = read(text);
    expect(u.intent).toBe(intent);
    expect(u.service).toBeNull();
  });

  it.each([
    ['mi prepari la bozza delle udienze di gennaio? anzi no, di tutto gennaio', 'calendar_generate'],
    ['genera la repe di febbraio, anzi no, tutto febbraio', 'calendar_generate'],
  ])('the month named for a service corrected to as a whole: %s', (text, intent) => {
    const u = read(text);
    expect([u.intent, u.service]).toEqual([intent, null]);
  });

  it.each([
    ['la reperibilità di dicembre è pronta?', 'reperibilita'],
    ['la repe del 5 dicembre? anzi no, di tutto dicembre', 'reperibilita'],
    ['genera la repe di gennaio, anzi no, di febbraio', 'reperibilita'],
    ['genera le udienze di dicembre, non la repe', 'udienza'],
  ])('a service asked stays: %s', (text, service) => {
    expect(read(text).service).toBe(service);
  });
});

describe('other words of correcting a date: "o meglio", "pardon", "ops", a "no" right before the date', () => {
  it.each([
    ['sabato 5 ho le convalide? o meglio domenica 6', '2026-12-06', '2026-12-06'],
    ['ferie lunedì 30, pardon, martedì 1', '2026-12-01', '2026-12-01'],
    ['turni di dicembre? no, di gennaio', '2027-01-01', '2027-01-31'],
    ['sono di turno a dicembre? ops, gennaio', '2027-01-01', '2027-01-31'],
    ['chi fa la repe il 4 dicembre? no il 5', '2026-12-05', '2026-12-05'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });
});

describe('a correction that goes on with a complement changes the scope, not the request', () => {
  it.each([
    ['mi prepari la bozza della repe di gennaio? anzi no, di tutti i turni', 'calendar_generate'],
    ['pubblica le udienze di gennaio, anzi no, per tutti i servizi', 'calendar_publish'],
  ])('%s', (text, intent) => {
    const u = read(text);
    expect([u.intent, u.from, u.to, u.service]).toEqual([intent, '2027-01-01', '2027-01-31', null]);
  });

  it.each([
    ['ferie giovedì? anzi venerdì, che giovedì ho udienza', 'absence_declare', '2026-11-27'],
    ['chi fa la repe il 10 dicembre? anzi no l\'11, il 10 lo so già', 'on_duty', '2026-12-11'],
  ])('a correction of the day only keeps the request: %s', (text, intent, day) => {
    const u = read(text);
    expect([u.intent, u.from, u.to]).toEqual([intent, day, day]);
  });

  it('a correction with a request of its own still takes back the one before', () => {
    expect(read('genera gennaio, anzi no, chi è di turno domani?').intent).toBe('on_duty');
  });
});

describe('a service or absence type corrected to wins over the one before it', () => {
  it.each([
    ['ferie domani, anzi malattia', 'malattia'],
    ['congedo il 3 dicembre, anzi no, ferie il 3 e il 4', 'ferie'],
    ['sono malato, anzi no, in ferie domani', 'ferie'],
  ])('%s', (text, type) => {
    expect(read(text).absenceType).toBe(type);
  });

  it.each([
    ['chi fa la repe sabato? anzi no, le convalide', 'arrestati'],
    ['ho la repe sabato? anzi no, domenica', 'reperibilita'],
  ])('%s', (text, service) => {
    expect(read(text).service).toBe(service);
  });
});

describe('a colleague corrected to wins over the one named before', () => {
  it.each([
    ['scambio la repe di sabato con Rossi, anzi no, con Bianchi', 'bianchi'],
    ['il turno di domenica lo cedo a Neri, no scusa, a Verdi', 'verdi'],
    ['scambio con Rossi, anzi no, sabato', 'rossi'],
  ])('%s', (text, surname) => {
    expect(read(text).magistrate).toBe(surname);
  });
});

describe('a day added with "anzi anche", "e pure", "ma anche" is no correction: both count', () => {
  it.each([
    ['ferie sabato, anzi anche domenica', '2026-11-28', '2026-11-29'],
    ['ho la repe sabato? anzi pure domenica?', '2026-11-28', '2026-11-29'],
    ['ferie sabato, ma anche domenica', '2026-11-28', '2026-11-29'],
    ['ferie il 3 e anche il 4 dicembre', '2026-12-03', '2026-12-04'],
  ])('%s', (text, from, to) => {
    expect(range(text)).toEqual([from, to]);
  });

  it('the service named before stays', () => {
    expect(read('chi fa la repe sabato, anzi anche domenica?').service).toBe('reperibilita');
  });
});
