import { addDays, isoWeekday, type CivilDay } from '../../domain/civil-day.ts';
import { dayOfMonth, exactDay, monthOfDay, weekdayIndex, weekdayWords, yearOfDay } from './dates/day-math.ts';
import type { DateReading } from './dates/parse-dates.ts';
import type { NormalizedText } from './normalize-text.ts';
import type { DayRange } from './understanding.ts';

/**
 * A date told in the past tense stays in the past. A day and month without a year are read as their next occurrence ("il 3
 * novembre" written on 24 November is 3 November of next year), which is right for a request ("sarò in ferie il 3 novembre",
 * "chi è reperibile il 3 novembre?": the next one) and wrong for what already happened ("ero in ferie il 3 novembre", "chi
 * era reperibile il 3 novembre?": this year's). Such a reading is moved back a year when the clause of the date tells the
 * past, names no year, and the day falls in the last six months. Likewise a bare weekday ("chi era reperibile giovedì?",
 * read as the coming Thursday) is moved back a week, and a bare day number ("chi era di turno il 3?", read as the 3rd of
 * next month once this month's is past) back a month: the most recent such day. A weekday with a day number ("chi era
 * reperibile giovedì 3?", read as the next 3rd that is a Thursday) is the last 3rd that was a Thursday within those six
 * months, as the present looks ahead for the next one. When none was, the next one stays, as further back (the weekday
 * and the day agree there, and the reply names the month: "ho fatto cambio per venerdì 12" two days before Friday 12).
 */

/**
 * Participles of what is arranged ahead ("assegnati", "chiesto", "messo", "rinviato"): after "è stato", "mi sono stati",
 * "avevo", "mi ero" they tell when a request or a decision was made, not when its day is ("le ferie che avevo chiesto
 * per il 30 novembre", "i turni che mi sono stati assegnati per la prossima settimana", "il corso … è stato rinviato").
 */
const ARRANGED = '(?:assegnat|approvat|rinviat|fissat|chiest|richiest|mess|comunicat|inserit|pubblicat|segnat|indicat|previst|programmat|registrat|spostat|annullat|cancellat|dat|prenotat|concess|autorizzat|accordat|confermat|organizzat|stabilit|decis|tolt|levat)[oaie]';

/**
 * Verbs telling what was, or who did what ("ero", "c'era", "è stato", "ha fatto", "toccava", "avevo"); normalised, no accents. Not
 * the auxiliaries of what was arranged (see ARRANGED), nor "sono assente" (present), nor "ho preso", "ho avuto" (one takes
 * and is granted leave ahead).
 */
const PAST_VERB = new RegExp([
  `(?:^| )(?:ero|eri|era|eravamo|eravate|erano|fui|fu|fummo|furono)(?! ${ARRANGED}(?: |$))(?= |$)`,
  '(?:^| )(?:stavo|stava|stavano|facevo|faceva|facevano|coprivo|copriva|coprivano|toccava|toccavano|spettava|lavoravo|lavorava)(?= |$)',
  // "avevo il turno", not "avevo chiesto le ferie per il 3 dicembre" (what was arranged may lie ahead).
  `(?:^| )(?:avevo|avevi|aveva|avevamo|avevate|avevano)(?! (?:gia )?${ARRANGED}(?: |$))(?= |$)`,
  `(?:^| )(?:sono|sei|e|siamo|siete) (?:gia )?(?:stat|rimast|toccat)[oaie](?! ${ARRANGED}(?: |$))(?= |$)`,
  '(?:^| )(?:ho|hai|ha|abbiamo|avete|hanno) (?:gia )?(?:fatt|copert|svolt|tenut|sostituit|lavorat)[oaie](?= |$)',
].join('|'));
/** Verbs of the future ("sarò", "avrò", "farò", "andrò"): the clause asks ahead, whatever else it tells. */
const FUTURE_VERB = /(?:^| )(?:saro|sarai|sara|saremo|sarete|saranno|avro|avrai|avra|avremo|avranno|faro|farai|fara|faremo|faranno|andro|andra|andremo|staro|stara|prendero|restero|coprira|toccera|toccheranno)(?= |$)/;
/** A year written or implied by the words ("2026", "3/11/26", "l'anno scorso", "quest'anno"): the reading's year is the writer's. */
const YEAR_WORDS = /\b\d{4}\b|\d\/\d{1,2}\/\d{2}\b|\banno\b|\banni\b/;

/**
 * How far back a past-tense date is moved: the last six months. Further back the writer more likely slipped a tense or
 * means the next occurrence after all ("chi era reperibile il 25 novembre?" on 23 November); the reply names the year.
 */
const RECENT_DAYS = 183;

/**
 * Conjunctions that open a clause of its own inside a sentence written without commas ("sabato ho la reperibilità ma mia
 * suocera è stata ricoverata"): the tense after them is not the date's.
 */
const CLAUSE_WORDS = new Set(['ma', 'pero', 'perche', 'mentre', 'poiche', 'siccome']);

/** The word indices of the clause holding character `offset` of `normalized.text`. */
function clauseAt(normalized: NormalizedText, offset: number): [number, number] {
  const at = normalized.text.slice(0, offset).split(' ').length - 1;
  const starts = normalized.clauseStart.flatMap((s, i) => (s || i === 0 || CLAUSE_WORDS.has(normalized.words[i]!) ? [i] : []));
  const from = starts.filter((i) => i <= at).pop() ?? 0;
  return [from, starts.find((i) => i > at) ?? normalized.words.length];
}

