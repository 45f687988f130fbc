import type { CalendarVersion, Duty } from '../domain/calendar.ts';
import { addDays } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import { formatRangeIt, formatWeekdayDayIt } from '../domain/format-day-it.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import type { StoreState } from '../domain/store-state.ts';
import type { FeedOwner } from './feed-tokens.ts';
import { romeInstant } from './rome-time.ts';

/** When an event happens: whole civil days, or instants (services with hours). */
export type FeedTiming =
  | { kind: 'days'; from: string; /** exclusive, as iCal wants it */ until: string }
  | { kind: 'times'; start: Date; end: Date };

/** One duty as a calendar event, independent of the iCal library. */
export interface FeedEvent {
  /** Stable across versions: the same duty is the same event, so a client updates it in place. */
  uid: string;
  status: 'confirmed' | 'cancelled';
  /** Grows with every publication of the period, so clients take the newest. */
  sequence: number;
  summary: string;
  description: string;
  timing: FeedTiming;
  /** When the version that last set this event was published. */
  updatedAt: string;
  duty: DeepReadonly<Duty>;
}

type Version = DeepReadonly<CalendarVersion>;
type Office = DeepReadonly<OfficeConfig>;

/** The iCal UID of a duty: the duty id (`servizio@giorno#magistrato`) under the office. */
export function eventUid(officeId: string, dutyId: string): string {
  return `${officeId}/${dutyId}@turnario`;
}

function timingOf(office: Office, duty: DeepReadonly<Duty>): FeedTiming {
  const hours = office.services.find((s) => s.id === duty.serviceId)?.hours;
  if (!hours) return { kind: 'days', from: duty.from, until: addDays(duty.to, 1) };
  // A service ending at or before its start time ends the next morning (a night on call).
  const lastDay = hours.end <= hours.start ? addDays(duty.to, 1) : duty.to;
  return { kind: 'times', start: romeInstant(duty.from, hours.start), end: romeInstant(lastDay, hours.end) };
}

function describeDuty(office: Office, duty: DeepReadonly<Duty>, version: Version, cancelled: boolean, withName: boolean) {
  const service = office.services.find((s) => s.id === duty.serviceId)?.name ?? duty.serviceId;
  const who = office.magistrates.find((m) => m.id === duty.magistrateId);
  const name = who ? `${who.surname} ${who.name}` : duty.magistrateId;
  const when = duty.from === duty.to ? formatWeekdayDayIt(duty.from) : formatRangeIt(duty.from, duty.to);
  const summary = `${cancelled ? 'Annullato: ' : ''}${service}${withName ? ` – ${name}` : ''}`;
  // In a sentence the service's own name leads ("Turno arrestati", "Udienza collegiale": never "Turno "Turno …""), and
  // the magistrate is named first name first; the summary keeps the list form (surname first).
  const person = who ? `${who.name} ${who.surname}` : duty.magistrateId;
  const description = cancelled
    ? `${service} di ${person}, ${when}: non è più nel calendario pubblicato (versione ${version.number}) di ${office.office.name}.`
    : `${service} di ${person}, ${when}, dal calendario pubblicato (versione ${version.number}) di ${office.office.name}.`;
  return { summary, description };
}

/** The published versions of an office grouped by period, oldest first within each period. */
function publishedByPeriod(state: DeepReadonly<StoreState>, officeId: string): Version[][] {
  const periods = new Map<string, Version[]>();
  for (const c of state.calendars) {
    if (c.officeId !== officeId || c.status !== 'published') continue;
    const key = `${c.from}/${c.to}`;
    periods.set(key, [...(periods.get(key) ?? []), c]);
  }
  return [...periods.values()].map((list) => list.sort((a, b) => a.number - b.number));
}

/**
 * The events of a feed: every duty of the latest published version of each period (of one magistrate,
 * or of the whole office), plus the duties earlier published versions had and the latest no longer
 * has, as cancellations. Provisional versions never reach a feed.
 */
export function feedEvents(state: DeepReadonly<StoreState>, owner: FeedOwner): FeedEvent[] {
  const office = state.offices[owner.officeId];
  if (!office) return [];
  const mine = (d: DeepReadonly<Duty>) => owner.magistrateId === undefined || d.magistrateId === owner.magistrateId;
  const byUid = new Map<string, FeedEvent>();
  const keep = (event: FeedEvent) => {
    const known = byUid.get(event.uid);
    // Across overlapping periods a confirmed duty wins over a cancelled one, then the newest publication.
    const better = !known || (known.status === 'cancelled' && event.status === 'confirmed') || (known.status === event.status && known.updatedAt < event.updatedAt);
    if (better) byUid.set(event.uid, event);
  };
  for (const versions of publishedByPeriod(state, owner.officeId)) {
    const latest = versions.at(-1)!;
    const current = new Set(latest.duties.map((d) => d.id));
    const event = (duty: DeepReadonly<Duty>, cancelled: boolean): FeedEvent => ({
      uid: eventUid(owner.officeId, duty.id), status: cancelled ? 'cancelled' : 'confirmed', sequence: latest.number,
      ...describeDuty(office, duty, latest, cancelled, owner.magistrateId === undefined),
      timing: timingOf(office, duty), updatedAt: latest.publishedAt ?? latest.createdAt, duty,
    });
    for (const duty of latest.duties.filter(mine)) keep(event(duty, false));
    const gone = new Map<string, DeepReadonly<Duty>>();
    for (const v of versions.slice(0, -1)) for (const d of v.duties) if (!current.has(d.id) && mine(d)) gone.set(d.id, d);
    for (const duty of gone.values()) keep(event(duty, true));
  }
  return [...byUid.values()].sort((a, b) => (a.duty.from === b.duty.from ? a.uid.localeCompare(b.uid) : a.duty.from < b.duty.from ? -1 : 1));
}
