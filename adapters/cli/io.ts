import type { Readable, Writable } from 'node:stream';

/** The streams and environment a CLI command works with; injected so tests can drive it. */
export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  env: Record<string, string | undefined>;
}

/** One CLI command: `path` is the words that select it (e.g. ["office", "validate"]). */
export interface Command {
  path: string[];
  /** One Italian line for the help listing. */
  summary: string;
  /** Italian usage text shown by `--help` and on wrong arguments. */
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

export function writeLine(stream: Writable, text = ''): void {
  stream.write(`${text}\n`);
}
