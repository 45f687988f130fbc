import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../../adapters/store/index.ts';

/**
 * `npm start` as a real process with no chat variables: it serves HTTP and stops cleanly on SIGTERM
 * (what a service manager sends; Ctrl+C's SIGINT takes the same path in start.ts). One case only: a
 * cold start costs seconds.
 */

const bin = fileURLToPath(new URL('../../../adapters/cli/bin.mjs', import.meta.url));
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-start-process-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function runUntilSignal(signal: 'SIGTERM' | 'SIGINT'): Promise<{ code: number | null; stdout: string; stderr: string; health: number }> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, TURNARIO_DATA_DIR: join(dir, 'store'), PORT: '0' };
  const child = spawn(process.execPath, [bin, 'start', '--no-jobs'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
      if (stdout.includes('Ctrl+C per fermarlo')) resolve(/http:\/\/127\.0\.0\.1:(\d+)/.exec(stdout)![1]!);
    });
    void exited.then(() => reject(new Error(`turnario è uscito prima di essere pronto:\n${stdout}\n${stderr}`)));
  });
  const port = await ready;
  const health = (await fetch(`http://127.0.0.1:${port}/health`)).status;
  child.kill(signal);
  const code = await exited;
  return { code, stdout, stderr, health };
}

describe('npm start as a process', () => {
  it('serves /health, then stops in order on SIGTERM and releases the store', async () => {
    const run = await runUntilSignal('SIGTERM');
    expect(run.health).toBe(200);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Arresto in corso…');
    expect(run.stdout.trimEnd().endsWith('turnario si è fermato.')).toBe(true);
    expect(run.stderr).toBe('');
    const store = await openLowdbStore({ dir: join(dir, 'store') });
    await store.close();
  }, 60_000);
});
