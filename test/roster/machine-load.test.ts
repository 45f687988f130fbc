import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { busyCores, coresAvailable, otherProcessesLoad, type CoreTimes } from '../../src/roster/solver/machine-load.ts';

const core = (busy: number, idle: number): CoreTimes => ({ user: busy, nice: 0, sys: 0, idle, irq: 0 });

describe('machine load', () => {
  it('counts the cores kept busy between two readings, idle time aside', () => {
    // Over 1000 ms: one core busy 900 ms (user 700, sys 150, irq 50), the other 100 ms.
    const before = [core(1000, 5000), core(2000, 5000)];
    const after = [{ user: 1700, nice: 0, sys: 150, idle: 5100, irq: 50 }, core(2100, 5900)];
    expect(busyCores(before, after, 1000)).toBeCloseTo(1.0, 9);
    expect(busyCores(before, before, 1000)).toBe(0);
    // No time elapsed, or readings of different machines: nothing to tell.
    expect(busyCores(before, after, 0)).toBe(0);
    expect(busyCores(before, after.slice(0, 1), 1000)).toBe(0);
  });

  it('sees a busy process beside this one as about a core', async () => {
    const busy = spawn(process.execPath, ['-e', 'const t = Date.now(); while (Date.now() - t < 4000) {}'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const load = await otherProcessesLoad();
      expect(load).toBeGreaterThanOrEqual(0.5);
      expect(load).toBeLessThanOrEqual(coresAvailable() + 0.5);
    } finally {
      busy.kill();
    }
  });
});
