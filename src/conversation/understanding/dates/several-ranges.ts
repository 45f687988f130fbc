import { addDays, isCivilDay } from '../../../domain/civil-day.ts';
import type { DayRange } from '../understanding.ts';
import { alternativesReading, periodsReading, reading, type DateMention, type DateReading } from './date-mention.ts';
import { DAY_RANGES } from './dates-in-context.ts';

/** "e", "e poi", "poi" (or "o", "oppure": one or the other) between two dates, with the preposition or article of the second. */
const JOINED = /^\s(?:(?:e|ed)\s(?:poi\s|anche\s)?|poi\s|(?:o|oppure)\s)(?:dal\s|dall'\s|dalla\s|da\s|il\s|i\s|l'\s)?$/;
const OR_JOINED = /^\s(?:o|oppure)\s/;
/** Single days written with their number ("il 31", "20 aprile", "20/4"). */
const NUMBERED_DAYS = new Set(['day-only', 'day-month', 'numeric-day', 'dash-day-month']);

/**
 * An explicit range of days joined by "e" (or "poi") to another range or to a day apart from it, or a day joined to a
 * range after it ("dal 3 al 7 marzo e dal 20 al 24 aprile", "3-7 marzo e 20-24 aprile", "dal 24 al 26 dicembre e il 31"):
 * each is a period of its own (`periods`), never the days between them (ferie declared from March to April). The days of
 * the first without their month ("dal 1 al 3 e dal 10 al 12 dicembre") are in the month of the second, as when one month
 * closes a list; a bare day after a range is in the range's month, and right after it ("dal 24 al 26 dicembre e il 27")
 * extends it. Null when the two mentions are not such a pair.
 */
export function readSeveralRanges(text: string, mentions: readonly DateMention[]): DateReading | null {
  const [first, second] = mentions;
  if (mentions.length !== 2 || !first || !second) return null;
  // A day, then a range apart from it ("il 3 marzo e dal 10 al 12 marzo"): both, a bare day in the range's month.
  if (NUMBERED_DAYS.has(first.source) && first.range.from === first.range.to && DAY_RANGES.has(second.source) && second.range.from !== second.range.to) {
    if (!JOINED.test(text.slice(first.end, second.start))) return null;
    const day = first.source === 'day-only' ? inMonthOf(first.range, second.range) : first.range;
    if (OR_JOINED.test(text.slice(first.end, second.start))) return alternativesReading([day, second.range], [first, second]);
    return addDays(day.to, 1) < second.range.from ? periodsReading([day, second.range], [first, second]) : null;
  }
  if (!DAY_RANGES.has(first.source) || first.range.from === first.range.to) return null;
  const secondRange = DAY_RANGES.has(second.source) && second.range.from !== second.range.to;
  const secondDay = NUMBERED_DAYS.has(second.source) && second.range.from === second.range.to;
  if ((!secondRange && !secondDay) || !JOINED.test(text.slice(first.end, second.start))) return null;
  const range = first.source === 'day-only-range' && secondRange ? inMonthOf(first.range, second.range) : first.range;
  // A day or range of bare days after a range is in the range's last month, after it ("dal 1 al 3 marzo, poi dal 10 al 12").
  const other = second.source === 'day-only' || second.source === 'day-only-range' ? dayAfterRange(second.range, range) : second.range;
  // "dal 3 al 7 marzo o dal 10 al 14": one of the two, each as written, even next to the other.
  if (OR_JOINED.test(text.slice(first.end, second.start))) return alternativesReading([range, other], [first, second]);
  const apart = addDays(range.to, 1) < other.from || addDays(other.to, 1) < range.from;
  if (apart) return periodsReading([range, other], [first, second]);
  // Touching or overlapping, every day between them was named: one stretch ("dal 1 al 3 marzo e dal 4 al 6", "… e il 27").
  return reading(range.from < other.from ? range.from : other.from, other.to > range.to ? other.to : range.to, [first, second]);
}

/** The same days of the month in another month ("YYYY-MM"), or null when one of them does not exist there. */
function sameDaysIn(bare: DayRange, month: string): DayRange | null {
  const from = `${month}-${bare.from.slice(8)}`;
  const to = `${month}-${bare.to.slice(8)}`;
  return isCivilDay(from) && isCivilDay(to) && from <= to ? { from, to } : null;
}

/** A range of bare days moved into the month of the range named after it, when its days come before that range's. */
function inMonthOf(bare: DayRange, named: DayRange): DayRange {
  const moved = sameDaysIn(bare, named.from.slice(0, 7));
  return moved && moved.to < named.from ? moved : bare;
}

/** A bare day (or range of bare days) after a range: those days of the range's last month, when they come after the range. */
function dayAfterRange(bare: DayRange, range: DayRange): DayRange {
  const moved = sameDaysIn(bare, range.to.slice(0, 7));
  return moved && moved.from > range.to ? moved : bare;
}
