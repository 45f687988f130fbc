import { availableParallelism, cpus } from 'node:os';

/** Cumulative CPU times of each core, in milliseconds (as `os.cpus()` gives them). */
export interface CoreTimes { user: number; nice: number; sys: number; idle: number; irq: number }

/** Cores kept busy on average between two readings of the cores' times, `wallMs` apart. */
export function busyCores(before: readonly CoreTimes[], after: readonly CoreTimes[], wallMs: number): number {
  if (wallMs <= 0 || before.length !== after.length) return 0;
  let busy = 0;
  after.forEach((a, i) => {
    const b = before[i]!;
    busy += (a.user - b.user) + (a.nice - b.nice) + (a.sys - b.sys) + (a.irq - b.irq);
  });
  return Math.max(0, busy / wallMs);
}

/** How long the reading below waits: long enough for the cores' 10 ms clock ticks, short against a 60 s budget. */
const READING_MS = 250;

/**
 * Cores other processes keep busy: this process waits (idle) while the cores' times are read twice. A busy process
 * beside the solver shows as about 1; a quiet machine as about 0.
 */
export async function otherProcessesLoad(): Promise<number> {
  const before = cpus().map((c) => c.times);
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, READING_MS));
  return busyCores(before, cpus().map((c) => c.times), performance.now() - started);
}

/** Cores this machine gives the process (at least 1). */
export function coresAvailable(): number {
  return Math.max(1, availableParallelism());
}
