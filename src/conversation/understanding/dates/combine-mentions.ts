import { addDays, isoWeekday, startOfWeek, type CivilDay } from '../../../domain/civil-day.ts';
import { absenceCancelCue } from '../intent-cues-absence.ts';
import { findAbsenceType } from '../slot-keywords.ts';
import { AND_CUE, endAfter, FROM_CUE, periodsOf, reading, readingOfMention, readingOfPeriods, TO_CUE, UNTIL_CUE, wordsBetween, type DateMention, type DateReading } from './date-mention.ts';
import { DAY_RANGES, daysOfNamedMonth, listOfDays, narrowerInside, rangeAroundNamedDay, restOfItsWeek, weekdayOfNamedWeek, yearOfTheEnd } from './dates-in-context.ts';
import { durationDays } from './find-mentions.ts';
import { readSeveralRanges } from './several-ranges.ts';

/**
 * The mentions of an utterance combined into one range (see the header of `parse-dates.ts`): first
 * the shapes in which one mention places another (`dates-in-context.ts`), then the day one is back,
 * "dal X al Y", "da X" with days after it, "fino a X", "X e Y", a length, "da X" in the past, and
 * otherwise the first mention.
 */

/** An illness reported while it lasts: "sono malato da lunedì" is since last Monday, unless said of the future. */
const ILLNESS = /\b(?:malat[oaie]|malattia|ammalat[oaie]|influenza|febbre|sto male)\b/;
const FUTURE = /\b(?:saro|sara|saremo|prendo|prendero|vorrei|chiedo|avro)\b/;

/**
 * Saying when one is back ("rientro lunedì", "dal 2 gennaio riprendo"), or a colleague is ("rientra lunedì",
 * "torna il 9", "riprende il 7"): away until the day before.
 */
const RETURN = /(?<!\b(?:quando|appena|se|dopo che) )\b(?:rientr|riprend|torn|ritorn)(?:o|ero|a|era|e|ono|ano|eranno)\b/;

/** A day owned by an absence ("le ferie del 4 gennaio", "la malattia di venerdì", "il permesso dell'8"). */
const OWNED_BY_ABSENCE = /\b(?:ferie|malattia|congedo|permesso|permessi|assenza|assenze|formazione|corso|convegno|missione|trasferta)(?: (?:di|del|dell'|della|dei|delle|d'))\s*$/;
/** "rientro prima", "torno in anticipo": back earlier than planned, no day named. */
const EARLIER = /^\s*(?:(?:in ufficio|al lavoro|in servizio|gia) )?(?:prima|in anticipo|anticipatamente)(?:\s|$)/;

/** "rientro lunedì", "dal 2 gennaio riprendo", "torno in ufficio il 7": the day one is back, the verb near it (not "sto meglio e rientro regolarmente" about another date). */
function returnsOn(text: string, day: DateMention): boolean {
  const verb = RETURN.exec(text);
  if (!verb) return false;
  const at = { start: verb.index, end: verb.index + verb[0].length };
  // "fino a ferragosto, poi rientro": a return after "poi" has no date of its own, the day before it is the last one away.
  if (day.start < at.start && /\b(?:poi|dopo)\s*$/.test(text.slice(day.end, at.start))) return false;
  // "annullo le ferie del 4 gennaio, rientro prima": a day owned by an absence before the verb is that absence's, and "rientro prima" names no day.
  if (day.start < at.start && (OWNED_BY_ABSENCE.test(text.slice(0, day.start).replace(WEEKDAY_BEFORE, '')) || EARLIER.test(text.slice(at.end)))) return false;
  // The day follows the verb closely ("rientro in ufficio lunedì") or comes right before it ("lunedì rientro").
  return wordsBetween(text, at, day) <= (day.start > at.start ? 3 : 1);
}

/**
 * An absence told from its start, then the day one is back ("da stamattina sono a casa, rientro giovedì",
 * "da giovedì in malattia, rientro mercoledì 2"): from the start to the day before the return.
 */
function awayUntilReturn(text: string, mentions: readonly DateMention[], today: CivilDay): DateReading | null {
  // Only a start told: an end told too ("da domani a venerdì, rientro lunedì 15") is the end, whatever weekend lies between.
  const [first, back] = mentions;
  if (mentions.length !== 2 || !first || !back || first.range.from !== first.range.to || back.range.from !== back.range.to || !returnsOn(text, back)) return null;
  // "fino a venerdì, rientro lunedì", "fino alla befana, tanto rientro dopo": an end is told.
  const cueBefore = (m: DateMention) => text.slice(0, m.start).replace(WEEKDAY_BEFORE, '');
  if ([first, back].some((m) => UNTIL_CUE.test(cueBefore(m)) || TO_CUE.test(cueBefore(m)))) return null;
  const end = addDays(returnAfter(first.range.from, back), -1);
  // "a letto da lunedì, rientro venerdì" said on a Wednesday: since the last Monday.
  const start = first.range.from <= end ? first.range.from : illnessStart(text, today, first);
  if (!start || start > end) return null;
  return reading(start, end, [first, back]);
}

