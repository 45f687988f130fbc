import { afterEach, describe, expect, it } from 'vitest';
import { eventUid, feedDocument } from '../../src/feeds/index.ts';
import { romeTimeOf } from '../../src/feeds/rome-time.ts';
import { civilDayAt } from '../../src/domain/civil-day.ts';
import { duty, openFixture, type Fixture } from './fixtures.ts';
import { icsInstant, parseIcs, type IcsEvent } from './parse-ics.ts';

let fx: Fixture;
afterEach(async () => fx?.cleanup());

const rossi = { officeId: 'procura-prova', magistrateId: 'rossi-mario' };
const bianchi = { officeId: 'procura-prova', magistrateId: 'bianchi-luca' };
const now = new Date('2027-03-01T10:00:00.000Z');

function feedOf(owner: { officeId: string; magistrateId?: string }) {
  const doc = feedDocument(fx.store.snapshot(), owner, now);
  if (!doc) throw new Error('no feed');
  return parseIcs(doc.ics);
}
const byUid = (events: IcsEvent[], officeDutyId: string) => events.find((e) => e.UID?.value === eventUid('procura-prova', officeDutyId));
/** Start and end of a timed event as Rome day and wall-clock time. */
const romeSpan = (e: IcsEvent) => {
  const start = icsInstant(e.DTSTART!.value);
  const end = icsInstant(e.DTEND!.value);
  return `${civilDayAt(start)} ${romeTimeOf(start)} → ${civilDayAt(end)} ${romeTimeOf(end)}`;
};

