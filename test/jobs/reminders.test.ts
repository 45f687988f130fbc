import { afterEach, describe, expect, it } from 'vitest';
import { latestPublished } from '../../src/calendar/versions/calendar-versions.ts';
import { editCalendar } from '../../src/calendar/versions/edit-calendar.ts';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import { slotIdOf } from '../../src/calendar/versions/duties.ts';
import { FixedClock } from '../../src/ports.ts';
import { calendarContextFor } from '../../src/use-cases/generate-calendar.ts';
import type { LowdbStore } from '../../adapters/store/index.ts';
import { dutyRemindersJob, reminderInstant } from '../../jobs/duty-reminders.ts';
import { runDue } from '../../jobs/run-due.ts';
import { demoWithPublished, OFFICE, RecordingNotifier, rome, tempStores } from './helpers.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());

const MINUTE = 60_000;
const DEC = { officeId: OFFICE, from: '2026-12-01', to: '2026-12-31' };

function reperibilita(store: LowdbStore, key = DEC) {
  return latestPublished(store.snapshot(), key)!.duties.filter((d) => d.serviceId === 'reperibilita');
}

/** Ticks from `from` (included) to `to` (excluded) every `step` minutes, the clock following. */
/** Ticks from `from` (included) to `to` (excluded) every `step` minutes, the clock following; only the reminders job. */
async function tickEvery(store: LowdbStore, notifier: RecordingNotifier, clock: FixedClock, from: Date, to: Date, step: number): Promise<void> {
  for (let t = from.getTime(); t < to.getTime(); t += step * MINUTE) {
    clock.set(new Date(t));
    await runDue({ store, notifier, clock }, new Date(t), { jobs: [dutyRemindersJob] });
  }
}

