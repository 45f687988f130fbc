import { yearOf, type CivilDay } from '../domain/civil-day.ts';
import type { DateRange } from '../domain/date-range.ts';

/**
 * The summer suspension of procedural terms ("sospensione feriale dei termini", L. 742/1969 as
 * amended by D.L. 132/2014): 1 to 31 August of every year.
 */
export function summerSuspension(year: number): DateRange {
  const y = String(year).padStart(4, '0');
  return { from: `${y}-08-01`, to: `${y}-08-31` };
}

export function isInSummerSuspension(day: CivilDay): boolean {
  const { from, to } = summerSuspension(yearOf(day));
  return day >= from && day <= to;
}