describe('iCal feeds of published calendars', () => {
  it('writes a week of reperibilità as one all-day event and timed services at Rome times across the March DST change', async () => {
    fx = await openFixture();
    await fx.version('2027-03-22', '2027-03-28', [
      duty('reperibilita', 'rossi-mario', '2027-03-22', '2027-03-28'),
      duty('udienza', 'rossi-mario', '2027-03-26'),
      duty('udienza', 'rossi-mario', '2027-03-28'),
      duty('arrestati', 'rossi-mario', '2027-03-27'),
      duty('arrestati', 'bianchi-luca', '2027-03-28'),
    ]);
    const { calendar, events } = feedOf(rossi);
    expect(calendar['X-WR-CALNAME']?.value).toBe('Turni di Rossi Mario – Procura della Repubblica di Prova');
    expect(calendar['X-WR-TIMEZONE']?.value).toBe('Europe/Rome');
    expect(events).toHaveLength(4);
    const week = byUid(events, 'reperibilita@2027-03-22#rossi-mario')!;
    expect(week.DTSTART).toEqual({ params: { VALUE: 'DATE' }, value: '20270322' });
    expect(week.DTEND).toEqual({ params: { VALUE: 'DATE' }, value: '20270329' });
    expect(week.SUMMARY?.value).toBe('Turno esterno di reperibilità');
    expect(week.STATUS?.value).toBe('CONFIRMED');
    // Friday before the change (UTC+1) and Sunday of the change (UTC+2): same wall-clock hours.
    expect(romeSpan(byUid(events, 'udienza@2027-03-26#rossi-mario')!)).toBe('2027-03-26 09:00 → 2027-03-26 13:30');
    expect(byUid(events, 'udienza@2027-03-26#rossi-mario')!.DTSTART!.value).toBe('20270326T080000Z');
    expect(byUid(events, 'udienza@2027-03-28#rossi-mario')!.DTSTART!.value).toBe('20270328T070000Z');
    // The night turn spans the change: 20:00 CET to 08:00 CEST is eleven hours.
    const night = byUid(events, 'arrestati@2027-03-27#rossi-mario')!;
    expect(romeSpan(night)).toBe('2027-03-27 20:00 → 2027-03-28 08:00');
    expect(icsInstant(night.DTEND!.value).getTime() - icsInstant(night.DTSTART!.value).getTime()).toBe(11 * 3_600_000);
    expect(byUid(events, 'arrestati@2027-03-28#bianchi-luca')).toBeUndefined();
  });

  it('keeps Rome times across the October change', async () => {
    fx = await openFixture();
    await fx.version('2027-10-25', '2027-10-31', [duty('udienza', 'bianchi-luca', '2027-10-29'), duty('udienza', 'bianchi-luca', '2027-10-31'), duty('arrestati', 'bianchi-luca', '2027-10-30')]);
    const { events } = feedOf(bianchi);
    expect(byUid(events, 'udienza@2027-10-29#bianchi-luca')!.DTSTART!.value).toBe('20271029T070000Z');
    expect(byUid(events, 'udienza@2027-10-31#bianchi-luca')!.DTSTART!.value).toBe('20271031T080000Z');
    const night = byUid(events, 'arrestati@2027-10-30#bianchi-luca')!;
    expect(romeSpan(night)).toBe('2027-10-30 20:00 → 2027-10-31 08:00');
    expect(icsInstant(night.DTEND!.value).getTime() - icsInstant(night.DTSTART!.value).getTime()).toBe(13 * 3_600_000);
  });

  it('keeps UIDs stable across publications and turns a moved duty into a cancellation', async () => {
    fx = await openFixture();
    const week = duty('reperibilita', 'rossi-mario', '2027-03-22', '2027-03-28');
    await fx.version('2027-03-22', '2027-03-28', [week, duty('arrestati', 'bianchi-luca', '2027-03-27')]);
    const before = feedOf(bianchi).events;
    const uidBefore = feedOf(rossi).events.map((e) => e.UID!.value);
    await fx.version('2027-03-22', '2027-03-28', [week, duty('arrestati', 'rossi-mario', '2027-03-27')]);
    const after = feedOf(bianchi).events;
    expect(after.map((e) => e.UID!.value)).toEqual(before.map((e) => e.UID!.value));
    const cancelled = after[0]!;
    expect(cancelled.STATUS?.value).toBe('CANCELLED');
    expect(Number(cancelled.SEQUENCE?.value)).toBeGreaterThan(Number(before[0]!.SEQUENCE?.value));
    expect(cancelled.SUMMARY?.value).toBe('Annullato: Turno arrestati');
    expect(cancelled.DESCRIPTION?.value).toMatch(/^Turno arrestati di Luca Bianchi, sabato 27 marzo 2027: non è più nel calendario pubblicato \(versione 2\) di /);
    expect(before[0]!.DESCRIPTION?.value).toMatch(/^Turno arrestati di Luca Bianchi, sabato 27 marzo 2027, dal calendario pubblicato \(versione 1\) di /);
    const rossiNow = feedOf(rossi).events;
    expect(rossiNow.map((e) => e.UID!.value)).toEqual([...uidBefore, eventUid('procura-prova', 'arrestati@2027-03-27#rossi-mario')]);
    expect(rossiNow.every((e) => e.STATUS?.value === 'CONFIRMED')).toBe(true);
  });

  it('shows nothing of provisional versions', async () => {
    fx = await openFixture();
    await fx.version('2027-03-22', '2027-03-28', [duty('udienza', 'rossi-mario', '2027-03-26')]);
    await fx.version('2027-03-22', '2027-03-28', [duty('udienza', 'verdi-anna', '2027-03-26')], { publish: false });
    expect(feedOf({ officeId: 'procura-prova', magistrateId: 'verdi-anna' }).events).toEqual([]);
    expect(feedOf(rossi).events.map((e) => e.STATUS?.value)).toEqual(['CONFIRMED']);
  });

  it('gives the office feed every duty with the magistrate in the title', async () => {
    fx = await openFixture();
    await fx.version('2027-03-22', '2027-03-28', [duty('udienza', 'rossi-mario', '2027-03-26'), duty('udienza', 'bianchi-luca', '2027-03-25')]);
    const { calendar, events } = feedOf({ officeId: 'procura-prova' });
    expect(calendar['X-WR-CALNAME']?.value).toBe('Turni – Procura della Repubblica di Prova');
    expect(events.map((e) => e.SUMMARY?.value)).toEqual(['Udienza monocratica – Bianchi Luca', 'Udienza monocratica – Rossi Mario']);
  });

  it('has no feed for an unknown office or magistrate', async () => {
    fx = await openFixture();
    expect(feedDocument(fx.store.snapshot(), { officeId: 'nessuno' }, now)).toBeNull();
    expect(feedDocument(fx.store.snapshot(), { officeId: 'procura-prova', magistrateId: 'ignoto' }, now)).toBeNull();
  });
});
