import { addDays, isoWeekday, lastDayOfMonth, startOfWeek, type CivilDay } from '../../../domain/civil-day.ts';
import type { DayRange } from '../understanding.ts';
import { alternativePeriods, OR_WORD, separatePeriods } from './date-mention.ts';
import {
  dayOfMonth, endOfWeek, explicitYear, monthIndex, monthOfDay, monthWords, nextWeekday, previousWeekday, readNumber, single,
  upcomingDayMonthRange, upcomingDayOfMonth, upcomingMonth, weekdayIndex, weekdayWords, wholeMonth, yearOfDay,
} from './day-math.ts';
import { allDayNames, findNamedDay, resolveNamedDay } from './holiday-names.ts';
import { NEXT_PART_PATTERN, NTH_PART_PATTERN, QUARTER_PATTERN, resolveNextPart, resolveNthPart, resolveQuarter } from './period-names.ts';
import {
  NEXT_TWO_WEEKS_PATTERN, resolveComingWeekend, resolveNextTwoWeeks, resolveNextWeekend, resolveNthOfMonth, resolveNthWeekOfMonth, resolveThisAndNextWeek,
  resolveWeekendOf, resolveWeekOfDay, resolveWeeksAhead, THIS_AND_NEXT_WEEK_PATTERN,
} from './week-dates.ts';
import { checkDayMonth, isProblem, resolveDayMonth, resolveDayMonthRange, resolveSharedMonthRange, type DateOutcome } from './date-problems.ts';

/**
 * Our own date expressions: everything chrono's Italian parser misses or reads differently from
 * what we mean (see `parse-dates.ts`). Each rule is a pattern on the normalised text and a function
 * from its match to an inclusive range, or to a problem when the date written cannot be used
 * ("31 febbraio", "dal 10 al 5 gennaio"). Rules are tried in this order; an earlier rule's match
 * wins over a later overlapping one.
 */
export interface DateRule {
  id: string;
  pattern: RegExp;
  resolve(match: RegExpMatchArray, today: CivilDay): DateOutcome | null;
}

const MONTH = `(${monthWords.join('|')})`;
const WEEKDAY = `(${weekdayWords.join('|')})`;
/** A weekday name written before a day number and not needed to read it ("da giovedì 3 a domenica 6 dicembre"). */
const OPT_WEEKDAY = `(?:(?:${weekdayWords.join('|')}) )?`;
const DAY = '(\\d{1,2})°?';
const SMALL_NUMBER = '(\\d{1,2}|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|quindici)';
/** Before a number that is a day: an article or preposition, or in terse writing the absence or duty itself ("permesso 27"). */
const DAY_LEAD = "(?<=(?:^|\\s)(?:il|giorno|del|dal|al|l'|dall'|all'|dell'|entro il|per il|ferie|permesso|malattia|congedo|corso|repe|udienza) )";
/** Not followed by anything that makes the number part of a longer date. */
const NO_MONTH_AFTER = `(?!\\d|\\s?[/.-]\\s?\\d|\\s(?:di\\s)?${MONTH})`;

/** Before or after a named day, its article too ("il lunedì dopo la befana", "il giorno prima di Natale"). */
const AROUND = "(dopo|prima di|prima del|prima della|prima dell'|successivo a|successivo al|successivo alla|seguente|precedente)(?: (?:la|il|lo|l'))?";

/**
 * The year a range starts in, from the years written: the start's own, else the end's, less one when the
 * range crosses New Year ("31/12/2026 - 2/1/2027", "dal 28 dicembre al 2 gennaio 2027" start in 2026).
 */
