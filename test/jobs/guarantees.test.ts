import { afterEach, describe, expect, it } from 'vitest';
import type { LowdbStore } from '../../adapters/store/index.ts';
import type { StoreState } from '../../src/domain/store-state.ts';
import type { Notification, Store } from '../../src/ports.ts';
import { dutyRemindersJob } from '../../jobs/duty-reminders.ts';
import { jobStatusLines } from '../../jobs/job-status.ts';
import { MAX_ATTEMPTS, runDue } from '../../jobs/run-due.ts';
import { demoWithPublished, RecordingNotifier, rome, tempStores } from './helpers.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());

const reminders = { jobs: [dutyRemindersJob] };
const EVENING = rome('2026-11-30', '18:00');
const KEY = 'reminder:reperibilita@2026-12-01#bianchi-laura:sera-prima';

async function demo(): Promise<{ dir: string; store: LowdbStore }> {
  const dir = await stores.dir();
  const store = await stores.open(dir);
  await demoWithPublished(store, '2026-12-01', '2026-12-31', rome('2026-11-25', '10:00'));
  await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-11-25', '10:00'), reminders);
  return { dir, store };
}

/** A store whose next `update` fails when `failNext` is set: the process "dies" while recording. */
class FailingStore implements Store {
  failNext = false;
  constructor(private readonly inner: LowdbStore) {}
  snapshot() {
    return this.inner.snapshot();
  }
  async update<T>(mutate: (draft: StoreState) => T): Promise<T> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('disco pieno');
    }
    return this.inner.update(mutate);
  }
  append(log: Parameters<Store['append']>[0], record: unknown) {
    return this.inner.append(log, record);
  }
  readLog(log: Parameters<Store['readLog']>[0]) {
    return this.inner.readLog(log);
  }
}

