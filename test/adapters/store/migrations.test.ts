import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLowdbStore, StoreOpenError } from '../../../adapters/store/index.ts';
import { STORE_SCHEMA_VERSION } from '../../../src/domain/store-state.ts';
import { fixedClock, tempDirs, rejectionOf } from './helpers.ts';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

/** Version 0 kept absences under `assenze`. */
const legacy = { schemaVersion: 0, assenze: [], meta: { office: 'procura-demo' } };
const migrations = {
  0: (doc: unknown) => {
    const { assenze, ...rest } = doc as { assenze: unknown[] };
    return { ...rest, absences: assenze };
  },
};

describe('schema migrations', () => {
  it('migrates an older file at open, writes it back and keeps the original', async () => {
    expect(STORE_SCHEMA_VERSION).toBe(1);
    const dir = await dirs.make();
    const main = join(dir, 'turnario.json');
    await writeFile(main, JSON.stringify(legacy));

    const store = await openLowdbStore({ dir, migrations, clock: fixedClock() });
    expect(store.snapshot()).toMatchObject({ schemaVersion: 1, absences: [], meta: { office: 'procura-demo' } });
    await store.close();

    const written = JSON.parse(await readFile(main, 'utf-8')) as Record<string, unknown>;
    expect(written.schemaVersion).toBe(1);
    expect(written).not.toHaveProperty('assenze');
    const backup = join(dir, 'turnario.json.pre-migration-v0-2026-11-23T09-30-00.000Z');
    expect(JSON.parse(await readFile(backup, 'utf-8'))).toEqual(legacy);
  });

  it('refuses an older file when a migration step is missing, leaving it untouched', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, 'turnario.json'), JSON.stringify(legacy));
    const error = await rejectionOf(openLowdbStore({ dir }), StoreOpenError);
    expect(error.code).toBe('migration-missing');
    expect(error.message).toContain('versione di schema 0');
    expect(JSON.parse(await readFile(join(dir, 'turnario.json'), 'utf-8'))).toEqual(legacy);
  });

  it('refuses a file written by a newer turnario, in Italian, leaving it untouched', async () => {
    const dir = await dirs.make();
    const content = JSON.stringify({ schemaVersion: 99, absences: [] });
    await writeFile(join(dir, 'turnario.json'), content);
    const error = await rejectionOf(openLowdbStore({ dir, migrations }), StoreOpenError);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error.code).toBe('too-new');
    expect(error.message).toContain('versione più recente di turnario (schema 99');
    expect(await readFile(join(dir, 'turnario.json'), 'utf-8')).toBe(content);
    expect((await readdir(dir)).filter((f) => f.includes('corrupt'))).toEqual([]);
  });

  it('refuses a migration that produces invalid data, leaving the file untouched', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, 'turnario.json'), JSON.stringify(legacy));
    const broken = { 0: () => ({ absences: 'nessuna' }) };
    const error = await rejectionOf(openLowdbStore({ dir, migrations: broken }), StoreOpenError);
    expect(error.code).toBe('migration-failed');
    expect(error.message).toMatch(/ha prodotto dati non validi \(absences: /);
    expect(JSON.parse(await readFile(join(dir, 'turnario.json'), 'utf-8'))).toEqual(legacy);
  });
});
