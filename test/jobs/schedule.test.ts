import cron, { type TaskOptions } from 'node-cron';
import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/ports.ts';
import { startScheduler, TICK_EXPRESSION, TICK_NAME, TICK_TIMEZONE, type CronLike } from '../../jobs/schedule.ts';
import { demoWithPublished, RecordingNotifier, rome, tempStores } from './helpers.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());

/** Records what the scheduler registers, and lets the test fire it. */
class RecordingCron implements CronLike {
  readonly registered: { expression: string; options: TaskOptions; fire: () => unknown }[] = [];
  stopped = 0;
  schedule(expression: string, task: () => unknown, options: TaskOptions) {
    this.registered.push({ expression, options, fire: task });
    return { stop: () => { this.stopped += 1; }, destroy: () => {} };
  }
}

describe('node-cron registration', () => {
  it('registers one per-minute tick in Europe/Rome, without overlap, and runs a catch-up tick at start', async () => {
    const store = await stores.open(await stores.dir());
    await demoWithPublished(store, '2026-12-01', '2026-12-31', rome('2026-11-25', '10:00'));
    const clock = new FixedClock(rome('2026-11-25', '10:00'));
    const recorder = new RecordingCron();
    const notifier = new RecordingNotifier(clock);
    const lines: string[] = [];
    const scheduler = startScheduler({ store, notifier, clock, cron: recorder, log: (l) => lines.push(l) });
    await scheduler.started;
    expect(recorder.registered).toHaveLength(1);
    const [tick] = recorder.registered;
    expect(tick!.expression).toBe(TICK_EXPRESSION);
    expect(tick!.options).toEqual({ timezone: 'Europe/Rome', name: TICK_NAME, noOverlap: true });
    expect(cron.validate(TICK_EXPRESSION)).toBe(true);

    clock.set(rome('2026-11-30', '18:00'));
    const [fired, overlapping] = await Promise.all([tick!.fire(), scheduler.tick()]);
    expect(overlapping).toBeNull();
    expect(notifier.keys('reminder:')).toEqual(['reminder:reperibilita@2026-12-01#bianchi-laura:sera-prima']);
    expect(fired).toMatchObject({ quiet: false });
    expect(lines.some((l) => l.startsWith('[job] lunedì 30 novembre 2026 alle 18:00 · promemoria di turno · fatto: Promemoria: domani inizia'))).toBe(true);
    await scheduler.stop();
    expect(recorder.stopped).toBe(1);
  });

  it('with the real node-cron: the named task is registered while running and gone after stop', async () => {
    const store = await stores.open(await stores.dir());
    const scheduler = startScheduler({ store, notifier: new RecordingNotifier(), clock: new FixedClock(rome('2026-11-25', '10:00')), log: () => {} });
    await scheduler.started;
    const ours = () => [...cron.getTasks().values()].filter((t) => t.name === TICK_NAME);
    expect(ours().map((t) => t.getPattern())).toEqual([TICK_EXPRESSION]);
    await scheduler.stop();
    expect(ours()).toEqual([]);
  });

  it('the real node-cron task never matches a minute between 02:00 and 02:59 in Rome, DST days included', () => {
    const task = cron.createTask(TICK_EXPRESSION, () => {}, { timezone: TICK_TIMEZONE });
    const romeHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', hourCycle: 'h23' });
    const hourOf = (t: number) => romeHour.format(new Date(t));
    for (const day of ['2027-03-28', '2027-10-31', '2026-12-03']) {
      let matched = 0;
      let quiet = 0;
      for (let t = Date.parse(`${day}T00:00:00Z`) - 2 * 3_600_000; t < Date.parse(`${day}T00:00:00Z`) + 22 * 3_600_000; t += 60_000) {
        const isQuiet = hourOf(t) === '02';
        if (isQuiet) quiet += 1;
        const matches = task.match(new Date(t));
        if (matches) matched += 1;
        if (matches === isQuiet) throw new Error(`${new Date(t).toISOString()}: match ${matches}`);
      }
      expect(matched + quiet).toBe(24 * 60);
      expect(quiet).toBe(day === '2027-03-28' ? 0 : day === '2027-10-31' ? 120 : 60);
    }
    void task.destroy();
  });
});
