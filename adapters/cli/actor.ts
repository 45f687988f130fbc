import { userInfo } from 'node:os';
import { stringValue } from './args.ts';
import type { CliIO } from './io.ts';

/** Who is acting from the command line, for the audit log: `--by`, else `TURNARIO_USER`, else the OS user. */
export function actorOf(values: Record<string, unknown>, io: CliIO): string {
  const explicit = stringValue(values, 'by') ?? io.env.TURNARIO_USER;
  if (explicit) return `cli:${explicit}`;
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli:sconosciuto';
  }
}
