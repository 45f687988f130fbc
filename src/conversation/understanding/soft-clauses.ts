import { monthWords, weekdayWords } from './dates/day-math.ts';

/**
 * Where a clause begins without a punctuation mark before it. Chat and dictation often join a condition,
 * a reason or a past fact to the request with no comma ("se domani non sto bene chi fa la repe",
 * "siccome devo andare dal medico posso cambiare il turno"); a context that ran to the next comma would
 * swallow the request. A new clause plainly begins at a question word ("chi", "cosa", "quali" …), at a
 * connective that opens a main clause ("allora", "quindi", "ma" …) and at a verb of a request
 * ("posso", "puoi", "vorrei", "ho" …) that is not among the first three words of its clause nor bound to the word
 * before it ("non posso", "mi puoi"). Pure functions over the normalised words.
 */

/** Question words: a clause asking something starts at them ("… chi fa la repe"). */
const QUESTION_WORDS = new Set(['chi', 'cosa', 'quale', 'quali', 'quanti', 'quante', 'dove']);
/** Connectives opening a main clause ("se piove allora …", "ero in ferie quindi …"). */
const CONNECTIVES = new Set(['allora', 'quindi', 'dunque', 'pertanto', 'ma', 'pero', 'comunque', 'intanto', 'invece']);
/** Verbs of a request ("… posso scambiare il turno?", "… vorrei sapere", "… devo fare la repe?", "… ho turni?"). */
const REQUEST_VERBS = new Set(['posso', 'puoi', 'puo', 'possiamo', 'potete', 'potresti', 'potreste', 'potrebbe', 'vorrei', 'volevo', 'devo', 'dovrei', 'ho']);
/** "qualcuno" as the subject of a request, a clitic or a modal after it ("… qualcuno me le può prendere", "… qualcuno potrebbe coprirmi"). */
const SOMEONE_ASKED = /^(?:mi|me|ti|te|ci|ce|lo|la|li|le|puo|potrebbe|vuole|vorrebbe|riesce|riuscirebbe|sarebbe|e|disponibile|disposto|disposta)$/;
/** Words a following word belongs to: a negation, a clitic, an article, a preposition or a subordinator ("non posso", "mi puoi", "di chi", "la cosa", "perché devo"). */
const BOUND_BEFORE = new Set([
  'non', 'mi', 'ti', 'ci', 'vi', 'si', 'lo', 'la', 'li', 'le', 'ne', 'gli', 'me', 'te', 'ce', 'se', 've',
  'il', 'i', 'l\'', 'un', 'una', 'uno', 'di', 'a', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'che', 'qualche', 'ogni', 'questa', 'quella', 'e', 'o',
  'perche', 'poiche', 'siccome', 'giacche', 'qualora', 'quando', 'mentre', 'anche',
]);
/** A verb needs this many words of its clause before it: "se posso …", "se domani ho …" are the condition's own verb. */
const VERB_DEPTH = 3;

/** Whether word `i` plainly begins a clause although no punctuation comes before it. */
function beginsClause(words: readonly string[], i: number, sinceStart: number): boolean {
  const word = words[i]!;
  const before = words[i - 1] ?? '';
  if (BOUND_BEFORE.has(before)) return false;
  if (QUESTION_WORDS.has(word) || (word === 'che' && words[i + 1] === 'cosa')) return true;
  if (CONNECTIVES.has(word)) return !(word === 'invece' && words[i + 1] === 'di');
  if (word === 'qualcuno' && SOMEONE_ASKED.test(words[i + 1] ?? '')) return true;
  return REQUEST_VERBS.has(word) && sinceStart >= VERB_DEPTH;
}

/**
 * Subordinators that open a clause of their own ("visto che il 10 dicembre ho un'udienza, …"): a verb of
 * a request after them and words that are no verb (a date, an article) is that clause's own verb, no new
 * clause ("se vado in ferie la settimana prossima ho turni?" has its verb, "vado", before).
 */
const SUBORDINATORS: readonly (readonly string[])[] = [
  ['perche'], ['poiche'], ['siccome'], ['giacche'], ['visto', 'che'], ['dato', 'che'], ['dal', 'momento', 'che'], ['se'], ['qualora'],
];
const opensSubordinate = (words: readonly string[], i: number): boolean => SUBORDINATORS.some((p) => p.every((w, k) => words[i + k] === w));
/** Words that are no verb between a subordinator and its verb: a date, an article, a pronoun. */
const NO_VERB = new RegExp(`^(?:\\d{1,2}|\\d{1,2}[/.]\\d{1,2}|il|lo|la|i|gli|le|l'|un|una|io|non|mi|ti|ci|anche|gia|ora|oggi|domani|dopodomani|stasera|stanotte|poi|che|${[...monthWords, ...weekdayWords].join('|')})$`);

/** The clause starts of the punctuation, plus those where a new clause plainly begins without it. */
export function softClauseStarts(words: readonly string[], clauseStart: readonly boolean[]): boolean[] {
  const starts: boolean[] = [];
  let sinceStart = 0;
  let awaitingVerb = false;
  words.forEach((w, i) => {
    if (awaitingVerb && !REQUEST_VERBS.has(w) && !NO_VERB.test(w) && !SUBORDINATORS.some((p) => p.includes(w))) awaitingVerb = false;
    const ownVerb = awaitingVerb && REQUEST_VERBS.has(w);
    const start = i === 0 || (clauseStart[i] ?? false) || (!ownVerb && beginsClause(words, i, sinceStart));
    starts.push(start);
    sinceStart = start ? 1 : sinceStart + 1;
    if (start) awaitingVerb = opensSubordinate(words, i);
    else if (ownVerb) awaitingVerb = false;
  });
  return starts;
}

/** The index one past the last word of the clause containing word `i`. */
export function clauseEndAt(clauseStart: readonly boolean[], i: number): number {
  let end = i + 1;
  while (end < clauseStart.length && !clauseStart[end]) end++;
  return end;
}

/** Verbs of wanting to know that open a question dictated without "?" ("… e volevo sapere se venerdì ho la reperibilità"). */
const ASKING: readonly (readonly string[])[] = [
  ['volevo', 'sapere'], ['vorrei', 'sapere'], ['volevamo', 'sapere'], ['vorremmo', 'sapere'], ['desideravo', 'sapere'], ['desidero', 'sapere'],
  ['volevo', 'chiedere'], ['vorrei', 'chiedere'], ['mi', 'dici'], ['mi', 'dite'], ['mi', 'sai', 'dire'], ['sapete', 'dirmi'], ['puoi', 'dirmi'], ['potete', 'dirmi'],
];

/** Where a verb of wanting to know opens a question inside a clause, after what the writer tells (not at the clause's start). */
export function askingOpeners(words: readonly string[], clauseStart: readonly boolean[]): number[] {
  return words.flatMap((_w, i) => (i > 0 && !clauseStart[i] && ASKING.some((p) => p.every((w, k) => words[i + k] === w)) ? [i] : []));
}

/** Words told before a question opened inside their clause ("sono a Foggia oggi per un'udienza e volevo sapere se …"): its context. */
export function toldBeforeAsking(words: readonly string[], clauseStart: readonly boolean[]): boolean[] {
  const told = words.map(() => false);
  for (const at of askingOpeners(words, clauseStart)) {
    let from = at;
    while (from > 0 && !clauseStart[from]) from--;
    for (let j = from; j < at; j++) told[j] = true;
  }
  return told;
}
