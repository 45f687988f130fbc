import { holidaysBetween } from '../availability/legal-calendar.ts';
import { NationalHolidays } from '../availability/national-holidays.ts';
import { isInSummerSuspension } from '../availability/summer-suspension.ts';
import type { CalendarVersion } from '../domain/calendar.ts';
import { eachDay, isoWeekday, lastDayOfMonth, makeDay } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import { monthNamesIt } from '../domain/format-day-it.ts';
import type { StoreState } from '../domain/store-state.ts';

type Version = DeepReadonly<CalendarVersion>;

export interface GridDay {
  day: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  holiday: string | null;
  weekend: boolean;
  /** 1–31 August: the summer suspension of judicial terms. */
  summerSuspension: boolean;
}

export interface GridCell {
  /** "Rossi Mario", in the order of the duties. */
  names: { magistrateId: string; name: string }[];
  /** Places nobody could cover that day, with the reason. */
  uncovered: { missing: number; reason: string } | null;
}

export interface GridRow {
  serviceId: string;
  serviceName: string;
  cells: GridCell[];
}

export interface MonthGrid {
  officeId: string;
  officeName: string;
  /** `2026-12`. */
  month: string;
  /** "dicembre 2026". */
  label: string;
  days: GridDay[];
  rows: GridRow[];
  /** The versions shown, oldest first. */
  versions: { from: string; to: string; number: number; status: CalendarVersion['status'] }[];
  /** True when any version shown is provisional: the page is watermarked. */
  provisional: boolean;
}

export interface MonthGridOptions {
  /** Staff see the latest version of each period, provisional or not; others only published ones. */
  includeProvisional: boolean;
  holidays?: NationalHolidays;
}

/** `2026-12` → [2026, 12], or null when it is not a month. */
export function parseMonth(text: string): [number, number] | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** The month after or before `2026-12` (`2027-01`, `2026-11`). */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = parseMonth(month)!;
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** For each period overlapping the month, the version to show; by creation order, so later ones win on shared days. */
function versionsToShow(state: DeepReadonly<StoreState>, officeId: string, from: string, to: string, includeProvisional: boolean): Version[] {
  const chosen = new Map<string, Version>();
  for (const c of state.calendars) {
    if (c.officeId !== officeId || c.to < from || c.from > to) continue;
    if (c.status === 'withdrawn' || (!includeProvisional && c.status !== 'published')) continue;
    const key = `${c.from}/${c.to}`;
    const known = chosen.get(key);
    if (!known || known.number < c.number) chosen.set(key, c);
  }
  return [...chosen.values()].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

/**
 * The office calendar of a month as a grid of days × services: who holds each service each day, the
 * uncovered places, holidays and the August suspension. Null when the office is unknown.
 */
export function monthGrid(state: DeepReadonly<StoreState>, officeId: string, month: string, options: MonthGridOptions): MonthGrid | null {
  const config = state.offices[officeId];
  const parsed = parseMonth(month);
  if (!config || !parsed) return null;
  const [year, monthNumber] = parsed;
  const from = makeDay(year, monthNumber, 1);
  const to = lastDayOfMonth(year, monthNumber);
  const holidays = new Map(holidaysBetween(from, to, config.office, options.holidays ?? new NationalHolidays()).map((h) => [h.day, h.name]));
  const days: GridDay[] = eachDay(from, to).map((day) => ({
    day, weekday: isoWeekday(day), holiday: holidays.get(day) ?? null, weekend: isoWeekday(day) >= 6, summerSuspension: isInSummerSuspension(day),
  }));
  const versions = versionsToShow(state, officeId, from, to, options.includeProvisional);
  // For each day, the newest version covering it decides.
  const owner = new Map<string, Version>();
  for (const v of versions) for (const d of days) if (v.from <= d.day && d.day <= v.to) owner.set(d.day, v);
  const nameOf = (id: string) => {
    const m = config.magistrates.find((x) => x.id === id);
    return m ? `${m.surname} ${m.name}` : id;
  };
  const rows: GridRow[] = config.services.map((service) => ({
    serviceId: service.id,
    serviceName: service.name,
    cells: days.map(({ day }) => {
      const v = owner.get(day);
      if (!v) return { names: [], uncovered: null };
      const names = v.duties.filter((d) => d.serviceId === service.id && d.from <= day && day <= d.to).map((d) => ({ magistrateId: d.magistrateId, name: nameOf(d.magistrateId) }));
      const gap = v.uncovered.find((u) => u.serviceId === service.id && u.from <= day && day <= u.to);
      return { names, uncovered: gap ? { missing: gap.missing, reason: gap.reason } : null };
    }),
  }));
  const shown = versions.filter((v) => [...owner.values()].includes(v));
  return {
    officeId, officeName: config.office.name, month, label: `${monthNamesIt[monthNumber - 1]} ${year}`, days, rows,
    versions: shown.map((v) => ({ from: v.from, to: v.to, number: v.number, status: v.status })),
    provisional: shown.some((v) => v.status === 'provisional'),
  };
}
