import { addDays, daysBetween, isoWeekday, startOfWeek, type CivilDay } from '../../../domain/civil-day.ts';
import type { DayRange } from '../understanding.ts';
import { AND_CUE, endAfter, FROM_CUE, periodsOf, reading, readingOfPeriods, TO_CUE, UNTIL_CUE, type DateMention, type DateReading } from './date-mention.ts';
import { dayOfMonth, endOfWeek, exactDay, monthOfDay, wholeMonth, yearOfDay } from './day-math.ts';

/**
 * Mentions read together, one placing the other: days without a month in a month named apart
 * ("agosto …, dal 2 al 31"), a weekday in a week named apart, a day inside a period named as its
 * context, an explicit range near the day that is its occasion, and lists of days. Each returns
 * null when its shape is not there, and `combine-mentions.ts` tries the next.
 */

/** Day numbers written without their month ("dal 2 al 31", "il 26 e 27", "il 5"). */
const DAYS_WITHOUT_MONTH = new Set(['day-only', 'day-only-range', 'day-only-list']);

/**
 * "agosto tutto in ferie, dal 2 al 31": a month named on its own and day numbers without a month
 * elsewhere in the sentence are those days of that month (null when they are not days of it); one day
 * after "dal" ("questo mese dal 25") runs to the month's end, one after "fino al" ("a dicembre fino al
 * 10") from the month's start.
 */
export function daysOfNamedMonth(text: string, mentions: readonly DateMention[]): DateReading | null {
  if (mentions.length !== 2) return null;
  const month = mentions.find((m) => ['month', 'part-of-month', 'part-of-this-month', 'next-month', 'this-month'].includes(m.source));
  const days = mentions.find((m) => DAYS_WITHOUT_MONTH.has(m.source));
  if (!month || !days) return null;
  const placed = placeDays(month.range.from, days.range);
  if (!placed) return null;
  // "questo mese dal 25": from that day to the month's end.
  const openEnded = placed.from === placed.to && FROM_CUE.test(text.slice(0, days.start));
  // "ferie a dicembre fino al 10": from the month's start (today, when in it) to that day.
  if (placed.from === placed.to && UNTIL_CUE.test(text.slice(0, days.start)) && month.range.from <= placed.to) return reading(month.range.from, placed.to, mentions);
  return reading(placed.from, openEnded ? month.range.to : placed.to, mentions);
}

/** The day numbers of `days` in the month of `inMonth` ("dal 28 al 2" ends in the month after); null when they do not exist there. */
function placeDays(inMonth: CivilDay, days: DayRange): DayRange | null {
  const [year, monthNumber] = [yearOfDay(inMonth), monthOfDay(inMonth)];
  const [first, last] = [dayOfMonth(days.from), dayOfMonth(days.to)];
  const from = exactDay(year, monthNumber, first);
  const to = last >= first ? exactDay(year, monthNumber, last) : monthNumber === 12 ? exactDay(year + 1, 1, last) : exactDay(year, monthNumber + 1, last);
  return from && to ? { from, to } : null;
}

/** Periods that name the context of a more precise day ("quest'anno all'Immacolata", "a dicembre il 5", "il convegno di metà maggio … del 13-14 maggio"). */
const CONTEXT_PERIODS = new Set(['this-year', 'whole-year', 'next-year', 'month', 'this-month', 'next-month', 'next-week', 'this-week', 'part-of-month', 'part-of-this-month']);
const YEAR_PERIODS = new Set(['this-year', 'whole-year', 'next-year']);

/**
 * "quest'anno all'Immacolata niente ferie": a period named as context and a day or shorter range
 * inside it, with no "dal … al", "fino a" or "e" linking them, is that day or range (an explicit "dal 9
 * al 13" inside it too).
 */
export function narrowerInside(text: string, mentions: readonly DateMention[]): DateReading | null {
  if (mentions.length !== 2) return null;
  const [a, b] = mentions as [DateMention, DateMention];
  // A year holds the other context periods too ("quest'anno faccio tutto agosto in ferie" is August).
  const [wide, narrow] = YEAR_PERIODS.has(a.source) || (CONTEXT_PERIODS.has(a.source) && !YEAR_PERIODS.has(b.source)) ? [a, b] : [b, a];
  if (!CONTEXT_PERIODS.has(wide.source) || (CONTEXT_PERIODS.has(narrow.source) && !(YEAR_PERIODS.has(wide.source) && !YEAR_PERIODS.has(narrow.source)))) return null;
  if (narrow.range.from < wide.range.from || narrow.range.to > wide.range.to) return null;
  const before = (m: DateMention) => text.slice(0, m.start);
  // The "dal" of an explicit "dal 9 al 13 agosto" opens its own range, it links it to nothing ("la settimana prossima ci sono, togliete le ferie dal 9 al 13").
  const fromLinks = (m: DateMention) => FROM_CUE.test(before(m)) && !(m === narrow && DAY_RANGES.has(m.source));
  const linked = fromLinks(a) || fromLinks(b) || UNTIL_CUE.test(before(a)) || UNTIL_CUE.test(before(b))
    || AND_CUE.test(text.slice(a.end, b.start));
  return linked ? null : reading(narrow.range.from, narrow.range.to, [narrow]);
}

