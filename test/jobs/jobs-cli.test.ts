import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTickInstant } from '../../adapters/cli/commands/jobs.ts';
import { runCli } from '../adapters/cli/run-cli.ts';

let dir: string;
let env: Record<string, string>;
const period = ['--from', '2026-12-01', '--to', '2026-12-31'];

// One store for the file (generating the demo December is the slow part); the tests that write come last.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-jobscli-'));
  env = { TURNARIO_DATA_DIR: join(dir, 'store'), TURNARIO_USER: 'capo' };
  await runCli(['start', '--dry-run'], env);
  await runCli(['calendar', 'generate', ...period], env);
  await runCli(['calendar', 'publish', ...period], env);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('turnario jobs', () => {
  it('explains bad instants and the quiet hour in Italian', async () => {
    const bad = await runCli(['jobs', 'tick', '--at', 'domani'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('L\'istante "domani" non è valido: scrivilo come AAAA-MM-GGTHH:MM (ora di Roma), per esempio 2026-12-03T18:00.');
    const missing = await runCli(['jobs', 'tick', '--at', '2026-02-30T10:00'], env);
    expect(missing.stderr).toContain('L\'istante "2026-02-30T10:00" non esiste: controlla giorno e ora.');
    const quiet = await runCli(['jobs', 'tick', '--at', '2026-12-03T02:30'], env);
    expect(quiet.stdout).toContain('Tra le 02:00 e le 02:59 non parte nessun job');
  });

  it('tick --at prints what was sent; running it twice sends nothing the second time; --dry-run sends and records nothing', async () => {
    const dry = await runCli(['jobs', 'tick', '--at', '2026-11-30T18:00', '--dry-run'], env);
    expect(dry.stdout).toBe([
      'Prova senza invii: lunedì 30 novembre 2026 alle 18:00 farei questa cosa (nulla è stato inviato né registrato):',
      '  - promemoria di turno: promemoria "sera-prima" a Laura Bianchi: Turno esterno di reperibilità da martedì 1° dicembre a domenica 6 dicembre',
      '',
    ].join('\n'));
    const first = await runCli(['jobs', 'tick', '--at', '2026-11-30T18:00'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe([
      '→ a Laura Bianchi (bianchi-laura):',
      '    Promemoria: domani inizia il tuo turno "Turno esterno di reperibilità", da martedì 1° dicembre a domenica 6 dicembre.',
      '',
      'Esecuzioni lunedì 30 novembre 2026 alle 18:00:',
      '  - promemoria di turno · fatto: Promemoria: domani inizia il tuo turno "Turno esterno di reperibilità", da martedì 1° dicembre a domenica 6 dicembre.',
      '',
    ].join('\n'));
    const second = await runCli(['jobs', 'tick', '--at', '2026-11-30T18:00'], env);
    expect(second.stdout).toBe('Nessun job dovuto lunedì 30 novembre 2026 alle 18:00 che non sia già stato eseguito.\n');
    const status = await runCli(['jobs', 'status'], env);
    expect(status.stdout).toContain('I job pianificati sono attivi da lunedì 30 novembre 2026 alle 18:00; l\'ultimo controllo con qualcosa da fare è stato lunedì 30 novembre 2026 alle 18:00.');
    expect(status.stdout).toContain('  - lunedì 30 novembre 2026 alle 18:00 · promemoria di turno · fatto: Promemoria: domani inizia');
  });

  it('reads --at as Rome local time, or as the instant when it carries an offset', () => {
    expect((parseTickInstant('2026-12-03T18:00') as Date).toISOString()).toBe('2026-12-03T17:00:00.000Z');
    expect((parseTickInstant('2027-07-03T18:00') as Date).toISOString()).toBe('2027-07-03T16:00:00.000Z');
    expect((parseTickInstant('2026-12-03T18:00:00Z') as Date).toISOString()).toBe('2026-12-03T18:00:00.000Z');
    expect(parseTickInstant('2026-12-03 25:00')).toContain('non esiste');
  });

  it('refuses a Rome time that the spring change skips, instead of running an hour later', () => {
    expect(parseTickInstant('2027-03-28T02:30')).toBe('L\'istante "2027-03-28T02:30" non esiste: domenica 28 marzo 2027 gli orologi passano dalle 02:00 alle 03:00.');
    expect((parseTickInstant('2027-03-28T03:00') as Date).toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });
});
