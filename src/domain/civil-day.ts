/**
 * Civil days: `YYYY-MM-DD` strings in Europe/Rome. Never `Date` objects at midnight UTC.
 * Arithmetic is done on the proleptic Gregorian calendar through UTC dates, which is exact for
 * whole days and independent of the machine's time zone.
 */
export type CivilDay = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isCivilDay(value: unknown): value is CivilDay {
  if (typeof value !== 'string') return false;
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

function toUtcMs(day: CivilDay): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): CivilDay {
  return new Date(ms).toISOString().slice(0, 10);
}

export function makeDay(year: number, month: number, day: number): CivilDay {
  return fromUtcMs(Date.UTC(year, month - 1, day));
}

export function addDays(day: CivilDay, count: number): CivilDay {
  return fromUtcMs(toUtcMs(day) + count * MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDay, to: CivilDay): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: CivilDay): number {
  const js = new Date(toUtcMs(day)).getUTCDay();
  return js === 0 ? 7 : js;
}

export function isWeekend(day: CivilDay): boolean {
  return isoWeekday(day) >= 6;
}

export function yearOf(day: CivilDay): number {
  return Number(day.slice(0, 4));
}

/** `MM-DD` of a day, for yearly recurring dates (patron saint, generic periods). */
export function monthDayOf(day: CivilDay): string {
  return day.slice(5);
}

/** Every day from `from` to `to`, both included; empty when the range is reversed. */
export function eachDay(from: CivilDay, to: CivilDay): CivilDay[] {
  const days: CivilDay[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

export function compareDays(a: CivilDay, b: CivilDay): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDay(a: CivilDay, b: CivilDay): CivilDay {
  return a > b ? a : b;
}

export function minDay(a: CivilDay, b: CivilDay): CivilDay {
  return a < b ? a : b;
}

/** Monday of the ISO week that contains `day`. */
export function startOfWeek(day: CivilDay): CivilDay {
  return addDays(day, 1 - isoWeekday(day));
}

export function lastDayOfMonth(year: number, month: number): CivilDay {
  return fromUtcMs(Date.UTC(year, month, 0));
}

/** The civil day in Europe/Rome at a given instant. */
export function civilDayAt(instant: Date, timeZone = 'Europe/Rome'): CivilDay {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
