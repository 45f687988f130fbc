import { appendFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LogReadError, openLowdbStore } from '../../../adapters/store/index.ts';
import { parseLog } from '../../../adapters/store/parse-log.ts';
import { fixedClock, tempDirs, warnings, rejectionOf } from './helpers.ts';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

describe('append-only logs', () => {
  it('keeps 200 concurrent appends, in call order, across reopen, with few flushes', async () => {
    const dir = await dirs.make();
    const store = await openLowdbStore({ dir });
    await Promise.all(Array.from({ length: 200 }, (_, i) => store.append('audit', { n: i, action: 'prova' })));
    expect(store.stats().logFlushes.audit).toBeLessThanOrEqual(5);
    expect(store.stats().logFlushes['giada-ledger']).toBe(0);
    await store.close();

    const text = await readFile(join(dir, 'audit.jsonl'), 'utf-8');
    expect(text.split('\n')).toHaveLength(201);
    const reopened = await openLowdbStore({ dir });
    expect(await reopened.readLog('audit')).toEqual(Array.from({ length: 200 }, (_, i) => ({ n: i, action: 'prova' })));
    expect(await reopened.readLog('giada-ledger')).toEqual([]);
    await reopened.close();
  });

  it('keeps each log separate', async () => {
    const dir = await dirs.make();
    const store = await openLowdbStore({ dir });
    await Promise.all([store.append('audit', { a: 1 }), store.append('giada-ledger', { g: 1 }), store.append('audit', { a: 2 })]);
    expect(await store.readLog('audit')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(await store.readLog('giada-ledger')).toEqual([{ g: 1 }]);
    await store.close();
  });

  it('cuts off a torn last line at open, keeps the fragment, warns, and appends cleanly after it', async () => {
    const dir = await dirs.make();
    const log = join(dir, 'audit.jsonl');
    await writeFile(log, '{"n":1}\n{"n":2}\n{"n":3,"act');
    const seen = warnings();

    const store = await openLowdbStore({ dir, clock: fixedClock(), warn: seen.warn });
    const kept = join(dir, 'audit.jsonl.torn-2026-11-23T09-30-00.000Z');
    expect(store.warnings).toEqual([expect.stringContaining(`Il registro ${log} termina con una riga incompleta (riga 3)`)]);
    expect(store.warnings[0]).toContain(kept);
    expect(seen.list).toEqual(store.warnings);
    expect(await readFile(kept, 'utf-8')).toBe('{"n":3,"act');

    await store.append('audit', { n: 4 });
    expect(await store.readLog('audit')).toEqual([{ n: 1 }, { n: 2 }, { n: 4 }]);
    await store.close();
    expect(await readFile(log, 'utf-8')).toBe('{"n":1}\n{"n":2}\n{"n":4}\n');
    expect((await readdir(dir)).filter((f) => f.includes('torn'))).toEqual(['audit.jsonl.torn-2026-11-23T09-30-00.000Z']);
  });

  it('fails on a corrupt line before the last, naming the line, in Italian', async () => {
    const dir = await dirs.make();
    const store = await openLowdbStore({ dir });
    await store.append('audit', { n: 1 });
    await store.close();
    // Damaged while closed (while open the file belongs to the store, which writes at known offsets).
    await appendFile(join(dir, 'audit.jsonl'), 'non json\n{"n":3}\n');
    const reopened = await openLowdbStore({ dir });
    const error = await rejectionOf(reopened.readLog('audit'), LogReadError);
    expect(error).toBeInstanceOf(LogReadError);
    expect(error.line).toBe(2);
    expect(error.message).toContain('è danneggiato alla riga 2');
    await reopened.close();
  });

  it('rejects a record that is not JSON', async () => {
    const dir = await dirs.make();
    const store = await openLowdbStore({ dir });
    await expect(store.append('audit', undefined)).rejects.toThrow(/solo valori JSON/);
    expect(await store.readLog('audit')).toEqual([]);
    await store.close();
  });
});

describe('log parsing', () => {
  it.each([
    { text: '', records: [], warned: false },
    { text: '{"a":1}\n', records: [{ a: 1 }], warned: false },
    { text: '{"a":1}\n\n{"a":2}\n', records: [{ a: 1 }, { a: 2 }], warned: false },
    { text: '{"a":1}\n{"a"', records: [{ a: 1 }], warned: true },
    // A line is a record only once its newline is written, even if the fragment happens to parse.
    { text: '{"a":1}\n{"a":2}', records: [{ a: 1 }], warned: true },
  ])('$text', ({ text, records, warned }) => {
    const parsed = parseLog(text, 'audit.jsonl');
    expect(parsed.records).toEqual(records);
    expect(parsed.warnings.length > 0).toBe(warned);
  });
});
