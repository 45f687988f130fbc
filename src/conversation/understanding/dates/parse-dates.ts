/**
 * Dates in an Italian utterance, as inclusive ranges of civil days relative to `today`.
 *
 * What chrono-node 2.10's Italian parser (`chrono.it`, `forwardDate`) does with our examples
 * (checked on Monday 23 November 2026 and Wednesday 25 November 2026):
 * - right: "domani", "dopodomani", "oggi", "ieri", "stasera", "tra 3 giorni", "fra una settimana",
 *   "3 dicembre", "il primo maggio", "1° maggio", "15/12", "3/3", "giovedì 3 dicembre",
 *   "dal 3/3 al 7/3", "dal 28 dicembre al 2 gennaio", "28-31 dicembre", "dal 3 al 7 marzo",
 *   "dall'8 al 12 dicembre", "dicembre 2027"; weekdays with or without accents ("venerdi").
 * - wrong for us: "settimana prossima" (nothing); "la settimana prossima" / "prossima settimana"
 *   (one day, today + 7); "questa settimana" (one day, tomorrow); "il mese prossimo" (one day,
 *   today + 1 month); "questo weekend" (Saturday only); "a dicembre" (1 December only); "fino a
 *   venerdì" (Friday only); "sabato prossimo" on a Wednesday (the Saturday of next week);
 *   "per 3 giorni" (read as "in 3 days"); "3 e 4 dicembre" (only the 4th); "dal 3 al 7/3" (only 7/3);
 *   "dal 3 al 7 marzo" written on 5 March (next year: it rolls by the first day).
 * - nothing at all: holidays by name ("a Natale", "Ferragosto"), a bare day ("il 15", "il 30"),
 *   typos ("sabto"), "3-7/3"; abbreviations "mar", "dom" are taken as weekdays (we drop chrono's
 *   weekday-only results and read weekdays ourselves).
 *
 * So our rules (`date-rules.ts`) run first on the normalised text; chrono reads what is left. Then
 * the mentions are combined: "da X a Y" / "dal X al Y" is X's first day to Y's last, "fino a X" /
 * "entro X" is today to X, "X e Y" spans both, "per N giorni" counts from the mention (or today),
 * "da X" with X past ("malata da ieri") runs to today;
 * otherwise the first mention is the answer.
 *
 * Our meanings: "questa settimana" today to Sunday; "settimana prossima" next Monday to Sunday;
 * "questo weekend" the coming Saturday and Sunday (on a Sunday: today only); "il prossimo weekend"
 * the same on weekdays, next week's on Saturday and Sunday; "a dicembre" the whole month, this one
 * unless it is over; "il mese prossimo" the whole next month; "questo mese" today to month end;
 * "inizio/metà/fine marzo" days 1-10, 11-20, 21-end; a bare weekday the next one, today included;
 * "lunedì prossimo" the next one after today; "lunedì scorso" the last one before today; "il 15"
 * this month unless past, then next month; day-month without year this year unless the range is
 * over, then next year; holidays by name their next occurrence, today included; "il ponte
 * dell'Immacolata" the holiday plus the Monday before (Tuesday holiday) or the Friday after (Thursday);
 * "nel 2027" the whole year; "quest'anno" today to 31 December; "l'anno prossimo" the whole next year;
 * "fra due settimane" the Monday-to-Sunday week holding today + 14 days; "la settimana dopo la
 * prossima" the week after next; "giovedì della settimana prossima" that day of next week; "a fine
 * mese" days 21 to month end from today on (likewise "inizio mese" 1-10, "metà mese" 11-20, next
 * month's when this month's part is over); "il weekend del 5 dicembre" the Saturday and Sunday of
 * that day's week; "dal 28 al 2 gennaio" starts in the month before (only when the start day is
 * in that month's last third); "X o Y" spans both like "X e Y"; numbers written as words are days;
 * "il lunedì dopo Natale" / "il venerdì prima di Pasqua" the first such weekday after / before it;
 * "a fine anno" 21-31 December (from today on), so "entro fine anno" runs from today to 31 December;
 * "la settimana del 7 dicembre" Monday to Sunday around that day; "il 26 e 27" two days of this
 * month (next month's when past); "sono malato da lunedì" since the last Monday (an illness is
 * told while it lasts); "29 febbraio" in a year without one is a problem, not the next leap year;
 * "venerdì 25" the next 25th that is a Friday; "a gennaio dal 4 all'8" those days of that month;
 * "3 giorni di ferie dal 9" three days from the 9th; "a che ora" is no date; a month named apart from
 * day numbers without one ("agosto tutto in ferie, dal 2 al 31") gives those days of that month;
 * the day one is back ("rientro lunedì", "dal 2 gennaio riprendo") ends the range the day before; a
 * week named apart from a weekday ("la settimana prossima … di mercoledì") gives that day of it; a
 * period named as context and a day inside it ("quest'anno all'Immacolata") gives the day; a day named
 * as the occasion and an explicit "dal … al …" near it gives the range; "22-23-24 dicembre" spans the
 * chain; "dal 16 agosto fino a fine mese" ends with August; the day a message was written ("la mail di
 * ieri") is no date.
 * Dates that cannot be used ("31 febbraio", "dal 10 al 5 gennaio") give a problem, not a range.
 */
