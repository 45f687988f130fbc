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
 * "entro X" is today to X (a deadline, dropped, when another date begins after X: "entro venerdì genera
 * gennaio"), "X e Y" spans both, "per N giorni" counts from the mention (or today),
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
 * ieri") is no date, nor is the day something was told ("quanto comunicato la settimana scorsa") beside another date; a part of the year by name ("il primo trimestre 2027", "secondo semestre", "il terzo
 * bimestre", "quarto trimestre") is that whole calendar quarter (semester, two months), this year's unless
 * over, then next year's, and "il prossimo trimestre" the one after the quarter in course (`period-names.ts`);
 * a date corrected to ("sabato 5? anzi no, domenica 6") is the one asked whatever sentence holds it, and the day
 * taken back named again after it is its reason ("giovedì ferie, anzi no, venerdì: giovedì ho il collegio"); "prima
 * di X" is a deadline when another date begins on X or later ("pubblichiamo gennaio prima di capodanno"); a part of
 * a month holds the days named inside it ("il corso di inizio maggio … dal 3 al 7 maggio").
 * Dates that cannot be used ("31 febbraio", "dal 10 al 5 gennaio") give a problem, not a range.
 *
 * Files: `find-mentions.ts` finds the mentions (our rules, then chrono); `retracted-dates.ts` drops the
 * ones taken back; `combine-mentions.ts` makes one range of the rest, with `dates-in-context.ts` for
 * mentions that place one another; `date-mention.ts` holds what they share.
 */
import type { CivilDay } from '../../../domain/civil-day.ts';
import { combineMentions } from './combine-mentions.ts';
import type { DateReading } from './date-mention.ts';
import { findDateMentions } from './find-mentions.ts';
import { spellNumbersAsDigits } from './number-words.ts';
import { correctedDates, withoutNow, withoutToldAt } from './retracted-dates.ts';

export type { DateMention, DateProblemMention, DateReading } from './date-mention.ts';
export { combineMentions } from './combine-mentions.ts';
export { findDateMentions, findRuleDates } from './find-mentions.ts';

/** Words that look like dates and are not: a time question ("a che ora"). */
const NOT_DATES = /\b(?:a )?che (?:ora|ore)\b/g;
/**
 * The number of a proceeding or a document ("proc. n. 1234/26 RGNR", "RG 5521/2026", "decreto penale n. 88/27",
 * "sentenza 12/11", "p.p. 3/12", "proc. pen. 3/12"): a number with slashes after a word that numbers, or before a register's initials, is no date.
 */
const DOCUMENT_NUMBERS = new RegExp(
  String.raw`\b(?:n°?|nr|num|numero|rg|r\.g|rgnr|nrg|r\.g\.n\.r|rgt|(?:proc|procedimento)(?: pen| penale)?|p\.p|pp|fascicolo|fasc|sentenza|sent)\.? ?(?:(?:n°?|nr|num|numero)\.? ?)?\d+(?:/\d+)+\b`
  + String.raw`|\b\d+(?:/\d+)+ (?=(?:rgnr|r\.g\.n\.r|rg|r\.g|rgt|rg gip|reg gen|mod)\b)`,
  'g',
);
/** When a message was written ("la richiesta giada di stamattina", "la mail di ieri"): no date of the request. */
const MESSAGE_DAY = /\b((?:richiesta|mail|email|messaggio|istanza|domanda|telefonata|comunicazione|pec|nota)(?: [a-z]+)? (?:di|del|dell') )(stamattina|stamane|ieri sera|ieri|stasera|stanotte)\b/g;
/** A weekday's part of the day ("lunedì mattina e martedì sera"): the day alone, so that days listed keep together. */
const WEEKDAY_PART = /\b(lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) (?:(?:in|di|nel|nella|al) )?(?:mattina|mattinata|mattino|pomeriggio|sera|serata|notte)\b/g;
/** "sabato, anzi anche domenica", "sabato e pure domenica", "ma anche": a day added, like "e" (not a correction). */
const ALSO = /\b(?:anzi|e|ed|ma) (?:anche|pure)\b/g;
/** "dal giorno 3 al giorno 5": the word "giorno" before a day number adds nothing. */
const DAY_WORD = /\b(il|dal|al|del|dall'|all'|entro il|fino al|per il) giorno (?=\d)/g;

/**
 * The date range an utterance speaks of, or null when it names none; a date that cannot be used
 * gives a reading with its problem and no range. `text` is normalised; numbers written as words
 * ("dal due al quattro dicembre", as dictation writes them) are read as digits.
 */
export function parseDates(normalized: string, today: CivilDay): DateReading | null {
  const text = spellNumbersAsDigits(normalized).replace(NOT_DATES, (m) => ' '.repeat(m.length)).replace(DOCUMENT_NUMBERS, (m) => ' '.repeat(m.length)).replace(MESSAGE_DAY, (_m, head: string, day: string) => head + ' '.repeat(day.length)).replace(WEEKDAY_PART, '$1').replace(DAY_WORD, '$1 ').replace(ALSO, 'e');
  const found = findDateMentions(text, today);
  const { kept, corrected } = correctedDates(text, withoutNow(text, found.mentions));
  const mentions = withoutToldAt(text, kept);
  const problems = found.problems;
  const problem = problems[0];
  if (problem) return { from: null, to: null, evidence: [problem.text], problem: problem.problem };
  const combined = combineMentions(text, mentions, today);
  // A date the writer corrects to ("sabato 5? anzi no, domenica 6") is the one asked, whatever sentence holds it.
  return combined !== null && corrected && combined.problem === undefined ? { ...combined, corrected } : combined;
}
