import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.ts';
import { openLowdbStore } from '../../../adapters/store/index.ts';

/** `turnario start` (what `npm start` runs) end to end: the newcomer's first session in the console. */

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-start-console-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const months = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];

/** `turnario start` runs on the system clock: the absence is declared for two days ~10 weeks ahead (a Tuesday and Wednesday). */
function daysAhead(): { from: string; sentence: string; said: string } {
  const day = new Date(Date.now() + 70 * 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((9 - day.getUTCDay()) % 7));
  const next = new Date(day.getTime() + 86_400_000);
  const label = (d: Date) => `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return { from: day.toISOString().slice(0, 10), sentence: `sarò in formazione dal ${label(day)} al ${label(next)}`, said: `la formazione di Mario Rossi dal ${day.getUTCDate()}` };
}

describe('turnario start --console', () => {
  it('on a fresh store, asks "i miei turni la prossima settimana" and declares an absence, then stops on "esci"', async () => {
    const env = { TURNARIO_DATA_DIR: join(dir, 'store'), PORT: '0' };
    const absence = daysAhead();
    const run = await runCli(['start', '--console', '--as', 'rossi', '--no-jobs'], env,
      `i miei turni la prossima settimana\n${absence.sentence}\n1\nesci\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Primo avvio: caricati gli uffici dimostrativi');
    expect(run.stdout).toMatch(/Server HTTP in ascolto su http:\/\/127\.0\.0\.1:\d+/);
    expect(run.stdout).toContain('Scrivi come Mario Rossi');
    expect(run.stdout).toMatch(/I tuoi turni dal \d+/);
    expect(run.stdout).toContain('1) Conferma  2) Annulla');
    expect(run.stdout).toContain(`Fatto: ho registrato ${absence.said}`);
    expect(run.stdout.trimEnd().endsWith('turnario si è fermato.')).toBe(true);
    const store = await openLowdbStore({ dir: env.TURNARIO_DATA_DIR });
    try {
      expect(store.snapshot().absences.some((a) => a.magistrateId === 'rossi-mario' && a.from === absence.from && a.type === 'formazione')).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('rejects a malformed PORT in Italian', async () => {
    const run = await runCli(['start', '--no-jobs'], { TURNARIO_DATA_DIR: join(dir, 'store'), PORT: 'tremila' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PORT: atteso un numero di porta tra 0 e 65535, trovato "tremila".');
  });
});
