import { daysBetween, type CivilDay } from '../../../domain/civil-day.ts';
import type { DayRange, UnderstandingProblem } from '../understanding.ts';
import { dayOfMonth, exactDay, monthOfDay, monthWords, upcomingDayMonthRange, yearOfDay } from './day-math.ts';

/**
 * Dates that cannot be used as written, told in Italian (see `UnderstandingProblem`), and the
 * day-and-month range readers that find them. A rule resolves to a range, a problem or nothing.
 */
export type DateOutcome = DayRange | UnderstandingProblem;

export interface DayMonth {
  month: number;
  day: number;
}

/** Longest span read across New Year when the end month is named before the start month ("dal 28 dicembre al 2 gennaio"). */
export const MAX_YEAR_CROSSING_DAYS = 92;
/**
 * A start day after the end day with only the end's month named ("dal 28 al 2 gennaio") is read in
 * the month before when it falls in that month's last third and the span stays short; otherwise
 * ("dal 7 al 3 marzo") the range is reversed.
 */
export const MONTH_CROSSING_FROM_DAY = 21;
export const MAX_MONTH_CROSSING_DAYS = 16;

export function isProblem(outcome: DateOutcome | null): outcome is UnderstandingProblem {
  return outcome !== null && 'code' in outcome;
}

/** "3 marzo"; a month out of range is said as its number. */
function sayDayMonth({ day, month }: DayMonth): string {
  const name = monthWords[month - 1];
  return name ? `${day} ${name}` : `${day}/${month}`;
}

/** The most days `month` ever has (29 for February). */
function maxDaysIn(month: number): number {
  return month === 2 ? 29 : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function invalidDate(text: string, date: DayMonth): UnderstandingProblem {
  const name = monthWords[date.month - 1];
  const why = name
    ? `${name} ha ${date.month === 2 ? '28 giorni (29 negli anni bisestili)' : `${maxDaysIn(date.month)} giorni`}`
    : `i mesi vanno da 1 a 12`;
  return {
    code: 'invalid_date',
    text,
    message: `Non riesco a usare la data "${sayDayMonth(date)}": ${why}. Puoi riscriverla con un giorno che esiste?`,
  };
}

export function reversedRange(text: string, start: DayMonth, end: DayMonth): UnderstandingProblem {
  return {
    code: 'reversed_range',
    text,
    message: `Il periodo "${text}" finisce prima di cominciare (il ${sayDayMonth(end)} viene prima del ${sayDayMonth(start)}). `
      + `Puoi riscriverlo indicando prima il giorno di inizio e poi quello di fine, per esempio "dal ${sayDayMonth(end)} al ${sayDayMonth(start)}"?`,
  };
}

/** True when `date` is a day some year has (29 February included). */
export function existsInSomeYear(date: DayMonth): boolean {
  return date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= maxDaysIn(date.month);
}

/** The problem with a written day and month, if any. */
export function checkDayMonth(text: string, ...dates: DayMonth[]): UnderstandingProblem | null {
  const wrong = dates.find((d) => !existsInSomeYear(d));
  return wrong ? invalidDate(text, wrong) : null;
}

/**
 * "dal 3 marzo al 7 marzo", "dal 28 dicembre al 2 gennaio": both days with their month. An end
 * month before the start month crosses New Year (when the span is plausible); an end day before
 * the start day in the same month is a reversed range.
 */
export function resolveDayMonthRange(text: string, today: CivilDay, start: DayMonth, end: DayMonth, year?: number): DateOutcome | null {
  const invalid = checkDayMonth(text, start, end);
  if (invalid) return invalid;
  if (end.month === start.month && end.day < start.day) return reversedRange(text, start, end);
  if (end.month < start.month) {
    const y = year ?? yearOfDay(today);
    const from = exactDay(y, start.month, start.day);
    const to = exactDay(y + 1, end.month, end.day);
    if (from && to && daysBetween(from, to) > MAX_YEAR_CROSSING_DAYS) return reversedRange(text, start, end);
  }
  const leap = leapDayInMeantYear(today, start, end, year);
  if (leap) return invalidDate(text, leap);
  const range = upcomingDayMonthRange(today, start, end, year);
  // Only 29 February in a year without one fails here: said plainly when the year is written.
  return range ?? (year !== undefined ? invalidDate(text, start.month === 2 ? start : end) : null);
}

/**
 * 29 February written in a range that means a year without one ("dal 29 febbraio al 3 marzo" in
 * 2027, while the range is not over): that day, the problem; not a jump to the next leap year.
 */
function leapDayInMeantYear(today: CivilDay, start: DayMonth, end: DayMonth, year?: number): DayMonth | null {
  const leap = [start, end].find((d) => d.month === 2 && d.day === 29);
  if (!leap || year !== undefined) return null;
  const y = yearOfDay(today);
  const endYear = end.month < start.month ? y + 1 : y;
  const endThisTime = exactDay(endYear, end.month, Math.min(end.day, 28));
  if (!endThisTime || endThisTime < today) return null;
  const leapYear = leap === end ? endYear : y;
  return exactDay(leapYear, 2, 29) ? null : leap;
}

/**
 * "dal 3 al 7 marzo", "dal 28 al 2 gennaio": the month named once, after the end day. A start day
 * after the end day belongs to the month before when the span stays short, else the range is reversed.
 */
export function resolveSharedMonthRange(text: string, today: CivilDay, first: number, last: number, month: number, year?: number): DateOutcome | null {
  const end = { month, day: last };
  if (first <= last) return resolveDayMonthRange(text, today, { month, day: first }, end, year);
  const start = { month: month === 1 ? 12 : month - 1, day: first };
  const invalid = checkDayMonth(text, end);
  if (invalid) return invalid;
  if (!existsInSomeYear(start) || first < MONTH_CROSSING_FROM_DAY) return reversedRange(text, { month, day: first }, end);
  const range = upcomingDayMonthRange(today, start, end, year === undefined ? undefined : month === 1 ? year - 1 : year);
  if (!range || daysBetween(range.from, range.to) > MAX_MONTH_CROSSING_DAYS) return reversedRange(text, { month, day: first }, end);
  return range;
}

/**
 * "il 31 febbraio", "3 dicembre 2027": one day and month, this year unless past. A day the meant
 * year lacks (29 February 2027) is a problem, not a jump to the next leap year.
 */
export function resolveDayMonth(text: string, today: CivilDay, date: DayMonth, year?: number): DateOutcome | null {
  const invalid = checkDayMonth(text, date);
  if (invalid) return invalid;
  const meantYear = year ?? (date.month * 100 + date.day >= monthOfDay(today) * 100 + dayOfMonth(today) ? yearOfDay(today) : yearOfDay(today) + 1);
  const day = exactDay(meantYear, date.month, date.day);
  return day ? { from: day, to: day } : invalidDate(text, date);
}
