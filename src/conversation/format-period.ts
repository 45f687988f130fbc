import { formatRangeIt } from '../domain/format-day-it.ts';

/**
 * A range as people say it in chat: without the year when the whole range falls in the current one
 * ("dal 30 novembre al 6 dicembre"), with it otherwise ("dal 28 dicembre 2026 al 3 gennaio 2027").
 */
export function formatPeriod(today: string, from: string, to: string): string {
  const text = formatRangeIt(from, to);
  const year = today.slice(0, 4);
  return from.startsWith(year) && to.startsWith(year) ? text.replace(new RegExp(` ${year}$`), '') : text;
}