function startYear(startMonth: number, endMonth: number, startText: string | undefined, endText: string | undefined): number | undefined {
  const start = explicitYear(startText);
  if (start !== undefined) return start;
  const end = explicitYear(endText);
  return end === undefined ? undefined : endMonth < startMonth ? end - 1 : end;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rule = (id: string, source: string, resolve: DateRule['resolve']): DateRule => ({ id, pattern: new RegExp(source, 'g'), resolve });

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

function resolvePartOfMonth(match: RegExpMatchArray, today: CivilDay): DayRange {
  const [, part, name, year] = match;
  const month = upcomingMonth(today, monthIndex(name), explicitYear(year));
  const y = yearOfDay(month.from);
  const m = monthOfDay(month.from);
  const at = (d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (part === 'inizio' || part === 'primi') return { from: at(1), to: at(10) };
  if (part === 'meta') return { from: at(11), to: at(20) };
  return { from: at(21), to: lastDayOfMonth(y, m) };
}

function resolveNumericRange(match: RegExpMatchArray, today: CivilDay): DateOutcome | null {
  const [text, first, last, month, year] = match;
  return resolveSharedMonthRange(text, today, Number(first), Number(last), Number(month), explicitYear(year));
}

/** "il 3 e il 4 dicembre", "24 25 e 26 dicembre": first listed day to last; "venerdì 30 e sabato 1 maggio": the 30th of the month before. */
function resolveDayList(match: RegExpMatchArray, today: CivilDay): DateOutcome | null {
  const [text, , , name] = match;
  const m = monthIndex(name);
  const days = (text.match(/\d{1,2}(?=°?(?:\s|$))/g) ?? []).map(Number);
  const [a, b] = days[0]! > days[days.length - 1]! ? [days[0]!, days[days.length - 1]!] : [Math.min(...days), Math.max(...days)];
  const start = { month: a > b ? (m + 10) % 12 + 1 : m, day: a };
  const range = checkDayMonth(text, start, { month: m, day: b }) ?? upcomingDayMonthRange(today, start, { month: m, day: b });
  return range === null || isProblem(range) ? range : listedIn(range, days, text);
}

/**
 * Days listed in one mention ("3 e il 10 marzo", "4 e il 6"): the range spanning them and, in `periods`, each day (in
 * date order, those next to one another joined, unless offered as alternatives: "il 3 o il 4"), so the days between them
 * are never taken as written.
 */
export type ListedDays = DayRange & { periods?: DayRange[] };

/** The days numbered `days` inside `range` (the first in the range's first month, the later ones on or after it). */
function listedIn(range: DayRange, days: readonly number[], text: string): ListedDays {
  const placed: CivilDay[] = [];
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) if (days.includes(dayOfMonth(d)) && !placed.some((p) => dayOfMonth(p) === dayOfMonth(d))) placed.push(d);
  if (placed.length !== new Set(days).size) return range;
  const singles = placed.map((d) => ({ from: d, to: d }));
  return { ...range, periods: OR_WORD.test(text) ? alternativePeriods(singles) : separatePeriods(singles) };
}

/** "il 3/12", "31/02": a numeric day and month; with a dot, a month over 12 is a time ("10.30") and a day over 31 a decimal ("38.5" of fever), not a date. */
function resolveNumericDay(match: RegExpMatchArray, today: CivilDay): DateOutcome | null {
  const [text, day, separator, month, year] = match;
  if (separator === '.' && (Number(month) > 12 || Number(day) > 31)) return null;
  return resolveDayMonth(text, today, { month: Number(month), day: Number(day) }, explicitYear(year));
}

/**
 * "venerdì 25": the next 25th that is a Friday (within a year), so a weekday picks the month
 * ("venerdì 25" in late November is 25 December); when none is, the next 25th.
 */
function resolveWeekdayDay(match: RegExpMatchArray, today: CivilDay): DayRange | null {
  const weekday = weekdayIndex(match[1]);
  const day = Number(match[2]);
  let from = today;
  for (let step = 0; step < 12; step++) {
    const candidate = upcomingDayOfMonth(from, day);
    if (!candidate) break;
    if (isoWeekday(candidate) === weekday) return single(candidate);
    from = addDays(candidate, 1);
  }
  const next = upcomingDayOfMonth(today, day);
  return next ? single(next) : null;
}

/** "a fine mese", "a inizio mese": that part of this month from today on; next month's when it is over. */
function resolvePartOfThisMonth(match: RegExpMatchArray, today: CivilDay): DayRange {
  const part = match[1];
  const [firstDay, lastDay] = part === 'inizio' ? [1, 10] : part === 'meta' ? [11, 20] : [21, 31];
  const within = (y: number, m: number): DayRange => {
    const last = lastDayOfMonth(y, m);
    const to = lastDay >= dayOfMonth(last) ? last : `${last.slice(0, 8)}${String(lastDay).padStart(2, '0')}`;
    return { from: `${last.slice(0, 8)}${String(firstDay).padStart(2, '0')}`, to };
  };
  const y = yearOfDay(today);
  const m = monthOfDay(today);
  const thisMonth = within(y, m);
  if (thisMonth.to < today) return m === 12 ? within(y + 1, 1) : within(y, m + 1);
  return { from: thisMonth.from > today ? thisMonth.from : today, to: thisMonth.to };
}

/** Words before a bare "3-4" that make it a range of days of this month when it can be one ("ferie 28-30", "malattia del 3-4"). */
const RANGE_LEADS = new Set(['del', 'ferie', 'permesso', 'malattia', 'congedo', 'corso', 'repe', 'udienza']);
/** Words before a bare "2-1" that can lead a day: an article or a preposition, an absence or duty, a weekday, a conjunction, another "3-12" listed. */
const DASH_LEAD = `(?<=(?:^|\\s)(il|giorno|del|dal|al|l'|dall'|all'|dell'|ferie|permesso|malattia|congedo|corso|repe|udienza|e|o|a|per|entro|\\d{1,2}-\\d{1,2}|${weekdayWords.join('|')}) |^)`;

/**
 * "il 2-1", "il 3-12", "venerdì 3-12": a day and its month with a dash, as "3/12" (a month over 12 makes
 * it a range of days, "del 27-31"). After a word of terse ranges ("ferie 28-30", "malattia del 3-4", "ferie
 * 29-2") it stays a range of days when it can be one: ascending, or from the month's last third.
 */
function resolveDashDay(match: RegExpMatchArray, today: CivilDay): DateOutcome | null {
  const [text, lead, first, second] = match;
  const listed = match[match.length - 1];
  const day = Number(first);
  const month = Number(second);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // "ferie 3-12, 4-12 e 5-12": another one listed after it makes them all days of a month.
  if (RANGE_LEADS.has(lead ?? '') && listed === undefined && (day < month || day >= 21)) return null;
  return resolveDayMonth(text, today, { month, day });
}

function resolveDayOnlyList(match: RegExpMatchArray, today: CivilDay): DayRange | null {
  const range = resolveDayOnlyRange(match, today);
  return range === null ? null : listedIn(range, [Number(match[1]), Number(match[2])], match[0]);
}

function resolveDayOnlyRange(match: RegExpMatchArray, today: CivilDay): DayRange | null {
  const from = upcomingDayOfMonth(today, Number(match[1]));
  if (!from) return null;
  const last = Number(match[2]);
  // Ascending ("del 27-31"): in the first month from the start's that has both days (December's, written in November).
  const sameMonth = last >= dayOfMonth(from) ? upcomingDayOfMonth(from, last) : null;
  if (sameMonth) return { from: `${sameMonth.slice(0, 8)}${String(dayOfMonth(from)).padStart(2, '0')}`, to: sameMonth };
  const to = last >= dayOfMonth(from) ? null : upcomingDayOfMonth(addDays(from, 1), last);
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

/** "dal 16 agosto fino a fine mese": from that day to the end of its month. */
function resolveDayToMonthEnd(match: RegExpMatchArray, today: CivilDay): DateOutcome | null {
  const outcome = resolveDayMonth(match[0], today, { month: monthIndex(match[2]), day: Number(match[1]) });
  if (outcome === null || isProblem(outcome)) return outcome;
  return { from: outcome.from, to: lastDayOfMonth(yearOfDay(outcome.from), monthOfDay(outcome.from)) };
}

export const dateRules: readonly DateRule[] = [
  rule('nth-part-of-year', NTH_PART_PATTERN, resolveNthPart),
  rule('next-part-of-year', NEXT_PART_PATTERN, resolveNextPart),
  rule('quarter', QUARTER_PATTERN, resolveQuarter),
  rule('bridge-of-day', `\\bponte (?:del|dell'|di) ?${DAY} (?:di )?${MONTH}\\b`, (m, today) => {
    const outcome = resolveDayMonth(m[0], today, { month: monthIndex(m[2]), day: Number(m[1]) });
    return outcome === null || isProblem(outcome) ? outcome : bridgeAround(outcome.from);
  }),
  rule('bridge', `\\bponte (?:di|del|dell' |della|per) ?(${allDayNames().map(escape).join('|')})\\b`, (m, today) => {
    const named = findNamedDay(m[1] ?? '');
    return named ? bridgeAround(resolveNamedDay(named, today)) : null;
  }),
  rule('whole-year', `(?<!(?:${monthWords.join('|')}) )\\b(?:nel|per il|in tutto il|tutto il|durante il|anno|del|dell' anno) (\\d{4})\\b`, (m) => ({ from: `${m[1]}-01-01`, to: `${m[1]}-12-31` })),
  rule('this-year', "\\b(?:quest' anno|questo anno|anno corrente)\\b", (_m, today) => ({ from: today, to: `${yearOfDay(today)}-12-31` })),
  rule('next-year', "\\b(?:l' anno prossimo|anno prossimo|prossimo anno)\\b", (_m, today) => ({ from: `${yearOfDay(today) + 1}-01-01`, to: `${yearOfDay(today) + 1}-12-31` })),
  rule('week-of-day', `(?<!fine )\\bsettimana (?:del |dal |dell' |dall' )(?:${WEEKDAY} )?${DAY}(?:[/.](\\d{1,2})| (?:di )?${MONTH})?(?![/.]\\d)(?! ?(?:al|all'|a|-) ?\\d)\\b`, resolveWeekOfDay),
  rule('week-of-named-day', `\\bsettimana (?:di|del|dell' |della) ?(${allDayNames().map(escape).join('|')})\\b`, (m, today) => {
    const named = findNamedDay(m[1] ?? '');
    if (!named) return null;
    const monday = startOfWeek(resolveNamedDay(named, today));
    return { from: monday, to: addDays(monday, 6) };
  }),
  rule('week-around-named-day', `\\bsettimana ${AROUND} ?(${allDayNames().map(escape).join('|')})\\b`, (m, today) => {
    const named = findNamedDay(m[2] ?? '');
    if (!named) return null;
    const monday = addDays(startOfWeek(resolveNamedDay(named, today)), /prima|precedente/.test(m[1] ?? '') ? -7 : 7);
    return { from: monday, to: addDays(monday, 6) };
  }),
  rule('weekday-around-named-day', `\\b${WEEKDAY} ${AROUND} ?(${allDayNames().map(escape).join('|')})\\b`, (m, today) => {
    const named = findNamedDay(m[3] ?? '');
    if (!named) return null;
    const day = resolveNamedDay(named, today);
    return single(/prima|precedente/.test(m[2] ?? '') ? previousWeekday(day, weekdayIndex(m[1])) : nextWeekday(day, weekdayIndex(m[1]), true));
  }),
  rule('day-around-named-day', `\\bgiorno ${AROUND} ?(${allDayNames().map(escape).join('|')})\\b`, (m, today) => {
    const named = findNamedDay(m[2] ?? '');
    return named ? single(addDays(resolveNamedDay(named, today), /prima|precedente/.test(m[1] ?? '') ? -1 : 1)) : null;
  }),
  rule('end-of-year', "\\b(?:fine|la fine) (?:dell' |di quest' |del )?anno\\b", (_m, today) => ({ from: today > `${yearOfDay(today)}-12-21` ? today : `${yearOfDay(today)}-12-21`, to: `${yearOfDay(today)}-12-31` })),
  rule('named-day', `\\b(${allDayNames().map(escape).join('|')})\\b`, resolveNamed),
  rule('tomorrow-morning', '\\b(?:domattina|domani mattina|domani pomeriggio|domani sera)\\b', (_m, today) => single(addDays(today, 1))),
  // Read here, not by chrono, which after "buonasera" takes "sera domani" for a time and drops the day.
  rule('tomorrow', '\\b(?:dopodomani|domani)\\b', (m, today) => single(addDays(today, m[0] === 'dopodomani' ? 2 : 1))),
  rule('today', '\\b(?:oggi|stamattina|stamane|stasera|stanotte|in giornata|(?:giornata|data) odierna|odiern[oa])\\b', (_m, today) => single(today)),
  rule('nth-week-of-month', `\\b(prima|seconda|terza|quarta|ultima) settimana (?:di |del mese di |del mese |dell' |d' )?${MONTH}\\b`, resolveNthWeekOfMonth),
  rule('nth-of-month', `\\b(primo|prima|secondo|seconda|terzo|terza|quarto|quarta|ultimo|ultima) (weekend|week end|fine settimana|${weekdayWords.join('|')}) (?:di |del mese di )?${MONTH}\\b`, resolveNthOfMonth),
  rule('weekdays-of-week', `\\b${WEEKDAY} (?:e|o|ed) ${WEEKDAY} (?:della|di|dell'|nella|per la) ?(prossima settimana|settimana prossima|settimana che viene|settimana dopo|questa settimana|settimana corrente)\\b`, (m, today) => {
    const thisWeek = /questa|corrente/.test(m[3] ?? '');
    const monday = thisWeek ? startOfWeek(today) : nextWeekday(today, 1, true);
    // Each weekday named, never the days between them ("lunedì e mercoledì": not Tuesday); "o", one or the other.
    const days = [m[1], m[2]].map((w) => addDays(monday, weekdayIndex(w) - 1)).sort().map((d) => ({ from: d, to: d }));
    return { from: days[0]!.from, to: days[1]!.to, periods: OR_WORD.test(m[0]) ? alternativePeriods(days) : separatePeriods(days) };
  }),
  rule('weekday-of-week', `\\b${WEEKDAY} (?:della|di|dell'|nella|per la) ?(prossima settimana|settimana prossima|settimana che viene|settimana dopo|questa settimana|settimana corrente)\\b`, (m, today) => {
    const thisWeek = /questa|corrente/.test(m[2] ?? '');
    const monday = thisWeek ? startOfWeek(today) : nextWeekday(today, 1, true);
    return single(addDays(monday, weekdayIndex(m[1]) - 1));
  }),
  // Two weeks named one after the other are one period, never the first alone.
  rule('next-two-weeks', NEXT_TWO_WEEKS_PATTERN, (_m, today) => resolveNextTwoWeeks(today)),
  rule('this-and-next-week', THIS_AND_NEXT_WEEK_PATTERN, (_m, today) => resolveThisAndNextWeek(today)),
  rule('week-after-next', "\\b(?:settimana dopo (?:la )?prossima|settimana successiva alla prossima)\\b",
    (_m, today) => { const monday = addDays(nextWeekday(today, 1, true), 7); return { from: monday, to: addDays(monday, 6) }; }),
  rule('next-week', '\\b(?:prossima settimana|settimana prossima|settimana che viene|settimana ventura|settimana successiva)\\b',
    (_m, today) => { const monday = nextWeekday(today, 1, true); return { from: monday, to: addDays(monday, 6) }; }),
  rule('last-week', '\\b(?:settimana scorsa|scorsa settimana)\\b',
    (_m, today) => { const monday = addDays(nextWeekday(today, 1, true), -14); return { from: monday, to: addDays(monday, 6) }; }),
  // "per tutta la settimana": this week; after a start day, that day's week (`restOfItsWeek`).
  rule('whole-week', "\\b(?:(?:per|durante|in) )?tutta (?:la )?settimana(?! (?:prossima|dopo|successiva|seguente|ventura|che|del|dal|dell'|dall'|di|bianca|santa|corta|scorsa)\\b)", (_m, today) => ({ from: today, to: endOfWeek(today) })),
  rule('this-week', "\\b(?:questa settimana|settimana corrente|sta settimana|in settimana|(?:della|nella|per la|entro la) settimana(?! (?:dal|dall'|del|dell'|di|che|successiva|dopo|prossima|seguente|ventura|bianca|corta|santa|tipo)\\b))\\b", (_m, today) => ({ from: today, to: endOfWeek(today) })),
  rule('weekend-of-day', `\\b(?:weekend|week end|fine settimana) (?:del|di|dell') ?(?:${WEEKDAY} )?${DAY}(?: (?:di )?${MONTH}(?: (\\d{4}))?)?\\b`,
    resolveWeekendOf),
  rule('next-weekend', '\\b(?:prossim[oa] (?:weekend|week end|fine settimana)|(?:weekend|week end|fine settimana) prossim[oa])\\b', (_m, today) => resolveNextWeekend(today)),
  rule('weekend', '\\b(?:weekend|week end|fine settimana)\\b', (_m, today) => resolveComingWeekend(today)),
  rule('next-month', '\\b(?:prossim[oa] mese|mese prossim[oa]|mese che viene|mese successivo)\\b',
    (_m, today) => (monthOfDay(today) === 12 ? wholeMonth(yearOfDay(today) + 1, 1) : wholeMonth(yearOfDay(today), monthOfDay(today) + 1))),
  rule('day-to-month-end', `(?<![\\d/])${DAY} (?:di )?${MONTH} (?:fino a|fino alla|sino a|a|al|alla) (?:la )?fine (?:del |di )?mese\\b`, resolveDayToMonthEnd),
  rule('part-of-this-month', "\\b(inizio|meta|fine) (?:del |di |dello stesso )?mese\\b", resolvePartOfThisMonth),
  rule('weeks-ahead', `\\b(?:tra|fra) ${SMALL_NUMBER} settiman[ae]\\b`, resolveWeeksAhead),
  rule('this-month', "\\b(?:questo mese|mese corrente|sto mese|(?:del|nel|per il|in questo) mese(?! (?:di|prossimo|successivo|scorso|che viene|entrante)\\b))\\b", (_m, today) => ({ from: today, to: lastDayOfMonth(yearOfDay(today), monthOfDay(today)) })),
  rule('upcoming-days', `\\b(?:nei |i |per i )?prossim[ie] ${SMALL_NUMBER} (giorni|settimane)\\b`, resolveUpcomingDays),
  rule('part-of-month', `\\b(inizio|meta|fine|primi|ultimi) (?:giorni )?(?:di |del mese di )?${MONTH}(?: (\\d{4}))?\\b`, resolvePartOfMonth),
  rule('day-chain', `(?<![\\d/])${DAY}(?:-\\d{1,2})+-${DAY} (?:di )?${MONTH}(?: (\\d{4}))?\\b`, (m, today) =>
    resolveSharedMonthRange(m[0], today, Number(m[1]), Number(m[2]), monthIndex(m[3]), explicitYear(m[4]))),
  rule('day-month-cross-range', `(?<![\\d/])${OPT_WEEKDAY}${DAY} (?:di )?${MONTH}\\s?(?:-|al|all'|a|fino al|fino all')\\s?${OPT_WEEKDAY}${DAY} (?:di )?${MONTH}(?: (\\d{4}))?\\b`, (m, today) =>
    resolveDayMonthRange(m[0], today, { month: monthIndex(m[2]), day: Number(m[1]) }, { month: monthIndex(m[4]), day: Number(m[3]) }, startYear(monthIndex(m[2]), monthIndex(m[4]), undefined, m[5]))),
  // "dal 28-12 al 3-1": days and months with dashes, read together as with slashes (only with a word between, "2-1-6-1" is no range).
  rule('dash-cross-range', `(?<![\\d/-])${DAY}-(\\d{1,2}) (?:al|all'|a|fino al|fino all') ${DAY}-(\\d{1,2})(?![\\d/-])`, (m, today) =>
    (Number(m[2]) > 12 || Number(m[4]) > 12 ? null : resolveDayMonthRange(m[0], today, { month: Number(m[2]), day: Number(m[1]) }, { month: Number(m[4]), day: Number(m[3]) }))),
  // "dall'1 al 3-1", "il 2 e 3-1": days sharing the dashed month of the last, as "dal 1 al 3/1".
  rule('dash-day-range', `(?<![\\d/-])${DAY} (?:al|all'|a|fino al|fino all'|e|ed|o) ${DAY}-(\\d{1,2})(?![\\d/-])`, (m, today) =>
    (Number(m[3]) > 12 ? null : resolveSharedMonthRange(m[0], today, Number(m[1]), Number(m[2]), Number(m[3])))),
  rule('numeric-cross-range', `(?<![\\d/])${DAY}[/.](\\d{1,2})(?:[/.](\\d{4}|\\d{2}))?\\s?(?:-|al|a)\\s?${DAY}[/.](\\d{1,2})(?:[/.](\\d{4}|\\d{2}))?(?![\\d/])`, (m, today) =>
    resolveDayMonthRange(m[0], today, { month: Number(m[2]), day: Number(m[1]) }, { month: Number(m[5]), day: Number(m[4]) }, startYear(Number(m[2]), Number(m[5]), m[3], m[6]))),
  // "3-7/12", "dal 3 al 7/12", "3 e 4/12" (two days listed span both, as "X e Y" does).
  rule('numeric-range', `(?<![\\d/])${DAY}(?:\\s?(?:-|al|all'|a)\\s?| (?:e|ed|o) )${DAY}[/.](\\d{1,2})(?:[/.](\\d{2}|\\d{4}))?\\b`, resolveNumericRange),
  rule('day-month-range', `(?<![\\d/])${OPT_WEEKDAY}${DAY}\\s?(?:-|al|all'|a|fino al|fino all')\\s?${OPT_WEEKDAY}${DAY} (?:di )?${MONTH}(?: (\\d{4}))?\\b`, (m, today) =>
    resolveSharedMonthRange(m[0], today, Number(m[1]), Number(m[2]), monthIndex(m[3]), explicitYear(m[4]))),
  rule('day-list', `(?<![\\d/])${OPT_WEEKDAY}${DAY}(?: (?:il |l' )?\\d{1,2}°?)* (?:e|ed|o|oppure) (?:il |l' |del |dell' )?${OPT_WEEKDAY}${DAY} (?:di )?${MONTH}\\b`, resolveDayList),
  rule('day-month', `(?<![\\d/])${DAY} (?:di )?${MONTH}(?: (?:del )?(\\d{4}))?\\b`, (m, today) =>
    resolveDayMonth(m[0], today, { month: monthIndex(m[2]), day: Number(m[1]) }, explicitYear(m[3]))),
  rule('month-then-days', `\\b${MONTH} (?:dal|dall'|il|l') ?${DAY}(?: ?(?:al|all'|a|-) ?${DAY})?${NO_MONTH_AFTER}`, (m, today) => {
    const first = Number(m[2]);
    return resolveSharedMonthRange(m[0], today, first, m[3] === undefined ? first : Number(m[3]), monthIndex(m[1]));
  }),
  rule('numeric-day', '(?<![\\d/.])(\\d{1,2})°?([/.])(\\d{1,2})(?:[/.](\\d{4}|\\d{2}))?(?![\\d/])', resolveNumericDay),
  rule('dash-day-month', `${DASH_LEAD}(\\d{1,2})-(\\d{1,2})(?![\\d/.°]|\\s?-\\s?\\d|\\s(?:di )?${MONTH}|\\s(?:giorni|giorno|gg|settimane|mesi|ore|volte)\\b)(?=( (?:e |ed |o )?(?:il |l' )?\\d{1,2}-\\d{1,2}\\b)?)`, resolveDashDay),
  // "del 27-31" with no month: those days of this month, next month's when past, like "dal 27 al 31".
  rule('day-only-range', `${DAY_LEAD}${DAY}(?: (?:al|all'|a) |\\s?-\\s?)${DAY}${NO_MONTH_AFTER}(?!\\s?-\\s?\\d)`, resolveDayOnlyRange),
  rule('day-only-list', `${DAY_LEAD}${DAY} (?:e|ed|o|oppure) (?:il |l' |del |dell' |al |all' )?${DAY}${NO_MONTH_AFTER}`, resolveDayOnlyList),
  rule('weekday-day', `\\b${WEEKDAY} ${DAY}${NO_MONTH_AFTER}`, resolveWeekdayDay),
  rule('day-only', `${DAY_LEAD}${DAY}${NO_MONTH_AFTER}(?!\\s?(?:e|-|al|all'|a) \\d)(?! (?:giorni|giorno|gg|settimane|mes[ei]|ore|volte)\\b)(?!(?<=(?:^|\\D)1°?) settimana\\b)`, (m, today) => {
    const day = upcomingDayOfMonth(today, Number(m[1]));
    return day ? single(day) : null;
  }),
  rule('weekday', `\\b(?:(?<!settimana )(questo|questa|prossimo|prossima|il prossimo|la prossima) )?${WEEKDAY}(?! \\d)(?: (prossimo|prossima|che viene|scorso|scorsa))?\\b`, resolveWeekday),
  rule('month', `(?<!(?:\\d|°|\\bprimo|\\bultimo)(?: di)? )\\b${MONTH}(?: (?:del )?(\\d{4}))?\\b`, (m, today) => upcomingMonth(today, monthIndex(m[1]), explicitYear(m[2]))),
];
