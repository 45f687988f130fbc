import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';
import type { Intent } from '../../src/conversation/understanding/understanding.ts';

/**
 * The kinds of the misses of blind54-57 at first sight, each said in wordings other than the missed one:
 * a return day ends an absence told from its start, a greeting to the group names nobody, conditional
 * requests for an exchange, visits by specialist, how-to questions, "generami / pubblicami" + a month.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string) => understand(text, { today });

describe('a return day ends an absence told from its start, the day before', () => {
  it.each([
    ["da stamattina sono a casa con l'influenza, rientro giovedì", '2026-11-23', '2026-11-25'],
    ['da giovedì sono in malattia per un intervento, rientro mercoledì 2', '2026-11-26', '2026-12-01'],
    ['giovedì ho la visita dal dentista, non ci sono; rientro venerdì', '2026-11-26', '2026-11-26'],
    ['da domani sono in ferie, rientro lunedì 30', '2026-11-24', '2026-11-29'],
    ['dal 25 in congedo, rientro il 2 dicembre', '2026-11-25', '2026-12-01'],
  ])('%s', (text, from, to) => {
    const u = read(text);
    expect(u.intent).toBe('absence_declare');
    expect([u.from, u.to]).toEqual([from, to]);
  });
});

describe('a greeting to the group is nobody\'s name', () => {
  it.each(['Ragazzi, oggi sono in malattia', 'Amici, domani sono in ferie', 'Carissimi, oggi non ci sono'])('%s', (text) => {
    expect(read(text).magistrate).toBeNull();
  });
  it.each(['Colleghi, domani sono in ferie', 'Buongiorno a tutti, domani sono in malattia'])('%s is the writer\'s own absence', (text) => {
    expect(read(text)).toMatchObject({ intent: 'absence_declare', magistrate: null });
  });
  it('a group asked about is still asked about: "colleghi in ferie domani?"', () => {
    expect(read('colleghi in ferie domani?').intent).toBe('absent_today');
  });
});

const intents: [string, Intent][] = [
  ['Bianchi, mi faresti cambio per la repe di sabato?', 'swap'],
  ['faresti cambio con me per le direttissime di giovedì?', 'swap'],
  ['mi faresti il favore di coprire la mia repe di domenica?', 'swap'],
  ['come faccio a segnare le ferie di dicembre?', 'help'],
  ['come si fa a chiedere uno scambio?', 'help'],
  ['come posso vedere i miei turni dal bot?', 'help'],
  ['generami aprile', 'calendar_generate'],
  ['generatemi maggio per favore', 'calendar_generate'],
  ['pubblicami aprile', 'calendar_publish'],
];

describe('conditional exchanges, how-to questions, staff commands with a clitic', () => {
  it.each(intents)('%s -> %s', (text, intent) => {
    expect(read(text).intent).toBe(intent);
  });
});

describe('a visit by a specialist is sick leave', () => {
  it.each(['domani ho la visita dal cardiologo, non ci sono', "giovedì visita dall' oculista, sono assente", 'domani sono dalla ginecologa, non vengo'])('%s', (text) => {
    const u = read(text);
    expect(u.intent).toBe('absence_declare');
    expect(u.absenceType).toBe('malattia');
  });
});
