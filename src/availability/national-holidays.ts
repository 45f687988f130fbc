import Holidays from 'date-holidays';
import type { CivilDay } from '../domain/civil-day.ts';

/** A holiday on one civil day, with its Italian name. */
export interface NamedHoliday {
  day: CivilDay;
  name: string;
  /** `national`: a public holiday for all of Italy; `patron`: the office city's patron saint. */
  kind: 'national' | 'patron';
}

/**
 * The Italian national public holidays, read from `date-holidays` and memoised per year inside the
 * instance (no module-level state). Only holidays of type `public` for the whole country are kept:
 * observances ("Festa della mamma") and regional holidays are left out; the patron saint comes from
 * the office configuration, not from the library's few city regions.
 *
 * What the library returns for `IT`, checked in the tests: Easter Sunday as a public holiday (it is
 * one, L. 260/1949, always on a Sunday) and "Festa nazionale di San Francesco d'Assisi" on 4 October
 * from 2026.
 */
export class NationalHolidays {
  readonly #byYear = new Map<number, readonly NamedHoliday[]>();
  #source: Holidays | undefined;

  /** The public holidays of `year`, sorted by day. */
  forYear(year: number): readonly NamedHoliday[] {
    const cached = this.#byYear.get(year);
    if (cached) return cached;
    const table = this.#load(year);
    this.#byYear.set(year, table);
    return table;
  }

  #load(year: number): readonly NamedHoliday[] {
    this.#source ??= new Holidays('IT', { languages: 'it', timezone: 'Europe/Rome' });
    const entries = this.#source
      .getHolidays(year, 'it')
      .filter((holiday) => holiday.type === 'public')
      // `date` is "YYYY-MM-DD hh:mm:ss" in the country's own calendar: its first ten characters are the civil day.
      .map((holiday): NamedHoliday => ({ day: holiday.date.slice(0, 10), name: holiday.name, kind: 'national' }));
    const byDay = new Map<CivilDay, NamedHoliday>();
    for (const entry of entries) if (!byDay.has(entry.day)) byDay.set(entry.day, entry);
    return Object.freeze([...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)));
  }
}

export function createNationalHolidays(): NationalHolidays {
  return new NationalHolidays();
}
