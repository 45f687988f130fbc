import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../adapters/cli/main.ts';
import { runCli } from '../adapters/cli/run-cli.ts';

const MONDAY = '2026-11-23';

describe('turnario parse', () => {
  it('prints one JSON line for one utterance, keys in the documented order', async () => {
    const run = await runCli(['parse', 'ferie dal 3 al 7 marzo', '--today', MONDAY], {});
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('{"intent":"absence_declare","from":"2027-03-03","to":"2027-03-07","service":null,"absenceType":"ferie","magistrate":null}\n');
  });

  it('adds the problem, in Italian, when a date written does not exist', async () => {
    const run = await runCli(['parse', 'ferie il 31 febbraio', '--today', MONDAY], {});
    expect(run.code).toBe(0);
    const line = JSON.parse(run.stdout);
    expect(line).toMatchObject({ intent: 'absence_declare', from: null, to: null, absenceType: 'ferie', problem: { code: 'invalid_date' } });
    expect(line.problem.message).toContain('febbraio ha 28 giorni');
    expect(Object.keys(line)).toEqual(['intent', 'from', 'to', 'service', 'absenceType', 'magistrate', 'problem']);
  });

  it('reads the words of an unquoted utterance as one sentence', async () => {
    const run = await runCli(['parse', '--today', MONDAY, 'chi', 'ha', 'le', 'direttissime', 'domani'], {});
    expect(JSON.parse(run.stdout)).toEqual({ intent: 'on_duty', from: '2026-11-24', to: '2026-11-24', service: 'arrestati', absenceType: null, magistrate: null });
  });

  it('answers a stream of utterances one line each, in one process', async () => {
    const input = ['sono reperibile a dicembre?', 'scambierei il turno di domenica con Russo', '', 'grazie mille'].join('\n');
    const run = await runCli(['parse', '--today', MONDAY], {}, `${input}\n`);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.intent)).toEqual(['duties', 'swap', 'unknown', 'help']);
    expect(lines[0]).toMatchObject({ from: '2026-12-01', to: '2026-12-31', service: 'reperibilita' });
    expect(lines[1]).toMatchObject({ from: '2026-11-29', magistrate: 'russo' });
  });

  it('answers each line as it arrives, before standard input ends', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (chunk) => (out += String(chunk)));
    const done = main(['parse', '--today', MONDAY], { stdin, stdout, stderr: new PassThrough(), env: {} });
    stdin.write('domani sono malato\n');
    await new Promise<void>((resolve) => stdout.once('data', () => resolve()));
    expect(JSON.parse(out)).toMatchObject({ intent: 'absence_declare', from: '2026-11-24', absenceType: 'malattia' });
    stdin.end('ciao\n');
    expect(await done).toBe(0);
    expect(out.trimEnd().split('\n')).toHaveLength(2);
  });

  it.each([['2026-02-30'], ['23/11/2026'], ['domani']])('refuses --today %s with an Italian message', async (today) => {
    const run = await runCli(['parse', 'domani', '--today', today], {});
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`La data di --today non è valida: "${today}"`);
  });

  it('uses the current day in Europe/Rome when --today is missing', async () => {
    const run = await runCli(['parse', 'oggi sono malato'], {});
    const { from } = JSON.parse(run.stdout) as { from: string };
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is listed in the help and explains itself with --help', async () => {
    expect((await runCli(['--help'], {})).stdout).toContain('turnario parse');
    expect((await runCli(['parse', '--help'], {})).stdout).toContain('Senza FRASE legge lo standard input');
  });
});
