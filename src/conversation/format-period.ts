import { formatDayMonthIt, formatRangesIt, formatWeekdayIt } from '../domain/format-day-it.ts';

/**
 * A range as people say it in chat: without the year when the whole range falls in the current one
 * ("dal 30 novembre al 6 dicembre"), with it otherwise ("dal 28 dicembre 2026 al 3 gennaio 2027").
 */
export function formatPeriod(today: string, from: string, to: string): string {
  return formatPeriods(today, [{ from, to }]);
}

/** Several periods apart as people say them in chat: "il 3 marzo e il 10 marzo", the year said once, dropped when it is the current one. */
export function formatPeriods(today: string, periods: readonly { from: string; to: string }[]): string {
  const text = formatRangesIt(periods);
  const year = today.slice(0, 4);
  return periods.every((p) => p.from.startsWith(year) && p.to.startsWith(year)) ? text.replace(new RegExp(` ${year}$`), '') : text;
}

/** Periods offered as alternatives ("il 3 o il 10"), as a question says them: "il 3 marzo o il 10 marzo", the year said once. */
export function formatAlternatives(today: string, periods: readonly { from: string; to: string }[]): string {
  const year = periods[0]?.from.slice(0, 4);
  const oneYear = periods.every((p) => p.from.slice(0, 4) === year && p.to.slice(0, 4) === year);
  const parts = periods.map((p, i) => {
    const text = formatPeriod(today, p.from, p.to);
    return oneYear && i < periods.length - 1 ? text.replace(new RegExp(` ${year}$`), '') : text;
  });
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} o ${parts[parts.length - 1]}`;
}

/**
 * The day or period a question asked about, as an answer names it: one day with its weekday, so that "sabato" can be
 * checked against the date ("sabato 28 novembre", "venerdì 1° gennaio 2027" in another year), a period as formatPeriod.
 */
export function formatAskedPeriod(today: string, from: string, to: string): string {
  if (from !== to) return formatPeriod(today, from, to);
  const year = from.slice(0, 4);
  return `${formatWeekdayIt(from)} ${formatDayMonthIt(from)}${year === today.slice(0, 4) ? '' : ` ${year}`}`;
}
