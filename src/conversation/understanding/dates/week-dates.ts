import { addDays, isoWeekday, startOfWeek, type CivilDay } from '../../../domain/civil-day.ts';
import type { DayRange } from '../understanding.ts';
import { isProblem, resolveDayMonth, type DateOutcome } from './date-problems.ts';
import { endOfWeek, explicitYear, monthIndex, nextWeekday, previousWeekday, readNumber, single, upcomingDayOfMonth, upcomingMonth, weekdayIndex, weekdayWords } from './day-math.ts';

/**
 * Weeks and weekends of the date rules (`date-rules.ts`): the coming and the next weekend, the weekend or
 * the week of a day, the nth weekday, weekend or week of a month, a week some weeks ahead.
 */

export function resolveComingWeekend(today: CivilDay): DayRange {
  if (isoWeekday(today) === 7) return single(today);
  const saturday = nextWeekday(today, 6, false);
  return { from: saturday, to: addDays(saturday, 1) };
}

export function resolveNextWeekend(today: CivilDay): DayRange {
  if (isoWeekday(today) <= 5) return resolveComingWeekend(today);
  const saturday = nextWeekday(today, 6, true);
  return { from: saturday, to: addDays(saturday, 1) };
}

/** The Saturday and Sunday of the week holding `day`. */
function weekendOfWeek(day: CivilDay): DayRange {
  const saturday = addDays(startOfWeek(day), 5);
  return { from: saturday, to: addDays(saturday, 1) };
}

/** "il weekend del 5 dicembre", "il fine settimana del 12". */
export function resolveWeekendOf(match: RegExpMatchArray, today: CivilDay): DateOutcome | null {
  const [text, , day, name, year] = match;
  if (name === undefined) {
    const found = upcomingDayOfMonth(today, Number(day));
    return found ? weekendOfWeek(found) : null;
  }
  const outcome = resolveDayMonth(text, today, { month: monthIndex(name), day: Number(day) }, explicitYear(year));
  return outcome === null || isProblem(outcome) ? outcome : weekendOfWeek(outcome.from);
}

const ORDINALS: Readonly<Record<string, number>> = { primo: 1, prima: 1, secondo: 2, seconda: 2, terzo: 3, terza: 3, quarto: 4, quarta: 4, ultimo: -1, ultima: -1 };

/** "il primo weekend di dicembre", "l'ultimo venerdì di gennaio": that weekday (or Saturday and Sunday) of the month. */
export function resolveNthOfMonth(match: RegExpMatchArray, today: CivilDay): DayRange | null {
  const [, ordinal, what, name] = match;
  const weekend = !weekdayWords.includes(what ?? '');
  const weekday = weekend ? 6 : weekdayIndex(what);
  const month = upcomingMonth(today, monthIndex(name));
  const n = ORDINALS[ordinal ?? ''] ?? 1;
  const day = n > 0
    ? addDays(nextWeekday(month.from, weekday, false), 7 * (n - 1))
    : previousWeekday(addDays(month.to, 1), weekday);
  if (day > month.to) return null;
  return weekend ? { from: day, to: addDays(day, 1) } : single(day);
}

/** "la prima settimana di gennaio": days 1-7 (8-14, 15-21, 22-28); "l'ultima settimana di dicembre": its last seven days. */
export function resolveNthWeekOfMonth(match: RegExpMatchArray, today: CivilDay): DayRange {
  const [, ordinal, name] = match;
  const month = upcomingMonth(today, monthIndex(name));
  const n = ORDINALS[ordinal ?? ''] ?? 1;
  if (n < 0) return { from: addDays(month.to, -6), to: month.to };
  const from = addDays(month.from, 7 * (n - 1));
  return { from, to: addDays(from, 6) };
}

/** "la settimana del 7 dicembre", "la settimana del 30/11", "la settimana del 14": Monday to Sunday around that day. */
export function resolveWeekOfDay(match: RegExpMatchArray, today: CivilDay): DateOutcome | null {
  const [text, , day, numericMonth, name] = match;
  const month = numericMonth === undefined ? monthIndex(name) : Number(numericMonth);
  const outcome = name === undefined && numericMonth === undefined
    ? upcomingDayOfMonth(today, Number(day))
    : resolveDayMonth(text, today, { month, day: Number(day) });
  if (outcome === null || typeof outcome === 'string') return outcome === null ? null : weekAround(outcome);
  return isProblem(outcome) ? outcome : weekAround(outcome.from);
}

function weekAround(day: CivilDay): DayRange {
  const monday = startOfWeek(day);
  return { from: monday, to: addDays(monday, 6) };
}

/** "tra due settimane": the Monday-to-Sunday week holding the day that many weeks from today. */
export function resolveWeeksAhead(match: RegExpMatchArray, today: CivilDay): DayRange {
  const monday = startOfWeek(addDays(today, 7 * readNumber(match[1] ?? '1')));
  return { from: monday, to: addDays(monday, 6) };
}

/** Next week, as the date rules name it ("settimana prossima", "prossima settimana", "settimana che viene"). */
const NEXT_WEEK = '(?:prossima settimana|settimana prossima|settimana che viene|settimana ventura)';
/** The week after one just named: "quella dopo (ancora)", "la successiva", "la settimana seguente". */
const THE_ONE_AFTER = "(?:quella|la|la settimana) (?:dopo(?: ancora)?|successiva|seguente|appresso)";

/** "la settimana prossima e quella dopo (ancora)", "la prossima settimana e la successiva": two weeks, one after the other. */
export const NEXT_TWO_WEEKS_PATTERN = `\\b${NEXT_WEEK} e (?:anche )?${THE_ONE_AFTER}\\b`;

/** Next Monday to the Sunday of the week after: the two weeks are contiguous, so one period. */
export function resolveNextTwoWeeks(today: CivilDay): DayRange {
  const monday = nextWeekday(today, 1, true);
  return { from: monday, to: addDays(monday, 13) };
}

/** "questa settimana e la prossima", "questa e la prossima settimana", "sta settimana e quella dopo". */
export const THIS_AND_NEXT_WEEK_PATTERN = `\\b(?:(?:questa settimana|sta settimana|settimana corrente) e (?:anche )?(?:la|quella) (?:prossima|dopo|successiva|seguente)(?: settimana)?|(?:questa|sta) e (?:la )?${NEXT_WEEK})\\b`;

/** From today (as "questa settimana" is) to the Sunday of next week. */
export function resolveThisAndNextWeek(today: CivilDay): DayRange {
  return { from: today, to: addDays(endOfWeek(today), 7) };
}
