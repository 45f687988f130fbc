import { articleWords, firstNames, isSurnameLike, surnameParticles, titleWords } from './known-words.ts';
import type { NormalizedText } from './normalize-text.ts';
import type { Intent } from './understanding.ts';

/**
 * A message in Title Case puts a capital on most words ("Sono Di Turno Il Giorno 27 c.m.?", "Annullo Le
 * Ferie Del Giorno 4 p.v. La Ringrazio."): its capitals say nothing about surnames, so the readers of the
 * colleague read it as if they were absent, but where a name is known by other cues (after a title,
 * "collega Messina", "dott. Rossi"; in a swap after "con"). Sentence case and lower case are left alone.
 */

/** Words of at least two letters: "c.m.", "p.v." and digits say nothing of the writer's capitals. */
const LETTERS = /^\p{L}[\p{L}']+$/u;

/** Share of the words inside sentences that carry a capital, and how many, from which a message is in Title Case. */
const TITLE_SHARE = 0.6;
const TITLE_MIN = 3;

/**
 * True when every sentence opens with a capital and most words inside them are capitalised, at least three;
 * a capitalised particle and its word after a lower-case one count once ("il Del Bene è reperibile a Natale?" is
 * sentence case).
 */
export function isTitleCase(text: NormalizedText): boolean {
  if (text.raw.some((w, i) => text.sentenceStart[i] && LETTERS.test(w) && !text.capitalized[i])) return false;
  let inside = 0;
  let capitals = 0;
  text.raw.forEach((w, i) => {
    if (text.sentenceStart[i] || !LETTERS.test(w)) return;
    if (text.capitalized[i] && text.capitalized[i - 1] && !text.capitalized[i - 2] && surnameParticles.has(text.words[i - 1] ?? '')) return;
    inside++;
    if (text.capitalized[i]) capitals++;
  });
  return capitals >= TITLE_MIN && capitals >= inside * TITLE_SHARE && text.raw.some((_w, i) => capitalFunctionWord(text, i));
}

/**
 * Words that only Title Case capitalises inside a sentence: articles, prepositions, conjunctions, auxiliaries.
 * A message dense with names ("Ciao, Rossi e Bianchi a Natale a Roma?") has none, so it keeps its capitals.
 */
const FUNCTION_WORDS = new Set(['il', 'lo', 'la', 'le', 'gli', 'un', 'una', 'uno', 'di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', 'da', 'dal',
  'dalla', 'dai', 'in', 'nel', 'nella', 'nei', 'nelle', 'con', 'per', 'su', 'sul', 'sulla', 'tra', 'fra', 'al', 'alla', 'ai', 'alle', 'che', 'se', 'non',
  'mi', 'ho', 'ha', 'sono', 'sia', 'entro', 'fino', 'dopo', 'prima', 'ad', 'ed', 'od', 'come', 'quale', 'quali', 'miei', 'mie', 'mio', 'mia']);

/** A capitalised function word inside a sentence, but a surname's particle before a name ("con Di Stefano", "la De Santis"). */
function capitalFunctionWord(text: NormalizedText, i: number): boolean {
  const word = text.words[i] ?? '';
  if (!text.capitalized[i] || text.sentenceStart[i] || !FUNCTION_WORDS.has(word)) return false;
  const next = text.words[i + 1] ?? '';
  return !(surnameParticles.has(word) && text.capitalized[i + 1] && (isSurnameLike(next) || firstNames.has(next)));
}

/** Whether a capital at `i` still marks a name: right after a title (articles skipped) or, in a swap, after "con". */
function namedByCue(text: NormalizedText, i: number, intent: Intent): boolean {
  let j = i - 1;
  while (j >= 0 && articleWords.has(text.words[j]!) && !titleWords.has(text.words[j]!)) j--;
  const before = text.words[j] ?? '';
  return titleWords.has(before) || (intent === 'swap' && before === 'con');
}

/** The text with a Title Case message's capitals dropped but those a cue confirms; any other text as it is. */
export function withoutTitleCase(text: NormalizedText, intent: Intent): NormalizedText {
  if (!isTitleCase(text)) return text;
  return { ...text, capitalized: text.capitalized.map((c, i) => c && namedByCue(text, i, intent)) };
}
