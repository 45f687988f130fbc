import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startTurnario, type Turnario } from '../../adapters/compose/index.ts';
import { dutiesInRange } from '../../src/calendar/versions/duties-in-range.ts';
import { FixedClock } from '../../src/ports.ts';
import type { CronLike } from '../../jobs/schedule.ts';
import { rome } from './helpers.ts';

let dir: string | null = null;
let running: Turnario | null = null;

afterEach(async () => {
  await running?.stop();
  running = null;
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Keeps the tick node-cron would call every minute, so the test fires it after moving the clock. */
function cronKeeper(): CronLike & { fire(): unknown } {
  let tick: () => unknown = () => undefined;
  return {
    schedule(_expression, task) {
      tick = task;
      return { stop: () => {}, destroy: () => {} };
    },
    fire: () => tick(),
  };
}

describe('the demo, left running (npm start)', () => {
  it('reminds the demo magistrates of their reperibilità in the console', async () => {
    dir = await mkdtemp(join(tmpdir(), 'turnario-demo-jobs-'));
    const clock = new FixedClock(rome('2026-11-25', '10:00'));
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += String(chunk)));
    const cron = cronKeeper();
    running = await startTurnario({
      env: {}, dataDir: join(dir, 'store'), port: 0, clock, jobs: { cron },
      log: { info: () => {}, error: () => {} }, console: { input, output, as: 'conti' },
    });
    const duty = dutiesInRange(running.store.snapshot(), 'procura-napoli', '2026-11-30', '2026-12-06').duties.find((d) => d.serviceId === 'reperibilita' && d.from >= '2026-11-26')!;
    expect(duty).toBeDefined();
    const config = running.store.snapshot().offices['procura-napoli']!;
    const holder = config.magistrates.find((m) => m.id === duty.magistrateId)!;
    const evening = rome(new Date(Date.parse(`${duty.from}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10), '18:00');
    clock.set(evening);
    await cron.fire();
    expect(printed).toContain(`[Notifica per ${holder.name} ${holder.surname}]\n  Promemoria: domani inizia il tuo turno "Turno esterno di reperibilità"`);
    const once = printed.split('Promemoria: domani inizia').length;
    clock.set(new Date(evening.getTime() + 60_000));
    await cron.fire();
    expect(printed.split('Promemoria: domani inizia').length).toBe(once);
  });
});
