import { STORE_SCHEMA_VERSION } from '../../src/domain/store-state.ts';
import { StoreOpenError } from './store-errors.ts';

/** Migrations by the version they start from: `migrations[n]` turns a version-n document into version n+1. */
export type StoreMigrations = Readonly<Record<number, (doc: unknown) => unknown>>;

/**
 * Brings a parsed document from `version` to `STORE_SCHEMA_VERSION`, one step at a time. After each
 * step the runner sets `schemaVersion` to the new version, so a migration only reshapes the data.
 */
export function migrateDocument(doc: unknown, version: number, migrations: StoreMigrations, file: string): unknown {
  let current = doc;
  for (let from = version; from < STORE_SCHEMA_VERSION; from += 1) {
    const step = migrations[from];
    if (!step) {
      throw new StoreOpenError(
        'migration-missing',
        `Il file dei dati ${file} ha la versione di schema ${from} e questa versione di turnario non sa ` +
          `aggiornarlo alla ${from + 1}. Il file non è stato modificato.`,
        file,
      );
    }
    try {
      current = step(structuredClone(current));
    } catch (error) {
      throw new StoreOpenError(
        'migration-failed',
        `L'aggiornamento del file dei dati ${file} dalla versione di schema ${from} alla ${from + 1} non è riuscito ` +
          `(${error instanceof Error ? error.message : String(error)}). Il file non è stato modificato.`,
        file,
        undefined,
        { cause: error },
      );
    }
    if (isRecord(current)) current = { ...current, schemaVersion: from + 1 };
  }
  return current;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
