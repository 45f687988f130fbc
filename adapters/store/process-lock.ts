import { open, readFile, unlink } from 'node:fs/promises';
import { isMissing } from './durable-json-file.ts';
import { StoreOpenError } from './store-errors.ts';

/**
 * The lock file that makes one process the owner of a store folder. It holds the owner's pid and,
 * on a second line, the instant that process started (`performance.timeOrigin`), so that a lock left
 * by an earlier process that had the same pid (pid 1 in a container) is recognised as stale.
 *
 * Not guarded: two processes taking over the same stale lock at the same instant.
 */
export interface ProcessLock {
  readonly file: string;
  release(): Promise<void>;
}

interface LockOwner {
  pid: number;
  startedAt: number | null;
}

export async function acquireProcessLock(file: string, dir: string): Promise<ProcessLock> {
  const own = `${process.pid}\n${performance.timeOrigin}\n`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(own, 'utf-8');
        await handle.datasync();
      } catch (error) {
        await handle.close();
        await unlink(file);
        throw error;
      }
      await handle.close();
      return { file, release: () => releaseIfOwn(file, own) };
    } catch (error) {
      if (!isAlreadyThere(error)) throw error;
    }
    const owner = await readOwner(file);
    if (owner === 'gone') continue;
    if (owner === null) {
      throw new StoreOpenError(
        'lock-unreadable',
        `Il file di blocco ${file} non indica quale processo usa la cartella ${dir}. ` +
          'Se nessun altro turnario è in esecuzione su questa cartella, elimina il file e riprova.',
        file,
      );
    }
    if (isRunning(owner)) throw lockedError(file, dir, owner.pid);
    // Stale: its process is gone. Take it over.
    await unlink(file).catch((e: unknown) => {
      if (!isMissing(e)) throw e;
    });
  }
  throw lockedError(file, dir, null);
}

function lockedError(file: string, dir: string, pid: number | null): StoreOpenError {
  const who = pid === null ? 'un altro processo' : `un altro processo di turnario (pid ${pid})`;
  return new StoreOpenError(
    'locked',
    `La cartella dei dati ${dir} è già in uso da ${who}: un solo processo alla volta può usarla. ` +
      `Chiudi quel processo e riprova (il blocco è nel file ${file}).`,
    file,
  );
}

async function readOwner(file: string): Promise<LockOwner | null | 'gone'> {
  let text: string;
  try {
    text = await readFile(file, 'utf-8');
  } catch (error) {
    if (isMissing(error)) return 'gone';
    throw error;
  }
  const [pidLine, startLine] = text.split('\n');
  const pid = Number(pidLine?.trim());
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  const startedAt = Number(startLine?.trim());
  return { pid, startedAt: startLine?.trim() && Number.isFinite(startedAt) ? startedAt : null };
}

function isRunning(owner: LockOwner): boolean {
  if (owner.pid === process.pid) {
    // Our own pid: a live lock only if it was written by this very process.
    return owner.startedAt === null || owner.startedAt === performance.timeOrigin;
  }
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

async function releaseIfOwn(file: string, own: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf-8');
  } catch (error) {
    if (isMissing(error)) return;
    throw error;
  }
  if (text === own) await unlink(file);
}

function isAlreadyThere(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EEXIST';
}