/** The day one is back, after the start: a weekday naming the start's own day is the next one ("da oggi, rientra lunedì" on a Monday). */
function returnAfter(start: CivilDay, back: DateMention): CivilDay {
  return back.source === 'weekday' && back.range.from === start ? addDays(back.range.from, 7) : back.range.from;
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

/** "entro" before a mention: a deadline when another date of the text begins after it. */
const DEADLINE_CUE = /(?:^|\s)entro(?: e non oltre)?(?: il| l'| la| le)?\s$/;
/** "prima di" before a mention: a deadline that ends the day before it, so a date beginning on it comes after. */
const BEFORE_CUE = /(?:^|\s)(?:prima|non oltre|al piu tardi)(?: di| del| della| dell'| dello| dei| delle)\s$/;

/**
 * Deadlines dropped: "entro X" when another mention starts after X ends is when the request is due, not
 * the period it is about ("entro venerdì genera gennaio", "congedo dal 1 al 15 febbraio, la domanda entro il
 * 10 gennaio", "ferie dal 3 al 7 dicembre, lo comunico entro domani"); so is "prima di X" when another starts
 * on X or later ("pubblichiamo gennaio prima di capodanno", "genera febbraio prima del 20 gennaio").
 */
function withoutDeadlines(text: string, mentions: readonly DateMention[]): readonly DateMention[] {
  const isBefore = (m: DateMention) => BEFORE_CUE.test(text.slice(0, m.start));
  const isDeadline = (m: DateMention) => DEADLINE_CUE.test(text.slice(0, m.start)) || isBefore(m);
  // A period that begins on the deadline's day and runs past it comes after it too ("entro capodanno pubblichiamo gennaio").
  // "prima di natale e dopo santo stefano": two times joined, no deadline.
  const joined = (m: DateMention, o: DateMention) => /^\s(?:e|ed|o|oppure)\s/.test(text.slice(m.end, o.start));
  const endsBefore = (m: DateMention, o: DateMention) => (isBefore(m) ? o.range.from >= m.range.from && !joined(m, o) : o.range.from > m.range.to || (o.range.from === m.range.to && o.range.to > o.range.from));
  const dropped = mentions.filter((m) => isDeadline(m) && mentions.some((o) => o !== m && !isDeadline(o) && endsBefore(m, o)));
  return dropped.length > 0 ? mentions.filter((m) => !dropped.includes(m)) : mentions;
}

/**
 * An explicit "da X a Y" after single days told before it ("la dott.ssa Pavan è rientrata stamattina, va
 * tolta la sua malattia da oggi a venerdì"; "sono stato malato il 2, oggi rientro: registra la malattia dal
 * 2 al 4"): the range is what is asked, the days before it are the story.
 */
function laterExplicitRange(text: string, mentions: readonly DateMention[]): DateReading | null {
  const before = (m: DateMention) => text.slice(0, m.start).replace(WEEKDAY_BEFORE, '');
  for (let i = 1; i + 1 < mentions.length; i++) {
    const [from, to] = [mentions[i]!, mentions[i + 1]!];
    if (!FROM_CUE.test(before(from)) || !(TO_CUE.test(before(to)) || UNTIL_CUE.test(before(to)))) continue;
    if (mentions.slice(0, i).some((m) => m.range.from !== m.range.to || FROM_CUE.test(before(m)) || UNTIL_CUE.test(before(m)))) return null;
    return reading(from.range.from, endAfter(from.range.from, to), [from, to]);
  }
  return null;
}

const WEEKDAY_BEFORE = /(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) $/;

/** Mentions of one day with its month, after which a bare day number follows on. */
const DATED_DAYS = new Set(['day-month', 'numeric-day', 'dash-day-month', 'named-day']);

/** Not coming in, said of a day ("oggi non vengo", "domani resto a casa", "non ci sono"). */
const NOT_COMING = /\b(?:non (?:vengo|verro|ci sono|ci saro|riesco a venire|ce la faccio|entro)|(?:resto|rimango|sto|staro|restero|stare|restare|rimanere) a casa)\b/;

/**
 * A symptom's onset, then the day one stays away ("febbre da ieri sera, oggi non vengo", "mal di gola da ieri,
 * domani resto a casa"): the onset is the story, the day said with not coming in is the absence; said with
 * "fino a" ("bloccato con la schiena da ieri sera, penso di stare a casa fino a venerdì") from today to that day.
 */
function dayAfterOnset(text: string, mentions: readonly DateMention[], today: CivilDay): DateReading | null {
  const [onset, day] = mentions;
  if (mentions.length !== 2 || !onset || !day || day.range.from < today) return null;
  // "febbre da sabato" told on a Monday began last Saturday.
  if ((illnessStart(text, today, onset) ?? onset.range.to) >= today) return null;
  const before = (m: DateMention) => text.slice(0, m.start).replace(WEEKDAY_BEFORE, '');
  const until = UNTIL_CUE.test(before(day));
  if (!FROM_CUE.test(before(onset)) || (TO_CUE.test(before(day)) && !until) || AND_CUE.test(text.slice(onset.end, day.start))) return null;
  if (!NOT_COMING.test(text.slice(onset.end))) return null;
  return until ? reading(today, day.range.to, [day]) : reading(day.range.from, day.range.to, [day]);
}

/** Combines the mentions into one range; see the module comment. */
export function combineMentions(text: string, allMentions: readonly DateMention[], today: CivilDay): DateReading | null {
  const mentions = yearOfTheEnd(text, withoutDeadlines(text, allMentions));
  const inMonth = restOfItsWeek(mentions) ?? daysOfNamedMonth(text, mentions) ?? weekdayOfNamedWeek(text, mentions) ?? narrowerInside(text, mentions) ?? rangeAroundNamedDay(text, mentions) ?? listOfDays(text, mentions);
  if (inMonth) return inMonth;
  const later = readSeveralRanges(text, mentions) ?? laterExplicitRange(text, mentions) ?? dayAfterOnset(text, mentions, today);
  if (later) return later;
  const only = mentions.length === 1 ? mentions[0] : undefined;
  if (only && only.range.from === only.range.to && returnsOn(text, only)) {
    // "rientro lunedì" said on a Monday is next Monday.
    const back = only.source === 'weekday' && only.range.from === today ? addDays(today, 7) : only.range.from;
    // "domani rientro, togliete la malattia che avevo messo": an absence taken back from the day one is back, that day is the one withdrawn.
    if (back > today && absenceCancelCue.test(text)) return reading(back, back, [only]);
    if (back > today) return reading(today, addDays(back, -1), [only]);
  }
  const untilBack = awayUntilReturn(text, mentions, today);
  if (untilBack) return untilBack;
  const days = durationDays(text);
  const first = mentions[0];
  if (!first) return days ? reading(today, addDays(today, days - 1), []) : null;
  // The words linking a mention may stand before its weekday ("fino a mercoledì 9 dicembre").
  const before = (m: DateMention) => text.slice(0, m.start).replace(WEEKDAY_BEFORE, '');
  const second = mentions[1];
  // "dal 9 al 20 agosto, ci si vede a settembre": a range closed by its own "al" is no start of a longer one.
  const closed = DAY_RANGES.has(first.source);
  if (second && !closed && FROM_CUE.test(before(first)) && (TO_CUE.test(before(second)) || UNTIL_CUE.test(before(second)))) {
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
  // "gio 7/1 e ven 8/1": the second day's weekday may stand after the "e".
  // "e poi", "e anche": a day added too ("ferie il 3 marzo e poi il 10 marzo").
  if (second && AND_CUE.test(text.slice(first.end, second.start).replace(WEEKDAY_BEFORE, '').replace(/^(\se(?:d)?) (?:poi|anche|pure)(?=\s)/, '$1'))) {
    // "il primo gennaio o il due": a day number without its month after a dated day is on or after it.
    // Apart, each is a period of its own ("il 3 e il 10 marzo": not the days between); touching, one ("il 3 e il 4").
    if (second.source === 'day-only' && DATED_DAYS.has(first.source)) {
      const day = endAfter(first.range.from, second);
      return readingOfPeriods(text, [first.range, { from: day, to: day }], [first, second]);
    }
    return readingOfPeriods(text, [...periodsOf(first), ...periodsOf(second)], [first, second]);
  }
  if (second && UNTIL_CUE.test(before(second))) {
    // "genera marzo, … entro venerdì": an end before a period starts is a deadline for the request, not the period's end.
    if (first.range.from < first.range.to && second.range.to < first.range.from) return reading(first.range.from, first.range.to, [first]);
    return reading(first.range.from, endAfter(first.range.from, second), [first, second]);
  }
  // "febbre da ieri, resto a casa un paio di giorni": the days away count from today, the onset is the story.
  if (days && !second && FROM_CUE.test(before(first)) && first.range.to < today && NOT_COMING.test(text.slice(first.end))) return reading(today, addDays(today, days - 1), []);
  if (days && first.range.from === first.range.to) return reading(first.range.from, addDays(first.range.from, days - 1), [first]);
  // "malata dal 20 novembre": since then, to today. A range closed by its own "al" ("ferie dal 2 al 5 novembre 2026") is not.
  if (FROM_CUE.test(before(first)) && !closed && first.range.to < today) return reading(first.range.from, today, [first]);
  const since = FROM_CUE.test(before(first)) && !second ? illnessStart(text, today, first) : null;
  if (since) return reading(since, today, [first]);
  return readingOfMention(text, first);
}
