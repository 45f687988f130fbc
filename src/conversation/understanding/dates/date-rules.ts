import { addDays, isoWeekday, lastDayOfMonth, startOfWeek, type CivilDay } from '../../../domain/civil-day.ts';
import type { DayRange } from '../understanding.ts';
import {
  dayOfMonth, endOfWeek, monthOfDay, monthWords, nextWeekday, previousWeekday, readNumber, single,
  upcomingDayMonthRange, upcomingDayOfMonth, upcomingMonth, weekdayWords, wholeMonth, yearOfDay,
} from './day-math.ts';
import { allDayNames, findNamedDay, resolveNamedDay } from './holiday-names.ts';

/**
 * Our own date expressions: everything chrono's Italian parser misses or reads differently from
 * what we mean (see `parse-dates.ts`). Each rule is a pattern on the normalised text and a function
 * from its match to an inclusive range. Rules are tried in this order; an earlier rule's match wins
 * over a later overlapping one.
 */
export interface DateRule {
  id: string;
  pattern: RegExp;
  resolve(match: RegExpMatchArray, today: CivilDay): DayRange | null;
}

const MONTH = `(${monthWords.join('|')})`;
const WEEKDAY = `(${weekdayWords.join('|')})`;
const DAY = '(\\d{1,2})°?';
const SMALL_NUMBER = '(\\d{1,2}|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|quindici)';
/** Before a number that is a day: an article or preposition. */
const DAY_LEAD = "(?<=(?:^|\\s)(?:il|giorno|del|dal|al|l'|dall'|all'|dell'|entro il|per il) )";
/** Not followed by anything that makes the number part of a longer date. */
const NO_MONTH_AFTER = `(?!\\d|\\s?[/.-]\\s?\\d|\\s(?:di\\s)?${MONTH})`;

const monthIndex = (word: string | undefined): number => monthWords.indexOf(word ?? '') + 1;
const weekdayIndex = (word: string | undefined): number => weekdayWords.indexOf(word ?? '') + 1;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rule = (id: string, source: string, resolve: DateRule['resolve']): DateRule => ({ id, pattern: new RegExp(source, 'g'), resolve });
const explicitYear = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const year = Number(text);
  return year < 100 ? 2000 + year : year;
};

function resolveWeekday(match: RegExpMatchArray, today: CivilDay): DayRange {
  const [, before, name, after] = match;
  const weekday = weekdayIndex(name);
  if (/scors/.test(after ?? '')) return single(previousWeekday(today, weekday));
  const next = /prossim|che viene/.test(`${before ?? ''} ${after ?? ''}`);
  return single(nextWeekday(today, weekday, next));
}

/** "il ponte dell'Immacolata": a Tuesday holiday with the Monday before, a Thursday one with the Friday after. */
function bridgeAround(holiday: CivilDay): DayRange {
  const weekday = isoWeekday(holiday);
  if (weekday === 2) return { from: addDays(holiday, -1), to: holiday };
  if (weekday === 4) return { from: holiday, to: addDays(holiday, 1) };
  return single(holiday);
}

function resolveComingWeekend(today: CivilDay): DayRange {
  if (isoWeekday(today) === 7) return single(today);
  const saturday = nextWeekday(today, 6, false);
  return { from: saturday, to: addDays(saturday, 1) };
}

function resolveNextWeekend(today: CivilDay): DayRange {
  if (isoWeekday(today) <= 5) return resolveComingWeekend(today);
  const saturday = nextWeekday(today, 6, true);
  return { from: saturday, to: addDays(saturday, 1) };
}

