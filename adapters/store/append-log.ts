import { fdatasyncSync, writeSync } from 'node:fs';
import { constants, open, readFile, writeFile, type FileHandle } from 'node:fs/promises';
import { CoalescingWriter } from './coalescing-writer.ts';
import { allocationFor, contentEnd, defaultExtentPolicy, writtenEnd, type ExtentPolicy } from './log-extent.ts';
import { parseLog, tornLineWarning, type ParsedLog } from './parse-log.ts';
import { StoreWriteError } from './store-errors.ts';
import { fileTimestamp } from './store-files.ts';

/**
 * One append-only JSON-lines log, owned by this process. Appends are serialised and group-committed:
 * the lines queued while a flush is in flight go out in the next single write + `datasync`, in call
 * order, and each `append` resolves once its own line is on disk. While open, the file keeps zero bytes
 * reserved after the records (see `log-extent.ts`), so that most flushes overwrite blocks the file
 * already owns and `datasync` has no metadata to commit; `close` cuts the reserve off.
 */
export class AppendLog {
  private queued: string[] = [];
  private synced = 0;
  private readonly writer = new CoalescingWriter(() => this.flushQueued());

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    /** Bytes known to be complete lines: where the next line goes, and where a failed write is cut back to. */
    private size: number,
    /** The file's length on disk: the records, then zero bytes reserved for the next ones. */
    private allocated: number,
    private readonly policy: ExtentPolicy,
  ) {}

  /**
   * Opens (creating it if missing) and repairs the log: a torn last line is cut off, after keeping it in
   * `<file>.torn-<timestamp>`, so that new lines never follow a fragment; a reserve left by a crash is
   * cut off too. Returns the warnings.
   */
  static async open(file: string, now: Date, policy: ExtentPolicy = defaultExtentPolicy): Promise<{ log: AppendLog; warnings: string[] }> {
    // Read-write without O_APPEND: lines are written at known offsets, inside the reserve.
    const handle = await open(file, constants.O_RDWR | constants.O_CREAT, 0o666);
    try {
      const { size } = await handle.stat();
      const complete = await completeLength(handle, await contentEnd(handle, size));
      const warnings: string[] = [];
      if (complete < size) {
        const fragmentEnd = await writtenEnd(handle, complete, size);
        if (fragmentEnd > complete) {
          const fragment = Buffer.alloc(fragmentEnd - complete);
          await handle.read(fragment, 0, fragment.length, complete);
          const keptIn = `${file}.torn-${fileTimestamp(now)}`;
          await writeFile(keptIn, fragment, { flag: 'wx' });
          const line = await countLines(file, complete);
          warnings.push(tornLineWarning(file, line + 1, keptIn));
        }
        await handle.truncate(complete);
        await handle.datasync();
      }
      return { log: new AppendLog(file, handle, complete, complete, policy), warnings };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Physical flushes performed so far. */
  get flushes(): number {
    return this.synced;
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
    const bytes = Buffer.alloc(this.size);
    const { bytesRead } = await this.handle.read(bytes, 0, bytes.length, 0);
    return parseLog(bytes.toString('utf-8', 0, bytesRead), this.file);
  }

  /** Waits for the appends requested, cuts the reserve off (leaving only complete lines) and closes. */
  async close(): Promise<void> {
    await this.writer.idle();
    try {
      if (this.allocated > this.size) {
        await this.handle.truncate(this.size);
        this.allocated = this.size;
      }
    } finally {
      await this.handle.close();
    }
  }

  /**
   * Writes and syncs the queued lines with blocking calls on this thread: one system call pair, no
   * round trip through the thread pool (whose hand-offs between threads were most of the latency tail
   * on a busy machine). The event loop turns once first, so that the work already scheduled (a burst of
   * requests being decided) queues its lines and shares this flush instead of waiting behind it.
   */
  private async flushQueued(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.queued.length === 0) return;
    const data = Buffer.from(this.queued.join(''), 'utf-8');
    this.queued = [];
    const end = this.size + data.length;
    const allocated = allocationFor(end, this.allocated, this.policy);
    try {
      const fd = this.handle.fd;
      writeFully(fd, data, this.size);
      // Growing: the new reserve goes out with these lines, under the same single datasync.
      if (allocated > this.allocated) {
        const from = Math.max(end, this.allocated);
        writeFully(fd, Buffer.alloc(allocated - from), from);
      }
      fdatasyncSync(fd);
      this.synced += 1;
      this.size = end;
      this.allocated = allocated;
    } catch (error) {
      // Leave no partial line behind the records that were acknowledged (the reserve goes with it).
      await this.handle.truncate(this.size).catch(() => undefined);
      this.allocated = this.size;
      throw new StoreWriteError(this.file, error);
    }
  }
}

/** Writes all of `data` at `position` (a regular file may take a large buffer in more than one write). */
function writeFully(fd: number, data: Buffer, position: number): void {
  for (let done = 0; done < data.length; ) done += writeSync(fd, data, done, data.length - done, position + done);
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
