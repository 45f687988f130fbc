import { blankWords, type NormalizedText } from './normalize-text.ts';
import { isSurnameLike, surnameParticles, titleWords } from './known-words.ts';

/**
 * The writer introducing themselves ("Buongiorno, sono il dott. Ferrero: che turni ho a gennaio?", "sono
 * Ferrero, mi copre qualcuno sabato?", "qui Bosio: ferie dal 3 al 5", "mi chiamo Gallo e …"): their own
 * name, never the colleague a request is about, so it is blanked before one is looked for.
 */

/** Words that introduce the writer's own name at the start of a clause. */
const INTRODUCTIONS: readonly (readonly string[])[] = [['sono'], ['qui'], ['mi', 'chiamo'], ['vi', 'scrive'], ['le', 'scrive'], ['ti', 'scrive'], ['scrive']];
/** Words the name may be followed by, besides the end of its clause ("sono Rossi e volevo sapere", "sono Ferrero della procura"). */
const AFTER_NAME = new Set(['e', 'ed', 'ma', 'del', 'della', 'dell\'', 'dalla', 'dal', 'di', 'da']);
const ARTICLES = new Set(['il', 'la', "l'"]);
/**
 * Dictation runs the introduction into the request with no comma ("Buonasera sono la dottoressa Palmisano volevo
 * sapere …"): a salutation before it opens the clause, and a verb of the writer's request after the name ends it.
 */
const SALUTATIONS = new Set(['ciao', 'buongiorno', 'buonasera', 'buondi', 'salve']);
const WRITER_VERBS = new Set(['volevo', 'vorrei', 'volevamo', 'avrei', 'chiedo', 'chiederei', 'scrivo', 'desidero', 'desideravo', 'devo', 'dovrei', 'posso', 'potrei', 'ho', 'avevo', 'mi', 'sto', 'saro']);

/** The indices of the writer's own name, if the message introduces it. */
function writerName(text: NormalizedText): number[] {
  for (let i = 0; i < text.words.length; i++) {
    if (!text.clauseStart[i] && !SALUTATIONS.has(text.words[i - 1] ?? '')) continue;
    const intro = INTRODUCTIONS.find((p) => p.every((w, k) => text.words[i + k] === w));
    if (!intro) continue;
    let j = i + intro.length;
    while (ARTICLES.has(text.words[j] ?? '') || titleWords.has(text.words[j] ?? '')) j++;
    const particle = surnameParticles.has(text.words[j] ?? '') && isSurnameLike(text.words[j + 1] ?? '');
    const name = particle ? [j, j + 1] : [j];
    const last = name[name.length - 1]!;
    if (!isSurnameLike(text.words[last] ?? '') && !(titleWords.has(text.words[j - 1] ?? '') && text.capitalized[last])) continue;
    const next = last + 1;
    if (next >= text.words.length || text.clauseStart[next] || AFTER_NAME.has(text.words[next]!) || WRITER_VERBS.has(text.words[next]!)) return name;
  }
  return [];
}

/** The text with the writer's own name blanked (same shape). */
export function withoutWriterName(text: NormalizedText): NormalizedText {
  const blank = new Set(writerName(text));
  return blank.size === 0 ? text : blankWords(text, (i) => blank.has(i));
}