function resolvePartOfMonth(match: RegExpMatchArray, today: CivilDay): DayRange {
  const [, part, name, year] = match;
  const month = upcomingMonth(today, monthIndex(name), explicitYear(year));
  const y = yearOfDay(month.from);
  const m = monthOfDay(month.from);
  const at = (d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (part === 'inizio') return { from: at(1), to: at(10) };
  if (part === 'meta') return { from: at(11), to: at(20) };
  return { from: at(21), to: lastDayOfMonth(y, m) };
}

function resolveNumericRange(match: RegExpMatchArray, today: CivilDay): DayRange | null {
  const [, first, last, month, year] = match;
  const m = Number(month);
  return upcomingDayMonthRange(today, { month: m, day: Number(first) }, { month: m, day: Number(last) }, explicitYear(year));
}

function resolveDayList(match: RegExpMatchArray, today: CivilDay): DayRange | null {
  const [, first, second, name] = match;
  const m = monthIndex(name);
  const [a, b] = [Number(first), Number(second)].sort((x, y) => x - y) as [number, number];
  return upcomingDayMonthRange(today, { month: m, day: a }, { month: m, day: b });
}

function resolveDayOnlyRange(match: RegExpMatchArray, today: CivilDay): DayRange | null {
  const from = upcomingDayOfMonth(today, Number(match[1]));
  if (!from) return null;
  const last = Number(match[2]);
  const sameMonth = `${from.slice(0, 8)}${String(last).padStart(2, '0')}`;
  const to = last >= dayOfMonth(from) ? sameMonth : upcomingDayOfMonth(addDays(from, 1), last);
  return to ? { from, to } : null;
}

function resolveNamed(match: RegExpMatchArray, today: CivilDay): DayRange | null {
  const named = findNamedDay(match[1] ?? '');
  return named ? single(resolveNamedDay(named, today)) : null;
}

function resolveUpcomingDays(match: RegExpMatchArray, today: CivilDay): DayRange {
  const count = readNumber(match[1] ?? '1') * (/settiman/.test(match[2] ?? '') ? 7 : 1);
  return { from: today, to: addDays(today, Math.max(count, 1) - 1) };
}

export const dateRules: readonly DateRule[] = [
  rule('bridge', `\\bponte (?:di|del|dell' |della|per) ?(${allDayNames().map(escape).join('|')})\\b`, (m, today) => {
    const named = findNamedDay(m[1] ?? '');
    return named ? bridgeAround(resolveNamedDay(named, today)) : null;
  }),
  rule('whole-year', '\\b(?:nel|per il|in tutto il|tutto il|durante il|anno) (\\d{4})\\b', (m) => ({ from: `${m[1]}-01-01`, to: `${m[1]}-12-31` })),
  rule('this-year', "\\b(?:quest' anno|questo anno|anno corrente)\\b", (_m, today) => ({ from: today, to: `${yearOfDay(today)}-12-31` })),
  rule('next-year', "\\b(?:l' anno prossimo|anno prossimo|prossimo anno)\\b", (_m, today) => ({ from: `${yearOfDay(today) + 1}-01-01`, to: `${yearOfDay(today) + 1}-12-31` })),
  rule('week-of-named-day', `\\bsettimana (?:di|del|dell' |della) ?(${allDayNames().map(escape).join('|')})\\b`, (m, today) => {
    const named = findNamedDay(m[1] ?? '');
    if (!named) return null;
    const monday = startOfWeek(resolveNamedDay(named, today));
    return { from: monday, to: addDays(monday, 6) };
  }),
  rule('named-day', `\\b(${allDayNames().map(escape).join('|')})\\b`, resolveNamed),
  rule('tomorrow-morning', '\\b(?:domattina|domani mattina|domani pomeriggio|domani sera)\\b', (_m, today) => single(addDays(today, 1))),
  rule('today', '\\b(?:oggi|stamattina|stamane|stasera|stanotte|in giornata)\\b', (_m, today) => single(today)),
  rule('next-week', '\\b(?:prossima settimana|settimana prossima|settimana che viene|settimana ventura|settimana successiva)\\b',
    (_m, today) => { const monday = nextWeekday(today, 1, true); return { from: monday, to: addDays(monday, 6) }; }),
  rule('last-week', '\\b(?:settimana scorsa|scorsa settimana)\\b',
    (_m, today) => { const monday = addDays(nextWeekday(today, 1, true), -14); return { from: monday, to: addDays(monday, 6) }; }),
  rule('this-week', '\\b(?:questa settimana|settimana corrente|sta settimana|in settimana|(?:della|nella|per la|entro la) settimana)\\b', (_m, today) => ({ from: today, to: endOfWeek(today) })),
  rule('next-weekend', '\\b(?:prossimo (?:weekend|week end|fine settimana)|(?:weekend|week end|fine settimana) prossimo)\\b', (_m, today) => resolveNextWeekend(today)),
  rule('weekend', '\\b(?:weekend|week end|fine settimana)\\b', (_m, today) => resolveComingWeekend(today)),
  rule('next-month', '\\b(?:prossimo mese|mese prossimo|mese che viene|mese successivo)\\b',
    (_m, today) => (monthOfDay(today) === 12 ? wholeMonth(yearOfDay(today) + 1, 1) : wholeMonth(yearOfDay(today), monthOfDay(today) + 1))),
  rule('this-month', '\\b(?:questo mese|mese corrente|sto mese|fine mese)\\b', (_m, today) => ({ from: today, to: lastDayOfMonth(yearOfDay(today), monthOfDay(today)) })),
  rule('upcoming-days', `\\b(?:nei |i |per i )?prossim[ie] ${SMALL_NUMBER} (giorni|settimane)\\b`, resolveUpcomingDays),
  rule('part-of-month', `\\b(inizio|meta|fine) (?:di |del mese di )?${MONTH}(?: (\\d{4}))?\\b`, resolvePartOfMonth),
  rule('numeric-cross-range', `(?<![\\d/])${DAY}[/.](\\d{1,2})\\s?(?:-|al|a)\\s?${DAY}[/.](\\d{1,2})\\b`, (m, today) =>
    upcomingDayMonthRange(today, { month: Number(m[2]), day: Number(m[1]) }, { month: Number(m[4]), day: Number(m[3]) })),
  rule('numeric-range', `(?<![\\d/])${DAY}\\s?(?:-|al|all'|a)\\s?${DAY}[/.](\\d{1,2})(?:[/.](\\d{2}|\\d{4}))?\\b`, resolveNumericRange),
  rule('day-month-range', `(?<![\\d/])${DAY}\\s?(?:-|al|all'|a|fino al|fino all')\\s?${DAY} (?:di )?${MONTH}(?: (\\d{4}))?\\b`, (m, today) => {
    const month = monthIndex(m[3]);
    return upcomingDayMonthRange(today, { month, day: Number(m[1]) }, { month, day: Number(m[2]) }, explicitYear(m[4]));
  }),
  rule('day-list', `(?<![\\d/])${DAY} e (?:il |l' )?${DAY} (?:di )?${MONTH}\\b`, resolveDayList),
  rule('day-only-range', `${DAY_LEAD}${DAY} (?:al|all'|a) ${DAY}${NO_MONTH_AFTER}`, resolveDayOnlyRange),
  rule('weekday-day', `\\b${WEEKDAY} ${DAY}${NO_MONTH_AFTER}`, (m, today) => {
    const day = upcomingDayOfMonth(today, Number(m[2]));
    return day ? single(day) : null;
  }),
  rule('day-only', `${DAY_LEAD}${DAY}${NO_MONTH_AFTER}(?!\\s?(?:e|-|al|all'|a) \\d)`, (m, today) => {
    const day = upcomingDayOfMonth(today, Number(m[1]));
    return day ? single(day) : null;
  }),
  rule('weekday', `\\b(?:(questo|questa|prossimo|prossima|il prossimo|la prossima) )?${WEEKDAY}(?! \\d)(?: (prossimo|prossima|che viene|scorso|scorsa))?\\b`, resolveWeekday),
  rule('month', `(?<!(?:\\d|°|\\bprimo|\\bultimo)(?: di)? )\\b${MONTH}(?: (\\d{4}))?\\b`, (m, today) => upcomingMonth(today, monthIndex(m[1]), explicitYear(m[2]))),
];
