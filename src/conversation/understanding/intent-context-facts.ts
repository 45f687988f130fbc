import { clauseEndAt, softClauseStarts } from './soft-clauses.ts';

/**
 * Two contexts that frame a request without being it: a condition ("se domani non sto bene, chi fa la
 * repe?": the question is the request, the illness only its case) and a past fact ("ero in ferie, che
 * turni ho questa settimana?", "sono stato malato fino a ieri, cosa mi tocca domani?": nothing is
 * declared). A condition runs from its opener to the end of its clause, a past fact is its whole clause (`soft-clauses.ts`: a question word or a modal ends it
 * without a comma). Alone, the words still decide: "sono stato malato ieri" is a (late) declaration.
 * A past fact's dates are not those of a request made beside it (`withoutPastFacts`); a condition's are
 * ("se domani non sto bene, chi fa la repe?" asks about tomorrow).
 */

/** Words opening a condition ("se", "nel caso", "qualora"); the opener is no part of it. */
const CONDITION_OPENERS: readonly (readonly string[])[] = [
  ['se'], ['qualora'], ['casomai'], ['semmai'], ['nel', 'caso'], ['in', 'caso'], ['nell\'', 'eventualita'], ['ammesso', 'che'], ['a', 'meno', 'che'], ['anche', 'se'],
];
/** "se" as a clitic ("se la sente", "se lo prende"), not a condition. */
const CLITIC_AFTER_SE = new Set(['lo', 'la', 'li', 'le', 'ne']);
/**
 * Verbs of asking, knowing and telling: the "se" after them asks ("vorrei sapere se sono di turno", "mi
 * dici se …"), the request itself, no condition.
 */
const ASKS_BEFORE_SE = /^(?:saper|sapere|so|sai|sa|sapete|sappi|chied|domand|dir|dic|dimm|ditem|verific|controll|capi|ved|guard|conferm|inform|chiarir|accert|scopri|valut)/;

/** The length of a condition opener at word `i`, or 0. */
function conditionOpenerAt(words: readonly string[], i: number): number {
  const phrase = CONDITION_OPENERS.find((p) => p.every((w, k) => words[i + k] === w));
  if (!phrase) return 0;
  if (phrase.length === 1 && phrase[0] === 'se' && (CLITIC_AFTER_SE.has(words[i + 1] ?? '') || ASKS_BEFORE_SE.test(words[i - 1] ?? ''))) return 0;
  return phrase.length;
}

/** Words inside a condition: after its opener, to the end of its clause. */
export function conditionWords(words: readonly string[], clauseStart: readonly boolean[]): boolean[] {
  const inside = words.map(() => false);
  words.forEach((_w, i) => {
    const opener = conditionOpenerAt(words, i);
    if (opener === 0) return;
    for (let j = i + opener; j < clauseEndAt(clauseStart, i + opener); j++) inside[j] = true;
  });
  return inside;
}

/** Verbs telling what one was or did ("ero", "sono stato", "sono appena rientrata", "ho avuto"), their words included. */
const PAST_FACTS: readonly RegExp[] = [
  /^(?:ero|eravamo)$/,
  /^(?:sono|siamo) (?:appena |gia )?(?:stat|tornat|rientrat)[oaie]$/,
  /^ho (?:appena )?avuto$/,
];
const PAST_LENGTH = 4;
/**
 * A state told as already reached ("i fascicoli urgenti sono già coperti", "è già sistemato"): a fact beside
 * the request like one in the past; asked ("la repe di sabato è già coperta?") it is the question.
 */
const SETTLED = /^(?:e|sono) gia [a-z]{2,}(?:at|ut|it|ert|ost|tt|ss)[oaie]$/;

/** Words before "sono stati" that make it a passive of something else ("i turni che mi sono stati assegnati"). */
const PASSIVE_BEFORE = new Set(['che', 'mi', 'ti', 'ci', 'vi', 'si', 'gli', 'le', 'lo', 'la', 'li']);

/** The length of a past fact's verb at word `i`, or 0; a settled state only when its clause is not asked. */
function pastFactAt(words: readonly string[], i: number, asked: readonly boolean[]): number {
  if (PASSIVE_BEFORE.has(words[i - 1] ?? '')) return 0;
  for (let length = 1; length <= PAST_LENGTH - 1; length++) {
    const phrase = words.slice(i, i + length).join(' ');
    if (PAST_FACTS.some((p) => p.test(phrase)) || (asked[i] !== true && SETTLED.test(phrase))) return length;
  }
  return 0;
}

/** The index of the first word of the clause containing word `i`. */
function clauseStartOf(clauseStart: readonly boolean[], i: number): number {
  let start = i;
  while (start > 0 && !clauseStart[start]) start--;
  return start;
}

/** Words of a past fact: the whole clause of its verb ("la settimana scorsa ero malato"). */
export function pastFactWords(words: readonly string[], clauseStart: readonly boolean[], asked: readonly boolean[] = []): boolean[] {
  const inside = words.map(() => false);
  words.forEach((_w, i) => {
    if (pastFactAt(words, i, asked) === 0) return;
    for (let j = clauseStartOf(clauseStart, i); j < clauseEndAt(clauseStart, i); j++) inside[j] = true;
  });
  return inside;
}

/**
 * The text with the words of its past facts blanked (same length, so offsets hold), for reading the
 * dates of a request made beside them ("sono stato malato fino a ieri, cosa mi tocca domani?"); null
 * when it tells no past fact.
 */
export function withoutPastFacts(words: readonly string[], clauseStart: readonly boolean[]): string | null {
  const past = pastFactWords(words, softClauseStarts(words, clauseStart));
  if (!past.includes(true)) return null;
  return words.map((w, i) => (past[i] ? ' '.repeat(w.length) : w)).join(' ');
}
