/**
 * Jobs benchmark: the per-minute tick on the demo offices with December 2026 published, a week of
 * ticks minute by minute (10,080 ticks) on a real lowdb store, the scheduler running since 1 November so
 * that every tick looks back over the full catch-up window. Prints, per job set, the time per tick
 * (mean, median, 99th percentile, max), the sends and the store writes. Run with `npm run bench:jobs`.
 * Works in a temp folder and deletes it afterwards. Figures are wall time on this machine: noisy when
 * other processes run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoOffices } from '../../adapters/cli/demo-offices.ts';
import { openLowdbStore } from '../../adapters/store/index.ts';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import { romeInstant } from '../../src/feeds/rome-time.ts';
import { FixedClock, type Notification } from '../../src/ports.ts';
import { generateCalendar } from '../../src/use-cases/generate-calendar.ts';
import { allJobs } from '../../jobs/all-jobs.ts';
import type { Job } from '../../jobs/due-item.ts';
import { dutyRemindersJob } from '../../jobs/duty-reminders.ts';
import { runDue } from '../../jobs/run-due.ts';

const FROM = romeInstant('2026-11-30', '00:00');
const MINUTES = 7 * 24 * 60;

async function bench(label: string, jobs: readonly Job[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'turnario-bench-jobs-'));
  const store = await openLowdbStore({ dir });
  try {
    const clock = new FixedClock(romeInstant('2026-11-25', '10:00'));
    await seedDemoOffices(store, clock);
    const period = { officeId: 'procura-napoli', from: '2026-12-01', to: '2026-12-31' };
    const generated = await generateCalendar(store, clock, period, 'bench');
    if (!generated.ok) throw new Error(generated.message);
    await publishCalendar(store, clock, period, 'bench');
    const sent: Notification[] = [];
    const notifier = { send: async (n: Notification) => void sent.push(n) };
    // The scheduler has been running since 1 November: every tick looks back over a full month (steady state).
    await runDue({ store, notifier, clock }, romeInstant('2026-11-01', '09:00'), { jobs });
    await runDue({ store, notifier, clock }, FROM, { jobs });
    sent.length = 0;
    const writesBefore = store.stats().mainWrites;
    const times: number[] = [];
    for (let i = 1; i <= MINUTES; i++) {
      const at = new Date(FROM.getTime() + i * 60_000);
      clock.set(at);
      const t0 = performance.now();
      await runDue({ store, notifier, clock }, at, { jobs });
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
    const ms = (v: number) => v.toFixed(2).padStart(8);
    return `${label.padEnd(22)} ${String(MINUTES).padStart(6)} ${ms(mean)} ${ms(q(0.5))} ${ms(q(0.99))} ${ms(times.at(-1)!)} ${String(sent.length).padStart(6)} ${String(store.stats().mainWrites - writesBefore).padStart(7)}`;
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const header = `${'jobs'.padEnd(22)} ${'ticks'.padStart(6)} ${'mean ms'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'sends'.padStart(6)} ${'writes'.padStart(7)}`;
console.log('turnario jobs: a week of per-minute ticks (30 Nov – 6 Dec 2026), demo offices, December published');
console.log(header);
console.log(await bench('reminders only', [dutyRemindersJob]));
console.log(await bench('all jobs', allJobs));
