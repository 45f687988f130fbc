import { holidaysBetween, NationalHolidays, type OfficePlace } from '../availability/index.ts';
import { fromDayNumber, toDayNumber } from './day-number.ts';

/**
 * Working days of an office by day number: Monday to Friday, not a national holiday, not the patron
 * saint. Holidays are loaded once per year into a set, so each question is O(1).
 */
export class LegalDays {
  readonly #holidays = new NationalHolidays();
  readonly #byYear = new Map<number, Set<number>>();

  constructor(private readonly place: OfficePlace) {}

  isHoliday(dayNumber: number): boolean {
    const day = fromDayNumber(dayNumber);
    const year = Number(day.slice(0, 4));
    let set = this.#byYear.get(year);
    if (!set) {
      set = new Set(holidaysBetween(`${year}-01-01`, `${year}-12-31`, this.place, this.#holidays).map((h) => toDayNumber(h.day)));
      this.#byYear.set(year, set);
    }
    return set.has(dayNumber);
  }

  /** 1 = Monday … 7 = Sunday (day 0, 1970-01-01, was a Thursday). */
  weekday(dayNumber: number): number {
    return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
  }

  isWorkingDay(dayNumber: number): boolean {
    return this.weekday(dayNumber) <= 5 && !this.isHoliday(dayNumber);
  }

  /** `dayNumber` itself when it is a working day, else the next one. */
  onOrAfterWorkingDay(dayNumber: number): number {
    let d = dayNumber;
    while (!this.isWorkingDay(d)) d += 1;
    return d;
  }
}
