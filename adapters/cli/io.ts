import type { Readable, Writable } from 'node:stream';
import { systemClock, type Clock } from '../../src/ports.ts';

/** The streams and environment a CLI command works with; injected so tests can drive it. */
export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  env: Record<string, string | undefined>;
  /** "Now": the system clock, unless a test injects another (never an environment variable: GIADA's dates must not be backdated). */
  clock?: Clock;
}

/** The clock a command reads "now" from. */
export function clockOf(io: CliIO): Clock {
  return io.clock ?? systemClock;
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
