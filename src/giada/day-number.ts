import type { CivilDay } from '../domain/civil-day.ts';

/**
 * Civil days as integers (days since 1970-01-01) for the hot path: comparisons and typed arrays
 * without string work. Exact for whole days, independent of the machine's time zone.
 */
const MS_PER_DAY = 86_400_000;

export function toDayNumber(day: CivilDay): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The civil day of a day number, by integer arithmetic on the proleptic Gregorian calendar (H. Hinnant's
 * `civil_from_days`): no Date object, as this runs for every hearing date a decision looks at. Years
 * 0–9999 (four digits, as `YYYY-MM-DD` requires).
 */
export function fromDayNumber(n: number): CivilDay {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}
