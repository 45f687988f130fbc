import { afterEach, describe, expect, it } from 'vitest';
import { FeedCache } from '../../src/feeds/index.ts';
import { duty, openFixture, type Fixture } from './fixtures.ts';
import { parseIcs } from './parse-ics.ts';

let fx: Fixture;
afterEach(async () => fx?.cleanup());
const rossi = { officeId: 'procura-prova', magistrateId: 'rossi-mario' };

describe('feed cache', () => {
  it('serves the same document until a publication or a configuration change, ignoring other updates', async () => {
    fx = await openFixture();
    await fx.version('2027-03-22', '2027-03-28', [duty('udienza', 'rossi-mario', '2027-03-23')]);
    const cache = new FeedCache();
    const now = fx.clock.now();
    const first = cache.document(fx.store.snapshot(), rossi, now)!;
    await fx.store.update((draft) => {
      draft.meta.qualcosa = 1;
    });
    expect(cache.document(fx.store.snapshot(), rossi, now)).toBe(first);
    expect(cache.hits).toBe(1);

    // A provisional version changes nothing a feed shows; its publication does.
    await fx.version('2027-03-22', '2027-03-28', [duty('udienza', 'rossi-mario', '2027-03-24')], { publish: false });
    expect(cache.document(fx.store.snapshot(), rossi, now)).toBe(first);
    const { publishCalendar } = await import('../../src/calendar/versions/publish-calendar.ts');
    await publishCalendar(fx.store, fx.clock, { officeId: 'procura-prova', from: '2027-03-22', to: '2027-03-28' }, 'test');
    const republished = cache.document(fx.store.snapshot(), rossi, now)!;
    expect(parseIcs(republished.ics).events.map((e) => `${e.DTSTART?.value} ${e.STATUS?.value}`)).toEqual(['20270323T080000Z CANCELLED', '20270324T080000Z CONFIRMED']);

    await fx.store.update((draft) => {
      draft.offices['procura-prova']!.services.find((s) => s.id === 'udienza')!.name = 'Udienza collegiale';
    });
    expect(parseIcs(cache.document(fx.store.snapshot(), rossi, now)!.ics).events[1]!.SUMMARY?.value).toBe('Udienza collegiale');
    expect(cache.hits).toBe(2);
  });
});
