import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoOffices } from '../../adapters/cli/demo-offices.ts';
import { headOf } from '../../src/conversation/head-of.ts';
import { FixedClock } from '../../src/ports.ts';
import { giadaDrawJob } from '../../jobs/giada-jobs.ts';
import { jobStatusLines } from '../../jobs/job-status.ts';
import { publicationAnnouncementJob } from '../../jobs/publication-announcement.ts';
import { runDue } from '../../jobs/run-due.ts';
import { demoWithPublished, OFFICE, RecordingNotifier, rome, tempStores } from './helpers.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());

/**
 * An office whose file configures no announcement channel (`announcements` empty): what was meant for
 * the channel is not reported as sent to nobody.
 */
describe('an office with no announcement channel', () => {
  it('the publication is not "announced" to a channel that does not exist: recorded as skipped, each magistrate still told', async () => {
    const store = await stores.open(await stores.dir());
    await demoWithPublished(store, '2026-12-01', '2026-12-31', rome('2026-11-25', '10:00'));
    await store.update((draft) => {
      draft.offices[OFFICE]!.announcements = {};
    });
    const notifier = new RecordingNotifier();
    const tick = await runDue({ store, notifier }, rome('2026-11-25', '10:00'), { jobs: [publicationAnnouncementJob] });
    const office = tick.runs.find((r) => r.key.endsWith(':office'))!;
    expect(office.outcome).toBe('skipped');
    expect(office.detail).toBe('annuncio nel canale dell\'ufficio non inviato: l\'ufficio non ha un canale per gli annunci (announcements nel file dell\'ufficio); ciascun magistrato riceve comunque i propri turni');
    expect(notifier.sent.filter((n) => n.to.kind === 'office')).toEqual([]);
    expect(notifier.sent.length).toBe(store.snapshot().offices[OFFICE]!.magistrates.length);
    expect((await jobStatusLines(store, rome('2026-11-25', '10:01'))).join('\n')).toContain('annuncio di pubblicazione · saltato: annuncio nel canale dell\'ufficio non inviato');
  });

  it('the GIADA draw commitment goes to the president of the Tribunale instead of nowhere', async () => {
    const store = await stores.open(await stores.dir());
    await seedDemoOffices(store, new FixedClock(rome('2026-12-01', '09:00')));
    await store.update((draft) => {
      draft.offices['tribunale-napoli']!.giada!.mode = 'draw';
    });
    const config = store.snapshot().offices['tribunale-napoli']!;
    expect(config.announcements).toEqual({});
    const president = headOf(config, '2026-12-02', store.snapshot().absences)!;
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-01', '09:00'), { jobs: [giadaDrawJob] });
    const tick = await runDue({ store, notifier }, rome('2026-12-02', '00:05'), { jobs: [giadaDrawJob] });
    expect(tick.runs.map((r) => r.outcome)).toEqual(['sent']);
    expect(tick.runs[0]!.detail).toMatch(/\(inviato al presidente del Tribunale, .+: l'ufficio non ha un canale per gli annunci \(announcements nel file dell'ufficio\)\)$/);
    expect(notifier.sent.at(-1)!.to).toEqual({ kind: 'magistrate', officeId: 'tribunale-napoli', magistrateId: president });
    expect(notifier.sent.at(-1)!.text).toMatch(/Impegno del 2 dicembre 2026/);
  });

  it('with no president in service either, the commitment goes to the ufficio del dibattimento, saying why', async () => {
    const store = await stores.open(await stores.dir());
    await seedDemoOffices(store, new FixedClock(rome('2026-12-01', '09:00')));
    await store.update((draft) => {
      const office = draft.offices['tribunale-napoli']!;
      office.giada!.mode = 'draw';
      office.magistrates.find((m) => m.id === 'caruso-elisabetta')!.serviceEnd = '2026-12-01';
    });
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-12-01', '09:00'), { jobs: [giadaDrawJob] });
    const tick = await runDue({ store, notifier }, rome('2026-12-02', '00:05'), { jobs: [giadaDrawJob] });
    expect(tick.runs[0]!.detail).toMatch(/\(inviato ad Antonio Greco: l'ufficio non ha un canale per gli annunci \(announcements nel file dell'ufficio\) e nessun presidente è in servizio\)$/);
    const sent = notifier.sent.at(-1)!;
    expect(sent.to).toEqual({ kind: 'magistrate', officeId: 'tribunale-napoli', magistrateId: 'greco-antonio' });
    expect(sent.text).toContain('Nessun capo dell\'ufficio risulta in servizio il 2 dicembre 2026 (Elisabetta Caruso ha lasciato l\'ufficio il 1° dicembre 2026)');
  });
});
