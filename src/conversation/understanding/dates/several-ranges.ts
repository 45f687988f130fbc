import { addDays, isCivilDay, type CivilDay } from '../../../domain/civil-day.ts';
import { reading, type DateMention, type DateReading } from './date-mention.ts';
import { DAY_RANGES } from './dates-in-context.ts';

/**
 * Two explicit ranges of days joined by "e" ("dal 3 al 7 marzo e dal 20 al 24 aprile", "3-7 marzo e 20-24 aprile"). An
 * understanding holds one range, so the first is the one read: spanning both would take the days between them too
 * (ferie declared from March to April). The days of the first without their month ("dal 1 al 3 e dal 10 al 12 dicembre")
 * are in the month of the second, as when one month closes a list.
 */
const JOINED = /^\s(?:e|ed)\s(?:poi\s|anche\s)?(?:dal\s|dall'\s|dalla\s|da\s|il\s|i\s|l'\s)?$/;

export function firstOfSeveralRanges(text: string, mentions: readonly DateMention[]): DateReading | null {
  const [first, second] = mentions;
  if (mentions.length !== 2 || !first || !second || !DAY_RANGES.has(first.source) || !DAY_RANGES.has(second.source)) return null;
  if (first.range.from === first.range.to || second.range.from === second.range.to || !JOINED.test(text.slice(first.end, second.start))) return null;
  const range = first.source === 'day-only-range' ? inMonthOf(first, second) : first.range;
  // Ranges that touch or overlap are one stretch of days ("dal 1 al 5 e dal 6 al 10 marzo"): the joined readings handle them.
  const apart = addDays(range.to, 1) < second.range.from || addDays(second.range.to, 1) < range.from;
  return apart ? reading(range.from, range.to, [first]) : null;
}

/** A range of bare days moved into the month of the range named after it, when its days come before that range's. */
function inMonthOf(bare: DateMention, named: DateMention): { from: CivilDay; to: CivilDay } {
  const month = named.range.from.slice(0, 7);
  const from = `${month}-${bare.range.from.slice(8)}`;
  const to = `${month}-${bare.range.to.slice(8)}`;
  return isCivilDay(from) && isCivilDay(to) && from <= to && to < named.range.from ? { from, to } : bare.range;
}
