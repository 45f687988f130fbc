import { describe, expect, it } from 'vitest';
import { correctTypo } from '../../src/conversation/understanding/fuzzy-words.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';

describe('typos of the words that carry meaning', () => {
  it.each([
    ['feire', 'ferie'], ['udenze', 'udienze'], ['gennnaio', 'gennaio'], ['dicmbre', 'dicembre'],
    ['febraio', 'febbraio'], ['permeso', 'permesso'], ['udinza', 'udienza'], ['reperibilta', 'reperibilita'],
    // Cut short in chat.
    // A letter replaced by its neighbour on the keyboard, not the last one.
    ['camnio', 'cambio'], ['scanbio', 'scambio'], ['udiemza', 'udienza'],
    // A letter doubled or an inner one missing; absence words too.
    ['ferrie', 'ferie'], ['genra', 'genera'], ['febre', 'febbre'], ['asenti', 'assenti'], ['assenza', 'assenza'],
    ['dirett', 'direttissime'], ['reperib', 'reperibilita'], ['assegnaz', 'assegnazione'], ['udien', 'udienza'],
  ])('%s -> %s', (typed, meant) => {
    expect(correctTypo(typed)).toBe(meant);
  });

  it.each([['ferri'], ['domenici'], ['maggi'], ['settimane'], ['prossime'], ['russo'], ['gennari'], ['natali'], ['setti'], ['calenda'], ['cambia'], ['gatti'], ['galli'], ['marini'], ['conti'], ['gennaro']])('leaves %s alone (a surname or a real word)', (word) => {
    expect(correctTypo(word)).toBe(word);
  });

  it('reads a whole sentence with typos', () => {
    expect(understand('feire dal 10 al 12 dicembre', { today: '2026-11-23' })).toMatchObject({ intent: 'absence_declare', absenceType: 'ferie', from: '2026-12-10', to: '2026-12-12' });
    expect(understand('scambio con ferri sabato', { today: '2026-11-23' })).toMatchObject({ intent: 'swap', magistrate: 'ferri' });
  });
});
