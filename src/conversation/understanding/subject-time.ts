import { monthWords, weekdayWords } from './dates/day-math.ts';

/**
 * The words of time that may stand between a subject and its verb ("Martinelli oggi è malata", "Proietti sabato 13 ha la
 * reperibilità", "Mancini a dicembre quando è di turno", "Rossi questa settimana è di turno?").
 */

/** Single words of time ("oggi", "ancora", a weekday, a month). */
const TIME_WORDS = new Set(['oggi', 'domani', 'dopodomani', 'ieri', 'stamattina', 'stasera', 'stanotte', 'ora', 'adesso', 'gia', 'ancora', 'anche', 'pure', ...weekdayWords]);
const MONTHS = new Set(monthWords);
const WEEKDAYS = new Set(weekdayWords);
/** The prepositions before a month ("a dicembre", "in gennaio", "per marzo", "nel mese di aprile" is not needed: "di aprile"). */
const MONTH_PREPOSITIONS = new Set(['a', 'ad', 'in', 'per', 'di', 'entro']);
/** Periods told in two or three words ("questa settimana", "la settimana prossima", "il mese prossimo", "questo weekend"). */
const PERIOD = /^(?:(?:questa|sta|la|nella) (?:settimana(?: prossima)?|prossima settimana)|(?:questo|il|nel) (?:mese(?: prossimo)?|prossimo mese|weekend|fine settimana)|settimana prossima|prossima settimana|mese prossimo|prossimo mese)(?= |$)/;
/** A question word between the time and the verb ("Mancini a dicembre quando è di turno"). */
const QUESTION_WORDS = new Set(['quando']);

/** A day's number: before its month ("12 aprile"), after "il" ("il 3") or after its weekday ("sabato 13"). */
const dayWordAt = (words: readonly string[], at: number): boolean =>
  /^\d{1,2}$/.test(words[at] ?? '') && (MONTHS.has(words[at + 1] ?? '') || words[at - 1] === 'il' || WEEKDAYS.has(words[at - 1] ?? ''));

/** How many words of time start at `at` (0 if none). */
function timeWordsAt(words: readonly string[], at: number): number {
  const word = words[at] ?? '';
  if (TIME_WORDS.has(word) || MONTHS.has(word) || dayWordAt(words, at)) return 1;
  if (word === 'il' && dayWordAt(words, at + 1)) return 1;
  if (MONTH_PREPOSITIONS.has(word) && MONTHS.has(words[at + 1] ?? '')) return 2;
  const period = PERIOD.exec(words.slice(at, at + 3).join(' '));
  return period ? period[0].split(' ').length : 0;
}

/** The index after the words of time starting at `at` and a question word after them ("Mancini quando è di turno?"). */
export function afterTimeWords(words: readonly string[], at: number): number {
  let after = at;
  for (let n = timeWordsAt(words, after); n > 0; n = timeWordsAt(words, after)) after += n;
  return QUESTION_WORDS.has(words[after] ?? '') ? after + 1 : after;
}
