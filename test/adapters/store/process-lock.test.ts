import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLowdbStore, StoreOpenError } from '../../../adapters/store/index.ts';
import { tempDirs, rejectionOf } from './helpers.ts';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  if (child.pid === undefined) throw new Error('could not start a child process');
  return child.pid;
}

describe('store folder lock', () => {
  it('refuses a second open while the first is open, in Italian, and allows it after close', async () => {
    const dir = await dirs.make();
    const first = await openLowdbStore({ dir });
    expect(await readFile(join(dir, 'turnario.lock'), 'utf-8')).toMatch(new RegExp(`^${process.pid}\n`));

    const error = await rejectionOf(openLowdbStore({ dir }), StoreOpenError);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(error.code).toBe('locked');
    expect(error.message).toContain(`La cartella dei dati ${dir} è già in uso`);
    expect(error.message).toContain(`pid ${process.pid}`);

    // The refused open left the owner's lock alone.
    await first.update((draft) => void (draft.meta.ok = true));
    await first.close();
    const second = await openLowdbStore({ dir });
    expect(second.snapshot().meta).toEqual({ ok: true });
    await second.close();
  });

  it('takes over a stale lock whose process is gone', async () => {
    const dir = await dirs.make();
    const pid = deadPid();
    await writeFile(join(dir, 'turnario.lock'), `${pid}\n`);
    const store = await openLowdbStore({ dir });
    expect(await readFile(join(dir, 'turnario.lock'), 'utf-8')).toMatch(new RegExp(`^${process.pid}\n`));
    await store.close();
  });

  it('takes over a lock left by an earlier process with our own pid (a restarted container)', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, 'turnario.lock'), `${process.pid}\n${performance.timeOrigin - 60_000}\n`);
    const store = await openLowdbStore({ dir });
    await store.close();
  });

  it('refuses a lock file that names no process', async () => {
    const dir = await dirs.make();
    await writeFile(join(dir, 'turnario.lock'), '');
    const error = await rejectionOf(openLowdbStore({ dir }), StoreOpenError);
    expect(error.code).toBe('lock-unreadable');
    expect(error.message).toContain('non indica quale processo');
  });
});
