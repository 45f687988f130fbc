/**
 * Dictation and fast thumbs drop the silent "h" of "avere": "che cosa o da fare" is "che cosa ho da fare",
 * "non o turni" is "non ho turni", "chi a la repe" is "chi ha la repe". Read from the neighbours, for "o"
 * and "a" are far more often "or" and "to": only where the conjunction or the preposition cannot stand.
 */

/** Words before "o" that end no alternative: it is the verb after them ("cosa o da fare", "non o turni", "lo o chiesto"). */
const BEFORE_HAVE = new Set(['non', 'che', 'cosa', 'se', 'quando', 'ne', 'ci', "l'", 'lo', 'gia', 'mica', 'anche', 'pure', 'ancora', 'io']);
/** Words after "o" that begin what one has: an object, "da" + verb, an adverb. */
const OBJECT_START = new Set([
  'da', 'un', 'una', 'uno', 'il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'qualche', 'qualcosa', 'niente', 'nulla', 'nessun', 'nessuna',
  'turni', 'turno', 'udienza', 'udienze', 'ferie', 'repe', 'reperibilita', 'bisogno', 'gia', 'ancora', 'sempre', 'mai', 'appena',
]);
/** Days after "che o" / "cosa o" ("che o domani?", "cosa o sabato"): asking what one has that day. */
const WHAT_ON_DAY = new Set(['che', 'cosa']);
const DAY_WORDS = new Set(['oggi', 'domani', 'dopodomani', 'stasera', 'stanotte', 'domattina', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica', 'questa', 'questo', 'sta', 'nel', 'nella', 'a', 'ad', 'in', 'per']);
/** After "io" an article after "o" is the other one of an alternative ("io o il collega"): only "da", an adverb or a participle. */
const AFTER_I_HAVE = new Set(['da', 'bisogno', 'gia', 'ancora', 'sempre', 'mai', 'appena']);
/** A past participle ("o chiesto", "o messo", "o fatto", "o preso"); not a weekday ("o sabato"). */
const PARTICIPLE = /^(?!sabato$)[a-z]+(?:ato|uto|ito|esso|atto|etto|eso|esto|itto|olto|orto)$/;
/** Articles after "chi a": "chi a la repe" asks who has it (the preposition would be "alla"). */
/** Words before "a" that make it "ha" before a participle ("chi a preso", "non a risposto", "mi a detto", "l' a messo"). */
const BEFORE_HAS = new Set(['chi', 'non', 'mi', 'ti', 'ci', 'gli', 'le', 'lo', "l'", 'ne', 'che', 'se', 'gia', 'mica']);
const ARTICLES = new Set(['il', 'lo', 'la', 'i', 'gli', 'le', "l'", 'un', 'una']);

/** The normalised words with "o" read as "ho" and "a" as "ha" where only the verb can stand. */
export function readHaveHomophones(words: readonly string[], clauseStart: readonly boolean[]): string[] {
  return words.map((w, i) => {
    const before = clauseStart[i] ? '' : words[i - 1] ?? '';
    const after = words[i + 1] ?? '';
    if (w === 'o' && before === 'io') return AFTER_I_HAVE.has(after) || PARTICIPLE.test(after) ? 'ho' : w;
    // Opening a clause, "o il 3 o il 4", "o la repe o le direttissime": the correlative "either … or" stays.
    const either = before === '' && words.slice(i + 2, i + 6).includes('o');
    if (w === 'o' && !either && (BEFORE_HAVE.has(before) || before === '') && (OBJECT_START.has(after) || PARTICIPLE.test(after))) return 'ho';
    if (w === 'o' && WHAT_ON_DAY.has(before) && DAY_WORDS.has(after)) return 'ho';
    if (w === 'a' && before === 'chi' && ARTICLES.has(after)) return 'ha';
    // "chi a preso la repe?", "non a ancora risposto", "mi a detto": before a participle "a" is no preposition.
    if (w === 'a' && BEFORE_HAS.has(before) && (PARTICIPLE.test(after) || after === 'ancora' || after === 'gia')) return 'ha';
    return w;
  });
}
