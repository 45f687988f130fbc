/**
 * "corso" before a name is a street ("il parcheggio di corso Vittorio", "in Corso Italia"), not a training
 * course, and the name after it is no colleague: such a "corso" is read as "via", the way "via Roma" is.
 */

/** Words that can follow a course written in title case ("Corso Formazione", "corso Aggiornamento"). */
const COURSE_WORDS = new Set(['formazione', 'aggiornamento', 'scuola', 'base', 'avanzato', 'teorico', 'pratico', 'online', 'obbligatorio', 'di', 'del', 'della', 'sul', 'sulla', 'per']);

/** Whether a raw word is a proper name: a capital, then lower case (not an acronym such as "SSM"). */
const properName = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}\p{Ll}/u.test(word);

/** The normalised words with each "corso" heading a street's name read as "via"; `written`: the words as typed. */
export function readStreets(words: readonly string[], written: readonly string[], clauseStart: readonly boolean[]): string[] {
  return words.map((w, i) => {
    const next = written[i + 1];
    const isStreet = w === 'corso' && properName(next) && !clauseStart[i + 1] && !COURSE_WORDS.has(next!.toLowerCase());
    return isStreet ? 'via' : w;
  });
}
