import { eachDay, isWeekend, makeDay, monthDayOf, yearOf, type CivilDay } from '../domain/civil-day.ts';
import type { Office } from '../domain/office.ts';
import { NationalHolidays, type NamedHoliday } from './national-holidays.ts';

/** What the legal calendar needs to know about an office: its city and patron saint's day. */
export type OfficePlace = Pick<Office, 'city' | 'patronSaintDay'>;

/**
 * The Italian legal calendar for an office: national public holidays plus the patron saint of the
 * office's city. Every function takes the holiday table last; when omitted a fresh one is built, so
 * callers that ask many questions should create one `NationalHolidays` and pass it along.
 */

/** "Santo patrono (Napoli)" on `MM-DD` of `year`; null for a 29 February patron in a common year. */
export function patronSaintHoliday(office: OfficePlace, year: number): NamedHoliday | null {
  const [month, day] = office.patronSaintDay.split('-').map(Number) as [number, number];
  const date = makeDay(year, month, day);
  if (monthDayOf(date) !== office.patronSaintDay) return null;
  return { day: date, name: `Santo patrono (${office.city})`, kind: 'patron' };
}

/**
 * Every holiday from `from` to `to` (both included), one entry per day, sorted. When the patron saint
 * falls on a national holiday the day is listed once, as national, with both names.
 */
export function holidaysBetween(
  from: CivilDay,
  to: CivilDay,
  office?: OfficePlace,
  holidays: NationalHolidays = new NationalHolidays(),
): NamedHoliday[] {
  if (from > to) return [];
  const result: NamedHoliday[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year++) {
    const byDay = new Map<CivilDay, NamedHoliday>(holidays.forYear(year).map((h) => [h.day, h]));
    const patron = office ? patronSaintHoliday(office, year) : null;
    if (patron) {
      const national = byDay.get(patron.day);
      byDay.set(patron.day, national ? { ...national, name: `${national.name} e ${patron.name}` } : patron);
    }
    for (const holiday of byDay.values()) {
      if (holiday.day >= from && holiday.day <= to) result.push(holiday);
    }
  }
  return result.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The holiday on `day`, or null. */
export function holidayOn(day: CivilDay, office?: OfficePlace, holidays: NationalHolidays = new NationalHolidays()): NamedHoliday | null {
  return holidaysBetween(day, day, office, holidays)[0] ?? null;
}

/** True on a national public holiday or, when an office is given, on its patron saint's day. */
export function isHoliday(day: CivilDay, office?: OfficePlace, holidays: NationalHolidays = new NationalHolidays()): boolean {
  if (office && monthDayOf(day) === office.patronSaintDay) return true;
  return holidays.forYear(yearOf(day)).some((h) => h.day === day);
}

/** Monday to Friday, not a holiday, not the office's patron saint. */
export function isWorkingDay(day: CivilDay, office?: OfficePlace, holidays: NationalHolidays = new NationalHolidays()): boolean {
  return !isWeekend(day) && !isHoliday(day, office, holidays);
}

/** The working days from `from` to `to`, both included. */
export function workingDaysBetween(
  from: CivilDay,
  to: CivilDay,
  office?: OfficePlace,
  holidays: NationalHolidays = new NationalHolidays(),
): CivilDay[] {
  return eachDay(from, to).filter((day) => isWorkingDay(day, office, holidays));
}
