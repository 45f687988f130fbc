import { addDays, isCivilDay, isoWeekday, lastDayOfMonth, makeDay, type CivilDay } from '../../../domain/civil-day.ts';
import type { DayRange } from '../understanding.ts';

/** Normalised Italian month names, January first. */
export const monthWords: readonly string[] = [
  'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno',
  'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
];

/** Normalised Italian weekday names, Monday first (index + 1 = ISO weekday). */
export const weekdayWords: readonly string[] = ['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica'];

/** Small numbers in words, as in "per tre giorni". */
export const numberWords: Readonly<Record<string, number>> = {
  un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
  undici: 11, dodici: 12, quindici: 15, venti: 20, trenta: 30, primo: 1,
};

export function readNumber(word: string): number {
  return numberWords[word] ?? Number(word);
}

export function yearOfDay(day: CivilDay): number {
  return Number(day.slice(0, 4));
}

export function monthOfDay(day: CivilDay): number {
  return Number(day.slice(5, 7));
}

export function dayOfMonth(day: CivilDay): number {
  return Number(day.slice(8, 10));
}

export function single(day: CivilDay): DayRange {
  return { from: day, to: day };
}

export function wholeMonth(year: number, month: number): DayRange {
  return { from: makeDay(year, month, 1), to: lastDayOfMonth(year, month) };
}

/** A civil day from parts, or null when the parts name no real day (31 November). */
export function exactDay(year: number, month: number, day: number): CivilDay | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCivilDay(text) ? text : null;
}

/** Sunday of the ISO week containing `day`. */
export function endOfWeek(day: CivilDay): CivilDay {
  return addDays(day, 7 - isoWeekday(day));
}

/** First day with ISO weekday `weekday` on or after `day` (strictly after when `strict`). */
export function nextWeekday(day: CivilDay, weekday: number, strict: boolean): CivilDay {
  const ahead = (weekday - isoWeekday(day) + 7) % 7;
  return addDays(day, ahead === 0 && strict ? 7 : ahead);
}

/** Last day with ISO weekday `weekday` strictly before `day`. */
export function previousWeekday(day: CivilDay, weekday: number): CivilDay {
  const back = (isoWeekday(day) - weekday + 7) % 7;
  return addDays(day, back === 0 ? -7 : -back);
}

/** The month (this year or next) that is not over yet: "a marzo" in April means next March. */
export function upcomingMonth(today: CivilDay, month: number, year?: number): DayRange {
  if (year !== undefined) return wholeMonth(year, month);
  const thisYear = yearOfDay(today);
  return wholeMonth(month >= monthOfDay(today) ? thisYear : thisYear + 1, month);
}

/**
 * Day `day` of a month and year left unsaid: this month when still to come (today included),
 * otherwise the next month that has such a day ("il 31" on 23 November is 31 December).
 */
export function upcomingDayOfMonth(today: CivilDay, day: number): CivilDay | null {
  if (day < 1 || day > 31) return null;
  let year = yearOfDay(today);
  let month = monthOfDay(today);
  for (let step = 0; step < 3; step++) {
    const candidate = exactDay(year, month, day);
    if (candidate && candidate >= today) return candidate;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return null;
}

/**
 * A day-and-month range with no year: this year unless it is already over (its end before today),
 * then next year. A range whose end month precedes its start month crosses New Year.
 */
export function upcomingDayMonthRange(today: CivilDay, start: { month: number; day: number }, end: { month: number; day: number }, year?: number): DayRange | null {
  const build = (y: number): DayRange | null => {
    const endYear = end.month < start.month ? y + 1 : y;
    const from = exactDay(y, start.month, start.day);
    const to = exactDay(endYear, end.month, end.day);
    return from && to && from <= to ? { from, to } : null;
  };
  if (year !== undefined) return build(year);
  const thisYear = build(yearOfDay(today));
  if (thisYear && thisYear.to >= today) return thisYear;
  return build(yearOfDay(today) + 1);
}

/** The month's number (1-12) of a normalised month name; 0 for none. */
export const monthIndex = (word: string | undefined): number => monthWords.indexOf(word ?? '') + 1;
/** The ISO weekday (1-7) of a normalised weekday name; 0 for none. */
export const weekdayIndex = (word: string | undefined): number => weekdayWords.indexOf(word ?? '') + 1;

/** A year as written: two digits are this century's ("26" is 2026). */
export const explicitYear = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const year = Number(text);
  return year < 100 ? 2000 + year : year;
};