/** Explicit ranges of days ("dal 26 al 29", "dal 24 al 26 dicembre"). */
export const DAY_RANGES = new Set(['day-only-range', 'day-month-range', 'day-month-cross-range', 'numeric-range', 'numeric-cross-range']);

/** Single days that can be the occasion of a range ("a pasqua", "mi sposo il 12 giugno"). */
const OCCASIONS = new Set(['named-day', 'day-month', 'numeric-day', 'weekday-day']);
/**
 * Occasions of any length: a bridge named before its explicit days ("il ponte del 1° maggio, da venerdì 30 aprile a
 * domenica 2 maggio"), a week restated by them ("tutta la prima settimana di gennaio, dal 4 al 10"), or a part of
 * the month ("il corso di inizio maggio è saltato: annullate la formazione dal 3 al 7 maggio").
 */
const SPANS = new Set(['bridge', 'bridge-of-day', 'nth-week-of-month', 'week-of-day', 'week-of-named-day', 'next-week', 'week-after-next', 'weeks-ahead', 'part-of-month']);

/**
 * "pasqua la passo al mare, ferie dal 26 al 29", "mi sposo il 12 giugno! congedo dal 12 al 26 giugno",
 * "tutta la prima settimana di gennaio, dal 4 al 10": a holiday, a day or a week named as the occasion and an
 * explicit "dal … al …" within a week of its start, not joined to it by "e": the explicit days.
 */
