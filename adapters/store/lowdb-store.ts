import { mkdir } from 'node:fs/promises';
import { Low } from 'lowdb';
import { logNames, type LogName, type StoreState } from '../../src/domain/store-state.ts';
import { systemClock, type Clock, type DeepReadonly, type Store } from '../../src/ports.ts';
import { AppendLog } from './append-log.ts';
import { CoalescingWriter } from './coalescing-writer.ts';
import { DurableJsonFile } from './durable-json-file.ts';
import { loadDocument } from './load-document.ts';
import type { StoreMigrations } from './migrate-document.ts';
import type { ParsedLog } from './parse-log.ts';
import { acquireProcessLock, type ProcessLock } from './process-lock.ts';
import { StoreClosedError, StoreOpenError, StoreWriteError, systemErrorCode } from './store-errors.ts';
import { storeFiles } from './store-files.ts';
import { assertStoreInvariants } from '../../src/store-invariants.ts';

export interface LowdbStoreOptions {
  /** The data folder; created if missing. */
  dir: string;
  /** Migrations of older main documents (see `StoreMigrations`). */
  migrations?: StoreMigrations;
  /** For the timestamps of backup copies. */
  clock?: Clock;
  /** Receives Italian warnings (torn log lines). By default they go to stderr. */
  warn?: (message: string) => void;
}

export interface LowdbStoreStats {
  /** Physical writes of the main document since opening. */
  mainWrites: number;
  /** Physical flushes (write + datasync) of each log since opening. */
  logFlushes: Record<LogName, number>;
}

export interface LowdbStore extends Store {
  readonly dir: string;
  /** Italian warnings found while opening (torn log lines that were cut off). */
  readonly warnings: readonly string[];
  /** Like `readLog`, with the warnings returned instead of reported. */
  readLogWithWarnings(log: LogName): Promise<ParsedLog>;
  stats(): LowdbStoreStats;
  /** Waits for pending writes, closes the logs and releases the folder. Idempotent. */
  close(): Promise<void>;
}

/**
 * Opens the store in `dir`: takes the folder's lock, reads the main document once (migrating it when
 * older), opens the logs. From then on this process alone reads and writes the files.
 * Fails with a `StoreOpenError` (Italian message) when the folder is in use or the document is unusable.
 */
export async function openLowdbStore(options: LowdbStoreOptions): Promise<LowdbStore> {
  const clock = options.clock ?? systemClock;
  const warn = options.warn ?? ((message: string) => process.stderr.write(`${message}\n`));
  const files = storeFiles(options.dir);
  const lock = await inItalian(files.dir, async () => {
    await mkdir(files.dir, { recursive: true });
    return acquireProcessLock(files.lock, files.dir);
  });
  const logs = new Map<LogName, AppendLog>();
  try {
    const loaded = await loadDocument(files.main, options.migrations ?? {}, clock.now());
    const db = new Low<StoreState>(new DurableJsonFile<StoreState>(files.main), loaded.state);
    if (loaded.migratedFrom !== null) await db.write();
    const warnings: string[] = [];
    for (const name of logNames) {
      const opened = await AppendLog.open(files.log(name), clock.now());
      logs.set(name, opened.log);
      warnings.push(...opened.warnings);
    }
    warnings.forEach(warn);
    return new LowdbStoreImpl(files.dir, db, logs, lock, warnings, warn);
  } catch (error) {
    for (const log of logs.values()) await log.close();
    await lock.release();
    throw asOpenError(files.dir, error);
  }
}

async function inItalian<T>(dir: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asOpenError(dir, error);
  }
}

/** Keeps our own errors; wraps a system error (permissions, full disk) in an Italian one. */
function asOpenError(dir: string, error: unknown): unknown {
  if (error instanceof StoreOpenError || !(error instanceof Error && 'code' in error)) return error;
  return new StoreOpenError(
    'io',
    `Non è stato possibile aprire la cartella dei dati ${dir} (errore ${systemErrorCode(error)}).`,
    dir,
    undefined,
    { cause: error },
  );
}

class LowdbStoreImpl implements LowdbStore {
  private readonly writer: CoalescingWriter;
  private closed = false;

  constructor(
    readonly dir: string,
    /** lowdb's holder of the current state; `data` is replaced, never mutated. */
    private readonly db: Low<StoreState>,
    private readonly logs: ReadonlyMap<LogName, AppendLog>,
    private readonly lock: ProcessLock,
    readonly warnings: readonly string[],
    private readonly warn: (message: string) => void,
  ) {
    const file = storeFiles(dir).main;
    this.writer = new CoalescingWriter(() =>
      this.db.write().catch((error: unknown) => {
        throw new StoreWriteError(file, error);
      }),
    );
  }

  snapshot(): DeepReadonly<StoreState> {
    return this.db.data;
  }

  async update<T>(mutate: (draft: StoreState) => T): Promise<T> {
    this.assertOpen();
    const draft = structuredClone(this.db.data);
    // The result is copied so that the caller never holds a mutable handle into the state.
    const result = structuredClone(mutate(draft));
    assertStoreInvariants(this.db.data, draft);
    this.db.data = draft;
    await this.writer.request();
    return result;
  }

  async append(log: LogName, record: unknown): Promise<void> {
    this.assertOpen();
    await this.log(log).append(record);
  }

  async readLog(log: LogName): Promise<unknown[]> {
    const { records, warnings } = await this.readLogWithWarnings(log);
    warnings.forEach(this.warn);
    return records;
  }

  async readLogWithWarnings(log: LogName): Promise<ParsedLog> {
    this.assertOpen();
    return this.log(log).read();
  }

  stats(): LowdbStoreStats {
    const logFlushes = Object.fromEntries(logNames.map((name) => [name, this.log(name).flushes])) as Record<LogName, number>;
    return { mainWrites: this.writer.writes, logFlushes };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.writer.idle();
      for (const log of this.logs.values()) await log.close();
    } finally {
      await this.lock.release();
    }
  }

  private log(name: LogName): AppendLog {
    const log = this.logs.get(name);
    if (!log) throw new Error(`Registro sconosciuto: ${String(name)}.`);
    return log;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreClosedError(this.dir);
  }
}
