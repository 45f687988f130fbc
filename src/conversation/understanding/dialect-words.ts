import { readHaveHomophones } from './have-homophones.ts';
import { isSurnameLike, knownWords } from './known-words.ts';

/**
 * Central and Roman forms written in chat, read as the standard words they stand for, so every rule
 * that reads the standard ones reads them too: the articles and prepositions ("er turno" = "il turno",
 * "le ferie der 30" = "del 30", "dar 29 ar 2 gennaio" = "dal 29 al 2 gennaio", "co' lui", "pe' gli
 * arrestati", "'na richiesta"), "de" for "di" ("de dicembre", but "De Santis" is a surname), "c'ho / c'ha"
 * for "ho / ha" ("che c'ho fino a domenica?", "chi c'ha la repe?"), "me / te" for the clitics "mi / ti"
 * before a verb ("me copri la repe?", "te faccio io quella der 10"; not "con me", "me lo"), "ce sta" for "c'è",
 * "quarcuno" for "qualcuno", and "j" for
 * "gli" ("mi' fija" = "mia figlia", "me pij tu" = "mi pigli tu"), with "pigliare" read as "prendere".
 */

/** Words that stand for one standard word whatever their neighbours (after accents and apostrophes are dropped). */
export const DIALECT_WORDS: Readonly<Record<string, string>> = {
  er: 'il', der: 'del', dar: 'dal', ar: 'al', sur: 'sul', ner: 'nel', cor: 'col',
  co: 'con', pe: 'per', na: 'una',
  // "l" before a consonant said "r" ("quarcuno de turno").
  // Tuscan "icché" for "che cosa" ("icché c'è da fare domani?", "icché sai fare?").
  icche: 'cosa',
  // Tuscan short presents: "gli si pole chiedere" = "gli si può chiedere", "la vole?", "ti fo capodanno" = "ti faccio".
  pole: 'puo', vole: 'vuole', fo: 'faccio',
  quarcuno: 'qualcuno', quarcuna: 'qualcuna', quarche: 'qualche', quarcosa: 'qualcosa', quarcheduno: 'qualcuno',
};

/** The present of "pigliare", as "prendere" ("me pij tu la repe?" = "mi prendi tu la repe?"). */
const TAKE: Readonly<Record<string, string>> = {
  pigli: 'prendi', piglio: 'prendo', piglia: 'prende', pigliamo: 'prendiamo', pigliate: 'prendete', pigliano: 'prendono',
  pigliare: 'prendere', pigliarla: 'prenderla', pigliarlo: 'prenderlo', pigliala: 'prendila', piglialo: 'prendilo',
  pigliereste: 'prendereste', piglieresti: 'prenderesti', piglierebbe: 'prenderebbe', piglierei: 'prenderei',
};

/** "fija" -> "figlia", "pij" -> "pigli", "moje" -> "moglie": a "j" after a vowel is the Roman "gli" (no Italian word has it). */
function jAsGli(word: string): string {
  if (!/^[a-z]*[aeiou]j[a-z]*$/.test(word) || knownWords.has(word)) return word;
  const standard = word.replace(/([aeiou])j/g, '$1gli').replace(/gli(i)/g, 'gl$1');
  return TAKE[standard] ?? standard;
}

/** The forms of "avere" after which "c'" adds nothing ("c'ho", "c'hai", "c'ha", "c'abbiamo", "c'avete", "c'hanno", "c'avevo"). */
const HAVE = new Set(['ho', 'hai', 'ha', 'abbiamo', 'avete', 'hanno', 'avevo', 'avevi', 'aveva', 'avro', 'avrai', 'avra', 'avrei', 'avresti', 'avrebbe']);

/**
 * Words after which "me" / "te" begin a verb's clitics ("ao me copri?", "io te faccio quella der 10", "che me
 * tocca fa'?"), as at a clause start; after a verb or a preposition they are the stressed pronoun ("copre
 * me", "con me").
 */
const BEFORE_CLITIC = new Set(['non', 'nun', 'chi', 'che', 'io', 'tu', 'lui', 'lei', 'noi', 'voi', 'loro', 'ma', 'mo', 'adesso', 'ora', 'ao', 'allora', 'poi', 'se', 'quando', 'oggi', 'domani', 'dopodomani', 'stasera', 'stanotte', 'stamattina', 'domattina']);
/** Words after which a Tuscan "un" is "non" ("un ci sarò", "un vengo", "un lo so"): never the article before a verb or clitic. */
const AFTER_TUSCAN_NOT = new Set(['ci', 'ce', "c'", 'mi', 'me', 'ti', 'te', 'lo', 'li', 'ne', 'vengo', 'verro', 'posso', 'potro', 'riesco', 'riusciro', 'saro',
  'sono', 'so', 'ho', 'avro', 'faccio', 'faro', 'lavoro', 'arrivo', 'arrivero', 'sto', 'staro', 'vado', 'andro']);

/** Words after "me" / "te" that keep them ("me lo", "te la", "me stesso"). */
const AFTER_KEPT = new Set(['lo', 'la', 'li', 'le', 'ne', "l'", 'stesso', 'stessa', 'compreso', 'compresa', 'incluso', 'inclusa', 'e', 'o']);

interface Written {
  word: string;
  start: boolean;
  sentence: boolean;
}

/** The written words without the "c'" of "c'ho / c'ha" (its clause and sentence starts passed to the verb). */
export function withoutHaveParticle<T extends Written>(words: readonly T[]): T[] {
  const out: T[] = [];
  words.forEach((w, i) => {
    const next = words[i + 1];
    if (w.word.toLowerCase() === "c'" && next && HAVE.has(next.word.toLowerCase())) return;
    const previous = words[i - 1];
    const dropped = previous !== undefined && previous.word.toLowerCase() === "c'" && HAVE.has(w.word.toLowerCase());
    out.push(dropped ? { ...w, start: w.start || previous.start, sentence: w.sentence || previous.sentence } : w);
  });
  return out;
}

/** The normalised words with the forms that depend on their neighbours read: "de", "me", "te", and "j" for "gli". */
export function readDialect(words: readonly string[], capitalized: readonly boolean[], clauseStart: readonly boolean[]): string[] {
  return readHaveHomophones(words, clauseStart).map((w, i) => {
    const before = words[i - 1] ?? '';
    const after = words[i + 1];
    // "ce sta / ce stanno" for "c'è / ci sono" ("aò, ce sta quarcuno de turno?"), word for word.
    if (w === 'ce' && (after === 'sta' || after === 'stanno')) return after === 'sta' ? "c'" : 'ci';
    if (before === 'ce' && (w === 'sta' || w === 'stanno')) return w === 'sta' ? 'e' : 'sono';
    // "de dicembre", "sta de turno"; not "De Santis", "de rosa" (a surname's particle).
    // Tuscan "un" for "non" before a verb or a clitic ("il 7 un ci sarò", "domani un vengo").
    if (w === 'un' && after !== undefined && AFTER_TUSCAN_NOT.has(after)) return 'non';
    if (w === 'de') return after === undefined || capitalized[i] || capitalized[i + 1] || isSurnameLike(after) ? w : 'di';
    if ((w === 'me' || w === 'te') && after !== undefined && (clauseStart[i] || BEFORE_CLITIC.has(before)) && !AFTER_KEPT.has(after)) return w === 'me' ? 'mi' : 'ti';
    // "pigliare" is "prendere" wherever it is written ("la mi' repe la piglia qualcuno?").
    return TAKE[w] ?? jAsGli(w);
  });
}
