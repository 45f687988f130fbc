import { open, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * A lowdb adapter that writes like lowdb's `JSONFile` (steno: a temporary file beside the target,
 * then `rename`, so a reader sees the old or the new document, never a mix) and also makes the write
 * durable: the temporary file is flushed before the rename and the folder after it. steno 4 does
 * neither, so after a power loss its rename could point to an empty or partial file.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private readonly temp: string;

  constructor(private readonly file: string) {
    this.temp = join(dirname(file), `.${basename(file)}.tmp`);
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf-8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    const text = JSON.stringify(data, null, 2);
    const handle = await open(this.temp, 'w');
    try {
      await handle.writeFile(text, 'utf-8');
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(this.temp, this.file);
    await syncFolder(dirname(this.file));
  }
}

/** Flushes a folder's entries (the rename). Not supported on Windows, where rename is already durable enough. */
export async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
