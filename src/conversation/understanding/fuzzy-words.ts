import { monthWords, weekdayWords } from './dates/day-math.ts';
import { firstNames, knownWords } from './known-words.ts';

/**
 * Typos of the words that carry meaning ("udenze", "feire", "gennnaio"), corrected when a word is one
 * slip away from exactly one of them. Slips: a letter tripled (always), two neighbours swapped (words
 * of 5 letters or more), one letter missing, extra or wrong (in or from a word of 7 letters or more, so that short
 * surnames such as "Ferri" are never turned into "ferie"), a letter doubled in a word of 5 letters or more
 * ("ferrie", "turrno", "giadaa"), two neighbours swapped and a letter in excess ("trunio"), an inner letter missing leaving 5 or more ("genra", "cmbio"), or a letter replaced
 * by its neighbour on the keyboard inside a word of 5 letters or more ("camnio" for "cambio"; the last letter
 * too when a consonant was typed for a vowel, "feriw", never one vowel for another: that is inflection).
 * Among several readings one of the same length wins ("acambio": "scambio", not "cambio"), and forms of one word
 * the first ("udienzs"). Words turnario knows (`knownWords`, such as "settimane") and common first names
 * ("Gennaro", not "gennaio") are never corrected.
 */
const VOCABULARY: readonly string[] = [
  ...monthWords, ...weekdayWords,
  'udienza', 'udienze', 'reperibile', 'reperibili', 'reperibilita', 'direttissima', 'direttissime', 'arrestati',
  'assegnazione', 'assegnazioni', 'convalida', 'convalide',
  'ferie', 'vacanza', 'vacanze', 'malattia', 'malato', 'malata', 'influenza', 'febbre', 'assente', 'assenti', 'assenza', 'assenze', 'congedo', 'permesso', 'formazione', 'convegno',
  'settimana', 'prossima', 'prossimo', 'domani', 'dopodomani', 'stanotte', 'stasera', 'weekend',
  'natale', 'capodanno', 'ferragosto', 'epifania', 'immacolata', 'pasquetta',
  'calendario', 'turno', 'turni', 'scambiare', 'scambio', 'scambiamo', 'cambio', 'cambiare', 'sostituire', 'sostituisci', 'sostituirmi',
  'annulla', 'annullare', 'cancella', 'cancellare', 'togli', 'elimina', 'eliminare', 'pubblica', 'pubblicare', 'genera', 'generare', 'rigenera', 'copertura', 'scoperti',
  'grazie', 'buongiorno', 'buonasera',
  // The office's hearing-booking system ("richiesta giadaa").
  'giada',
  // The reasons of an absence ("motivi di famigia").
  'famiglia', 'familiari', 'personali',
];

const KNOWN = new Set(VOCABULARY);
/** The words that carry meaning, for the readers of joined words (`joined-words.ts`). */
export const domainVocabulary: readonly string[] = VOCABULARY;

/** True when `a` becomes `b` by one swap of neighbouring letters. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** True when `a` becomes `b` by one letter added, removed or replaced. */
function isOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // A different last letter is Italian inflection ("Domenici", "domenica"), not a slip.
  if (a.length === b.length) return i < a.length - 1 && a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Letters next to each other on an Italian (QWERTY) keyboard. */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function keysTouch(a: string, b: string): boolean {
  const at = (c: string) => KEY_ROWS.flatMap((row, r) => (row.includes(c) ? [[r, row.indexOf(c)] as const] : []))[0];
  const [p, q] = [at(a), at(b)];
  if (!p || !q || Math.abs(p[0] - q[0]) > 1) return false;
  // Each row sits about half a key to the right of the one above it.
  const dx = q[1] - p[1] + (q[0] - p[0]) * 0.5;
  return p[0] === q[0] ? Math.abs(dx) === 1 : Math.abs(dx) <= 1;
}

const VOWELS = /[aeiou]/;

/**
 * True when `a` becomes `b` by one letter replaced by its neighbour on the keyboard ("camnio", "cambio");
 * the last letter only when a consonant was typed for it ("feriw"), since a vowel there is inflection.
 */
