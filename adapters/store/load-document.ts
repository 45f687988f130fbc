import { readFile, writeFile } from 'node:fs/promises';
import { formatIssues } from '../../src/domain/format-issues.ts';
import { emptyStoreState, STORE_SCHEMA_VERSION, storeStateSchema, type StoreState } from '../../src/domain/store-state.ts';
import { isMissing } from './durable-json-file.ts';
import { isRecord, migrateDocument, type StoreMigrations } from './migrate-document.ts';
import { StoreOpenError, systemErrorCode } from './store-errors.ts';
import { fileTimestamp } from './store-files.ts';

export interface LoadedDocument {
  state: StoreState;
  /** The version the file had when it was older than the code and was migrated; it must be written back. */
  migratedFrom: number | null;
  /** The copy of the file kept before migrating. */
  backup: string | null;
}

/**
 * Reads and checks the main document. A missing or empty file is an empty store. A file that cannot be
 * parsed or fails the schema is never touched: a timestamped copy is written beside it and opening fails.
 */
export async function loadDocument(file: string, migrations: StoreMigrations, now: Date): Promise<LoadedDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if (isMissing(error)) return { state: emptyStoreState(), migratedFrom: null, backup: null };
    throw new StoreOpenError(
      'unreadable',
      `Non è stato possibile leggere il file dei dati ${file} (errore ${systemErrorCode(error)}). Il file non è stato modificato.`,
      file,
      undefined,
      { cause: error },
    );
  }
  const text = bytes.toString('utf-8');
  if (text.trim() === '') return { state: emptyStoreState(), migratedFrom: null, backup: null };

  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw await corrupt(file, bytes, now, `non è un JSON valido${jsonErrorPlace(text, error)}`);
  }
  const version = isRecord(doc) ? doc.schemaVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw await corrupt(file, bytes, now, 'manca il numero intero "schemaVersion"');
  }
  if (version > STORE_SCHEMA_VERSION) {
    throw new StoreOpenError(
      'too-new',
      `Il file dei dati ${file} è stato scritto da una versione più recente di turnario (schema ${version}; ` +
        `questa versione arriva alla ${STORE_SCHEMA_VERSION}). Aggiorna turnario. Il file non è stato modificato.`,
      file,
    );
  }
  const migratedFrom = version < STORE_SCHEMA_VERSION ? version : null;
  const migrated = migratedFrom === null ? doc : migrateDocument(doc, version, migrations, file);
  const parsed = storeStateSchema.safeParse(migrated);
  if (!parsed.success) {
    const issues = summarise(formatIssues(parsed.error.issues, storeStateSchema));
    if (migratedFrom !== null) {
      throw new StoreOpenError(
        'migration-failed',
        `L'aggiornamento del file dei dati ${file} dalla versione di schema ${migratedFrom} ha prodotto dati non validi ` +
          `(${issues}). Il file non è stato modificato.`,
        file,
      );
    }
    throw await corrupt(file, bytes, now, `dati non validi: ${issues}`);
  }
  const backup = migratedFrom === null ? null : await keepCopy(file, bytes, `pre-migration-v${migratedFrom}`, now);
  return { state: parsed.data, migratedFrom, backup };
}

async function corrupt(file: string, bytes: Buffer, now: Date, reason: string): Promise<StoreOpenError> {
  const backup = await keepCopy(file, bytes, 'corrupt', now);
  return new StoreOpenError(
    'corrupt',
    `Il file dei dati ${file} è danneggiato (${reason}). Il file non è stato modificato e ne è stata conservata ` +
      `una copia in ${backup}. Correggilo o ripristina un salvataggio precedente, poi riavvia turnario.`,
    file,
    backup,
  );
}

/** Writes `<file>.<label>-<timestamp>` with exactly the bytes that were read; never replaces an existing copy. */
async function keepCopy(file: string, bytes: Buffer, label: string, now: Date): Promise<string> {
  const base = `${file}.${label}-${fileTimestamp(now)}`;
  for (let n = 0; ; n += 1) {
    const backup = n === 0 ? base : `${base}-${n}`;
    try {
      await writeFile(backup, bytes, { flag: 'wx' });
      return backup;
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
}

function summarise(lines: string[]): string {
  const shown = lines.slice(0, 3).join('; ');
  return lines.length > 3 ? `${shown}; e altri ${lines.length - 3} problemi` : shown;
}

/** Where the JSON breaks, from V8's English message (`... at position 41`, `Unexpected end of JSON input`). */
function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  if (/end of JSON input/i.test(message)) return ': il testo si interrompe prima della fine';
  const match = /position (\d+)/.exec(message);
  if (!match) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` alla riga ${line}, colonna ${column}`;
}
