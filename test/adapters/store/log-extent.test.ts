import { spawn } from 'node:child_process';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { AppendLog } from '../../../adapters/store/append-log.ts';
import { allocationFor, contentLength, defaultExtentPolicy } from '../../../adapters/store/log-extent.ts';
import { openLowdbStore } from '../../../adapters/store/index.ts';
import { fixedClock, tempDirs } from './helpers.ts';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

const zeros = (n: number) => Buffer.alloc(n);
const now = fixedClock().now();
const small = { first: 64, maxStep: 256 };

describe('reserve policy', () => {
  it('keeps the length while the bytes fit', () => {
    expect(allocationFor(100, 100)).toBe(100);
    expect(allocationFor(10, 4096)).toBe(4096);
  });

  it('starts at the first step, doubles with the file, and stops doubling at the largest step', () => {
    const { first, maxStep } = defaultExtentPolicy;
    expect(allocationFor(100, 0)).toBe(100 + first);
    expect(allocationFor(200 * 1024 + 1, 200 * 1024)).toBe(200 * 1024 + 1 + 200 * 1024);
    expect(allocationFor(100 * 1024 * 1024 + 1, 100 * 1024 * 1024)).toBe(100 * 1024 * 1024 + 1 + maxStep);
  });

  it('grows past a batch larger than a step', () => {
    expect(allocationFor(10_000, 0, small)).toBe(10_000 + 64);
  });

  it('finds where the records end: before the first zero byte', () => {
    expect(contentLength(Buffer.from('{"a":1}\n'))).toBe(8);
    expect(contentLength(Buffer.concat([Buffer.from('{"a":1}\n'), zeros(5), Buffer.from('x')]))).toBe(8);
    expect(contentLength(zeros(3))).toBe(0);
  });
});

