import * as chrono from 'chrono-node';
import type { CivilDay } from '../../../domain/civil-day.ts';
import type { DayRange } from '../understanding.ts';
import { exactDay, upcomingDayMonthRange, upcomingMonth } from './day-math.ts';

/** One date chrono found: where in the text and which days. */
export interface ChronoMention {
  index: number;
  text: string;
  range: DayRange;
}

type Components = chrono.ParsedResult['start'];

function dayOf(components: Components): CivilDay | null {
  return exactDay(components.get('year') ?? 0, components.get('month') ?? 0, components.get('day') ?? 0);
}

/**
 * chrono's reading of one result as civil days. Day and month without a year are placed again with
 * our rule (this year unless the whole range is over): chrono's `forwardDate` looks at the first
 * day only, so "dal 3 al 7 marzo" written on 5 March would land a year later. Results that know
 * only a weekday or a time are dropped: our own weekday rule reads weekdays, and times do not matter.
 */
function toRange(result: chrono.ParsedResult, today: CivilDay): DayRange | null {
  const { start } = result;
  const end = result.end ?? start;
  if (!start.isCertain('day') && !start.isCertain('month')) return null;
  const month = start.get('month') ?? 0;
  if (!start.isCertain('day')) {
    return upcomingMonth(today, month, start.isCertain('year') ? start.get('year') ?? undefined : undefined);
  }
  if (!start.isCertain('year') && start.isCertain('month')) {
    return upcomingDayMonthRange(today,
      { month, day: start.get('day') ?? 0 },
      { month: end.get('month') ?? month, day: end.get('day') ?? 0 });
  }
  const from = dayOf(start);
  const to = dayOf(end);
  return from && to && from <= to ? { from, to } : from ? { from, to: from } : null;
}

/**
 * chrono reads a bare length as a day from now ("un giorno di permesso" -> tomorrow); only "tra" /
 * "fra" make a length a date.
 */
function isBareDuration(text: string): boolean {
  return /\b(?:giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\b/.test(text) && !/^(?:tra|fra)\b/.test(text.trim());
}

/** The dates chrono's Italian parser finds in `text`, read relative to `today`. */
export function findChronoDates(text: string, today: CivilDay): ChronoMention[] {
  // chrono computes relative days ("domani") in the machine's own time zone: noon of `today` there
  // is a reference whose local calendar day is `today` wherever the process runs.
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const reference = new Date(year, month - 1, day, 12);
  return chrono.it.parse(text, reference, { forwardDate: true }).filter((result) => !isBareDuration(result.text)).flatMap((result) => {
    const range = toRange(result, today);
    return range ? [{ index: result.index, text: result.text, range }] : [];
  });
}