import { addDays, daysBetween, isoWeekday, startOfWeek, type CivilDay } from '../../../domain/civil-day.ts';
import type { DayRange, UnderstandingProblem } from '../understanding.ts';
import { findChronoDates } from './chrono-dates.ts';
import { dayOfMonth, exactDay, monthOfDay, readNumber, yearOfDay } from './day-math.ts';
import { isProblem } from './date-problems.ts';
import { dateRules } from './date-rules.ts';
import { spellNumbersAsDigits } from './number-words.ts';
import { findAbsenceType } from '../slot-keywords.ts';

/** One date expression found in the text. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  range: DayRange;
  /** Which reader found it: a rule id or "chrono". */
  source: string;
}

/** A date written that cannot be used ("31 febbraio", "dal 10 al 5 gennaio"). */
export interface DateProblemMention {
  start: number;
  end: number;
  text: string;
  problem: UnderstandingProblem;
  source: string;
}

/**
 * The range the utterance speaks of, with the words that carried it (for "ho capito: …"); or,
 * when a date written cannot be used, no range and the problem.
 */
export type DateReading =
  | { from: CivilDay; to: CivilDay; evidence: string[]; problem?: undefined }
  | { from: null; to: null; evidence: string[]; problem: UnderstandingProblem };

interface FoundDates {
  mentions: DateMention[];
  problems: DateProblemMention[];
}

