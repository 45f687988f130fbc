import { isoWeekday, type CivilDay } from './civil-day.ts';

/**
 * Civil days in Italian, for every message a user reads: "3 marzo 2027", "lunedì 30 novembre 2026",
 * "dal 28 febbraio al 3 marzo 2027". The first of the month is written "1°" as Italian usage wants
 * ("1° gennaio 2027", "dal 1° al 7 marzo 2027").
 */

export const monthNamesIt: readonly string[] = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];

/** A month written `YYYY-MM` in Italian: "gennaio 2027". */
export function formatMonthIt(month: string): string {
  return `${monthNamesIt[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** Indexed by ISO weekday minus one: 0 = lunedì … 6 = domenica. */
export const weekdayNamesIt: readonly string[] = [
  'lunedì',
  'martedì',
  'mercoledì',
  'giovedì',
  'venerdì',
  'sabato',
  'domenica',
];

interface DayParts {
  year: number;
  month: number;
  dayOfMonth: number;
}

function partsOf(day: CivilDay): DayParts {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  return { year, month, dayOfMonth };
}

function dayNumberIt(dayOfMonth: number): string {
  return dayOfMonth === 1 ? '1°' : String(dayOfMonth);
}

function monthNameIt(month: number): string {
  const name = monthNamesIt[month - 1];
  if (name === undefined) throw new RangeError(`Mese non valido: ${month}`);
  return name;
}

/** "3 marzo 2027". */
export function formatDayIt(day: CivilDay): string {
  const { year, month, dayOfMonth } = partsOf(day);
  return `${dayNumberIt(dayOfMonth)} ${monthNameIt(month)} ${year}`;
}

/** "3 marzo", without the year. */
export function formatDayMonthIt(day: CivilDay): string {
  const { month, dayOfMonth } = partsOf(day);
  return `${dayNumberIt(dayOfMonth)} ${monthNameIt(month)}`;
}

/** "lunedì". */
export function formatWeekdayIt(day: CivilDay): string {
  return weekdayNamesIt[isoWeekday(day) - 1] ?? '';
}

/** "lunedì 30 novembre 2026". */
export function formatWeekdayDayIt(day: CivilDay): string {
  return `${formatWeekdayIt(day)} ${formatDayIt(day)}`;
}

/**
 * An inclusive range, with the shared parts said once:
 * "il 3 marzo 2027", "dal 3 al 7 marzo 2027", "dal 28 febbraio al 3 marzo 2027",
 * "dal 30 dicembre 2026 al 2 gennaio 2027".
 */
export function formatRangeIt(from: CivilDay, to: CivilDay): string {
  if (from > to) throw new RangeError(`Intervallo rovesciato: ${from} > ${to}`);
  const a = partsOf(from);
  const b = partsOf(to);
  if (from === to) return `${elided('il', a.dayOfMonth)}${formatDayIt(from)}`;
  const start = a.year !== b.year ? formatDayIt(from) : a.month !== b.month ? formatDayMonthIt(from) : dayNumberIt(a.dayOfMonth);
  return `${elided('dal', a.dayOfMonth)}${start} ${elided('al', b.dayOfMonth)}${formatDayIt(to)}`;
}

/**
 * Several ranges apart, in order, joined as Italian lists them, the year said once at the end when they share it:
 * "il 3 marzo e il 10 marzo 2027", "dal 3 al 7 marzo e dal 20 al 24 aprile 2027", "il 31 dicembre 2026 e il 2 gennaio 2027".
 */
export function formatRangesIt(ranges: readonly { from: CivilDay; to: CivilDay }[]): string {
  const year = ranges[0]?.from.slice(0, 4);
  const oneYear = ranges.every((r) => r.from.slice(0, 4) === year && r.to.slice(0, 4) === year);
  const parts = ranges.map((r, i) => {
    const text = formatRangeIt(r.from, r.to);
    return oneYear && i < ranges.length - 1 ? text.replace(new RegExp(` ${year}$`), '') : text;
  });
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} e ${parts[parts.length - 1]}`;
}

/**
 * The article before a day number, elided before a vowel sound as Italian wants: "l'8", "dall'11",
 * "all'8" (otto and undici are the only days that start with a vowel). Includes the following space.
 */
export function elided(article: 'il' | 'dal' | 'al', dayOfMonth: number): string {
  if (dayOfMonth !== 8 && dayOfMonth !== 11) return `${article} `;
  return article === 'il' ? "l'" : article === 'dal' ? "dall'" : "all'";
}