describe('reperibilità reminders', () => {
  it('a month of hourly ticks, with a restart in the middle, sends each reminder once at its local time', async () => {
    const dir = await stores.dir();
    let store = await stores.open(dir);
    await demoWithPublished(store, DEC.from, DEC.to, rome('2026-11-25', '10:00'));
    const duties = reperibilita(store);
    expect(duties.length).toBe(5);
    const expected = duties.flatMap((d) => [
      { key: `reminder:${d.id}:sera-prima`, at: rome(addDay(d.from, -1), '18:00').toISOString(), to: d.magistrateId },
      { key: `reminder:${d.id}:mattina`, at: rome(d.from, '08:00').toISOString(), to: d.magistrateId },
    ]).sort((a, b) => a.at.localeCompare(b.at));
    const clock = new FixedClock(rome('2026-11-25', '10:00'));
    const notifier = new RecordingNotifier(clock);
    await tickEvery(store, notifier, clock, rome('2026-11-25', '10:00'), rome('2026-12-15', '12:00'), 60);
    await stores.close(store);
    store = await stores.open(dir);
    await tickEvery(store, notifier, clock, rome('2026-12-15', '12:00'), rome('2027-01-01', '00:00'), 60);
    const reminders = notifier.sent.map((n, i) => ({ n, at: notifier.sentAt[i]! }));
    expect(reminders.map(({ n, at }) => ({ key: n.key, at, to: n.to.kind === 'magistrate' ? n.to.magistrateId : null }))).toEqual(expected);
    const first = reminders[0]!.n.text;
    expect(first).toBe(`Promemoria: domani inizia il tuo turno "Turno esterno di reperibilità", da martedì 1° dicembre a domenica 6 dicembre.`);
    expect(reminders[1]!.n.text).toMatch(/^Promemoria: oggi inizia il tuo turno/);
    expect(new Set(notifier.keys()).size).toBe(notifier.sent.length);
  });

  it('a missed evening: after downtime only the latest reminder of the duty goes out, the earlier one is dropped and logged', async () => {
    const store = await stores.open(await stores.dir());
    await demoWithPublished(store, DEC.from, DEC.to, rome('2026-11-25', '10:00'));
    const duty = reperibilita(store).find((d) => d.from === '2026-12-07')!;
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-06', '17:00'));
    const before = notifier.sent.length;
    const back = await runDue({ store, notifier }, rome('2026-12-07', '09:00'));
    const mine = back.runs.filter((r) => r.key.startsWith(`reminder:${duty.id}`));
    expect(mine.map((r) => [r.key, r.outcome])).toEqual([[`reminder:${duty.id}:sera-prima`, 'dropped'], [`reminder:${duty.id}:mattina`, 'sent']]);
    expect(mine[0]!.detail).toContain('superato dal promemoria "mattina"');
    expect(mine[1]!.planned).toBe(rome('2026-12-07', '08:00').toISOString());
    const sent = notifier.sent.slice(before).filter((n) => n.key!.startsWith('reminder:'));
    expect(sent.map((n) => n.text)).toEqual(['Promemoria: oggi inizia il tuo turno "Turno esterno di reperibilità", da lunedì 7 dicembre a domenica 13 dicembre.']);
    const logged = (await store.readLog('job-runs')) as { key: string; outcome: string }[];
    expect(logged.filter((r) => r.key.startsWith(`reminder:${duty.id}`)).map((r) => r.outcome)).toEqual(['dropped', 'sent']);
  });

  it('reminders of a duty already over when the process comes back are dropped, not sent', async () => {
    const store = await stores.open(await stores.dir());
    await demoWithPublished(store, DEC.from, DEC.to, rome('2026-11-25', '10:00'));
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-11-30', '12:00'));
    const back = await runDue({ store, notifier }, rome('2026-12-08', '10:00'));
    const first = reperibilita(store).find((d) => d.from === '2026-12-01')!;
    const dropped = back.runs.filter((r) => r.key.startsWith(`reminder:${first.id}`));
    expect(dropped.map((r) => r.outcome)).toEqual(['dropped', 'dropped']);
    expect(dropped[1]!.detail).toContain('il turno è già finito');
    expect(notifier.keys(`reminder:${first.id}`)).toEqual([]);
    // The duty running now (7–13 December) still gets its latest reminder.
    expect(notifier.keys('reminder:').length).toBe(1);
  });

  it('a swap after the reminder was scheduled: the reminder follows the duty to the new holder', async () => {
    const store = await stores.open(await stores.dir());
    await demoWithPublished(store, DEC.from, DEC.to, rome('2026-11-25', '10:00'));
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-11-26', '09:00'));
    const duty = reperibilita(store).find((d) => d.from === '2026-12-14')!;
    const ctxResult = calendarContextFor(store.snapshot(), DEC);
    if (!ctxResult.ok) throw new Error(ctxResult.message);
    const eligible = store.snapshot().offices[OFFICE]!.magistrates.filter((m) => m.role === 'sostituto' && m.id !== duty.magistrateId);
    const taker = eligible.find((m) => !reperibilita(store).some((d) => d.magistrateId === m.id))!;
    const clock = new FixedClock(rome('2026-12-10', '11:00'));
    const edit = await editCalendar(store, clock, ctxResult.ctx, DEC, { kind: 'reassign', place: { slotId: slotIdOf(duty), magistrateId: duty.magistrateId }, magistrateId: taker.id }, 'scambio concordato', 'conti-nicola');
    expect(edit.ok).toBe(true);
    expect((await publishCalendar(store, clock, DEC, 'conti-nicola')).ok).toBe(true);
    await runDue({ store, notifier }, rome('2026-12-10', '11:00'));
    const announced = notifier.sent.filter((n) => n.key!.startsWith('calendar.announce:') && n.to.kind === 'magistrate');
    expect(announced.map((n) => (n.to.kind === 'magistrate' ? n.to.magistrateId : '')).sort()).toEqual([duty.magistrateId, taker.id].sort());
    const toTaker = announced.find((n) => n.to.kind === 'magistrate' && n.to.magistrateId === taker.id)!;
    const giver = store.snapshot().offices[OFFICE]!.magistrates.find((m) => m.id === duty.magistrateId)!;
    expect(toTaker.text).toContain(`Nuovo turno: Turno esterno di reperibilità da lunedì 14 dicembre a domenica 20 dicembre (prima era di ${giver.name} ${giver.surname}).`);
    const toGiver = announced.find((n) => n.to.kind === 'magistrate' && n.to.magistrateId === duty.magistrateId)!;
    expect(toGiver.text).toContain(`Non sei più di turno: Turno esterno di reperibilità da lunedì 14 dicembre a domenica 20 dicembre (ora è di ${taker.name} ${taker.surname}).`);
    expect(notifier.sent.find((n) => n.key!.startsWith('calendar.announce:') && n.to.kind === 'office')!.text).toContain('Pubblicata la versione 2: cambia 1 turno per 2 magistrati');
    await runDue({ store, notifier }, rome('2026-12-13', '18:00'));
    await runDue({ store, notifier }, rome('2026-12-14', '08:00'));
    const reminders = notifier.sent.filter((n) => n.key!.includes('@2026-12-14'));
    expect(reminders.map((n) => [n.key, n.to.kind === 'magistrate' ? n.to.magistrateId : ''])).toEqual([
      [`reminder:reperibilita@2026-12-14#${taker.id}:sera-prima`, taker.id],
      [`reminder:reperibilita@2026-12-14#${taker.id}:mattina`, taker.id],
    ]);
  });

  it('a swap between the evening and the morning reminder: the new holder is told at once, the old one hears nothing more', async () => {
    const store = await stores.open(await stores.dir());
    await demoWithPublished(store, DEC.from, DEC.to, rome('2026-11-25', '10:00'));
    const notifier = new RecordingNotifier();
    const only = { jobs: [dutyRemindersJob] };
    await runDue({ store, notifier }, rome('2026-12-13', '17:00'), only);
    notifier.sent.length = 0;
    const duty = reperibilita(store).find((d) => d.from === '2026-12-14')!;
    await runDue({ store, notifier }, rome('2026-12-13', '18:00'), only);
    expect(notifier.keys()).toEqual([`reminder:${duty.id}:sera-prima`]);
    const found = calendarContextFor(store.snapshot(), DEC);
    if (!found.ok) throw new Error(found.message);
    const taker = store.snapshot().offices[OFFICE]!.magistrates.find((m) => m.role === 'sostituto' && !reperibilita(store).some((d) => d.magistrateId === m.id))!;
    const clock = new FixedClock(rome('2026-12-13', '20:00'));
    await editCalendar(store, clock, found.ctx, DEC, { kind: 'reassign', place: { slotId: slotIdOf(duty), magistrateId: duty.magistrateId }, magistrateId: taker.id }, 'malore improvviso', 'conti-nicola');
    await publishCalendar(store, clock, DEC, 'conti-nicola');
    await runDue({ store, notifier }, rome('2026-12-13', '20:01'), only);
    await runDue({ store, notifier }, rome('2026-12-14', '08:00'), only);
    const moved = `reperibilita@2026-12-14#${taker.id}`;
    expect(notifier.keys()).toEqual([`reminder:${duty.id}:sera-prima`, `reminder:${moved}:sera-prima`, `reminder:${moved}:mattina`]);
    expect(notifier.sent[1]!.text).toMatch(/^Promemoria: domani inizia il tuo turno/);
  });

  it('a swap published while a tick is running: the reminder still in the queue is skipped, the new holder gets it next minute', async () => {
    const store = await stores.open(await stores.dir());
    await demoWithPublished(store, DEC.from, DEC.to, rome('2026-11-25', '10:00'));
    await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-07', '07:00'));
    const duty = reperibilita(store).find((d) => d.from === '2026-12-07')!;
    const found = calendarContextFor(store.snapshot(), DEC);
    if (!found.ok) throw new Error(found.message);
    const taker = store.snapshot().offices[OFFICE]!.magistrates.find((m) => m.role === 'sostituto' && !reperibilita(store).some((d) => d.magistrateId === m.id))!;
    const recorder = new RecordingNotifier();
    let swapped = false;
    const swapping = {
      async send(n: Parameters<RecordingNotifier['send']>[0]) {
        await recorder.send(n);
        if (swapped) return;
        swapped = true;
        // The first digest of the 08:00 tick goes out, then the head hands the duty over.
        const clock = new FixedClock(rome('2026-12-07', '08:00'));
        await editCalendar(store, clock, found.ctx, DEC, { kind: 'reassign', place: { slotId: slotIdOf(duty), magistrateId: duty.magistrateId }, magistrateId: taker.id }, 'urgenza familiare', 'conti-nicola');
        await publishCalendar(store, clock, DEC, 'conti-nicola');
      },
    };
    const tick = await runDue({ store, notifier: swapping }, rome('2026-12-07', '08:00'));
    const skipped = tick.runs.find((r) => r.key === `reminder:${duty.id}:mattina`)!;
    expect(skipped).toMatchObject({ outcome: 'skipped', detail: 'il turno è cambiato nel frattempo: il promemoria va al nuovo titolare' });
    expect(recorder.keys('reminder:')).toEqual([]);
    await runDue({ store, notifier: recorder }, rome('2026-12-07', '08:01'));
    expect(recorder.keys('reminder:')).toEqual([`reminder:reperibilita@2026-12-07#${taker.id}:mattina`]);
  });

  it('per-person offsets replace the office\'s', async () => {
    const store = await stores.open(await stores.dir());
    await demoWithPublished(store, DEC.from, DEC.to, rome('2026-11-25', '10:00'));
    const duty = reperibilita(store).find((d) => d.from === '2026-12-07')!;
    await store.update((draft) => {
      draft.offices[OFFICE]!.jobs = { reminders: { people: { [duty.magistrateId]: [{ id: 'due-giorni-prima', daysBefore: 2, time: '09:30' }] } } } as never;
    });
    expect(reminderInstant(duty, { id: 'x', daysBefore: 2, time: '09:30' }).toISOString()).toBe('2026-12-05T08:30:00.000Z');
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-05', '09:00'));
    await runDue({ store, notifier }, rome('2026-12-05', '09:30'));
    await runDue({ store, notifier }, rome('2026-12-06', '18:00'));
    await runDue({ store, notifier }, rome('2026-12-07', '08:00'));
    expect(notifier.keys(`reminder:${duty.id}`)).toEqual([`reminder:${duty.id}:due-giorni-prima`]);
    expect(notifier.sent.find((n) => n.key!.startsWith(`reminder:${duty.id}`))!.text).toContain('tra 2 giorni inizia il tuo turno');
  });
});

function addDay(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
