import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/conversation/understanding/normalize-text.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';
import type { Understanding } from '../../src/conversation/understanding/understanding.ts';

/**
 * Central and Roman forms of chat read as the standard words they stand for: articles and prepositions,
 * "de", "c'ho / c'ha", the clitics "me / te", "j" for "gli"; and a child's illness, however the child is
 * called, as a congedo.
 */
const today = '2026-11-23';
const read = (text: string): Understanding => understand(text, { today });
const slots = (u: Understanding): string => `${u.intent} ${u.from}…${u.to} ${u.service ?? ''} ${u.absenceType ?? ''} ${u.magistrate ?? ''}`;
const words = (text: string): string => normalizeText(text).words.join(' ');

describe('Roman articles and prepositions', () => {
  it.each([
    ['er turno', 'il turno'], ['le ferie der 30', 'le ferie del 30'], ['dar 29 ar 2 gennaio', 'dal 29 al 2 gennaio'],
    ["er link pe' vedè i turni sur telefono", 'il link per vede i turni sul telefono'], ["a casa co' lui", 'a casa con lui'], ["'na richiesta", 'una richiesta'],
  ])('"%s" is "%s"', (dialect, standard) => {
    expect(words(dialect)).toBe(standard);
  });

  it('dates after them are read as after the standard words', () => {
    expect(slots(read('levame le ferie der 30, alla fine vengo'))).toBe('absence_cancel 2026-11-30…2026-11-30  ferie ');
    expect(slots(understand('ferie dar 29 ar 2 gennaio, poi se rivedemo', { today: '2026-12-28' }))).toBe('absence_declare 2026-12-29…2027-01-02  ferie ');
    expect(slots(understand('ao chi c\'ha la repe er primo de gennaio?', { today: '2026-12-28' }))).toBe('on_duty 2027-01-01…2027-01-01 reperibilita  ');
  });

  it('"de" is "di", but the particle of a surname stays', () => {
    expect(words('la repe de dicembre')).toBe('la repe di dicembre');
    expect(read('De Santis sta de direttissime giovedì?').magistrate).toBe('de santis');
    expect(read('che turni ha de rosa a dicembre?').magistrate).toBe('de rosa');
  });
});

describe('"c\'ho", "me / te", "j"', () => {
  it.each(['ho', 'hai', 'ha', 'abbiamo', 'avete', 'hanno'])('"c\'%s" is the verb alone, "c\'è" stays', (verb) => {
    expect(words(`chi c'${verb} la repe?`)).toBe(`chi ${verb} la repe`);
    expect(words("c'è qualcuno?")).toBe("c' e qualcuno");
  });

  it('having duties said with "c\'ho"', () => {
    expect(slots(understand('che c\'ho fino a domenica?', { today: '2026-12-28' }))).toBe('duties 2026-12-28…2027-01-03   ');
    expect(read("'sto sabato c'ho la repe?").intent).toBe('duties');
  });

  it('"me / te" before a verb are the clitics, after a verb or a preposition the stressed pronoun', () => {
    expect(words('Ceccarelli, me copri la repe der 12?')).toBe('ceccarelli mi copri la repe del 12');
    expect(words('io te faccio er 28')).toBe('io ti faccio il 28');
    expect(words('Rossi copre me sabato')).toBe('rossi copre me sabato');
    expect(words('scambiare con me la repe')).toBe('scambiare con me la repe');
    expect(words('me lo fai tu?')).toBe('me lo fai tu');
  });

  it('"j" is "gli", and "pigliare" is "prendere"', () => {
    expect(words("mi' fija")).toBe('mi figlia');
    expect(words('me pij tu la repe?')).toBe('mi prendi tu la repe');
    expect(slots(understand('Pietrangeli, me pij tu la repe de dom 21? io te faccio er 28', { today: '2027-02-10' }))).toBe('swap 2027-02-21…2027-02-21 reperibilita  pietrangeli');
  });
});

describe("a child's illness is a congedo, however the child is called", () => {
  const children = ['figlio', 'figlia', 'bambino', 'bimba', 'ragazzino', 'regazzino', 'pupo', 'piccolino', 'figlioletto', 'bimbetta', 'creatura'];
  it.each(children)('il %s', (child) => {
    for (const text of [`c'ho er ${child} malato, da domani a venerdì sto a casa co' lui`, `il ${child} ha la febbre, oggi resto a casa`, `oggi resto a casa, mio ${child} ha l'influenza`]) {
      expect(`${text} -> ${read(text).absenceType}`).toBe(`${text} -> congedo`);
    }
  });

  it.each(['la scuola di mio figlio è chiusa, domani resto a casa', 'sciopero della scuola, domani sto a casa coi bambini', "l'asilo è chiuso per sciopero, domani resto a casa con la piccola"])('caring for a child at home, no illness named, is a congedo too: %s', (text) => {
    expect(read(text).absenceType).toBe('congedo');
  });

  it('one\'s own illness stays malattia', () => {
    expect(read('sto male, resto a casa coi bambini').absenceType).toBe('malattia');
    expect(read('sono malato, oggi resto a casa').absenceType).toBe('malattia');
    expect(read('c\'ho la febbre, oggi nun vengo').absenceType).toBe('malattia');
  });
});

describe('what turnario can do, asked in any person or with the Roman infinitive', () => {
  it.each(["ma 'sto coso che sa fa'?", 'cosa sa fare questo bot?', 'che cosa sapete fare?', 'cosa puoi fare?', 'che può fare questo assistente?'])('%s', (text) => {
    expect(read(text).intent).toBe('help');
  });
});

describe('idioms after a preposition name no colleague', () => {
  it.each(['al limite me la prendo io', 'ar limite me la prendo io', 'al volo me la prendo io'])('%s', (text) => {
    expect(read(text).magistrate).toBeNull();
  });
});

describe('"ce sta", "quarcuno", interjections', () => {
  it.each(['aò, ce sta quarcuno de turno stanotte?', "c'è qualcuno di turno stanotte?", "c'è qualcuno reperibile stanotte?", "c'è un collega di turno stanotte?"])('asking whether someone is on duty: %s', (text) => {
    const u = read(text);
    expect(`${u.intent} ${u.from}`).toBe('on_duty 2026-11-23');
  });

  it.each(['daje', 'ao', 'annamo', 'mannaggia'])('"%s, chi me copre domenica?" names no colleague', (word) => {
    expect(read(`${word}, chi me copre domenica?`).magistrate).toBeNull();
  });
});

describe('not being there, in Roman', () => {
  it.each(["oggi nun ce sto, c'ho er dentista", 'domani non ci sto, ho il dentista'])('%s', (text) => {
    const u = read(text);
    expect([u.intent, u.absenceType]).toEqual(['absence_declare', 'malattia']);
  });
});