/** A weekday alone ("giovedi"), as the date readers leave it: its next occurrence. */
const WEEKDAY_ALONE = new RegExp(`^(?:${weekdayWords.join('|')})$`);
/** Day numbers alone ("3", "26 e 27", "3 al 5"), without a month: this month's when still ahead, else next month's. */
const DAYS_ALONE = /^\d{1,2}°?(?: (?:e|ed|o|al|a|il|l'|,|\d{1,2}°?))*$/;

/** A weekday with a day number and no month ("giovedi 3"), as the date readers leave it: the next such day. */
const WEEKDAY_DAY = new RegExp(`^(${weekdayWords.join('|')}) (\\d{1,2})°?$`);

/** The same days a week earlier. */
const weekEarlier = (range: DayRange): DayRange => ({ from: addDays(range.from, -7), to: addDays(range.to, -7) });

/** The same day numbers `months` months earlier; null when one of them does not exist then (31 September). */
function monthsEarlier(range: DayRange, months: number): DayRange | null {
  const back = (day: CivilDay) => {
    const index = yearOfDay(day) * 12 + monthOfDay(day) - 1 - months;
    return exactDay(Math.floor(index / 12), (index % 12) + 1, dayOfMonth(day));
  };
  const from = back(range.from);
  const to = back(range.to);
  return from && to ? { from, to } : null;
}

/** The same days one year earlier; null when one of them does not exist then (29 February). */
function yearEarlier(range: DayRange): DayRange | null {
  const back = (day: CivilDay) => {
    const shifted = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
    return day.endsWith('-02-29') ? null : shifted;
  };
  const from = back(range.from);
  const to = back(range.to);
  return from && to ? { from, to } : null;
}

/**
 * Whether the date of `evidence` is told in the past: its clause has a past verb and no future one, or the clause is only
 * the date ("il 3 novembre, chi era reperibile?") and the rest of its sentence tells the past.
 */
export function toldInThePast(normalized: NormalizedText, evidence: string): boolean {
  const offset = normalized.text.indexOf(evidence);
  if (offset < 0) return false;
  const [from, to] = clauseAt(normalized, offset);
  const clause = normalized.words.slice(from, to).join(' ');
  if (FUTURE_VERB.test(clause)) return false;
  if (PAST_VERB.test(clause)) return true;
  const rest = clause.replace(evidence, ' ').split(' ').filter((w) => w !== '');
  if (rest.length > 2) return false;
  const sentenceFrom = normalized.sentenceStart.slice(0, from + 1).lastIndexOf(true);
  const sentenceTo = normalized.sentenceStart.findIndex((s, i) => s && i > from);
  const sentence = normalized.words.slice(Math.max(sentenceFrom, 0), sentenceTo < 0 ? undefined : sentenceTo).join(' ');
  return PAST_VERB.test(sentence) && !FUTURE_VERB.test(sentence);
}

/**
 * The last day numbered `day` before `today` that fell on `weekday`, looked for back to `since` ("giovedì 3" on 10 December
 * 2026: 3 December); null when none did.
 */
function lastWeekdayDay(weekday: number, day: number, today: CivilDay, since: CivilDay): CivilDay | null {
  for (let back = 0; back <= 12; back++) {
    const index = yearOfDay(today) * 12 + monthOfDay(today) - 1 - back;
    const candidate = exactDay(Math.floor(index / 12), (index % 12) + 1, day);
    if (candidate === null || candidate >= today) continue;
    if (candidate < since) return null;
    if (isoWeekday(candidate) === weekday) return candidate;
  }
  return null;
}

/**
 * The shifts that can place a reading in the past, most recent first: a week for weekdays alone, one or two months for
 * day numbers alone (the 31st skips a shorter month), the last such weekday and day number for one named with both
 * (a year back would change the weekday), else a year within the last six months.
 */
function pastShifts(evidence: readonly string[], today: CivilDay): ((range: DayRange) => DayRange | null)[] {
  if (evidence.every((e) => WEEKDAY_ALONE.test(e))) return [weekEarlier];
  if (evidence.every((e) => DAYS_ALONE.test(e))) return [(r) => monthsEarlier(r, 1), (r) => monthsEarlier(r, 2)];
  const recent = addDays(today, -RECENT_DAYS);
  const weekdayDay = evidence.length === 1 ? WEEKDAY_DAY.exec(evidence[0]!) : null;
  if (weekdayDay) {
    const day = lastWeekdayDay(weekdayIndex(weekdayDay[1]), Number(weekdayDay[2]), today, recent);
    return [() => (day ? { from: day, to: day } : null)];
  }
  return [(r) => {
    const earlier = yearEarlier(r);
    return earlier && earlier.from >= recent ? earlier : null;
  }];
}

/**
 * The reading placed in the past when it is told so: a range that starts after `today`, named without a year, is moved
 * back (a week, a month or a year: `pastShifts`) when that puts it wholly before today (every period too). Otherwise the
 * reading as it is.
 */
export function placeInThePast(normalized: NormalizedText, reading: DateReading | null, today: CivilDay): DateReading | null {
  if (reading === null || reading.from === null || reading.from <= today) return reading;
  if (reading.evidence.some((e) => YEAR_WORDS.test(e)) || !reading.evidence.some((e) => toldInThePast(normalized, e))) return reading;
  for (const shift of pastShifts(reading.evidence, today)) {
    const periods = (reading.periods ?? [{ from: reading.from, to: reading.to }]).map(shift);
    if (periods.some((p) => p === null || p.to >= today)) continue;
    const placed = periods as DayRange[];
    return { ...reading, from: placed[0]!.from, to: placed.at(-1)!.to, ...(reading.periods ? { periods: placed } : {}) };
  }
  return reading;
}
