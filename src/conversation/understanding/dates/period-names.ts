import { lastDayOfMonth, type CivilDay } from '../../../domain/civil-day.ts';
import type { DayRange } from '../understanding.ts';
import { monthOfDay, wholeMonth, yearOfDay } from './day-math.ts';

/**
 * Parts of a year by name, as offices plan calendars: "il primo trimestre 2027", "secondo semestre",
 * "il terzo bimestre", "l'ultimo quadrimestre", "il prossimo trimestre", "1° trim.", "Q3 2027". Each is whole
 * calendar months (a trimestre three from January, April, July, October; a semestre six; a bimestre two; a quadrimestre
 * four). Without a year, this year's unless it is already over, then next year's (the part in course is
 * this year's, whole); "il prossimo trimestre" is the one after the part in course.
 */

/** Months in each kind of part. */
const PART_MONTHS: Readonly<Record<string, number>> = { bimestre: 2, trimestre: 3, trim: 3, quadrimestre: 4, semestre: 6 };

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  primo: 1, secondo: 2, terzo: 3, quarto: 4, quinto: 5, sesto: 6, ultimo: -1,
  i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6,
};

const PART = `(${Object.keys(PART_MONTHS).join('|')})`;
/** "primo", "1°", "1o", "1", roman "ii", "iv" (not a bare "i": an article). */
const ORDINAL = '(primo|secondo|terzo|quarto|quinto|sesto|ultimo|ii|iii|iv|vi|[1-6](?:°|o)?)';
/** A year after the part: "2027", "del 2027", "dell' anno prossimo". */
const YEAR_AFTER = "(?: (?:del |dell' anno |dell' )?(\\d{4})| (?:dell' |del )?(anno prossimo|prossimo anno))?";

/** The ordinal's number (1-based, -1 for the last), or null. */
function ordinalNumber(word: string): number | null {
  const digit = /^([1-6])/.exec(word);
  if (digit) return Number(digit[1]);
  return ORDINAL_WORDS[word] ?? null;
}

/** The n-th part (1-based) of `months` months of `year`. */
function partOfYear(year: number, months: number, n: number): DayRange {
  const firstMonth = (n - 1) * months + 1;
  return { from: wholeMonth(year, firstMonth).from, to: lastDayOfMonth(year, firstMonth + months - 1) };
}

/** "il primo trimestre (2027)": the whole part, this year's unless over (then next year's). */
export function resolveNthPart(match: RegExpMatchArray, today: CivilDay): DayRange | null {
  const [, ordinal, kind, year, nextYear] = match;
  const written = ordinalNumber(ordinal ?? '');
  const months = PART_MONTHS[kind ?? ''];
  if (months === undefined || written === null) return null;
  return wholePart(today, months, written, year === undefined ? (nextYear === undefined ? undefined : yearOfDay(today) + 1) : Number(year));
}

/** "Q3", "q1 2027": a quarter as offices abbreviate it. */
export function resolveQuarter(match: RegExpMatchArray, today: CivilDay): DayRange | null {
  return wholePart(today, 3, Number(match[1]), match[2] === undefined ? undefined : Number(match[2]));
}

/** Part `written` (1-based, -1 the last) of `months` months: of `year`, or this year's unless over, then next year's. */
function wholePart(today: CivilDay, months: number, written: number, year: number | undefined): DayRange | null {
  const count = 12 / months;
  if (written > count || written === 0) return null;
  const n = written < 0 ? count : written;
  if (year !== undefined) return partOfYear(year, months, n);
  const thisYear = partOfYear(yearOfDay(today), months, n);
  return thisYear.to < today ? partOfYear(yearOfDay(today) + 1, months, n) : thisYear;
}

/** "il prossimo trimestre", "il trimestre prossimo": the part after the one in course. */
export function resolveNextPart(match: RegExpMatchArray, today: CivilDay): DayRange | null {
  const months = PART_MONTHS[match[1] ?? match[2] ?? ''];
  if (months === undefined) return null;
  const current = Math.floor((monthOfDay(today) - 1) / months) + 1;
  const count = 12 / months;
  return current === count ? partOfYear(yearOfDay(today) + 1, months, 1) : partOfYear(yearOfDay(today), months, current + 1);
}

/** The patterns, for `date-rules.ts` (tried before the year and ordinal rules). */
export const NTH_PART_PATTERN = `\\b${ORDINAL} ${PART}${YEAR_AFTER}\\b`;
export const NEXT_PART_PATTERN = `\\b(?:prossimo ${PART}|${PART} (?:prossimo|successivo|che viene))\\b`;
export const QUARTER_PATTERN = '\\bq([1-4])(?: (\\d{4}))?\\b';
