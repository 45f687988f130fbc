import { afterEach, describe, expect, it } from 'vitest';
import { latestPublished } from '../../src/calendar/versions/calendar-versions.ts';
import { FixedClock } from '../../src/ports.ts';
import { cancelAbsence } from '../../src/use-cases/cancel-absence.ts';
import { declareAbsence } from '../../src/use-cases/declare-absence.ts';
import type { LowdbStore } from '../../adapters/store/index.ts';
import { dutyRemindersJob } from '../../jobs/duty-reminders.ts';
import { jobStatusLines } from '../../jobs/job-status.ts';
import { runDue } from '../../jobs/run-due.ts';
import { demoWithPublished, OFFICE, RecordingNotifier, rome, tempStores } from './helpers.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());

const DEC = { officeId: OFFICE, from: '2026-12-01', to: '2026-12-31' };
const only = { jobs: [dutyRemindersJob] };

async function december(): Promise<LowdbStore> {
  const store = await stores.open(await stores.dir());
  await demoWithPublished(store, DEC.from, DEC.to, rome('2026-11-25', '10:00'));
  await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-11-25', '10:00'), only);
  // The reminders of the first week's duty are behind us.
  await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-05', '09:00'), only);
  return store;
}

function reperibilitaFrom(store: LowdbStore, from: string) {
  return latestPublished(store.snapshot(), DEC)!.duties.find((d) => d.serviceId === 'reperibilita' && d.from === from)!;
}

/** Ticks the evening before and the morning of the duty of 7 December, and the one of 14 December. */
async function tickReminders(store: LowdbStore, notifier: RecordingNotifier): Promise<void> {
  for (const [day, time] of [['2026-12-06', '18:00'], ['2026-12-07', '08:00'], ['2026-12-13', '18:00'], ['2026-12-14', '08:00']] as const) {
    await runDue({ store, notifier }, rome(day, time), only);
  }
}

describe('reminders of a holder who cannot serve', () => {
  it('a holder who fell ill after the reminders were planned is not told that the duty starts; the others still are', async () => {
    const store = await december();
    const duty = reperibilitaFrom(store, '2026-12-07');
    const next = reperibilitaFrom(store, '2026-12-14');
    const declared = await declareAbsence(store, new FixedClock(rome('2026-12-05', '10:00')), { magistrate: duty.magistrateId, type: 'malattia', from: '2026-12-05', to: '2026-12-10', actor: duty.magistrateId });
    expect(declared.ok).toBe(true);
    const status = (await jobStatusLines(store, rome('2026-12-05', '10:05'))).join('\n');
    expect(status).not.toContain(`Turno esterno di reperibilità da lunedì 7 dicembre`);
    const notifier = new RecordingNotifier();
    await tickReminders(store, notifier);
    expect(notifier.keys('reminder:')).toEqual([`reminder:${next.id}:sera-prima`, `reminder:${next.id}:mattina`]);
  });

  it('an absence withdrawn before the duty starts: the reminder is due again and goes out', async () => {
    const store = await december();
    const duty = reperibilitaFrom(store, '2026-12-07');
    const clock = new FixedClock(rome('2026-12-05', '10:00'));
    await declareAbsence(store, clock, { magistrate: duty.magistrateId, type: 'ferie', from: '2026-12-07', to: '2026-12-08', actor: duty.magistrateId });
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-06', '18:00'), only);
    expect(notifier.keys('reminder:')).toEqual([]);
    const absence = store.snapshot().absences.find((a) => a.magistrateId === duty.magistrateId && a.status === 'active' && a.from === '2026-12-07')!;
    expect((await cancelAbsence(store, clock, absence.id, duty.magistrateId)).ok).toBe(true);
    await runDue({ store, notifier }, rome('2026-12-06', '21:00'), only);
    expect(notifier.keys('reminder:')).toEqual([`reminder:${duty.id}:sera-prima`]);
    expect(notifier.sent[0]!.text).toMatch(/^Promemoria: domani inizia il tuo turno "Turno esterno di reperibilità"/);
  });

  it('a magistrate who left the office before the duty starts is not reminded of it', async () => {
    const store = await december();
    const duty = reperibilitaFrom(store, '2026-12-14');
    await store.update((draft) => {
      draft.offices[OFFICE]!.magistrates.find((m) => m.id === duty.magistrateId)!.serviceEnd = '2026-12-10';
    });
    const notifier = new RecordingNotifier();
    await tickReminders(store, notifier);
    expect(notifier.keys('reminder:').filter((k) => k.includes('@2026-12-14'))).toEqual([]);
    expect(notifier.keys('reminder:').filter((k) => k.includes('@2026-12-07'))).toHaveLength(2);
  });

  it('a magistrate removed from the office file is not reminded of a duty still held in the published calendar', async () => {
    const store = await december();
    const duty = reperibilitaFrom(store, '2026-12-14');
    await store.update((draft) => {
      const office = draft.offices[OFFICE]!;
      office.magistrates = office.magistrates.filter((m) => m.id !== duty.magistrateId);
    });
    const notifier = new RecordingNotifier();
    await tickReminders(store, notifier);
    expect(notifier.keys('reminder:').filter((k) => k.includes('@2026-12-14'))).toEqual([]);
  });
});
