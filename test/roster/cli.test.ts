import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseRosterArgs, rosterCommands } from '../../adapters/cli/commands/roster.ts';

function captureIO() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => { out += String(c); });
  stderr.on('data', (c) => { err += String(c); });
  return { io: { stdout, stderr, stdin: new PassThrough(), env: {} }, read: () => ({ out, err }) };
}

describe('roster curtois CLI', () => {
  it('parses options', () => {
    expect(parseRosterArgs(['f.txt', '--seconds', '2.5', '--seed', '4', '--out', 's.json']))
      .toEqual({ file: 'f.txt', seconds: 2.5, seed: 4, out: 's.json' });
  });

  it.each([
    [['f.txt', '--seconds', 'due'], '--seconds: atteso un numero di secondi maggiore di zero, trovato "due".'],
    [['f.txt', '--seed', '-1'], '--seed: atteso un numero intero ≥ 0, trovato "-1".'],
    [['--seconds', '3'], 'Manca il file dell\'istanza.'],
  ])('rejects %j in Italian', (args, message) => {
    expect(parseRosterArgs(args)).toBe(message);
  });

  it('fails with an Italian message on a missing file', async () => {
    const { io, read } = captureIO();
    const code = await rosterCommands[0]!.run(['/nonexistent/Instance99.txt', '--seconds', '1'], io);
    expect(code).toBe(1);
    expect(read().err).toContain('File dell\'istanza non trovato');
  });
});
