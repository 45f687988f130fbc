/**
 * Italian understanding: one utterance and the day it was written -> intent and slots.
 *
 * `understand(text, { today })` returns an `Understanding` (see `understanding.ts` for each intent's
 * meaning and default range):
 *
 *   { intent, from, to, service, absenceType, magistrate }            every slot present, null when unused
 *   { intent, from: null, to: null, …, problem: { code, text, message } }   a date that cannot be used
 *
 * - `intent`: duties, on_duty, absence_declare, absence_cancel, swap, help (greetings, thanks, small
 *   talk: answer courteously), unknown, calendar_generate, calendar_publish, coverage_status,
 *   absent_today, giada_request, calendar_feed (the iCal subscription link, issue 9), jobs_status,
 *   duty_explain ("perché a me?": why a duty went to the writer or a colleague), fairness (one's own
 *   load against one's target), fairness_office (the whole office's loads, for the head).
 * - `from` / `to`: inclusive civil days `YYYY-MM-DD` in Europe/Rome; a single day has from === to.
 * - `service`: reperibilita | arrestati | udienza | assegnazione; `absenceType`: ferie | malattia |
 *   congedo | formazione | altro; `magistrate`: a colleague's surname as written, lower case.
 * - `problem` (only when present): `code` is `invalid_date` ("31 febbraio", "29/2" in a year without
 *   it, "3/13") or `reversed_range` ("dal 10 al 5 gennaio", "dal 7 al 3 marzo"); `message` is a
 *   courteous Italian sentence saying what is wrong and how to write it, ready for the reply; `text`
 *   the words read. The intent and the other slots are kept; no default range replaces the dates.
 *
 * `explainUnderstanding` adds the words that decided each slot and every intent cue weighed, with its
 * contexts and score (`evidence.intentCues`, see `intent-score.ts`); `describeUnderstanding` says the
 * understanding back in Italian ("ferie dal 3 al 7 marzo 2027").
 */
export { understand, explainUnderstanding, slotPolicies, type UnderstandingEvidence, type UnderstandingReport } from './understand.ts';
export { describeUnderstanding, capitalizeSurname } from './describe-understanding.ts';
export { parseDates, type DateReading } from './dates/parse-dates.ts';
export {
  intents, type Intent, type Understanding, type UnderstandingProblem, type UnderstandingProblemCode, type UnderstandOptions, type DayRange, type SpokenServiceKind,
} from './understanding.ts';
