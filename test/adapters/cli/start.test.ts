import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-start-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('turnario start', () => {
  it('loads the demo offices into an empty store once, then keeps what is there', async () => {
    const env = { TURNARIO_DATA_DIR: join(dir, 'store') };
    const first = await runCli(['start', '--dry-run'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Primo avvio: caricati gli uffici dimostrativi (procura-napoli, tribunale-napoli).');
    expect(first.stdout).toContain('Procura della Repubblica presso il Tribunale di Napoli');
    expect(first.stdout).toContain('GIADA: 3 sezioni');
    const second = await runCli(['start', '--dry-run'], env);
    expect(second.stdout).not.toContain('Primo avvio');
    const absences = await runCli(['absence', 'list', '--office', 'procura-napoli'], env);
    expect(absences.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(5);
  });

  it('refuses to start on a store another live process holds, saying which', async () => {
    const env = { TURNARIO_DATA_DIR: join(dir, 'store') };
    const { openLowdbStore } = await import('../../../adapters/store/index.ts');
    const held = await openLowdbStore({ dir: env.TURNARIO_DATA_DIR });
    try {
      const run = await runCli(['start'], env);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(String(process.pid));
    } finally {
      await held.close();
    }
  });
});
