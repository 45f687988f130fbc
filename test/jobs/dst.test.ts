import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/ports.ts';
import { dutyRemindersJob } from '../../jobs/duty-reminders.ts';
import { runDue } from '../../jobs/run-due.ts';
import { demoWithPublished, OFFICE, RecordingNotifier, rome, tempStores } from './helpers.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());

/** Reminders the day before a duty at 03:00, 08:00 and 18:00 local time. */
const offsets = [
  { id: 'notte', daysBefore: 1, time: '03:00' },
  { id: 'mattina-prima', daysBefore: 1, time: '08:00' },
  { id: 'sera-prima', daysBefore: 1, time: '18:00' },
];

/**
 * Ticks every minute through a DST Sunday (UTC midnight to 20:00 UTC) with only the reminders job,
 * and returns the instants of the reminders of the duty starting the next Monday, and how many ticks
 * fell in the quiet hour.
 */
async function sundayOfChange(from: string, to: string, sunday: string, publishDay: string): Promise<{ sentAt: string[]; quietTicks: number; quietLocal: string[] }> {
  const store = await stores.open(await stores.dir());
  await demoWithPublished(store, from, to, rome(publishDay, '09:00'));
  await store.update((draft) => {
    draft.offices[OFFICE]!.jobs = { reminders: { offsets } } as never;
  });
  const clock = new FixedClock(rome(publishDay, '09:00'));
  const notifier = new RecordingNotifier(clock);
  const only = { jobs: [dutyRemindersJob] };
  await runDue({ store, notifier, clock }, clock.now(), only);
  await runDue({ store, notifier, clock }, new Date(`${sunday}T00:00:00Z`), only);
  notifier.sent.length = 0;
  notifier.sentAt.length = 0;
  let quietTicks = 0;
  const quietLocal = new Set<string>();
  for (let t = Date.parse(`${sunday}T00:00:00Z`); t <= Date.parse(`${sunday}T20:00:00Z`); t += 60_000) {
    clock.set(new Date(t));
    const result = await runDue({ store, notifier, clock }, new Date(t), only);
    if (result.quiet) {
      quietTicks += 1;
      quietLocal.add(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', hourCycle: 'h23' }).format(new Date(t)));
    }
  }
  const monday = new Date(Date.parse(`${sunday}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  expect(notifier.keys().every((k) => k.includes(`@${monday}#`))).toBe(true);
  return { sentAt: notifier.sentAt, quietTicks, quietLocal: [...quietLocal] };
}

describe('the DST days', () => {
  it('2027-03-28 (02:00 → 03:00): reminders at 03:00 CEST, 08:00 and 18:00 local; there is no 02:xx to skip', async () => {
    const got = await sundayOfChange('2027-03-01', '2027-03-31', '2027-03-28', '2027-02-20');
    expect(got.sentAt).toEqual(['2027-03-28T01:00:00.000Z', '2027-03-28T06:00:00.000Z', '2027-03-28T16:00:00.000Z']);
    expect(got.quietTicks).toBe(0);
  });

  it('2027-10-31 (03:00 → 02:00): reminders at 03:00 CET, 08:00 and 18:00 local; both 02:xx hours are quiet', async () => {
    const got = await sundayOfChange('2027-11-01', '2027-11-30', '2027-10-31', '2027-10-20');
    expect(got.sentAt).toEqual(['2027-10-31T02:00:00.000Z', '2027-10-31T07:00:00.000Z', '2027-10-31T17:00:00.000Z']);
    expect(got.quietTicks).toBe(120);
    expect(got.quietLocal).toEqual(['02']);
  });
});
