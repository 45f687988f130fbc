import { monthWords, weekdayWords } from './dates/day-math.ts';
import { articleWords, firstNames, isSurnameLike, surnameParticles, titleWords } from './known-words.ts';
import type { NormalizedText } from './normalize-text.ts';

/**
 * A colleague's surname at a word of the text (one word, a particle and a word, "Lo Giudice"), the
 * articles and titles skipped before one, and the words that stand around a surname: what the finders of
 * `extract-magistrate.ts` and `swap-names.ts` share.
 */

/** A name right after a greeting is whom the message is addressed to ("Ciao Marco, …"). */
export const GREETINGS = new Set(['ciao', 'buongiorno', 'buonasera', 'salve', 'caro', 'cara', 'gentile']);

/** Verbs that follow a surname used as subject. */
export const SUBJECT_VERBS = new Set(['e', 'ha', 'fa', 'sara', 'viene', 'verra', 'risulta', 'puo', 'deve', 'era', 'sta', 'va', 'prende', 'chiede', 'vuole', 'tiene', 'terra',
  'sostituisce', 'copre', 'cede', 'scambia', 'da', 'prendera', 'fara', 'sostituira', 'coprira']);

/** A colleague addressed at the start of a swap request ("Rossi, puoi scambiare…", "Gallo, mi fai cambio…"). */
export const SECOND_PERSON_VERBS = new Set(['puoi', 'potresti', 'vuoi', 'vorresti', 'fai', 'faresti', 'scambi', 'scambieresti', 'sostituisci', 'copri', 'cedi', 'prendi', 'ti',
  'potete', 'potreste', 'volete', 'riesci', 'riusciresti', 'riuscite', 'andrebbe', 'va', 'dispiace', 'spiace', 'dispiacerebbe', 'cambi', 'cambieresti', 'senti', 'sentiresti', 'prenderesti', 'copriresti', 'sostituiresti', 'tieni', 'terresti', 'dai', 'daresti', 'giri', 'gireresti', 'passi', 'passeresti', 'lasci', 'lasceresti']);

/** Particles that make a following title word part of a surname ("lo giudice"). */
const TITLE_PARTICLES = new Set(['lo', 'li']);

/** Unstressed pronouns between a subject and its verb ("Russo mi sostituisce"). */
export const CLITICS = new Set(['mi', 'ti', 'ci', 'vi', 'si', 'gli', 'le', 'ne', 'lo', 'la']);

export interface MagistrateMatch {
  surname: string;
  /** Index of the first word of the surname. */
  index: number;
}

/** Nouns an adjective comes before in formal writing ("per sopravvenuti impegni", "per gravi motivi"). */
const NOUNS_AFTER_ADJECTIVE = new Set(['impegni', 'impegno', 'motivi', 'motivo', 'esigenze', 'esigenza', 'ragioni', 'ragione',
  'problemi', 'problema', 'questioni', 'cause', 'causa', 'impedimenti', 'impedimento', 'circostanze', 'necessita']);

/** The surname starting at word `i`, if any: one word, a particle and one word, or two capitalised words ("Rossi Doria"). */
export function surnameAt(text: NormalizedText, i: number, allowParticle = true): MagistrateMatch | null {
  const found = singleSurnameAt(text, i, allowParticle);
  return found && !found.surname.includes(' ') ? withSecondSurname(text, found) : found;
}

/**
 * Family members called by a word of size or age ("la piccola ha la recita", "il grande ha la febbre"): in lower case after an
 * article or a possessive they are no colleague; capitalised they may be ("la Piccolo", "con Grande").
 */
const FAMILY_NOUNS = new Set(['piccola', 'piccolo', 'piccole', 'piccoli', 'piccolina', 'piccolino', 'grande', 'grandi', 'pupa', 'pupo', 'bimbi', 'bimbe',
  'bambine', 'ragazzino', 'ragazzina', 'ragazzini', 'figliola', 'figliolo', 'figlioletta', 'figlioletto', 'nipotino', 'nipotina', 'neonato', 'neonata',
  'primogenito', 'primogenita', 'secondogenito', 'secondogenita', 'gemelli', 'gemelle', 'maggiore', 'minore']);
const FAMILY_DETERMINERS = new Set(['il', 'la', 'i', 'le', 'mio', 'mia', 'miei', 'mie', 'nostro', 'nostra', 'nostri', 'nostre']);

/** Elided prepositions that open a surname when both are capitalised ("Dell'Acqua", "Dall'Olio"); kept apart by a space until the end. */
const ELIDED_PARTICLES = new Set(["dell'", "dall'"]);

/** A capitalised word that may end a double surname ("Rossi Doria", "Canepa Ferrando"): no month, weekday, known word, first name, acronym, clause's start. */
function secondSurnameAt(text: NormalizedText, j: number): boolean {
  const word = text.words[j];
  return word !== undefined && text.capitalized[j] === true && text.acronym[j] !== true && text.clauseStart[j] !== true && isSurnameLike(word)
    && !firstNames.has(word) && !surnameParticles.has(word);
}

/** A capitalised one-word surname followed by another capitalised surname is one double surname ("Rossi Doria è in congedo"). */
function withSecondSurname(text: NormalizedText, found: MagistrateMatch): MagistrateMatch {
  const at = found.index;
  // Not a greeting before the one greeted ("Caro Lapenta, …").
  const word = text.words[at] ?? '';
  if (text.capitalized[at] !== true || firstNames.has(word) || GREETINGS.has(word) || !secondSurnameAt(text, at + 1)) return found;
  return { surname: `${text.raw[at]} ${text.raw[at + 1]}`, index: at };
}

