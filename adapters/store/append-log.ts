import { open, readFile, writeFile, type FileHandle } from 'node:fs/promises';
import { CoalescingWriter } from './coalescing-writer.ts';
import { parseLog, tornLineWarning, type ParsedLog } from './parse-log.ts';
import { StoreWriteError } from './store-errors.ts';
import { fileTimestamp } from './store-files.ts';

/**
 * One append-only JSON-lines log, owned by this process. Appends are serialised and group-committed:
 * the lines queued while a flush is in flight go out in the next single write + `datasync`, in call
 * order, and each `append` resolves once its own line is on disk.
 */
export class AppendLog {
  private queued: string[] = [];
  private readonly writer = new CoalescingWriter(() => this.flushQueued());

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    /** Bytes known to be complete lines: where a failed write is cut back to. */
    private size: number,
  ) {}

  /**
   * Opens (creating it if missing) and repairs the log: a torn last line is cut off, after keeping it in
   * `<file>.torn-<timestamp>`, so that new lines never follow a fragment. Returns the warnings.
   */
  static async open(file: string, now: Date): Promise<{ log: AppendLog; warnings: string[] }> {
    const handle = await open(file, 'a+');
    try {
      const { size } = await handle.stat();
      const complete = await completeLength(handle, size);
      const warnings: string[] = [];
      if (complete < size) {
        const fragment = Buffer.alloc(size - complete);
        await handle.read(fragment, 0, fragment.length, complete);
        const keptIn = `${file}.torn-${fileTimestamp(now)}`;
        await writeFile(keptIn, fragment, { flag: 'wx' });
        await handle.truncate(complete);
        await handle.datasync();
        const line = await countLines(file, complete);
        warnings.push(tornLineWarning(file, line + 1, keptIn));
      }
      return { log: new AppendLog(file, handle, complete), warnings };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Physical flushes performed so far. */
  get flushes(): number {
    return this.writer.writes;
  }

  /** Serialises `record` now (later changes to it are not logged) and resolves once its line is durable. */
  append(record: unknown): Promise<void> {
    const line = JSON.stringify(record);
    if (line === undefined) {
      return Promise.reject(new TypeError(`Il registro ${this.file} accetta solo valori JSON: ricevuto ${typeof record}.`));
    }
    this.queued.push(`${line}\n`);
    return this.writer.request();
  }

  /** Every record, oldest first, after the appends already requested. */
  async read(): Promise<ParsedLog> {
    await this.writer.idle();
    return parseLog(await readFile(this.file, 'utf-8'), this.file);
  }

  async close(): Promise<void> {
    await this.writer.idle();
    await this.handle.close();
  }

  private async flushQueued(): Promise<void> {
    if (this.queued.length === 0) return;
    const data = Buffer.from(this.queued.join(''), 'utf-8');
    this.queued = [];
    try {
      await this.handle.write(data);
      await this.handle.datasync();
      this.size += data.length;
    } catch (error) {
      // Leave no partial line behind the records that were acknowledged.
      await this.handle.truncate(this.size).catch(() => undefined);
      throw new StoreWriteError(this.file, error);
    }
  }
}

/** The length of the prefix that ends with `\n` (the whole file when it ends with one). */
async function completeLength(handle: FileHandle, size: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024);
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - chunk.length);
    const { bytesRead } = await handle.read(chunk, 0, end - start, start);
    const at = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
    if (at >= 0) return start + at + 1;
    end = start;
  }
  return 0;
}

async function countLines(file: string, length: number): Promise<number> {
  const bytes = await readFile(file);
  let lines = 0;
  for (let i = 0; i < Math.min(length, bytes.length); i += 1) if (bytes[i] === 0x0a) lines += 1;
  return lines;
}
