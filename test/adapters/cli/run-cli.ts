import { PassThrough, Readable } from 'node:stream';
import { main } from '../../../adapters/cli/main.ts';
import type { Clock } from '../../../src/ports.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI entry point in-process with captured streams, the given environment and, if given, "now". */
export async function runCli(argv: string[], env: Record<string, string | undefined>, stdinText = '', clock?: Clock): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += String(chunk)));
  stderr.on('data', (chunk) => (err += String(chunk)));
  const code = await main(argv, { stdout, stderr, stdin: Readable.from([stdinText]), env, clock });
  return { code, stdout: out, stderr: err };
}
