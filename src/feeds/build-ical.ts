import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { FeedEvent } from './feed-events.ts';

export interface IcalInput {
  /** The calendar's name as clients show it ("Turni di Rossi Mario – Procura di Napoli"). */
  name: string;
  events: readonly FeedEvent[];
  /** When the feed was produced (DTSTAMP). */
  now: Date;
}

function utcMidnight(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * The events as an iCalendar document (RFC 5545). Timed events are written as UTC instants computed
 * from the wall-clock hours in Europe/Rome (`rome-time.ts`), so the document does not depend on the
 * server's time zone and clients show the right local time on both sides of a DST change; whole-day
 * duties are all-day events (a week of reperibilità is one event of seven days).
 */
export function buildIcal(input: IcalInput): string {
  const calendar = ical({
    name: input.name,
    prodId: { company: 'turnario', product: 'turnario', language: 'IT' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  calendar.x('X-WR-TIMEZONE', 'Europe/Rome');
  for (const e of input.events) {
    calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      stamp: input.now,
      lastModified: new Date(e.updatedAt),
      summary: e.summary,
      description: e.description,
      status: e.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(e.timing.kind === 'days'
        ? { start: utcMidnight(e.timing.from), end: utcMidnight(e.timing.until), allDay: true }
        : { start: e.timing.start, end: e.timing.end }),
    });
  }
  return calendar.toString();
}
