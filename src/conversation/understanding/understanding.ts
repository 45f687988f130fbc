import type { AbsenceType } from '../../domain/absence.ts';
import type { CivilDay } from '../../domain/civil-day.ts';

/**
 * What turnario understood of one Italian utterance. The intents:
 *
 * - `duties`: the writer's own duties, or a named colleague's (`magistrate`), optionally of one service.
 *   No date given: the next four weeks, today included (today … today + 27).
 * - `on_duty`: who covers a service (or any service) on a day or range. No date given: today.
 * - `absence_declare`: the writer (or a named colleague, for the staff) will be absent.
 *   No date given: today for `malattia` ("sono malato"), otherwise null (the use case asks).
 * - `absence_cancel`: withdraw a declared absence. No date given: null.
 * - `swap`: exchange a duty with a colleague (`magistrate`). No date given: null.
 * - `help`: asks what turnario can do, or is a greeting or a thank-you ("grazie mille"). All slots null.
 * - `unknown`: nothing recognised. All slots null.
 *
 * The office staff's commands:
 * - `calendar_generate`: generate (a provisional) calendar, for a period and optionally a service. No date: null.
 * - `calendar_publish`: publish the calendar of a period. No date: null.
 * - `coverage_status`: how well a period is covered (uncovered turns). No date: the next four weeks.
 * - `absent_today`: who is absent on a day or range, today when no date is given; `absenceType` narrows it.
 * - `giada_request`: a GIADA first-hearing date request; the form's details are asked by the use case.
 * - `calendar_feed`: the writer asks for their calendar subscription link (iCal feed for Outlook,
 *   Google Calendar, the phone: "il mio calendario", "come vedo i turni su outlook"). All slots null.
 * - `jobs_status`: the staff ask how the scheduled jobs went ("stato dei job", "promemoria inviati"). All slots null.
 * - `duty_explain`: "perché a me?", "come mai ho gli arrestati il 7 dicembre?", "perché Russo ha la reperibilità sabato?":
 *   why a published duty went to the writer (or the colleague named); dates, service and magistrate as for `duties`, no default range.
 * - `fairness`: the writer's own load against their target ("com'è la mia equità?", "il mio carico GIADA", "quanti fascicoli
 *   mi sono stati assegnati?"): the Calendar's cumulative fairness at a Procura, the GIADA weights at a Tribunale. All slots null.
 * - `fairness_office`: the same for the whole office ("equità del calendario", "come sono distribuiti i procedimenti?"),
 *   for the head of office. All slots null.
 *
 * Dates are inclusive civil days in Europe/Rome; a single day has `from === to`; several periods apart are in `periods`.
 * `magistrate` is a colleague's surname as written, lower case, not resolved against the office.
 */
export const intents = [
  'duties',
  'on_duty',
  'absence_declare',
  'absence_cancel',
  'swap',
  'help',
  'unknown',
  'calendar_generate',
  'calendar_publish',
  'coverage_status',
  'absent_today',
  'giada_request',
  'calendar_feed',
  'jobs_status',
  'duty_explain',
  'fairness',
  'fairness_office',
] as const;
export type Intent = (typeof intents)[number];

/** The service kinds a user can name; `altro` is never recognised from text. */
export type SpokenServiceKind = 'reperibilita' | 'arrestati' | 'udienza' | 'assegnazione';

/**
 * Why the dates written cannot be used as they are: a day that does not exist ("31 febbraio",
 * "32 dicembre") or a range that ends before it starts ("dal 10 gennaio al 5 gennaio", "dal 7 al
 * 3 marzo": a start day after the end day with one month named is read as the month before only
 * when that makes a short period, as in "dal 28 al 2 gennaio").
 */
export type UnderstandingProblemCode = 'invalid_date' | 'reversed_range';

export interface UnderstandingProblem {
  code: UnderstandingProblemCode;
  /** The words that carried the date, normalised ("31 febbraio"). */
  text: string;
  /** A courteous Italian sentence saying what is wrong and how to write it, for the reply. */
  message: string;
}

/**
 * The output. Every slot is always present, null when unused. `problem` is present only when the
 * dates written cannot be used: then `from` and `to` are null (no default range is put in their
 * place), the intent and the other slots are kept, and the use case answers with `problem.message`.
 */
export interface Understanding {
  intent: Intent;
  from: CivilDay | null;
  to: CivilDay | null;
  service: SpokenServiceKind | null;
  absenceType: AbsenceType | null;
  magistrate: string | null;
  /**
   * Present only when the writer named two or more periods apart from one another, joined by "e" or listed ("il 3 e il
   * 10 marzo", "3-7 marzo e 20-24 aprile", "lunedì e mercoledì"): each one, in date order; `from` and `to` are then the
   * first of them, never the days between. A use case that cannot act on several periods says so rather than act on one.
   */
  periods?: DayRange[];
  /**
   * Present only with `periods`, when the writer joined them by "o" / "oppure" ("sarò in ferie il 3 o il 10 marzo"): one
   * of them is meant and the writer has not said which. A question may be answered for each; a change must not be made.
   */
  alternativePeriods?: true;
  problem?: UnderstandingProblem;
}

export interface UnderstandOptions {
  /** The civil day the utterance was written, `YYYY-MM-DD` in Europe/Rome. */
  today: CivilDay;
}

/** An inclusive range of civil days. */
export interface DayRange {
  from: CivilDay;
  to: CivilDay;
}
