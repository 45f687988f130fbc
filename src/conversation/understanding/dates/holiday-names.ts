import { addDays, makeDay, type CivilDay } from '../../../domain/civil-day.ts';

/**
 * Holidays and named days as people say them ("a Natale", "a capodanno", "a Ferragosto"), each
 * resolved to its next occurrence on or after today. Names are normalised (no accents, elided
 * articles split off as `normalizeText` does). The national list in `src/availability` answers
 * "is this day a holiday"; this table answers "which day is meant by this name".
 */
export interface NamedDay {
  /** Normalised spellings, matched as whole words. */
  names: readonly string[];
  dayIn(year: number): CivilDay;
}

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm, as in Meeus). */
export function easterSunday(year: number): CivilDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDay(year, month, day);
}

const fixed = (month: number, day: number) => (year: number) => makeDay(year, month, day);

export const namedDays: readonly NamedDay[] = [
  { names: ['vigilia di natale', 'vigilia'], dayIn: fixed(12, 24) },
  { names: ['natale'], dayIn: fixed(12, 25) },
  { names: ['santo stefano', 'san stefano'], dayIn: fixed(12, 26) },
  { names: ['san silvestro', 'vigilia di capodanno', 'ultimo dell\' anno', 'ultimo giorno dell\' anno'], dayIn: fixed(12, 31) },
  { names: ['capodanno', 'primo dell\' anno', 'primo giorno dell\' anno'], dayIn: fixed(1, 1) },
  { names: ['epifania', 'befana'], dayIn: fixed(1, 6) },
  { names: ['lunedi di pasquetta', 'pasquetta', 'lunedi dell\' angelo', 'lunedi di pasqua'], dayIn: (year) => addDays(easterSunday(year), 1) },
  { names: ['pasqua'], dayIn: easterSunday },
  { names: ['festa della liberazione', 'liberazione'], dayIn: fixed(4, 25) },
  { names: ['festa dei lavoratori', 'festa del lavoro'], dayIn: fixed(5, 1) },
  { names: ['festa della repubblica'], dayIn: fixed(6, 2) },
  { names: ['ferragosto'], dayIn: fixed(8, 15) },
  { names: ['san francesco'], dayIn: fixed(10, 4) },
  // Patron saints of the main cities, only those whose name is no other common reference.
  { names: ["sant'ambrogio", "sant' ambrogio"], dayIn: fixed(12, 7) },
  { names: ['san gennaro'], dayIn: fixed(9, 19) },
  { names: ['santa rosalia'], dayIn: fixed(7, 15) },
  { names: ['santi pietro e paolo'], dayIn: fixed(6, 29) },
  { names: ['ognissanti', 'tutti i santi', 'festa dei santi'], dayIn: fixed(11, 1) },
  { names: ['immacolata', 'immacolata concezione'], dayIn: fixed(12, 8) },
];

/** The next occurrence of a named day on or after `today`. */
export function resolveNamedDay(named: NamedDay, today: CivilDay): CivilDay {
  const year = Number(today.slice(0, 4));
  const thisYear = named.dayIn(year);
  return thisYear >= today ? thisYear : named.dayIn(year + 1);
}

/** A saint's title cut short as written ("s. stefano", "S. Silvestro", "ss. pietro e paolo": its full stop dropped; "s.stefano" in one word). */
const SAINT_TITLE = /^(?:sant' ?|(?:santo|santa|san) )/;

/** The names of a named day with the saint's title cut short too ("santo stefano" is also "s stefano"). */
function withShortTitles(names: readonly string[]): string[] {
  const short = names.flatMap((name) => (SAINT_TITLE.test(name) ? [name.replace(SAINT_TITLE, 's '), name.replace(SAINT_TITLE, 's.')] : /^santi /.test(name) ? [name.replace(/^santi /, 'ss ')] : []));
  return [...names, ...short.filter((name) => !names.includes(name))];
}

/** The named day with this exact normalised name, or undefined. */
export function findNamedDay(name: string): NamedDay | undefined {
  return namedDays.find((n) => withShortTitles(n.names).includes(name));
}

/** Every normalised name, longest first, for building one alternation. */
export function allDayNames(): string[] {
  return [...new Set(namedDays.flatMap((n) => withShortTitles(n.names)))].sort((a, b) => b.length - a.length);
}
