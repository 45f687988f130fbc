import { afterEach, describe, expect, it } from 'vitest';
import { latestPublished } from '../../src/calendar/versions/calendar-versions.ts';
import { editCalendar } from '../../src/calendar/versions/edit-calendar.ts';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import { slotIdOf } from '../../src/calendar/versions/duties.ts';
import { FixedClock } from '../../src/ports.ts';
import { calendarContextFor } from '../../src/use-cases/generate-calendar.ts';
import { runDue } from '../../jobs/run-due.ts';
import { demoWithPublished, OFFICE, RecordingNotifier, rome, tempStores } from './helpers.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());

const DEC = { officeId: OFFICE, from: '2026-12-01', to: '2026-12-31' };

/** December published, reminded at 08:00 and 18:00 the day before; the reperibilità week of 7 December. */
async function twoRemindersTheDayBefore() {
  const store = await stores.open(await stores.dir());
  await demoWithPublished(store, DEC.from, DEC.to, rome('2026-11-25', '10:00'));
  await store.update((draft) => {
    draft.offices[OFFICE]!.jobs = { reminders: { offsets: [{ id: 'mattina-prima', daysBefore: 1, time: '08:00' }, { id: 'sera-prima', daysBefore: 1, time: '18:00' }] } } as never;
  });
  const duty = latestPublished(store.snapshot(), DEC)!.duties.find((d) => d.serviceId === 'reperibilita' && d.from === '2026-12-07')!;
  return { store, duty };
}

describe('a duty handed over between the evening and the morning reminder', () => {
  it('the new holder, told at 07:30 that the duty is theirs, gets one "oggi inizia" at 08:00, not one at 07:30 and another at 08:00', async () => {
    const store = await stores.open(await stores.dir());
    await demoWithPublished(store, DEC.from, DEC.to, rome('2026-11-25', '10:00'));
    const clock = new FixedClock(rome('2026-12-06', '18:00'));
    const notifier = new RecordingNotifier(clock);
    await runDue({ store, notifier, clock }, rome('2026-12-06', '17:59'));
    await runDue({ store, notifier, clock }, clock.now());
    const duty = latestPublished(store.snapshot(), DEC)!.duties.find((d) => d.serviceId === 'reperibilita' && d.from === '2026-12-07')!;
    const found = calendarContextFor(store.snapshot(), DEC);
    if (!found.ok) throw new Error(found.message);
    const reperibili = new Set(latestPublished(store.snapshot(), DEC)!.duties.filter((d) => d.serviceId === 'reperibilita').map((d) => d.magistrateId));
    const taker = store.snapshot().offices[OFFICE]!.magistrates.find((m) => m.role === 'sostituto' && !reperibili.has(m.id))!;
    clock.set(rome('2026-12-07', '07:30'));
    await editCalendar(store, clock, found.ctx, DEC, { kind: 'reassign', place: { slotId: slotIdOf(duty), magistrateId: duty.magistrateId }, magistrateId: taker.id }, 'malore improvviso', 'conti-nicola');
    expect((await publishCalendar(store, clock, DEC, 'conti-nicola')).ok).toBe(true);
    notifier.sent.length = 0;
    notifier.sentAt.length = 0;
    for (const time of ['07:30', '07:31', '08:00']) {
      clock.set(rome('2026-12-07', time));
      await runDue({ store, notifier, clock }, clock.now());
    }
    const toTaker = notifier.sent.map((n, i) => ({ n, at: notifier.sentAt[i]! })).filter(({ n }) => n.to.kind === 'magistrate' && n.to.magistrateId === taker.id && !n.key!.startsWith('digest:'));
    expect(toTaker.map(({ n, at }) => [n.key!.split(':')[0], at])).toEqual([
      ['calendar.announce', rome('2026-12-07', '07:30').toISOString()],
      ['reminder', rome('2026-12-07', '08:00').toISOString()],
    ]);
    expect(toTaker[1]!.n.key).toBe(`reminder:reperibilita@2026-12-07#${taker.id}:mattina`);
    expect(toTaker[0]!.n.text).toContain('Nuovo turno: Turno esterno di reperibilità da lunedì 7 dicembre a domenica 13 dicembre');
  });
});

describe('a reminder late by a missed minute', () => {
  it('still goes out at once, even when another reminder of the duty comes later that day', async () => {
    const { store, duty } = await twoRemindersTheDayBefore();
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-06', '07:59'));
    await runDue({ store, notifier }, rome('2026-12-06', '08:01'));
    await runDue({ store, notifier }, rome('2026-12-06', '18:00'));
    expect(notifier.keys(`reminder:${duty.id}`)).toEqual([`reminder:${duty.id}:mattina-prima`, `reminder:${duty.id}:sera-prima`]);
  });
});

describe('a reminder caught up after a long stop', () => {
  it('goes out at once when the next reminder of the day is hours away', async () => {
    const { store, duty } = await twoRemindersTheDayBefore();
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-06', '07:59'));
    await runDue({ store, notifier }, rome('2026-12-06', '10:00'));
    expect(notifier.keys(`reminder:${duty.id}`)).toEqual([`reminder:${duty.id}:mattina-prima`]);
  });
});
