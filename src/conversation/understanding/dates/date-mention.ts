import { addDays, daysBetween, type CivilDay } from '../../../domain/civil-day.ts';
import type { DayRange, UnderstandingProblem } from '../understanding.ts';

/**
 * A date expression found in an utterance, the reading made of them, and the words that link two
 * mentions ("dal … al …", "fino a …", "… e …"): what the readers and combiners of `parse-dates.ts` share.
 */

/** One date expression found in the text. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  range: DayRange;
  /** Which reader found it: a rule id or "chrono". */
  source: string;
  /** Days listed in one mention ("3 e il 10 marzo", "4 e il 6"): each, when they are not one stretch of days; `range` spans them. */
  periods?: DayRange[];
}

/** The periods a mention names: its listed days, or its range. */
export const periodsOf = (m: DateMention): DayRange[] => m.periods ?? [m.range];

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
  | { from: CivilDay; to: CivilDay; evidence: string[]; problem?: undefined; corrected?: boolean; periods?: DayRange[]; alternatives?: true }
  | { from: null; to: null; evidence: string[]; problem: UnderstandingProblem; corrected?: undefined; periods?: undefined; alternatives?: undefined };

/** Words right before a mention (the text up to it ends with them), or between two mentions. */
export const UNTIL_CUE = /(?:^|\s)(?:fino (?:a|al|all'|alla)|sino (?:a|al)|entro(?: il| l'| la)?|da qui (?:a|al|all'|alla|fino a))\s$/;
export const FROM_CUE = /(?:^|\s)(?:a partire (?:da|dal|dall'|dalla)|da|dal|dall'|dalla)\s$/;
export const TO_CUE = /(?:^|\s)(?:a|ad|al|all'|alla)\s$/;
export const AND_CUE = /^\s(?:e|ed|o|oppure|o anche)\s(?:il\s|la\s|l'\s|a\s|al\s|alla\s|all'\s)?$/;

/** A range read from these mentions. */
export function reading(from: CivilDay, to: CivilDay, mentions: readonly DateMention[]): DateReading {
  return { from, to, evidence: mentions.map((m) => m.text) };
}

/** The reading of one mention alone: its range, and its days listed apart when it lists some. */
export function readingOfMention(text: string, m: DateMention): DateReading {
  return m.periods ? readingOfPeriods(text, m.periods, [m]) : reading(m.range.from, m.range.to, [m]);
}

/**
 * Days or ranges written apart and joined ("il 3 e il 10 marzo", "lunedì e mercoledì", "3-7 marzo e 20-24 aprile"): the
 * reading spans them all (`from`, `to`, for the readers that place a reading), and when they are not one stretch of days
 * (touching or overlapping ones are merged: "il 3 e il 4", "sabato e domenica") `periods` holds each, in date order, so that
 * no day between them is ever taken as written.
 */
export function readingOfPeriods(text: string, ranges: readonly DayRange[], mentions: readonly DateMention[]): DateReading {
  if (!spanWritten(text, mentions)) return joinedByOr(text, mentions) ? alternativesReading(ranges, mentions) : periodsReading(ranges, mentions);
  const from = ranges.reduce((a, r) => (r.from < a ? r.from : a), ranges[0]!.from);
  const to = ranges.reduce((a, r) => (r.to > a ? r.to : a), ranges[0]!.to);
  return reading(from, to, mentions);
}

/** The periods written apart, whatever words join them (the caller has read them: "dal 3 al 7 marzo e dal 20 al 24 aprile"). */
export function periodsReading(ranges: readonly DayRange[], mentions: readonly DateMention[]): DateReading {
  const periods = separatePeriods(ranges);
  const spanned = { from: periods[0]!.from, to: periods[periods.length - 1]!.to, evidence: mentions.map((m) => m.text) };
  return periods.length > 1 ? { ...spanned, periods } : spanned;
}

/**
 * Periods offered as alternatives ("il 3 o il 10 marzo", "il 3 o il 4", "dal 3 al 7 o dal 10 al 14"): the writer means one of
 * them and has not said which, so each stays apart, even next to another, and the reading says so (`alternatives`).
 */
export function alternativesReading(ranges: readonly DayRange[], mentions: readonly DateMention[]): DateReading {
  const periods = alternativePeriods(ranges);
  const spanned = { from: periods[0]!.from, to: periods[periods.length - 1]!.to, evidence: mentions.map((m) => m.text) };
  return periods.length > 1 ? { ...spanned, periods, alternatives: true } : spanned;
}

/** Alternatives in date order, each as written (one written twice counted once). */
export function alternativePeriods(ranges: readonly DayRange[]): DayRange[] {
  const sorted = [...ranges].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return sorted.filter((r, i) => i === 0 || r.from !== sorted[i - 1]!.from || r.to !== sorted[i - 1]!.to).map((r) => ({ from: r.from, to: r.to }));
}

/** "o", "oppure" between dates: the writer names one of them, undecided, not both ("il 3 o il 10 marzo"). */
export const OR_WORD = /(?:^|\s)(?:o|od|oppure)(?=\s|$)/;

/** Whether dates listed are joined by "o" / "oppure", inside one mention ("3 o il 10 marzo") or between two ("a natale o a capodanno"). */
function joinedByOr(text: string, mentions: readonly DateMention[]): boolean {
  return mentions.some((m, i) => OR_WORD.test(m.text) || (i > 0 && OR_WORD.test(text.slice(mentions[i - 1]!.end, m.start))));
}

/** Words before two days that make them the ends of one stretch: "tra il 10 e il 15", "fra oggi e mercoledì", "da natale a capodanno". */
const SPAN_LEAD = /(?:^|\s)(?:tra|fra|da|dal|dalla|dall'|dai|dalle|dagli|a partire da|a partire dal|a partire dalla)\s(?:(?:il|la|l'|lo|i|le)\s)?(?:(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\s)?$/;
const TO_WORD = /^\s(?:a|ad|al|alla|all'|fino a|fino al|fino alla|fino all')\s/;

/** Whether the mentions are the ends of one stretch the writer means whole ("tra il 10 e il 15", "da natale a capodanno"). */
function spanWritten(text: string, mentions: readonly DateMention[]): boolean {
  const first = mentions[0];
  if (first === undefined) return false;
  if (SPAN_LEAD.test(text.slice(0, first.start))) return true;
  // "natale a capodanno": two ends; in a longer list "a" repeats the preposition ("a natale, a santo stefano e a capodanno").
  const gaps = mentions.slice(1).map((m, i) => text.slice(mentions[i]!.end, m.start));
  return gaps.length === 1 && TO_WORD.test(gaps[0]!);
}

/** Ranges in date order, those touching or overlapping merged into one. */
export function separatePeriods(ranges: readonly DayRange[]): DayRange[] {
  const sorted = [...ranges].sort((a, b) => a.from.localeCompare(b.from));
  return sorted.reduce<DayRange[]>((merged, r) => {
    const last = merged[merged.length - 1];
    if (last && r.from <= addDays(last.to, 1)) last.to = r.to > last.to ? r.to : last.to;
    else merged.push({ from: r.from, to: r.to });
    return merged;
  }, []);
}

/**
 * The end of a range: a weekday ("da mercoledì a lunedì") is the first one on or after the start, and so
 * is a day number without its month ("dal primo gennaio al 10": 10 January, not the 10th of this month).
 */
export function endAfter(from: CivilDay, end: DateMention): CivilDay {
  if (end.range.to >= from) return end.range.to;
  if (end.source === 'weekday') return addDays(end.range.to, 7 * Math.ceil(daysBetween(end.range.to, from) / 7));
  if (end.source === 'day-only') return sameDayOnOrAfter(from, Number(end.range.to.slice(8, 10))) ?? end.range.to;
  return end.range.to;
}

/** The first day numbered `day` on or after `from` (within two months), or null. */
function sameDayOnOrAfter(from: CivilDay, day: number): CivilDay | null {
  for (let d = from, step = 0; step < 62; d = addDays(d, 1), step++) if (Number(d.slice(8, 10)) === day) return d;
  return null;
}

/** Words between two spans of the text. */
export function wordsBetween(text: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const [left, right] = a.start < b.start ? [a, b] : [b, a];
  return text.slice(left.end, right.start).trim().split(/\s+/).filter((w) => w.length > 0).length;
}
