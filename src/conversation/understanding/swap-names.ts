import { firstNames, indefiniteArticles, surnameParticles } from './known-words.ts';
import type { NormalizedText } from './normalize-text.ts';
import { GREETINGS, lowerAmongCapitals, PLACE_CUES, SECOND_PERSON_VERBS, skipArticlesAndTitles, SUBJECT_VERBS, surnameAt, type MagistrateMatch } from './surname-at.ts';
import type { Intent } from './understanding.ts';

/**
 * Finders of the colleague in a swap only: the subject after its verb ("la repe me la fa Bassi"), the one
 * called at the end or at the start ("…, Ferrari?", "Caruso, …"), the one paired with the writer ("io e Deiana").
 */

/** Object pronouns before a verb whose subject comes after it ("la repe me la fa Bassi", "lo copre Neri"). */
const OBJECT_CLITICS = new Set(['lo', 'la', 'li', 'le', "l'"]);

/** In a swap, the subject written after its verb: "sabato la repe me la fa bassi". */
export function afterObjectAndVerb(text: NormalizedText, intent: Intent): MagistrateMatch | null {
  if (intent !== 'swap') return null;
  for (let i = 2; i < text.words.length; i++) {
    if (!SUBJECT_VERBS.has(text.words[i - 1]!) || !OBJECT_CLITICS.has(text.words[i - 2]!)) continue;
    const found = surnameAt(text, i);
    if (found && !lowerAmongCapitals(text, found)) return found;
  }
  return null;
}

/** Words that speak to someone: a surname closing such a swap request is whom it is asked of ("lo fai tu il mio turno, Ferrari?"). */
const SECOND_PERSON = new Set([...SECOND_PERSON_VERBS, 'tu', 'tuo', 'tua', 'tuoi', 'tue', 'te']);

export function addressedAtEnd(text: NormalizedText, intent: Intent): MagistrateMatch | null {
  if (intent !== 'swap' || !text.words.some((w) => SECOND_PERSON.has(w))) return null;
  const last = text.words.length - 1;
  const particle = last - 1;
  if (particle > 0 && surnameParticles.has(text.words[particle]!)) {
    const found = surnameAt(text, particle);
    if (found) return found;
  }
  // "… ti offro un caffè", "ti pago una pizza", "un gnocco fritto": a thing after an indefinite article (and its adjective) is no one called.
  if (indefiniteArticles.has(text.words[last - 1] ?? '') || indefiniteArticles.has(text.words[last - 2] ?? '')) return null;
  // "… devo portare mio figlio a teatro": a word after a preposition is no one called.
  if (last > 0 && (PLACE_CUES.has(text.words[last - 1]!) || text.words[last - 1] === 'per') && !text.clauseStart[last]) return null;
  return last > 0 ? surnameAt(text, last) : null;
}

/** Words that call the one addressed ("Ricci senti, …", "Caruso scusa …"). */
const CALLING_WORDS = new Set(['senti', 'senta', 'scusa', 'scusami', 'ascolta', 'dimmi', 'ciao']);

/**
 * In a swap, a colleague called at the start ("Caruso, sabato me lo fai tu il turno?", "Ricci senti ma mi
 * cambi la repe?", "ciao Longo! ti andrebbe …"): a surname first (or after a greeting), then a comma or a calling word.
 */
export function calledAtStart(text: NormalizedText, intent: Intent): MagistrateMatch | null {
  if (intent !== 'swap') return null;
  // "ciao Longo! ti andrebbe di scambiare …": the one greeted is the one asked ("Ciao Marco, …" by first name: no surname).
  const greeted = GREETINGS.has(text.words[0] ?? '');
  if (greeted && firstNames.has(text.words[1] ?? '')) return null;
  const found = surnameAt(text, greeted ? 1 : 0);
  if (!found) return null;
  const after = found.index + found.surname.split(' ').length;
  return text.clauseStart[after] === true || CALLING_WORDS.has(text.words[after] ?? '') ? found : null;
}

/** In a swap, the colleague paired with the writer as subject: "io e Deiana ci invertiamo", "Deiana e io scambiamo". */
export function pairedWithWriter(text: NormalizedText, intent: Intent): MagistrateMatch | null {
  if (intent !== 'swap') return null;
  for (let i = 0; i + 2 < text.words.length; i++) {
    if (text.words[i] === 'io' && text.words[i + 1] === 'e') {
      const found = surnameAt(text, skipArticlesAndTitles(text, i + 2));
      if (found) return found;
    }
    if (text.words[i + 1] === 'e' && text.words[i + 2] === 'io') {
      const start = i > 0 && surnameParticles.has(text.words[i - 1]!) ? i - 1 : i;
      const found = surnameAt(text, start);
      if (found && found.index + found.surname.split(' ').length === i + 1) return found;
    }
  }
  return null;
}
