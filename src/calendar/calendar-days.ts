import { eachDay, isoWeekday, monthDayOf, type CivilDay } from '../domain/civil-day.ts';
import type { Office } from '../domain/office.ts';
import { holidaysBetween } from '../availability/legal-calendar.ts';
import type { NationalHolidays } from '../availability/national-holidays.ts';
import type { NamedHoliday } from '../availability/national-holidays.ts';

/** What the Calendar needs to know of one day of a period. */
export interface CalendarDay {
  day: CivilDay;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  holiday: NamedHoliday | null;
  /** Which load weight and coverage apply: a holiday wins over a weekend. */
  kind: 'weekday' | 'weekend' | 'holiday';
  monthDay: string;
}

/** Every day of a period with its weekday and holiday, in order. */
export function listCalendarDays(from: CivilDay, to: CivilDay, office: Pick<Office, 'city' | 'patronSaintDay'>, holidays: NationalHolidays): CalendarDay[] {
  const byDay = new Map(holidaysBetween(from, to, office, holidays).map((h) => [h.day, h]));
  return eachDay(from, to).map((day) => {
    const weekday = isoWeekday(day);
    const holiday = byDay.get(day) ?? null;
    const kind = holiday ? 'holiday' : weekday >= 6 ? 'weekend' : 'weekday';
    return { day, weekday, holiday, kind, monthDay: monthDayOf(day) };
  });
}
