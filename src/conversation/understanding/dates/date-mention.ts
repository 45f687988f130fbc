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
  | { from: CivilDay; to: CivilDay; evidence: string[]; problem?: undefined; corrected?: boolean }
  | { from: null; to: null; evidence: string[]; problem: UnderstandingProblem; corrected?: undefined };

/** Words right before a mention (the text up to it ends with them), or between two mentions. */
export const UNTIL_CUE = /(?:^|\s)(?:fino (?:a|al|all'|alla)|sino (?:a|al)|entro(?: il| l'| la)?|da qui (?:a|al|all'|alla|fino a))\s$/;
export const FROM_CUE = /(?:^|\s)(?:a partire (?:da|dal|dall'|dalla)|da|dal|dall'|dalla)\s$/;
export const TO_CUE = /(?:^|\s)(?:a|ad|al|all'|alla)\s$/;
export const AND_CUE = /^\s(?:e|ed|o|oppure|o anche)\s(?:il\s|la\s|l'\s|a\s|al\s|alla\s|all'\s)?$/;

/** A range read from these mentions. */
export function reading(from: CivilDay, to: CivilDay, mentions: readonly DateMention[]): DateReading {
  return { from, to, evidence: mentions.map((m) => m.text) };
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