/**
 * The sounds the article "lo" stands before: s and a consonant, z, gn, ps, pn (not i and a vowel: "Lo Iacono") ("lo schema", "lo
 * straordinario", "lo zaino"). A surname's "Lo" comes before any ("Lo Russo", "Lo Presti", "Lo Voi"), so "lo" in lower
 * case before one of these sounds, its word in lower case too, is the article and a thing ("lo schema è pronto"), not
 * a surname; capitalised it still is one ("Lo Schiavo", "Lo Sardo").
 */
const LO_ARTICLE_ONSET = /^(?:s[bcdfghlmnpqrstvz]|z|gn|ps|pn)/;
const articleLoBefore = (text: NormalizedText, i: number): boolean =>
  text.words[i] === 'lo' && text.capitalized[i] !== true && text.capitalized[i + 1] !== true && LO_ARTICLE_ONSET.test(text.words[i + 1] ?? '');

function singleSurnameAt(text: NormalizedText, i: number, allowParticle: boolean): MagistrateMatch | null {
  const word = text.words[i];
  // "nel proc. 1234/26 RGNR", "per la DDA": an acronym is an office or a register, no colleague.
  if (word === undefined || text.acronym[i] === true) return null;
  if (FAMILY_NOUNS.has(word) && text.capitalized[i] !== true && FAMILY_DETERMINERS.has(text.words[i - 1] ?? '')) return null;
  const next = text.words[i + 1];
  if (next !== undefined && NOUNS_AFTER_ADJECTIVE.has(next)) return null;
  // "Dell'Acqua mi sostituisce": an elided preposition and a word, both capitalised, are a surname.
  if (ELIDED_PARTICLES.has(word) && allowParticle && text.capitalized[i] && text.capitalized[i + 1] && next !== undefined && isSurnameLike(next)) {
    return { surname: `${text.raw[i]} ${text.raw[i + 1]}`, index: i };
  }
  // "la collega della DDA": an acronym after a particle is an office, no surname.
  if (surnameParticles.has(word) && text.acronym[i + 1] === true) return null;
  if (surnameParticles.has(word) && next !== undefined && isSurnameLike(next) && !articleLoBefore(text, i)) {
    if (!allowParticle) return null;
    return { surname: `${text.raw[i]} ${text.raw[i + 1]}`, index: i };
  }
  // "il Del Bene", "la Dal Corso": a capitalised particle and word are a surname even when the word is common.
  if (surnameParticles.has(word) && next !== undefined && allowParticle && text.capitalized[i] && text.capitalized[i + 1] && i > 0
    && /^[a-z]{3,}$/.test(next) && !monthWords.includes(next) && !weekdayWords.includes(next) && !titleWords.has(next)) {
    return { surname: `${text.raw[i]} ${text.raw[i + 1]}`, index: i };
  }
  // "Lo Giudice", "La Presidente": a title after "lo"/"la" is no title (that would be "il giudice").
  if (TITLE_PARTICLES.has(word) && next !== undefined && titleWords.has(next) && /^[a-z]{3,}$/.test(next)) {
    return { surname: `${text.raw[i]} ${text.raw[i + 1]}`, index: i };
  }
  return isSurnameLike(word) ? { surname: text.raw[i]!, index: i } : null;
}

/**
 * Prepositions that merge with an article ("di" + "la" = "della"): a "la" right after one of them,
 * or right after a title ("la dott.ssa La Rocca"), begins a surname rather than being an article.
 */
const MERGING_PREPOSITIONS = new Set(['di', 'a', 'da', 'in', 'su']);

/** True when the article at `j` is the particle of a surname ("turni di la rocca"). */
function isParticleHere(text: NormalizedText, j: number): boolean {
  const word = text.words[j]!;
  const before = text.words[j - 1];
  const after = text.words[j + 1];
  if (!surnameParticles.has(word) || before === undefined || after === undefined || !isSurnameLike(after)) return false;
  // "cambio con La Rosa", "ferie a Lo Presti": an article written with its capital inside a sentence, its word capitalised too, is a particle.
  if (text.capitalized[j] === true && text.capitalized[j + 1] === true && !text.sentenceStart[j]) return true;
  return MERGING_PREPOSITIONS.has(before) || titleWords.has(before);
}

/** Skips articles and titles after a cue word; returns the index of the first other word. */
export function skipArticlesAndTitles(text: NormalizedText, i: number): number {
  let j = i;
  while (j < text.words.length && (articleWords.has(text.words[j]!) || titleWords.has(text.words[j]!)) && !isParticleHere(text, j)) j++;
  return j;
}

/**
 * True when the writer uses capitals (some word outside `match` begins with one) but wrote `match` in
 * lower case: then it is an ordinary word, not a surname. Every labelled surname so far follows this.
 */
export function lowerAmongCapitals(text: NormalizedText, match: MagistrateMatch): boolean {
  const length = match.surname.split(' ').length;
  const inside = (j: number): boolean => j >= match.index && j < match.index + length;
  if (text.capitalized.some((c, j) => c && inside(j))) return false;
  return text.capitalized.some((c, j) => c && !inside(j));
}

/** Prepositions that may bring a place ("a", "da", "in"): a word after them is where, not who, after a verb of motion or at a message's end. */
export const PLACE_CUES = new Set(['a', 'al', 'alla', 'ad', 'da', 'dal', 'dalla', 'in']);