/** "il 3 marzo e dal 10 al 12 marzo", "… e poi dal …", "… o dal …": a range joined to the day before it, another period. */
const JOINED_RANGE = /^\s(?:(?:e|ed)\s(?:poi\s|anche\s)?|poi\s|(?:o|oppure)\s)(?:dal|dall'|dalla|da)\s$/;

export function rangeAroundNamedDay(text: string, mentions: readonly DateMention[]): DateReading | null {
  if (mentions.length !== 2) return null;
  const range = mentions.find((m) => DAY_RANGES.has(m.source) && FROM_CUE.test(text.slice(0, m.start)));
  const named = mentions.find((m) => m !== range && ((OCCASIONS.has(m.source) && m.range.from === m.range.to) || SPANS.has(m.source))
    && !FROM_CUE.test(text.slice(0, m.start)) && !UNTIL_CUE.test(text.slice(0, m.start)));
  if (!named || !range) return null;
  // "la prima settimana di gennaio e dal 10 al 15": two periods, not one restated.
  const [a, b] = named.start < range.start ? [named, range] : [range, named];
  if (AND_CUE.test(text.slice(a.end, b.start)) || JOINED_RANGE.test(text.slice(a.end, b.start))) return null;
  // Days without a month ("dal 24 al 26") are read in the holiday's month.
  const days = range.source === 'day-only-range' ? placeDays(named.range.from, range.range) : range.range;
  if (!days) return null;
  // Near the occasion: within a week of its start, or of its end ("il corso di fine maggio … dal 30 maggio al 3 giugno").
  const near = (day: CivilDay) => Math.abs(daysBetween(day, named.range.from)) <= 7 || Math.abs(daysBetween(day, named.range.to)) <= 7;
  return near(days.from) || near(days.to) ? reading(days.from, days.to, [range]) : null;
}

/** Whole weeks a weekday may be placed in ("la settimana prossima … mercoledì"). */
const WEEKS = new Set(['next-week', 'this-week', 'week-after-next', 'last-week', 'weeks-ahead']);

/**
 * "la settimana prossima posso cedere la mia udienza di mercoledì?": that weekday of the week named;
 * "la settimana prossima, lunedì e martedì, non ci sarò": those two days of it; "ferie sett. pross. da lun. a ven.":
 * those days and the ones between.
 */
export function weekdayOfNamedWeek(text: string, mentions: readonly DateMention[]): DateReading | null {
  if (mentions.length !== 2 && mentions.length !== 3) return null;
  const week = mentions.find((m) => WEEKS.has(m.source));
  const days = mentions.filter((m) => m.source === 'weekday' && !/prossim|scors|che viene/.test(m.text));
  if (!week || days.length !== mentions.length - 1) return null;
  const [first, second] = days as [DateMention, DateMention | undefined];
  const before = (m: DateMention) => text.slice(0, m.start);
  // "la settimana prossima da lunedì a venerdì": a range of weekdays in it.
  const ranged = second !== undefined && FROM_CUE.test(before(first)) && (TO_CUE.test(before(second)) || UNTIL_CUE.test(before(second)));
  if (!ranged && mentions.some((m) => FROM_CUE.test(before(m)) || UNTIL_CUE.test(before(m)))) return null;
  if (second && !ranged && !AND_CUE.test(text.slice(first.end, second.start))) return null;
  const inWeek = (day: DateMention) => addDays(startOfWeek(week.range.to), isoWeekday(day.range.from) - 1);
  const placed = days.map(inWeek).sort();
  if (ranged) return reading(placed[0]!, placed[placed.length - 1]!, mentions);
  return readingOfPeriods(text, placed.map((day) => ({ from: day, to: day })), mentions);
}

/** What separates the days of a list ("il 28, il 29 e il 30", commas already dropped). */
const LIST_GAP = /^\s(?:(?:e|ed|o)\s)?(?:(?:il|l')\s)?$/;

/** Between holidays listed, a preposition too ("a natale, a santo stefano e a capodanno", "a natale e alla befana"). */
const NAMED_LIST_GAP = /^\s(?:(?:e|ed|o)\s)?(?:(?:a|ad|al|alla|all'|il|la|l'|per|di|del|della|dell')\s)?$/;
/** Between months listed, a slash too ("aprile/maggio", "aprile maggio", "aprile, maggio e giugno"). */
const MONTH_LIST_GAP = /^(?:\s|\s?\/\s?|\s(?:e|ed|o)\s)$/;
/** Mentions of one kind that may be listed, with what may stand between them: bare day numbers, weekdays, holidays. */
const LISTABLE: readonly { kinds: ReadonlySet<string>; gap: RegExp }[] = [
  { kinds: new Set(['day-only', 'day-only-list']), gap: LIST_GAP }, { kinds: new Set(['weekday']), gap: LIST_GAP }, { kinds: new Set(['named-day']), gap: NAMED_LIST_GAP },
  { kinds: new Set(['month']), gap: MONTH_LIST_GAP },
  { kinds: new Set(['numeric-day', 'dash-day-month']), gap: LIST_GAP },
];

/**
 * "il 28, il 29 e il 30", "lunedì, martedì e mercoledì", "natale, s. stefano e capodanno", "3/12, 4/12 e 5/12", "aprile/maggio": days
 * (or months) of one kind listed (commas dropped, so only "e" or an article between them) span from the first to the last.
 */
export function listOfDays(text: string, mentions: readonly DateMention[]): DateReading | null {
  const kind = LISTABLE.find((k) => mentions.every((m) => k.kinds.has(m.source)));
  if (mentions.length < 2 || !kind) return null;
  if (mentions.some((m, i) => i > 0 && !kind.gap.test(text.slice(mentions[i - 1]!.end, m.start)))) return null;
  // Months follow one another: "di febbraio, no scusa, di marzo, febbraio è già fatto" is no list.
  if (mentions[0]!.source === 'month' && mentions.some((m, i) => i > 0 && m.range.from <= mentions[i - 1]!.range.from)) return null;
  if (mentions[0]!.source === 'weekday') {
    // Weekdays follow one another from the first: "lunedì, martedì e mercoledì" said on a Wednesday is next week's.
    const days = mentions.slice(1).reduce((placed, m) => [...placed, endAfter(placed[placed.length - 1]!, m)], [mentions[0]!.range.from]);
    return readingOfPeriods(text, days.map((day) => ({ from: day, to: day })), mentions);
  }
  return readingOfPeriods(text, mentions.flatMap(periodsOf), mentions);
}

/**
 * "da lunedì prossimo per tutta la settimana", "dal 3 dicembre e per tutta la settimana": a start day and the
 * whole week after it are that day to the Sunday of its week (alone, "per tutta la settimana" is this week).
 */
export function restOfItsWeek(mentions: readonly DateMention[]): DateReading | null {
  if (mentions.length !== 2) return null;
  const week = mentions.find((m) => m.source === 'whole-week');
  const day = mentions.find((m) => m !== week && m.range.from === m.range.to);
  // A day already past is an onset ("febbre da ieri sera, resto a casa tutta la settimana"), not the start.
  if (!week || !day || day.range.from < week.range.from) return null;
  return reading(day.range.from, endOfWeek(day.range.from), mentions);
}

/** A year written with its month ("marzo 2028"). */
const WITH_YEAR = /\b\d{4}$/;

/**
 * "da gennaio a marzo 2028", "gennaio e febbraio 2028": a year written once, after the last of two months
 * joined, is the first one's too (the year before when the first month comes later: "da novembre a febbraio
 * 2028" starts in November 2027).
 */
export function yearOfTheEnd(text: string, mentions: readonly DateMention[]): DateMention[] {
  return mentions.map((m, i) => {
    const next = mentions[i + 1];
    if (!next || m.source !== 'month' || next.source !== 'month' || WITH_YEAR.test(m.text) || !WITH_YEAR.test(next.text)) return m;
    const between = text.slice(m.end, next.start);
    if (!AND_CUE.test(between) && !/^\s(?:a|ad|al|fino a|-)\s$/.test(between)) return m;
    const month = monthOfDay(m.range.from);
    const year = yearOfDay(next.range.from) - (month > monthOfDay(next.range.from) ? 1 : 0);
    return { ...m, range: wholeMonth(year, month) };
  });
}
