import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbStore, type LowdbStore } from '../../adapters/store/index.ts';
import { FixedClock } from '../../src/ports.ts';
import { latestPublished, latestVersion, saveProvisional, versionNumbered, versionsOf } from '../../src/calendar/versions/calendar-versions.ts';
import { dutiesInRange } from '../../src/calendar/versions/duties-in-range.ts';
import { toDuties } from '../../src/calendar/versions/duties.ts';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import { versionsInReview } from '../../src/calendar/versions/versions-in-review.ts';
import { withdrawProposal } from '../../src/calendar/versions/withdraw-proposal.ts';
import { calendarPeriods } from '../../src/reports/fairness-view.ts';
import { decemberContext, smallOffice } from './fixtures.ts';

let dir: string;
let store: LowdbStore;
const clock = new FixedClock(new Date('2026-11-20T09:00:00Z'));
const key = { officeId: 'prova', from: '2026-12-01', to: '2026-12-31' };
const ctx = decemberContext(smallOffice());
const duties = (who: string) => toDuties(ctx, ctx.slots.map((slot) => ({ slotId: slot.id, magistrateId: who })));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-withdraw-'));
  store = await openLowdbStore({ dir });
  await saveProvisional(store, clock, { ...key, duties: duties('rossi-mario'), uncovered: [], actor: 'test', action: 'calendar.generate' });
  await publishCalendar(store, clock, key, 'capo');
  await saveProvisional(store, clock, { ...key, duties: duties('bianchi-luca'), uncovered: [], actor: 'test', action: 'calendar.replan' });
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('withdrawProposal', () => {
  it('keeps a withdrawn proposal as history, with the published version back in force and nothing in review', async () => {
    const proposal = latestVersion(store.snapshot(), key)!;
    expect(proposal).toMatchObject({ number: 2, status: 'provisional' });
    expect(await withdrawProposal(store, clock, proposal.id, 'capo', 'assenza ritirata')).toBe(true);
    const state = store.snapshot();
    expect(versionsOf(state, key).map((v) => [v.number, v.status])).toEqual([[1, 'published'], [2, 'withdrawn']]);
    expect(versionNumbered(state, key, 2)).toMatchObject({ withdrawnBy: 'capo', withdrawnAt: '2026-11-20T09:00:00.000Z' });
    expect(latestVersion(state, key)).toMatchObject({ number: 1, status: 'published' });
    expect(versionsInReview(state, 'prova', key.from, key.to)).toEqual([]);
    expect(dutiesInRange(state, 'prova', key.from, key.to, { provisional: true }).versions.map((v) => v.number)).toEqual([1]);
    expect(calendarPeriods(state, 'prova', true).map((v) => v.number)).toEqual([1]);
    expect(await publishCalendar(store, clock, key, 'capo')).toMatchObject({ ok: false, message: expect.stringContaining('è già pubblicato (versione 1)') });
    expect((await store.readLog('audit')).at(-2)).toMatchObject({ action: 'calendar.withdraw', subject: `calendar:${proposal.id}`, details: { reason: 'assenza ritirata' } });
    // A number is never given twice: the next version is 3.
    expect(await saveProvisional(store, clock, { ...key, duties: duties('russo-sara'), uncovered: [], actor: 'test', action: 'calendar.replan' })).toMatchObject({ number: 3 });
  });

  it('withdraws only a provisional version, writing nothing otherwise', async () => {
    expect(await withdrawProposal(store, clock, latestPublished(store.snapshot(), key)!.id, 'capo', 'prova')).toBe(false);
    expect(await withdrawProposal(store, clock, 'prova/nessuno/v9', 'capo', 'prova')).toBe(false);
    expect(versionsOf(store.snapshot(), key).map((v) => v.status)).toEqual(['published', 'provisional']);
  });
});
