import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLowdbStore, StoreClosedError, StoreOpenError, StoreWriteError } from '../../../adapters/store/index.ts';
import { STORE_SCHEMA_VERSION, storeStateSchema } from '../../../src/domain/store-state.ts';
import { absenceFor, fixedClock, rejectionOf, tempDirs } from './helpers.ts';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

async function readMain(dir: string) {
  return storeStateSchema.parse(JSON.parse(await readFile(join(dir, 'turnario.json'), 'utf-8')));
}

describe('lowdb store', () => {
  it('creates its files and starts empty', async () => {
    const dir = join(await dirs.make(), 'nested', 'data');
    const store = await openLowdbStore({ dir, clock: fixedClock() });
    expect(store.snapshot()).toMatchObject({ schemaVersion: STORE_SCHEMA_VERSION, absences: [], calendars: [] });
    expect((await readdir(dir)).sort()).toEqual(['audit.jsonl', 'giada-ledger.jsonl', 'job-runs.jsonl', 'turnario.lock']);
    await store.close();
    expect((await readdir(dir)).sort()).toEqual(['audit.jsonl', 'giada-ledger.jsonl', 'job-runs.jsonl']);
  });

  it('keeps data across close and reopen', async () => {
    const dir = await dirs.make();
    const store = await openLowdbStore({ dir });
    const returned = await store.update((draft) => {
      draft.absences.push(absenceFor(1));
      draft.meta.nextId = 2;
      return draft.absences.length;
    });
    expect(returned).toBe(1);
    await store.append('audit', { action: 'prova' });
    await store.close();
    // Writes went through a temporary file that was renamed: nothing is left beside the data.
    expect((await readdir(dir)).sort()).toEqual(['audit.jsonl', 'giada-ledger.jsonl', 'job-runs.jsonl', 'turnario.json']);

    const reopened = await openLowdbStore({ dir });
    expect(reopened.snapshot().absences).toEqual([absenceFor(1)]);
    expect(reopened.snapshot().meta).toEqual({ nextId: 2 });
    expect(await reopened.readLog('audit')).toEqual([{ action: 'prova' }]);
    await reopened.close();
  });

  it('loses no update among 200 concurrent ones, with far fewer physical writes', async () => {
    const dir = await dirs.make();
    const store = await openLowdbStore({ dir });
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.update((draft) => void draft.absences.push(absenceFor(i)))));
    expect(store.snapshot().absences).toHaveLength(200);
    // Every update has resolved, so everything is on disk already, before close.
    expect((await readMain(dir)).absences).toHaveLength(200);
    const writes = store.stats().mainWrites;
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(writes).toBeLessThanOrEqual(5);
    await store.close();

    const reopened = await openLowdbStore({ dir });
    const ids = reopened.snapshot().absences.map((a) => a.magistrateId);
    expect(ids).toEqual(Array.from({ length: 200 }, (_, i) => `mag-${i}`));
    await reopened.close();
  });

  it('changes nothing, in memory or on disk, when a mutation throws', async () => {
    const dir = await dirs.make();
    const store = await openLowdbStore({ dir });
    await store.update((draft) => void draft.absences.push(absenceFor(1)));
    const before = store.snapshot();
    const onDiskBefore = await readFile(join(dir, 'turnario.json'), 'utf-8');
    const writesBefore = store.stats().mainWrites;

    await expect(
      store.update((draft) => {
        draft.absences.push(absenceFor(2));
        draft.meta.broken = true;
        throw new Error('regola violata');
      }),
    ).rejects.toThrow('regola violata');

    expect(store.snapshot()).toBe(before);
    expect(store.snapshot().absences).toHaveLength(1);
    expect(store.stats().mainWrites).toBe(writesBefore);
    expect(await readFile(join(dir, 'turnario.json'), 'utf-8')).toBe(onDiskBefore);
    await store.close();
  });

  it('writes each update before resolving it, even with later ones queued', async () => {
    const dir = await dirs.make();
    const store = await openLowdbStore({ dir });
    const first = store.update((draft) => void draft.absences.push(absenceFor(1)));
    await first;
    const second = store.update((draft) => void draft.absences.push(absenceFor(2)));
    await second;
    expect((await readMain(dir)).absences.map((a) => a.id)).toEqual(['a1', 'a2']);
    await store.close();
  });

  it('waits for pending writes on close and refuses work afterwards', async () => {
    const dir = await dirs.make();
    const store = await openLowdbStore({ dir });
    const pending = store.update((draft) => void draft.absences.push(absenceFor(7)));
    await store.close();
    await pending;
    expect((await readMain(dir)).absences).toHaveLength(1);
    await expect(store.update(() => undefined)).rejects.toBeInstanceOf(StoreClosedError);
    await expect(store.append('audit', {})).rejects.toThrow(/già stato chiuso/);
    await store.close();
  });
});

describe('lowdb store, when the file system refuses', () => {
  it('fails to open in Italian when the folder cannot be created', async () => {
    const parent = await dirs.make();
    await writeFile(join(parent, 'occupato'), 'un file, non una cartella');
    const error = await rejectionOf(openLowdbStore({ dir: join(parent, 'occupato') }), StoreOpenError);
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/^Non è stato possibile aprire la cartella dei dati .*occupato \(errore E[A-Z]+\)\.$/);
  });

  it('rejects an update whose write fails, in Italian, and saves it with the next write that succeeds', async () => {
    const dir = await dirs.make();
    const store = await openLowdbStore({ dir });
    const main = join(dir, 'turnario.json');
    // A non-empty folder where the document should be: the rename onto it fails.
    await mkdir(join(main, 'blocca'), { recursive: true });
    const error = await rejectionOf(store.update((draft) => void draft.absences.push(absenceFor(1))), StoreWriteError);
    expect(error.message).toMatch(/^Non è stato possibile salvare su disco in .*turnario\.json \(errore E[A-Z]+\)/);

    await rm(main, { recursive: true });
    await store.update((draft) => void draft.absences.push(absenceFor(2)));
    expect((await readMain(dir)).absences.map((a) => a.id)).toEqual(['a1', 'a2']);
    await store.close();
  });
});