function isKeySlip(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  if (diff.length !== 1) return false;
  const at = diff[0]!;
  return (at < a.length - 1 || !VOWELS.test(a[at]!)) && keysTouch(a[at]!, b[at]!);
}

/** True when `a` is `b` (5 letters or more) with one letter typed twice ("ferrie", "tturno"). */
function isDoubled(a: string, b: string): boolean {
  if (a.length !== b.length + 1 || b.length < 5) return false;
  return [...a].some((c, i) => c === a[i + 1] && a.slice(0, i) + a.slice(i + 1) === b);
}

/** True when `a` (5 letters or more) is `b` without one inner letter ("genra", "cmbio"; not the first or the last). */
function isInnerMissing(a: string, b: string): boolean {
  if (b.length !== a.length + 1 || a.length < 5) return false;
  return [...b].some((_c, i) => i > 0 && i < b.length - 1 && b.slice(0, i) + b.slice(i + 1) === a);
}

/**
 * True when `a` is `b` (5 letters or more) with two neighbours swapped and one inner letter typed in excess, the
 * first letter kept ("trunio" for "turno"): two slips of fast thumbs in one word of 6 letters or more. Not an extra
 * last letter: the surname "Turini" is "turin" and an "i", no slip of "turni".
 */
function isSwapAndExtra(a: string, b: string): boolean {
  if (a.length !== b.length + 1 || b.length < 5 || a[0] !== b[0]) return false;
  return [...a].some((_c, i) => i > 0 && i < a.length - 1 && isSwap(a.slice(0, i) + a.slice(i + 1), b));
}

/**
 * Words chat cuts short ("dirett", "reperib", "assegnaz"): a word of 5 letters or more that begins one
 * of these is read as the first of them it begins. Not month, weekday or common words, whose cut forms
 * are surnames too ("Setti", "Calenda"); those short forms are listed in `normalize-text.ts`.
 */
const ABBREVIABLE: readonly string[] = ['udienza', 'reperibilita', 'direttissime', 'arrestati', 'assegnazione', 'convalide',
  'malattia', 'permesso', 'formazione', 'influenza', 'copertura'];

/**
 * A word cut short and marked with a full stop ("conv.", "mal.", "form.", "dirett."): the first cuttable
 * word it begins, from three letters, since the dot says it is cut; undefined when none.
 */
export function expandCut(word: string): string | undefined {
  return word.length >= 3 ? ABBREVIABLE.find((v) => v.startsWith(word) && v !== word) : undefined;
}

/** The vocabulary word `word` is a slip of, or `word` itself. Words of the vocabulary stay as they are. */
export function correctTypo(word: string): string {
  if (KNOWN.has(word) || knownWords.has(word) || firstNames.has(word) || !/^[a-z]+$/.test(word)) return word;
  const collapsed = word.replace(/([a-z])\1\1+/g, '$1$1');
  if (KNOWN.has(collapsed)) return collapsed;
  if (word.length < 5) return word;
  const shortened = ABBREVIABLE.find((v) => v.startsWith(word) && v !== word);
  if (shortened) return shortened;
  const candidates = VOCABULARY.filter((v) => isSwap(word, v) || isKeySlip(word, v) || isDoubled(word, v) || isInnerMissing(word, v) || isSwapAndExtra(word, v) || (Math.max(word.length, v.length) >= 7 && isOneEdit(word, v)));
  if (candidates.length === 1) return candidates[0]!;
  const sameLength = candidates.filter((v) => v.length === word.length);
  if (sameLength.length === 1) return sameLength[0]!;
  // Forms of one word ("udienzs": "udienza" or "udienze"; "trunio": "turno" or "turni") mean the same to the rules: the first.
  const forms = sameLength.length > 0 ? sameLength : candidates;
  const stem = (v: string) => v.slice(0, -1);
  return forms.length > 1 && forms.every((v) => stem(v) === stem(forms[0]!)) ? forms[0]! : word;
}
