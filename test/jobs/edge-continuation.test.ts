import { afterEach, describe, expect, it } from 'vitest';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import { FixedClock } from '../../src/ports.ts';
import { generateCalendar } from '../../src/use-cases/generate-calendar.ts';
import { dutyRemindersJob } from '../../jobs/duty-reminders.ts';
import { runDue } from '../../jobs/run-due.ts';
import { weeklyDigestJob } from '../../jobs/weekly-digest.ts';
import { demoWithPublished, OFFICE, RecordingNotifier, rome, tempStores } from './helpers.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());

const only = { jobs: [dutyRemindersJob] };

/** The demo's December published on 25 November, January generated and published on 11 December. */
async function decemberAndJanuaryPublished() {
  const store = await stores.open(await stores.dir());
  await demoWithPublished(store, '2026-12-01', '2026-12-31', rome('2026-11-25', '10:00'));
  const clock = new FixedClock(rome('2026-12-11', '10:00'));
  const jan = { officeId: OFFICE, from: '2027-01-01', to: '2027-01-31' };
  const generated = await generateCalendar(store, clock, jan, 'conti-nicola');
  if (!generated.ok) throw new Error(generated.message);
  expect((await publishCalendar(store, clock, jan, 'conti-nicola')).ok).toBe(true);
  return store;
}

/**
 * The reperibilità week from Monday 28 December 2026 to Sunday 3 January 2027 is cut by the edge between
 * December's and January's calendars; the demo gives both pieces to one magistrate. Its holder lives one
 * week on call, not two duties.
 */
describe('a reperibilità week across two calendars', () => {
  it('is reminded once, as the whole week; nothing "starts" on New Year\'s Day', async () => {
    const store = await decemberAndJanuaryPublished();
    const pieces = store.snapshot().calendars.flatMap((c) => c.duties).filter((d) => d.serviceId === 'reperibilita' && (d.from === '2026-12-28' || d.from === '2027-01-01'));
    expect(pieces.map((d) => [d.from, d.to])).toEqual([['2026-12-28', '2026-12-31'], ['2027-01-01', '2027-01-03']]);
    expect(pieces[0]!.magistrateId).toBe(pieces[1]!.magistrateId);
    await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-27', '17:00'), only);

    const notifier = new RecordingNotifier();
    for (const [day, time] of [['2026-12-27', '18:00'], ['2026-12-28', '08:00'], ['2026-12-31', '18:00'], ['2027-01-01', '08:00']] as const) {
      await runDue({ store, notifier }, rome(day, time), only);
    }
    const holder = pieces[0]!.magistrateId;
    expect(notifier.keys()).toEqual([`reminder:reperibilita@2026-12-28#${holder}:sera-prima`, `reminder:reperibilita@2026-12-28#${holder}:mattina`]);
    expect(notifier.sent[0]!.text).toBe('Promemoria: domani inizia il tuo turno "Turno esterno di reperibilità", da lunedì 28 dicembre a domenica 3 gennaio.');
  });

  it('is one line of the weekly digest', async () => {
    const store = await decemberAndJanuaryPublished();
    const holder = store.snapshot().calendars[0]!.duties.find((d) => d.serviceId === 'reperibilita' && d.from === '2026-12-28')!.magistrateId;
    await runDue({ store, notifier: new RecordingNotifier() }, rome('2026-12-27', '17:00'), { jobs: [weeklyDigestJob] });
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-28', '08:00'), { jobs: [weeklyDigestJob] });
    const digest = notifier.sent.find((n) => n.key === `digest:${OFFICE}:2026-12-28:${holder}`)!;
    const lines = digest.reply!.sections[0]!.lines;
    expect(lines.filter((l) => l.includes('reperibilità'))).toEqual(['da lunedì 28 dicembre a domenica 3 gennaio: Turno esterno di reperibilità']);
  });
});
