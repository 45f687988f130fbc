import { afterEach, describe, expect, it } from 'vitest';
import { headOf } from '../../src/conversation/head-of.ts';
import { publicationAnnouncementJob } from '../../jobs/publication-announcement.ts';
import { runDue } from '../../jobs/run-due.ts';
import { demoWithPublished, OFFICE, RecordingNotifier, rome, tempStores } from './helpers.ts';

const stores = tempStores();
afterEach(() => stores.cleanup());

const only = { jobs: [publicationAnnouncementJob] };

describe('who hears of a publication', () => {
  it('a magistrate who left the office before the period, or arrives after it, is not sent "non hai turni assegnati"', async () => {
    const store = await stores.open(await stores.dir());
    await demoWithPublished(store, '2026-12-01', '2026-12-31', rome('2026-11-25', '10:00'));
    const config = store.snapshot().offices[OFFICE]!;
    const published = store.snapshot().calendars[0]!;
    const idle = config.magistrates.filter((m) => m.id !== headOf(config, '2026-12-01', store.snapshot().absences) && !published.duties.some((d) => d.magistrateId === m.id)).map((m) => m.id);
    expect(idle.length).toBeGreaterThanOrEqual(2);
    const [gone, coming] = idle as [string, string];
    await store.update((draft) => {
      const people = draft.offices[OFFICE]!.magistrates;
      people.find((m) => m.id === gone)!.serviceEnd = '2026-11-20';
      people.find((m) => m.id === coming)!.serviceStart = '2027-01-11';
    });
    const notifier = new RecordingNotifier();
    await runDue({ store, notifier }, rome('2026-11-25', '10:00'), only);
    const told = notifier.sent.flatMap((n) => (n.to.kind === 'magistrate' ? [n.to.magistrateId] : []));
    expect(told).not.toContain(gone);
    expect(told).not.toContain(coming);
    expect(told.length).toBe(config.magistrates.length - 2);
    expect(notifier.sent.filter((n) => n.to.kind === 'office')).toHaveLength(1);
  });
});
