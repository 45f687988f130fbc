import { monthWords } from './day-math.ts';

/**
 * Day numbers written as words, as voice dictation and careful writers put them ("dal due al
 * quattro dicembre", "il ventiquattro"), read as digits before the date rules run. "un", "uno",
 * "una" and "sei" stay words: they are articles and "you are" far more often than days.
 */
const UNITS = ['', '', 'due', 'tre', 'quattro', 'cinque', '', 'sette', 'otto', 'nove'];
const TEENS = ['dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'];

/** Written form -> value, 2 to 31 ("ventuno", "ventitre", "ventotto", "trentuno"). */
function buildDayNumbers(): ReadonlyMap<string, number> {
  const numbers = new Map<string, number>();
  UNITS.forEach((word, value) => { if (word) numbers.set(word, value); });
  TEENS.forEach((word, i) => numbers.set(word, 10 + i));
  for (const [tens, base] of [['venti', 20], ['trenta', 30]] as const) {
    numbers.set(tens, base);
    const units = ['uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'];
    units.forEach((unit, i) => {
      const value = base + i + 1;
      if (value > 31) return;
      // "venti" + "uno" -> "ventuno", "venti" + "otto" -> "ventotto": the vowel drops before a vowel.
      const stem = /^[aeiou]/.test(unit) ? tens.slice(0, -1) : tens;
      numbers.set(stem + unit, value);
    });
  }
  return numbers;
}

/** Words around "primo" that make it the first day ("dal primo al quindici"), not "the first" of something. */
const FIRST_BEFORE = new Set(['dal', 'il', 'al', 'del']);
const FIRST_AFTER = new Set(['al', "all'", 'a', 'e', 'o', 'fino', 'sino', '-']);

/** Articles and prepositions after which "sei" is the sixth day ("il sei", "dal sei"): "you are" never follows them. */
const SIX_BEFORE = new Set(['il', 'dal', 'al', 'del', 'nel']);

export const dayNumberWords: ReadonlyMap<string, number> = buildDayNumbers();

/**
 * "dal due al quattro dicembre" -> "dal 2 al 4 dicembre", "martedì primo dicembre" -> "martedì 1 dicembre";
 * other words untouched. Normalised text in, single spaces out.
 */
export function spellNumbersAsDigits(text: string): string {
  const words = text.split(' ');
  return words.map((word, i) => {
    // "primo dicembre", and "dal primo al quindici", "il primo e il due": the first day of a range or list.
    if (word === 'primo' && (monthWords.includes(words[i + 1] ?? '') || (FIRST_BEFORE.has(words[i - 1] ?? '') && FIRST_AFTER.has(words[i + 1] ?? '')))) return '1';
    // "sei dicembre", "al sei gennaio", "il sei": before a month or after an article "sei" is the day, never "you are".
    if (word === 'sei' && (monthWords.includes(words[i + 1] ?? '') || SIX_BEFORE.has(words[i - 1] ?? ''))) return '6';
    const value = dayNumberWords.get(word);
    return value === undefined ? word : String(value);
  }).join(' ');
}
