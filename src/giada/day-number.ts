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

export function fromDayNumber(n: number): CivilDay {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}
