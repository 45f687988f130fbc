import { monthWords, weekdayWords } from './dates/day-math.ts';
import { dayNumberWords } from './dates/number-words.ts';
import { allDayNames } from './dates/holiday-names.ts';
import { domainVocabulary } from './fuzzy-words.ts';
import { knownWords } from './known-words.ts';

/**
 * Words that voice dictation and fast thumbs join or split: an article or a preposition glued to the
 * domain word after it ("lasettimana prossima", "inferie il 21", "alludienza"), a day joined to its part
 * ("domanimattina", "lunedipomeriggio") or a week to its place ("prossimasettimana", "finesettimana"), a holiday's two words
 * written as one ("santostefano", "sansilvestro"), and words written in two that are one ("dopo domani",
 * "sta sera", "capo d'anno", a day number "venti cinque"), and English pairs of chat ("on call"). Generated from the domain vocabulary and the holiday names, not listed one by one; a
 * joined word is split only when it is no known word itself. Holiday names are not split off a
 * preposition: "dinatale" is more often the surname Di Natale than "di Natale", nor are months.
 */

/** Articles and prepositions that dictation glues to the next word. */
const GLUED_BEFORE = [
  'la', 'le', 'il', 'lo', 'i', 'gli', 'in', 'di', 'da', 'a', 'al', 'alla', 'allo', 'ai', 'alle', 'del', 'della', 'dei', 'delle',
  'dal', 'dalla', 'dai', 'dalle', 'nel', 'nella', 'nei', 'nelle', 'per', 'con', 'sul', 'sulla', 'tra', 'fra', 'questa', 'questo',
  // An elided article or preposition typed without its apostrophe ("ludienza", "alludienza"): `normalize-text.ts` restores it.
  'l', 'all', 'dall', 'dell', 'nell', 'sull',
];
/**
 * Domain words long enough to be recognised inside a joined word; not holiday names nor months, which
 * make surnames with a particle ("Di Natale", "Di Marzo", "Di Maggio").
 */
const NOT_GLUED = new Set([...allDayNames().flatMap((n) => n.split(' ')), ...monthWords]);
const GLUED_AFTER = domainVocabulary.filter((w) => w.length >= 5 && !NOT_GLUED.has(w));

/** Days named relative to today or by the week, which fast typing joins to the part of the day after them ("domanimattina"). */
const DAY_WORDS = ['oggi', 'domani', 'dopodomani', 'ieri', ...weekdayWords];
const DAY_PARTS = ['mattina', 'mattino', 'mattinata', 'pomeriggio', 'sera', 'serata', 'notte'];
/** A week or weekend joined to the word that places it ("settimanaprossima", "prossimasettimana"). */
const WEEK_WORDS = ['settimana', 'weekend'];
const WEEK_PLACES = ['prossima', 'prossimo', 'scorsa', 'scorso', 'corrente', 'questa', 'questo', 'dopo', 'successiva', 'entrante', 'fine'];

/** Joined form -> its words: "lasettimana" -> ["la", "settimana"], "santostefano" -> ["santo", "stefano"]. */
function buildJoined(): ReadonlyMap<string, readonly string[]> {
  const joined = new Map<string, readonly string[]>();
  for (const before of GLUED_BEFORE) for (const after of GLUED_AFTER) joined.set(before + after, [before, after]);
  for (const day of DAY_WORDS) for (const part of DAY_PARTS) joined.set(day + part, [day, part]);
  // "oggi" is too short to be found after any word; after an article or a preposition it is ("traoggi e venerdì", "daoggi").
  for (const before of GLUED_BEFORE) joined.set(`${before}oggi`, [before, 'oggi']);
  for (const week of WEEK_WORDS) for (const place of WEEK_PLACES) {
    joined.set(week + place, [week, place]);
    joined.set(place + week, [place, week]);
  }
  for (const name of allDayNames()) if (/^[a-z]+(?: [a-z]+)+$/.test(name)) joined.set(name.replace(/ /g, ''), name.split(' '));
  for (const word of knownWords) joined.delete(word);
  return joined;
}
const JOINED = buildJoined();

