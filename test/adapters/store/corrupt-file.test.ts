import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLowdbStore, StoreOpenError } from '../../../adapters/store/index.ts';
import { fixedClock, tempDirs, rejectionOf } from './helpers.ts';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

const cases = [
  { name: 'garbage', content: 'questo non è JSON {{{', reason: /non è un JSON valido/ },
  { name: 'JSON cut in the middle', content: '{\n  "schemaVersion": 1,\n  "absences": [\n', reason: /non è un JSON valido: il testo si interrompe prima della fine/ },
  { name: 'a stray comma', content: '{\n  "schemaVersion": 1,\n}', reason: /non è un JSON valido alla riga 3, colonna 1/ },
  {
    name: 'valid JSON failing the schema',
    content: JSON.stringify({ schemaVersion: 1, absences: [{ id: 'a1', type: 'vacanza' }] }),
    reason: /dati non validi: absences\[0\]/,
  },
  { name: 'JSON without a schema version', content: '[1, 2, 3]', reason: /schemaVersion/ },
];

describe('corrupt main file', () => {
  it.each(cases)('$name: open fails in Italian, the file is untouched, a backup is kept', async ({ content, reason }) => {
    const dir = await dirs.make();
    const main = join(dir, 'turnario.json');
    await writeFile(main, content);

    const openError = await rejectionOf(openLowdbStore({ dir, clock: fixedClock() }), StoreOpenError);

    expect(openError.code).toBe('corrupt');
    expect(openError.message).toContain(`Il file dei dati ${main} è danneggiato`);
    expect(openError.message).toMatch(reason);
    expect(openError.message).toContain('è stata conservata una copia');
    const backup = join(dir, 'turnario.json.corrupt-2026-11-23T09-30-00.000Z');
    expect(openError.backup).toBe(backup);
    expect(openError.message).toContain(backup);
    expect(await readFile(main, 'utf-8')).toBe(content);
    expect(await readFile(backup, 'utf-8')).toBe(content);
    // The failed open released the folder.
    expect(await readdir(dir)).not.toContain('turnario.lock');
  });

  it('never replaces an earlier backup taken at the same instant', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, 'turnario.json'), 'rotto');
    await rejectionOf(openLowdbStore({ dir, clock: fixedClock() }), StoreOpenError);
    const second = await rejectionOf(openLowdbStore({ dir, clock: fixedClock() }), StoreOpenError);
    expect(second.backup).toBe(join(dir, 'turnario.json.corrupt-2026-11-23T09-30-00.000Z-1'));
  });

  it('treats an empty file as an empty store', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, 'turnario.json'), '  \n');
    const store = await openLowdbStore({ dir });
    expect(store.snapshot().absences).toEqual([]);
    await store.close();
  });
});
