import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

let dir: string;
let env: Record<string, string>;
const period = ['--from', '2026-12-01', '--to', '2026-12-31'];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-calcli-'));
  env = { TURNARIO_DATA_DIR: join(dir, 'store'), TURNARIO_USER: 'capo' };
  await runCli(['start'], env);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('turnario calendar', () => {
  it('generates, shows, reports fairness and publishes the demo Procura\'s December', async () => {
    const generated = await runCli(['calendar', 'generate', ...period], env);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toMatch(/Calendario provvisorio dal 1° al 31 dicembre 2026 generato \(versione 1\): (\d+) turni assegnati su \1, tutti i turni sono coperti\./);
    const shown = await runCli(['calendar', 'show', ...period, '--magistrate', 'rossi'], env);
    expect(shown.stdout).toContain('versione 1, PROVVISORIO');
    expect(shown.stdout).toContain('– Mario Rossi');
    expect(shown.stdout).not.toContain('– Laura Bianchi');
    const fairness = await runCli(['calendar', 'fairness', ...period], env);
    expect(fairness.stdout).toContain('turno arrestati e direttissime – carico totale');
    expect((await runCli(['calendar', 'publish', ...period], env)).stdout).toBe('Calendario dal 1° al 31 dicembre 2026 pubblicato (versione 1).\n');
    expect((await runCli(['calendar', 'show', ...period], env)).stdout).toContain('versione 1, pubblicato');
    const twice = await runCli(['calendar', 'publish', ...period], env);
    expect(twice).toMatchObject({ code: 1, stderr: expect.stringContaining('è già pubblicato') });
  });

  it('replans after an absence and explains a duty', async () => {
    await runCli(['calendar', 'generate', ...period], env);
    await runCli(['calendar', 'publish', ...period], env);
    const shown = (await runCli(['calendar', 'show', ...period, '--magistrate', 'rossi'], env)).stdout;
    const first = /^  (?:\S+ )?(\d+) dicembre 2026: (.+) – Mario Rossi$/m.exec(shown.replace(/1°/g, '1'));
    expect(first).not.toBeNull();
    const day = `2026-12-${first![1]!.padStart(2, '0')}`;
    const explained = await runCli(['calendar', 'explain', ...period, '--magistrate', 'rossi', '--day', day], env);
    expect(explained.stdout).toContain('Mario Rossi: "');
    expect(explained.stdout).toContain('- Perché può svolgerlo:');
    expect(explained.stdout).toContain('- Equità: nel periodo ha un carico di');
    expect((await runCli(['calendar', 'replan', ...period], env)).stdout).toBe('Nessun turno pubblicato è toccato dalle assenze: non serve ripianificare.\n');
    await runCli(['absence', 'add', '--magistrate', 'rossi', '--type', 'malattia', '--from', day], env);
    const replanned = await runCli(['calendar', 'replan', ...period], env);
    expect(replanned.stdout).toContain('Proposta di ripianificazione (versione provvisoria 2)');
    expect(replanned.stdout).toContain('da Mario Rossi a ');
    expect((await runCli(['calendar', 'publish', ...period], env)).stdout).toContain('pubblicato (versione 2). Rispetto alla versione pubblicata prima cambiano');
  });

  it.each([
    [['calendar', 'explain', ...period, '--magistrate', 'rossi', '--day', 'domani'], 'Il giorno "domani" non è valido'],
    [['calendar', 'generate', '--from', '2026-12-31', '--to', '2026-12-01'], 'L\'intervallo è rovesciato: la data finale (1° dicembre 2026) precede quella iniziale (31 dicembre 2026).'],
    [['calendar', 'generate', '--from', '2026-12-01', '--to', '2026-12-32'], 'La data finale "2026-12-32" non è valida'],
    [['calendar', 'generate', ...period, '--office', 'tribunale-napoli'], 'L\'ufficio "tribunale-napoli" non ha servizi da mettere in calendario.'],
    [['calendar', 'generate', ...period, '--office', 'milano'], 'Nessun ufficio con id "milano".'],
    [['calendar', 'show', ...period], 'Non c\'è ancora un calendario dal 1° al 31 dicembre 2026'],
    [['calendar', 'publish', ...period], 'Non c\'è ancora un calendario dal 1° al 31 dicembre 2026: generane prima uno provvisorio.'],
  ])('refuses %j with an Italian message', async (argv, message) => {
    const run = await runCli(argv, env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
  });
});