describe('a pre-allocated log', () => {
  it('keeps a zero reserve after the records while open, reads back only the records, and cuts it at close', async () => {
    const file = join(await dirs.make(), 'audit.jsonl');
    const { log } = await AppendLog.open(file, now, small);
    await log.append({ n: 1 });
    const text = '{"n":1}\n';
    const open = await readFile(file);
    expect(open.length).toBe(text.length + 64);
    expect(open.subarray(0, text.length).toString()).toBe(text);
    expect(open.subarray(text.length).every((b) => b === 0)).toBe(true);
    expect((await log.read()).records).toEqual([{ n: 1 }]);
    await log.close();
    expect(await readFile(file, 'utf-8')).toBe(text);
  });

  it('keeps every line, in order, through many growths, sequential and concurrent', async () => {
    const file = join(await dirs.make(), 'audit.jsonl');
    const { log } = await AppendLog.open(file, now, small);
    const sizes = new Set<number>();
    for (let i = 0; i < 30; i += 1) {
      await log.append({ n: i, pad: 'x'.repeat(i) });
      sizes.add((await stat(file)).size);
    }
    await Promise.all(Array.from({ length: 50 }, (_, i) => log.append({ n: 30 + i })));
    const expected = [
      ...Array.from({ length: 30 }, (_, i) => ({ n: i, pad: 'x'.repeat(i) })),
      ...Array.from({ length: 50 }, (_, i) => ({ n: 30 + i })),
    ];
    expect((await log.read()).records).toEqual(expected);
    // Fewer lengths than appends: most appends wrote inside the reserve.
    expect(sizes.size).toBeLessThan(15);
    await log.close();
    const reopened = await AppendLog.open(file, now, small);
    expect(reopened.warnings).toEqual([]);
    expect((await reopened.log.read()).records).toEqual(expected);
    await reopened.log.close();
  });

  it('lets appends made by a chain of promise callbacks (a burst being decided) share one flush', async () => {
    const file = join(await dirs.make(), 'audit.jsonl');
    const { log } = await AppendLog.open(file, now, small);
    const acks: Promise<void>[] = [];
    let chain = Promise.resolve();
    for (let i = 0; i < 50; i += 1) chain = chain.then(() => void acks.push(log.append({ n: i })));
    await chain;
    await Promise.all(acks);
    expect(log.flushes).toBe(1);
    expect((await log.read()).records).toEqual(Array.from({ length: 50 }, (_, i) => ({ n: i })));
    await log.close();
  });

  it('after a crash, drops a reserve that follows complete lines, without a warning, and appends after the records', async () => {
    const dir = await dirs.make();
    const file = join(dir, 'audit.jsonl');
    await writeFile(file, Buffer.concat([Buffer.from('{"n":1}\n{"n":2}\n'), zeros(4096)]));
    const store = await openLowdbStore({ dir, clock: fixedClock(), warn: () => undefined });
    expect(store.warnings).toEqual([]);
    await store.append('audit', { n: 3 });
    expect(await store.readLog('audit')).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    await store.close();
    expect(await readFile(file, 'utf-8')).toBe('{"n":1}\n{"n":2}\n{"n":3}\n');
    expect((await readdir(dir)).filter((f) => f.includes('torn'))).toEqual([]);
  });

  it('after a crash, cuts a torn last line written into the reserve, keeps the fragment, warns', async () => {
    const dir = await dirs.make();
    const file = join(dir, 'audit.jsonl');
    await writeFile(file, Buffer.concat([Buffer.from('{"n":1}\n{"n":2}\n{"n":3,"act'), zeros(4096)]));
    const store = await openLowdbStore({ dir, clock: fixedClock(), warn: () => undefined });
    expect(store.warnings).toEqual([expect.stringContaining(`Il registro ${file} termina con una riga incompleta (riga 3)`)]);
    const kept = join(dir, 'audit.jsonl.torn-2026-11-23T09-30-00.000Z');
    expect(await readFile(kept, 'utf-8')).toBe('{"n":3,"act');
    await store.append('audit', { n: 4 });
    expect(await store.readLog('audit')).toEqual([{ n: 1 }, { n: 2 }, { n: 4 }]);
    await store.close();
    expect(await readFile(file, 'utf-8')).toBe('{"n":1}\n{"n":2}\n{"n":4}\n');
  });

  it('after a crash, treats a write torn across sectors (zeros, then later lines) as one fragment, never as records', async () => {
    const dir = await dirs.make();
    const file = join(dir, 'audit.jsonl');
    // The last flush held two lines; its middle never reached the disk, its end did.
    const torn = Buffer.concat([Buffer.from('{"n":2,"a'), zeros(512), Buffer.from('c"}\n{"n":3}\n')]);
    await writeFile(file, Buffer.concat([Buffer.from('{"n":1}\n'), torn, zeros(2048)]));
    const store = await openLowdbStore({ dir, clock: fixedClock(), warn: () => undefined });
    expect(store.warnings).toEqual([expect.stringContaining('riga incompleta (riga 2)')]);
    expect(await readFile(join(dir, 'audit.jsonl.torn-2026-11-23T09-30-00.000Z'))).toEqual(torn);
    expect(await store.readLog('audit')).toEqual([{ n: 1 }]);
    await store.append('audit', { n: 4 });
    await store.close();
    expect(await readFile(file, 'utf-8')).toBe('{"n":1}\n{"n":4}\n');
  });

  it('a file of zeros alone holds no records', async () => {
    const file = join(await dirs.make(), 'audit.jsonl');
    await writeFile(file, zeros(1000));
    const { log, warnings } = await AppendLog.open(file, now, small);
    expect(warnings).toEqual([]);
    expect((await log.read()).records).toEqual([]);
    await log.close();
    expect((await stat(file)).size).toBe(0);
  });
});

describe('a process killed while appending', () => {
  it('keeps every acknowledged record, in order, and leaves a clean file after reopen and close', async () => {
    const dir = await dirs.make();
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./crash-child.ts', import.meta.url)), dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acked = -1;
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        const lines = text.split('\n').slice(0, -1);
        // Past the first two growths of the reserve (about 1 KB a record), then killed mid-stream.
        if (lines.length >= 300 && acked < 0) {
          acked = Math.max(...lines.map(Number));
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => (acked < 0 ? reject(new Error(`child exited early: ${errors}`)) : undefined));
    });
    expect(await exited).toBe('SIGKILL');
    const file = join(dir, 'audit.jsonl');
    const left = await readFile(file);
    // The reserve was on disk when the process died.
    expect(left.at(-1)).toBe(0);

    const store = await openLowdbStore({ dir, warn: () => undefined });
    const records = (await store.readLog('audit')) as { n: number }[];
    expect(records.length).toBeGreaterThan(acked);
    expect(records.map((r) => r.n)).toEqual(records.map((_, i) => i));
    await store.append('audit', { n: records.length, pad: '' });
    await store.close();
    const text = await readFile(file, 'utf-8');
    expect(text.endsWith(`{"n":${records.length},"pad":""}\n`)).toBe(true);
    expect(text.split('\n')).toHaveLength(records.length + 2);
  });
});