/** Pairs written as two words that are one ("dopo domani" is "dopodomani"). */
const SPLIT: Readonly<Record<string, string>> = {
  'dopo domani': 'dopodomani', 'sta mattina': 'stamattina', 'sta sera': 'stasera', 'sta notte': 'stanotte',
  // Dictation splits "capodanno" as the phrase it comes from ("a capo d'anno sono reperibile?").
  "capo d'anno": 'capodanno', 'capo danno': 'capodanno',
  'ogni santi': 'ognissanti', 'sta mane': 'stamane',
};

/** Tens that dictation writes apart from their units ("il venti cinque aprile", "trenta uno dicembre"). */
const TENS = new Set(['venti', 'trenta']);

/** "venti" + "cinque" -> "venticinque", "venti" + "otto" -> "ventotto" (the vowel drops), when it makes a day number. */
function joinedNumber(first: string, second: string): string | undefined {
  if (!TENS.has(first)) return undefined;
  const word = (/^[aeiou]/.test(second) ? first.slice(0, -1) : first) + second;
  return dayNumberWords.has(word) ? word : undefined;
}

/**
 * English pairs of chat read as the Italian pair they stand for, word for word so the count holds ("chi
 * è on call sabato?" is "chi è di repe sabato?", "venerdì day off" is "venerdì giorno libero").
 */
const LOAN_PAIRS: Readonly<Record<string, readonly [string, string]>> = {
  'on call': ['di', 'repe'], 'on duty': ['di', 'turno'], 'day off': ['giorno', 'libero'], 'days off': ['giorni', 'liberi'],
};

/** The Italian pair an English pair stands for, or undefined. */
export function loanPair(first: string, second: string): readonly [string, string] | undefined {
  return LOAN_PAIRS[`${first} ${second}`];
}

/** Words after which a written "ce" is "c'è" with its accent and apostrophe dropped ("ce qualcuno di turno?", "non ce nessuno"), not the clitic ("ce l'ho", "ce la faccio"). */
const AFTER_THERE_IS = new Set(['qualcuno', 'qualcuna', 'nessuno', 'nessuna', 'qualche', 'un', 'uno', 'una', 'ancora', 'gia', 'sempre', 'bisogno', 'posto', 'tempo', 'modo', 'chi', 'gente']);

/**
 * The words of a written word that joins two ("lasettimana" -> "la", "settimana"; "ce" before "qualcuno" ->
 * "c'", "e"), or the word alone. Lower case, accents folded; `next` is the written word after it.
 */
export function splitJoined(word: string, next?: string): readonly string[] {
  if (word === 'ce' && next !== undefined && AFTER_THERE_IS.has(next)) return ["c'", 'e'];
  return JOINED.get(word) ?? splitTwice(word) ?? [word];
}

/** Words glued before a joined word, making three words of one ("tuttalasettimana", "finoadomani"). */
const GLUED_BEFORE_TWICE = [...GLUED_BEFORE, 'fino', 'tutta', 'tutto', 'entro'];

/** A word glued to a joined word ("lasettimanaprossima" -> "la", "settimana", "prossima"), or undefined. */
function splitTwice(word: string): readonly string[] | undefined {
  if (knownWords.has(word)) return undefined;
  for (const before of GLUED_BEFORE_TWICE) {
    const rest = word.startsWith(before) ? JOINED.get(word.slice(before.length)) : undefined;
    if (rest) return [before, ...rest];
  }
  return undefined;
}

/** The one word two written words make ("dopo" + "domani", "venti" + "cinque"), or undefined. */
export function joinSplit(first: string, second: string): string | undefined {
  return SPLIT[`${first} ${second}`] ?? joinedNumber(first, second);
}
