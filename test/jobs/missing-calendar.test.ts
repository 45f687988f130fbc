import { afterEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../src/ports.ts';
import { generateCalendar } from '../../src/use-cases/generate-calendar.ts';
import { runDue } from '../../jobs/run-due.ts';
import { demoWithPublished, OFFICE, RecordingNotifier, rome, tempStores } from './helpers.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());

const KEY = `calendar.missing:${OFFICE}:2027-01`;
const missing = <R extends { job: string }>(runs: R[]): R[] => runs.filter((r) => r.job === 'calendar.missing');

/** The demo with December published on 25 November, and automatic generation on or off. */
async function demo(generation: boolean) {
  const store = await stores.open(await stores.dir());
  await demoWithPublished(store, '2026-12-01', '2026-12-31', rome('2026-11-25', '10:00'));
  await store.update((draft) => {
    draft.offices[OFFICE]!.jobs = { ...draft.offices[OFFICE]!.jobs, generation: { enabled: generation, dayOfMonth: 10, time: '07:00', monthsAhead: 1 } } as never;
  });
  await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-11-25', '10:00'));
  return store;
}

describe('an office that generates its calendars by hand', () => {
  it('is told on the 10th that the coming month has no calendar yet, once, and how to generate it', async () => {
    const store = await demo(false);
    const notifier = new RecordingNotifier();
    expect(missing((await runDue({ store, notifier }, rome('2026-12-10', '06:59'))).runs)).toEqual([]);
    const tick = await runDue({ store, notifier }, rome('2026-12-10', '07:00'));
    expect(missing(tick.runs).map((r) => [r.key, r.outcome])).toEqual([[KEY, 'sent']]);
    // Nothing was generated: generation is off.
    expect(tick.runs.some((r) => r.job === 'calendar.generate')).toBe(false);
    expect(store.snapshot().calendars.some((c) => c.from === '2027-01-01')).toBe(false);
    const sent = notifier.sent.find((n) => n.key === KEY)!;
    expect(sent.to).toEqual({ kind: 'magistrate', officeId: OFFICE, magistrateId: 'conti-nicola' });
    expect(sent.text).toBe('La generazione automatica dei calendari è disattivata per il tuo ufficio e non c\'è ancora un calendario dei turni di gennaio 2027. '
      + 'Quando vuoi, puoi generarlo scrivendomi "genera il calendario di gennaio" oppure con "turnario calendar generate --from 2027-01-01 --to 2027-01-31"; poi lo rivedi e lo pubblichi.');
    expect(missing((await runDue({ store, notifier }, rome('2026-12-11', '07:00'))).runs)).toEqual([]);
    expect(notifier.keys('calendar.missing:')).toHaveLength(1);
  });

  it('names the days still missing when part of the month has a calendar, and says nothing once it is whole', async () => {
    const store = await demo(false);
    const clock = new FixedClock(rome('2026-12-05', '10:00'));
    expect((await generateCalendar(store, clock, { officeId: OFFICE, from: '2027-01-01', to: '2027-01-15' }, 'conti-nicola')).ok).toBe(true);
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-10', '07:00'));
    expect(notifier.sent.find((n) => n.key === KEY)!.text).toBe('La generazione automatica dei calendari è disattivata per il tuo ufficio e mancano ancora i turni dal 16 al 31 gennaio 2027. '
      + 'Quando vuoi, puoi generarlo scrivendomi "genera il calendario dal 16 al 31 gennaio 2027" oppure con "turnario calendar generate --from 2027-01-16 --to 2027-01-31"; poi lo rivedi e lo pubblichi.');

    const whole = await demo(false);
    expect((await generateCalendar(whole, clock, { officeId: OFFICE, from: '2027-01-01', to: '2027-01-31' }, 'conti-nicola')).ok).toBe(true);
    const quiet = await runDue({ store: whole, notifier: new RecordingNotifier() }, rome('2026-12-10', '07:00'));
    expect(missing(quiet.runs).map((r) => [r.outcome, r.detail])).toEqual([['skipped', 'il calendario di gennaio 2027 c\'è già: nessun avviso']]);
  });

  it('is not due where the calendars are generated automatically', async () => {
    const store = await demo(true);
    const tick = await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-10', '07:00'));
    expect(missing(tick.runs)).toEqual([]);
    expect(tick.runs.some((r) => r.job === 'calendar.generate' && r.outcome === 'sent')).toBe(true);
  });
});