describe('exactly once', () => {
  it('two ticks at the same instant: the second sends nothing', async () => {
    const { store } = await demo();
    const notifier = new RecordingNotifier();
    const first = await runDue({ store, notifier }, EVENING, reminders);
    const second = await runDue({ store, notifier }, EVENING, reminders);
    expect(first.runs.map((r) => [r.key, r.outcome])).toEqual([[KEY, 'sent']]);
    expect(second.runs).toEqual([]);
    expect(notifier.keys()).toEqual([KEY]);
    expect(store.snapshot().jobs.records[KEY]).toMatchObject({ status: 'sent', job: 'reminder', planned: EVENING.toISOString() });
  });

  it('two overlapping ticks (a slow notifier) claim each key once through the store', async () => {
    const { store } = await demo();
    const sent: Notification[] = [];
    const slow = { async send(n: Notification) { await new Promise((r) => setTimeout(r, 5)); sent.push(n); } };
    const monday = rome('2026-12-07', '08:00');
    const [a, b] = await Promise.all([runDue({ store, notifier: slow }, monday), runDue({ store, notifier: slow }, monday)]);
    const keys = sent.map((n) => n.key!);
    expect(keys.length).toBeGreaterThan(5);
    expect(new Set(keys).size).toBe(keys.length);
    const sentRuns = [...a.runs, ...b.runs].filter((r) => r.outcome === 'sent').map((r) => r.key);
    expect(sentRuns.sort()).toEqual([...keys].sort());
    const both = a.runs.map((r) => r.key).filter((k) => b.runs.some((r) => r.key === k));
    expect(both).toEqual([]);
  });

  it('a notifier that fails after delivering: recorded as failed, never sent again', async () => {
    const { store } = await demo();
    const notifier = new RecordingNotifier();
    notifier.failures = { afterSending: true, times: 1 };
    const first = await runDue({ store, notifier }, EVENING, reminders);
    expect(first.runs.map((r) => r.outcome)).toEqual(['failed']);
    expect(first.runs[0]!.detail).toContain('invio non confermato (connessione interrotta)');
    await runDue({ store, notifier }, new Date(EVENING.getTime() + 60_000), reminders);
    await runDue({ store, notifier }, rome('2026-12-01', '07:00'), reminders);
    expect(notifier.keys()).toEqual([KEY]);
  });

  it('a crash between send and record: after a restart the key stays claimed, is not resent, and status calls it uncertain', async () => {
    const { dir, store } = await demo();
    const failing = new FailingStore(store);
    const notifier = new RecordingNotifier();
    const crashing = { send: async (n: Notification) => { await notifier.send(n); failing.failNext = true; } };
    await expect(runDue({ store: failing, notifier: crashing }, EVENING, reminders)).rejects.toThrow('disco pieno');
    await stores.close(store);
    const reopened = await stores.open(dir);
    expect(reopened.snapshot().jobs.records[KEY]).toMatchObject({ status: 'claimed' });
    const after = await runDue({ store: reopened, notifier }, new Date(EVENING.getTime() + 5 * 60_000), reminders);
    expect(after.runs).toEqual([]);
    expect(notifier.keys()).toEqual([KEY]);
    const status = await jobStatusLines(reopened, new Date(EVENING.getTime() + 30 * 60_000));
    expect(status).toContain('Invii incerti (1): il processo si è fermato tra la registrazione e la conferma; non li ripeto, verifica se sono arrivati:');
    expect(status.some((l) => l.includes(KEY) && l.includes('lunedì 30 novembre 2026 alle 18:00'))).toBe(true);
  });

  it('a message the notifier reports as not delivered is tried again on later ticks, at most a few times', async () => {
    const { store } = await demo();
    const notifier = new RecordingNotifier();
    notifier.failures = { afterSending: false, delivered: false, times: 1 };
    const first = await runDue({ store, notifier }, EVENING, reminders);
    expect(first.runs.map((r) => r.outcome)).toEqual(['retry']);
    const second = await runDue({ store, notifier }, new Date(EVENING.getTime() + 60_000), reminders);
    expect(second.runs.map((r) => r.outcome)).toEqual(['sent']);
    expect(notifier.keys()).toEqual([KEY]);
    expect(store.snapshot().jobs.records[KEY]).toMatchObject({ status: 'sent', attempts: 2 });

    const other = new RecordingNotifier();
    other.failures = { afterSending: false, delivered: false, times: 99 };
    const outcomes: string[] = [];
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) outcomes.push(...(await runDue({ store, notifier: other }, new Date(rome('2026-12-01', '08:00').getTime() + i * 60_000), reminders)).runs.map((r) => r.outcome));
    expect(outcomes).toEqual([...Array(MAX_ATTEMPTS - 1).fill('retry'), 'failed']);
  });

  it('a message refused at every attempt is logged as not delivered, not as an uncertain send', async () => {
    const { store } = await demo();
    const notifier = new RecordingNotifier();
    notifier.failures = { afterSending: false, delivered: false, times: 99 };
    const runs = [];
    for (let i = 0; i < MAX_ATTEMPTS; i++) runs.push(...(await runDue({ store, notifier }, new Date(EVENING.getTime() + i * 60_000), reminders)).runs);
    expect(runs.map((r) => r.outcome)).toEqual([...Array(MAX_ATTEMPTS - 1).fill('retry'), 'failed']);
    expect(runs.at(-1)!.detail).toBe(`non consegnato neanche al ${MAX_ATTEMPTS}° tentativo (connessione interrotta): non lo riprovo più`);
  });

  it('nothing runs between 02:00 and 02:59: what falls due then goes out at 03:00', async () => {
    const dir = await stores.dir();
    const store = await stores.open(dir);
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-11-25', '23:00'));
    await demoWithPublished(store, '2026-12-01', '2026-12-31', rome('2026-11-26', '02:15'));
    const quiet = await runDue({ store, notifier }, rome('2026-11-26', '02:30'));
    expect(quiet).toMatchObject({ quiet: true, runs: [] });
    expect(notifier.sent).toEqual([]);
    const three = await runDue({ store, notifier }, rome('2026-11-26', '03:00'));
    const office = three.runs.find((r) => r.key.endsWith(':office'))!;
    expect(office).toMatchObject({ outcome: 'sent', planned: rome('2026-11-26', '02:15').toISOString(), tick: rome('2026-11-26', '03:00').toISOString() });
    expect(notifier.sent.filter((n) => n.key!.startsWith('calendar.announce:')).length).toBe(1 + store.snapshot().offices['procura-napoli']!.magistrates.length);
  });
});