const UNTIL_CUE = /(?:^|\s)(?:fino (?:a|al|all'|alla)|sino (?:a|al)|entro(?: il| l'| la)?|da qui (?:a|al|all'|alla|fino a))\s$/;
const FROM_CUE = /(?:^|\s)(?:a partire (?:da|dal|dall'|dalla)|da|dal|dall'|dalla)\s$/;
const TO_CUE = /(?:^|\s)(?:a|al|all'|alla)\s$/;
const AND_CUE = /^\s(?:e|ed|o|oppure|o anche)\s(?:il\s|l'\s|a\s|al\s|all'\s)?$/;
/** An illness reported while it lasts: "sono malato da lunedì" is since last Monday, unless said of the future. */
const ILLNESS = /\b(?:malat[oaie]|malattia|ammalat[oaie]|influenza|febbre|sto male)\b/;
const FUTURE = /\b(?:saro|sara|saremo|prendo|prendero|vorrei|chiedo|avro)\b/;
/** A length: "per 3 giorni", "3 giorni di ferie", "per una settimana"; not "tra 3 giorni" (a date) nor "i prossimi 10 giorni". */
const DURATION = /(?<!\b(?:tra|fra|prossimi|prossime|ultimi|ultime) )\b(?:per )?(\d{1,2}|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|quindici) (giorni|giorno|settimane|settimana)\b/;
/** Words that look like dates and are not: a time question ("a che ora"). */
const NOT_DATES = /\b(?:a )?che (?:ora|ore)\b/g;
/** When a message was written ("la richiesta giada di stamattina", "la mail di ieri"): no date of the request. */
const MESSAGE_DAY = /\b((?:richiesta|mail|email|messaggio|istanza|domanda|telefonata|comunicazione|pec|nota)(?: [a-z]+)? (?:di|del|dell') )(stamattina|stamane|ieri sera|ieri|stasera|stanotte)\b/g;
/** "dal giorno 3 al giorno 5": the word "giorno" before a day number adds nothing. */
const DAY_WORD = /\b(il|dal|al|del|dall'|all'|entro il|fino al|per il) giorno (?=\d)/g;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every match of our own rules, earlier rules winning over later overlapping ones. */
export function findRuleDates(text: string, today: CivilDay): FoundDates {
  const mentions: DateMention[] = [];
  const problems: DateProblemMention[] = [];
  for (const rule of dateRules) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index ?? 0;
      const mention = { start, end: start + match[0].length, text: match[0] };
      if ([...mentions, ...problems].some((a) => overlaps(a, mention))) continue;
      const outcome = rule.resolve(match, today);
      if (isProblem(outcome)) problems.push({ ...mention, problem: outcome, source: rule.id });
      else if (outcome) mentions.push({ ...mention, range: outcome, source: rule.id });
    }
  }
  return { mentions, problems };
}

/** Blanks the mentioned spans so chrono does not read them again; offsets stay the same. */
function maskMentions(text: string, mentions: readonly { start: number; end: number }[]): string {
  let masked = text;
  for (const m of mentions) masked = masked.slice(0, m.start) + ' '.repeat(m.end - m.start) + masked.slice(m.end);
  return masked;
}

/** Our rules' mentions plus chrono's on the rest, sorted by position; and the dates that cannot be used. */
export function findDateMentions(text: string, today: CivilDay): FoundDates {
  const { mentions: own, problems } = findRuleDates(text, today);
  const durations = [...text.matchAll(new RegExp(DURATION.source, 'g'))]
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const fromChrono = findChronoDates(maskMentions(text, [...own, ...problems, ...durations]), today)
    .map((c): DateMention => ({ start: c.index, end: c.index + c.text.length, text: c.text, range: c.range, source: 'chrono' }))
    .filter((c) => !own.some((o) => overlaps(o, c)));
  return { mentions: [...own, ...fromChrono].sort((a, b) => a.start - b.start), problems };
}

function durationDays(text: string): number | null {
  const match = DURATION.exec(text);
  if (!match) return null;
  return readNumber(match[1] ?? '1') * (/settiman/.test(match[2] ?? '') ? 7 : 1);
}

function reading(from: CivilDay, to: CivilDay, mentions: readonly DateMention[]): DateReading {
  return { from, to, evidence: mentions.map((m) => m.text) };
}

/** The end of a range: a weekday ("da mercoledì a lunedì") is the first one on or after the start. */
function endAfter(from: CivilDay, end: DateMention): CivilDay {
  if (end.source !== 'weekday' || end.range.to >= from) return end.range.to;
  return addDays(end.range.to, 7 * Math.ceil(daysBetween(end.range.to, from) / 7));
}

/** Day numbers written without their month ("dal 2 al 31", "il 26 e 27", "il 5"). */
const DAYS_WITHOUT_MONTH = new Set(['day-only', 'day-only-range', 'day-only-list']);

/**
 * "agosto tutto in ferie, dal 2 al 31": a month named on its own and day numbers without a month
 * elsewhere in the sentence are those days of that month (null when they are not days of it); one day
 * after "dal" ("questo mese dal 25") runs to the month's end.
 */
function daysOfNamedMonth(text: string, mentions: readonly DateMention[]): DateReading | null {
  if (mentions.length !== 2) return null;
  const month = mentions.find((m) => ['month', 'part-of-month', 'next-month', 'this-month'].includes(m.source));
  const days = mentions.find((m) => DAYS_WITHOUT_MONTH.has(m.source));
  if (!month || !days) return null;
  const placed = placeDays(month.range.from, days.range);
  if (!placed) return null;
  // "questo mese dal 25": from that day to the month's end.
  const openEnded = placed.from === placed.to && FROM_CUE.test(text.slice(0, days.start));
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

/** Periods that name the context of a more precise day ("quest'anno all'Immacolata", "a dicembre il 5"). */
const CONTEXT_PERIODS = new Set(['this-year', 'whole-year', 'next-year', 'month', 'this-month', 'next-month', 'next-week', 'this-week']);

/**
 * "quest'anno all'Immacolata niente ferie": a period named as context and a day or shorter range
 * inside it, with no "dal … al", "fino a" or "e" linking them, is that day or range.
 */
function narrowerInside(text: string, mentions: readonly DateMention[]): DateReading | null {
  if (mentions.length !== 2) return null;
  const [a, b] = mentions as [DateMention, DateMention];
  const [wide, narrow] = CONTEXT_PERIODS.has(a.source) ? [a, b] : [b, a];
  if (!CONTEXT_PERIODS.has(wide.source) || CONTEXT_PERIODS.has(narrow.source)) return null;
  if (narrow.range.from < wide.range.from || narrow.range.to > wide.range.to) return null;
  const before = (m: DateMention) => text.slice(0, m.start);
  const linked = FROM_CUE.test(before(a)) || FROM_CUE.test(before(b)) || UNTIL_CUE.test(before(a)) || UNTIL_CUE.test(before(b))
    || AND_CUE.test(text.slice(a.end, b.start));
  return linked ? null : reading(narrow.range.from, narrow.range.to, [narrow]);
}

/** Explicit ranges of days ("dal 26 al 29", "dal 24 al 26 dicembre"). */
const DAY_RANGES = new Set(['day-only-range', 'day-month-range', 'day-month-cross-range', 'numeric-range', 'numeric-cross-range']);

/** Single days that can be the occasion of a range ("a pasqua", "mi sposo il 12 giugno"). */
const OCCASIONS = new Set(['named-day', 'day-month', 'numeric-day', 'weekday-day']);

/**
 * "pasqua la passo al mare, ferie dal 26 al 29", "mi sposo il 12 giugno! congedo dal 12 al 26 giugno":
 * a holiday or a day named as the occasion and an explicit "dal … al …" within a week of it: the explicit days.
 */
function rangeAroundNamedDay(text: string, mentions: readonly DateMention[]): DateReading | null {
  if (mentions.length !== 2) return null;
  const range = mentions.find((m) => DAY_RANGES.has(m.source) && FROM_CUE.test(text.slice(0, m.start)));
  const named = mentions.find((m) => m !== range && OCCASIONS.has(m.source) && m.range.from === m.range.to
    && !FROM_CUE.test(text.slice(0, m.start)) && !UNTIL_CUE.test(text.slice(0, m.start)));
  if (!named || !range) return null;
  // Days without a month ("dal 24 al 26") are read in the holiday's month.
  const days = range.source === 'day-only-range' ? placeDays(named.range.from, range.range) : range.range;
  if (!days) return null;
  const near = (day: CivilDay) => Math.abs(daysBetween(day, named.range.from)) <= 7;
  return near(days.from) || near(days.to) ? reading(days.from, days.to, [range]) : null;
}

/** Whole weeks a weekday may be placed in ("la settimana prossima … mercoledì"). */
const WEEKS = new Set(['next-week', 'this-week', 'week-after-next', 'last-week', 'weeks-ahead']);

/**
 * "la settimana prossima posso cedere la mia udienza di mercoledì?": that weekday of the week named;
 * "la settimana prossima, lunedì e martedì, non ci sarò": those two days of it.
 */
function weekdayOfNamedWeek(text: string, mentions: readonly DateMention[]): DateReading | null {
  if (mentions.length !== 2 && mentions.length !== 3) return null;
  const week = mentions.find((m) => WEEKS.has(m.source));
  const days = mentions.filter((m) => m.source === 'weekday' && !/prossim|scors|che viene/.test(m.text));
  if (!week || days.length !== mentions.length - 1 || mentions.some((m) => FROM_CUE.test(text.slice(0, m.start)) || UNTIL_CUE.test(text.slice(0, m.start)))) return null;
  const [first, second] = days as [DateMention, DateMention | undefined];
  if (second && !AND_CUE.test(text.slice(first.end, second.start))) return null;
  const inWeek = (day: DateMention) => addDays(startOfWeek(week.range.to), isoWeekday(day.range.from) - 1);
  const placed = days.map(inWeek).sort();
  return reading(placed[0]!, placed[placed.length - 1]!, mentions);
}

/** "ora", "adesso": today only when nothing else is dated, and never the noun ("scusa l'ora"). */
const NOW = /^(?:ora|adesso)$/;
const NOUN_BEFORE_NOW = /(?:^|\s)(?:l'|un'|dell'|all'|che|quale|qualche|mezz')\s$/;

function withoutNow(text: string, mentions: readonly DateMention[]): DateMention[] {
  const isNow = (m: DateMention) => NOW.test(m.text.trim());
  const others = mentions.some((m) => !isNow(m));
  return mentions.filter((m) => !isNow(m) || (!others && !NOUN_BEFORE_NOW.test(text.slice(0, m.start))));
}

/**
 * Corrections: a date said and then taken back ("di febbraio, no scusa, di marzo", "non è martedì, è
 * mercoledì", "il 3, anzi il 4") gives way to the one said after it. A date right after "non" (with
 * "è", an article or a preposition between) is retracted when another one is written; after a
 * correcting word ("no scusa", "anzi", "mi correggo", "volevo dire") only the dates after it count.
 */
const NEGATED = /(?:^|\s)non (?:e |era |sara |e piu )?(?:il |la |l' |i |le |di |del |dal |per |per il |a |al )?$/;
const CORRECTION = /(?:^|\s)(?:no (?:scusa(?:te|mi)?|aspetta|pardon|sorry)|(?:ah|oh|eh|ops) no|no no|anzi|mi correggo|correggo|volevo dire|intendevo|errata corrige|ho sbagliato|mi sono sbagliat[oa]|cioe no)(?=\s|$)/g;

function withoutRetracted(text: string, mentions: readonly DateMention[]): DateMention[] {
  let kept = mentions.filter((m) => !NEGATED.test(text.slice(0, m.start)));
  if (kept.length === 0) kept = [...mentions];
  const corrections = [...text.matchAll(CORRECTION)].map((m) => (m.index ?? 0) + m[0].length);
  const last = corrections.filter((at) => kept.some((m) => m.start >= at)).pop();
  return last === undefined ? kept : kept.filter((m) => m.start >= last);
}

/** Saying when one is back ("rientro lunedì", "dal 2 gennaio riprendo"): away until the day before. */
const RETURN = /(?<!\b(?:quando|appena|se|dopo che) )\b(?:rientro|rientrero|riprendo|riprendero|torno|tornero)\b/;

/** What separates the days of a list ("il 28, il 29 e il 30", commas already dropped). */
const LIST_GAP = /^\s(?:(?:e|ed|o)\s)?(?:(?:il|l')\s)?$/;

/** Mentions of one kind that may be listed: bare day numbers, or weekdays. */
const LISTABLE: readonly ReadonlySet<string>[] = [new Set(['day-only', 'day-only-list']), new Set(['weekday'])];

/**
 * "il 28, il 29 e il 30", "lunedì, martedì e mercoledì": days of one kind listed (commas dropped, so
 * only "e" or an article between them) span from the first to the last.
 */
function listOfDays(text: string, mentions: readonly DateMention[]): DateReading | null {
  if (mentions.length < 2 || !LISTABLE.some((kind) => mentions.every((m) => kind.has(m.source)))) return null;
  if (mentions.some((m, i) => i > 0 && !LIST_GAP.test(text.slice(mentions[i - 1]!.end, m.start)))) return null;
  if (mentions[0]!.source === 'weekday') {
    // Weekdays follow one another from the first: "lunedì, martedì e mercoledì" said on a Wednesday is next week's.
    const last = mentions.slice(1).reduce((day, m) => endAfter(day, m), mentions[0]!.range.from);
    return reading(mentions[0]!.range.from, last, mentions);
  }
  const days = mentions.flatMap((m) => [m.range.from, m.range.to]).sort();
  return reading(days[0]!, days[days.length - 1]!, mentions);
}

/** Words between two spans of the text. */
function wordsBetween(text: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const [left, right] = a.start < b.start ? [a, b] : [b, a];
  return text.slice(left.end, right.start).trim().split(/\s+/).filter((w) => w.length > 0).length;
}

/** "rientro lunedì", "dal 2 gennaio riprendo", "torno in ufficio il 7": the day one is back, the verb near it (not "sto meglio e rientro regolarmente" about another date). */
function returnsOn(text: string, day: DateMention): boolean {
  const verb = RETURN.exec(text);
  if (!verb) return false;
  const at = { start: verb.index, end: verb.index + verb[0].length };
  // The day follows the verb closely ("rientro in ufficio lunedì") or comes right before it ("lunedì rientro").
  return wordsBetween(text, at, day) <= (day.start > at.start ? 3 : 1);
}

/** An illness told while it lasts ("a letto con la bronchite da lunedì"): not said of the future. */
function ongoingIllness(text: string): boolean {
  return (ILLNESS.test(text) || findAbsenceType(text)?.value === 'malattia') && !FUTURE.test(text);
}

/** "da lunedì" in an ongoing illness is the last Monday (today when it is Monday). */
function illnessStart(text: string, today: CivilDay, first: DateMention): CivilDay | null {
  if (first.source !== 'weekday' || /prossim|che viene/.test(first.text) || !ongoingIllness(text)) return null;
  return first.range.from === today ? today : addDays(first.range.from, -7);
}

/** Combines the mentions into one range; see the module comment. */
export function combineMentions(text: string, mentions: readonly DateMention[], today: CivilDay): DateReading | null {
  const inMonth = daysOfNamedMonth(text, mentions) ?? weekdayOfNamedWeek(text, mentions) ?? narrowerInside(text, mentions) ?? rangeAroundNamedDay(text, mentions) ?? listOfDays(text, mentions);
  if (inMonth) return inMonth;
  const only = mentions.length === 1 ? mentions[0] : undefined;
  if (only && only.range.from === only.range.to && returnsOn(text, only)) {
    // "rientro lunedì" said on a Monday is next Monday.
    const back = only.source === 'weekday' && only.range.from === today ? addDays(today, 7) : only.range.from;
    if (back > today) return reading(today, addDays(back, -1), [only]);
  }
  const days = durationDays(text);
  const first = mentions[0];
  if (!first) return days ? reading(today, addDays(today, days - 1), []) : null;
  const before = (m: DateMention) => text.slice(0, m.start);
  const second = mentions[1];
  if (second && FROM_CUE.test(before(first)) && (TO_CUE.test(before(second)) || UNTIL_CUE.test(before(second)))) {
    // "dal lunedì al venerdì della settimana prossima": the start is in the end's week.
    if (first.source === 'weekday' && second.source === 'weekday-of-week') {
      const from = addDays(startOfWeek(second.range.from), isoWeekday(first.range.from) - 1);
      if (from <= second.range.from) return reading(from, second.range.to, [first, second]);
    }
    // "a letto da lunedì, almeno fino a venerdì": since the last Monday.
    const start = illnessStart(text, today, first) ?? first.range.from;
    return reading(start, endAfter(start, second), [first, second]);
  }
  // "febbre da stanotte, non vengo oggi e domani": the days the absence takes, joined by "e", after its start.
  const third = mentions[2];
  if (second && third && FROM_CUE.test(before(first)) && first.range.to <= today && AND_CUE.test(text.slice(second.end, third.start))) {
    return reading(second.range.from < third.range.from ? second.range.from : third.range.from, second.range.to > third.range.to ? second.range.to : third.range.to, [second, third]);
  }
  // "fino a lunedì" said on a Monday means next Monday, not today.
  if (UNTIL_CUE.test(before(first))) return reading(today, first.source === 'weekday' && first.range.to === today ? addDays(today, 7) : first.range.to, [first]);
  if (second && AND_CUE.test(text.slice(first.end, second.start))) {
    const from = first.range.from < second.range.from ? first.range.from : second.range.from;
    const to = first.range.to > second.range.to ? first.range.to : second.range.to;
    return reading(from, to, [first, second]);
  }
  if (second && UNTIL_CUE.test(before(second))) return reading(first.range.from, endAfter(first.range.from, second), [first, second]);
  if (days && first.range.from === first.range.to) return reading(first.range.from, addDays(first.range.from, days - 1), [first]);
  if (FROM_CUE.test(before(first)) && first.range.to < today) return reading(first.range.from, today, [first]);
  const since = FROM_CUE.test(before(first)) && !second ? illnessStart(text, today, first) : null;
  if (since) return reading(since, today, [first]);
  return reading(first.range.from, first.range.to, [first]);
}

/**
 * The date range an utterance speaks of, or null when it names none; a date that cannot be used
 * gives a reading with its problem and no range. `text` is normalised; numbers written as words
 * ("dal due al quattro dicembre", as dictation writes them) are read as digits.
 */
export function parseDates(normalized: string, today: CivilDay): DateReading | null {
  const text = spellNumbersAsDigits(normalized).replace(NOT_DATES, (m) => ' '.repeat(m.length)).replace(MESSAGE_DAY, (_m, head: string, day: string) => head + ' '.repeat(day.length)).replace(DAY_WORD, '$1 ');
  const found = findDateMentions(text, today);
  const mentions = withoutRetracted(text, withoutNow(text, found.mentions));
  const problems = found.problems;
  const problem = problems[0];
  if (problem) return { from: null, to: null, evidence: [problem.text], problem: problem.problem };
  return combineMentions(text, mentions, today);
}
