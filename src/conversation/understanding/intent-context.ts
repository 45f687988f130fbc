/**
 * Where each word stands in the utterance, for weighing the intent cues found there. A word of an
 * intent does not always make the request: it may sit in the reason or condition given for another one
 * ("che turni ho a gennaio? lo chiedo perché devo prenotare le vacanze", "prima di pubblicare vorrei
 * sapere se restano turni scoperti"), in words the writer takes back ("le ferie, anzi no, …"), in a
 * wish ("buone vacanze a tutti") or name a period as a time reference ("al rientro dalla malattia cosa
 * mi tocca?"), be the topic of a how-to question ("non ho capito come si fa lo scambio"), set a
 * condition for the question ("se domani non sto bene, chi fa la repe?") or tell a past fact ("ero in
 * ferie, che turni ho questa settimana?") or be told before a question dictated without "?" ("oggi ho le convalide e
 * vorrei sapere se sabato ho la repe"). Pure functions over the normalised words and the clause
 * starts (`NormalizedText.clauseStart`); a clause also ends where a new one plainly begins without a
 * comma (`softClauseStarts`: "se domani non sto bene chi fa la repe").
 */

import { conditionWords, pastFactWords } from './intent-context-facts.ts';
import { hedgedWords } from './hedged-clauses.ts';
import { officeRemarkWords } from './office-remarks.ts';
import { clauseEndAt, softClauseStarts, toldBeforeAsking } from './soft-clauses.ts';

export type WordContextKind = 'reason' | 'retracted' | 'greeting' | 'time' | 'howto' | 'condition' | 'past' | 'told';

/** Words that open a reason up to the end of their clause ("perché", "visto che", "dovendo"). */
const REASON_OPENERS: readonly (readonly string[])[] = [
  ['perche'], ['poiche'], ['siccome'], ['giacche'], ['dovendo'], ['causa'],
  ['visto', 'che'], ['dato', 'che'], ['in', 'quanto'], ['per', 'via'], ['dal', 'momento', 'che'],
  ['prima', 'che'], ['in', 'attesa', 'di'], ['in', 'vista', 'di'], ['dopo', 'aver'], ['dopo', 'avere'],
];
/** Words that open a condition or a time before an infinitive ("prima di pubblicare vorrei sapere …"). */
const BEFORE_INFINITIVE: readonly (readonly string[])[] = [['prima', 'di'], ['dopo', 'di'], ['invece', 'di']];
/** A modal of duty before an infinitive ("devo prenotare …"): what one has to do, given as a reason. */
const DUTY_MODALS = new Set(['devo', 'dovro', 'dovrei', 'dobbiamo', 'dovremo']);
/** An infinitive, with or without clitics ("prenotare", "prenotarle", "andarci"). */
const INFINITIVE = /^[a-z]{2,}(?:are|ere|ire|(?:ar|er|ir)(?:mi|ti|si|ci|vi|lo|la|li|le|ne|gli|(?:glie|me|te|ce|se|ve)(?:lo|la|li|le|ne)))$/;
/** Verbs of the message itself ("le scrivo per sapere se …", "devo comunicarvi che …"): the request, no reason. */
const MESSAGE_VERB = /^(?:saper|chied|chiede|domand|capir|conosc|inform|comunic|segnal|avvis|dir|far|verific|controll|richied|notific|preg|ricord|chiarir|accertar)/;
/** Verbs of writing to the office ("vi scrivo per annullare …", "vi contatto per spostare …"): the purpose after them is the request. */
const WRITING = /^(?:scriv|riscriv|contatt|rivolg|disturb)[a-z]*$/;
const opensPurpose = (next: string): boolean => INFINITIVE.test(next) && !MESSAGE_VERB.test(next);

/** Words that take back what came before them in the utterance. */
const CORRECTIONS: readonly (readonly string[])[] = [
  ['anzi'], ['pardon'], ['no', 'scusa'], ['no', 'scusate'], ['scusa', 'no'], ['ah', 'no'], ['no', 'no'], ['mi', 'correggo'], ['errata', 'corrige'],
];
/** Words after which a period is a time reference ("dopo le ferie", "al rientro dalla malattia", "finite le ferie"). */
const TIME_POINTS = new Set(['dopo', 'prima', 'durante', 'rientro', 'ritorno', 'torno', 'tornero', 'rientrero', 'finite', 'finita', 'finito', 'fine']);
const TIME_LINKS = new Set(['le', 'la', 'il', 'i', "l'", 'dalle', 'dalla', 'dal', 'dai', "dall'", 'delle', 'della', 'del', 'dei', "dell'", 'di', 'da']);

/** Words naming a period as a time reference: the word after a time point and its articles, in its clause. */
export function timeReferenceWords(words: readonly string[], clauseStart: readonly boolean[] = words.map(() => false)): boolean[] {
  const inside = words.map(() => false);
  words.forEach((w, i) => {
    if (!TIME_POINTS.has(w)) return;
    let j = i + 1;
    while (TIME_LINKS.has(words[j] ?? '')) j++;
    // Within its clause: "oggi rientro: chi è di turno?" names no period.
    if (j < clauseEndAt(clauseStart, i) && j <= i + 2) inside[j] = true;
  });
  return inside;
}

/** Asking how to do something ("non ho capito come si fa lo scambio"): the action after it is the topic, not the request. */
const HOW_TO_OPENERS: readonly (readonly string[])[] = [
  ['non', 'ho', 'capito', 'come'], ['non', 'so', 'come'], ['non', 'capisco', 'come'], ['spiegami', 'come'], ['mi', 'spieghi', 'come'],
  ['mi', 'spiegate', 'come'], ['spiegatemi', 'come'], ['mi', 'spiegheresti', 'come'],
  ['come', 'faccio', 'a'], ['come', 'faccio', 'ad'], ['come', 'si', 'fa', 'a'], ['come', 'si', 'fa', 'ad'], ['come', 'fare', 'a'], ['come', 'fare', 'ad'],
  ['come', 'posso'], ['come', 'si', 'puo'], ['come', 'devo'], ['come', 'si', 'deve'], ['come', 'bisogna'], ['come', 'facciamo', 'a'],
];

/** Words after a how-to opener, to the end of its clause. */
export function howToWords(words: readonly string[], clauseStart: readonly boolean[]): boolean[] {
  const inside = words.map(() => false);
  words.forEach((_w, i) => {
    const opener = HOW_TO_OPENERS.find((p) => phraseAt(words, i, p));
    if (!opener) return;
    for (let j = i + opener.length; j < clauseEnd(clauseStart, i); j++) inside[j] = true;
  });
  return inside;
}

/** Words of a wish: the few words after them in the clause are wished, not asked ("buon rientro dalle ferie"). */
const WISHES = new Set(['buon', 'buona', 'buone', 'buoni', 'buonissime', 'buonissima', 'felice', 'felici', 'auguri', 'augurissimi', 'auguro', 'goditi', 'godetevi', 'goditele']);
const WISH_REACH = 3;

const phraseAt = (words: readonly string[], i: number, phrase: readonly string[]): boolean => phrase.every((w, k) => words[i + k] === w);

/** The index one past the last word of the clause containing word `i`. */
export const clauseEnd = clauseEndAt;

/** Where a reason opens at word `i`: the length of its opener and how many words it reaches (Infinity: its clause), or null. */
function reasonOpenerAt(words: readonly string[], i: number): { opener: number; reach: number } | null {
  const phrase = REASON_OPENERS.find((p) => phraseAt(words, i, p));
  if (phrase) return { opener: phrase.length, reach: Infinity };
  // "prima di pubblicare …" often runs into the main clause with no comma: the infinitive and two words.
  const before = BEFORE_INFINITIVE.find((p) => phraseAt(words, i, p) && INFINITIVE.test(words[i + p.length] ?? ''));
  if (before) return { opener: before.length, reach: INFINITIVE_REACH };
  if ((DUTY_MODALS.has(words[i]!) || (words[i] === 'per' && !WRITING.test(words[i - 1] ?? ''))) && opensPurpose(words[i + 1] ?? '')) return { opener: 1, reach: Infinity };
  return null;
}
const INFINITIVE_REACH = 3;

/**
 * A clause opened by a causal "che" (spoken "perché") that tells what one has to do ("…, che giovedì dovrei scendere a
 * Lagonegro", "…, che domani devo andare a Roma"): a reason, its day too.
 */
function causalCheAt(words: readonly string[], clauseStart: readonly boolean[], i: number): boolean {
  if (i === 0 || words[i] !== 'che' || !clauseStart[i]) return false;
  // The modal may open the next soft clause ("che il 10 | dovrei essere a Napoli"), which reads as a reason of its own.
  const end = clauseEnd(clauseStart, i) + 1;
  if (words.slice(i + 1, end).some((w, k) => DUTY_MODALS.has(w) && opensPurpose(words[i + 2 + k] ?? ''))) return true;
  // "…, che giovedì sono a Lagonegro", "…, che io sabato ho il matrimonio": a day or "io", then what one does (not "che turni ho").
  let j = i + 1;
  while (CAUSAL_LEADS.test(words[j] ?? '') && j < i + 4) j++;
  // Something follows the verb: "che giovedì ho?" asks.
  return j > i + 1 && FIRST_PERSON.has(words[j] ?? '') && j + 1 < clauseEnd(clauseStart, j);
}
/** Words that may open a causal "che" clause before its verb: a day, "io", an article or a day number. */
const CAUSAL_LEADS = /^(?:io|il|l'|lo|oggi|domani|dopodomani|stasera|stamattina|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|mattina|pomeriggio|\d{1,2})$/;
/** What one is, has or does, told as the reason. */
const FIRST_PERSON = new Set([...DUTY_MODALS, 'sono', 'ho', 'tengo', 'vado', 'parto', 'saro', 'avro', 'andro', 'sto', 'staro', 'scendo', 'salgo', 'rientro', 'torno']);

/** Words inside a reason or condition: after its opener, to the end of its clause (or its reach). */
export function reasonWords(words: readonly string[], clauseStart: readonly boolean[]): boolean[] {
  const inside = words.map(() => false);
  for (let i = 0; i < words.length; i++) {
    const found = causalCheAt(words, clauseStart, i) ? { opener: 1, reach: Infinity } : reasonOpenerAt(words, i);
    if (!found) continue;
    const end = Math.min(clauseEnd(clauseStart, i), i + found.opener + found.reach);
    for (let j = i + found.opener; j < end; j++) inside[j] = true;
  }
  return inside;
}

/** Words of thanks: what follows "per" after them in their clause is what one thanks for, no request. */
const THANKS = /^(?:grazie|ringrazi[a-z]*|thanks|grato|grata|grati|riconoscente|complimenti|brav[oaie]|bravissim[oaie])$/;
/** Praise of a piece of work ("ottimo lavoro per il calendario", "bel lavoro sui turni"): what follows "per" is praised, like what one thanks for. */
const PRAISED_WORK = /^(?:ottimo|bel|gran|grande|splendido|eccellente|buon)$/;
const PRAISED_ON = new Set(['sul', 'sui', 'sulla', 'sulle', 'con']);
const praisesAt = (words: readonly string[], i: number): boolean => THANKS.test(words[i]!) || (PRAISED_WORK.test(words[i]!) && words[i + 1] === 'lavoro');

/**
 * Words one thanks for ("Ringrazio la segreteria per il lavoro sul calendario", "si ringrazia per la
 * cortese collaborazione", "grazie per avermi sostituito sabato"): after a word of thanks, from "per" to the
 * end of the clause, a courtesy like the words of a wish, not what is asked.
 */
export function thankedForWords(words: readonly string[], clauseStart: readonly boolean[]): boolean[] {
  const inside = words.map(() => false);
  words.forEach((_w, i) => {
    if (!praisesAt(words, i)) return;
    const end = clauseEnd(clauseStart, i);
    const per = words.slice(i + 1, end).findIndex((x) => x === 'per' || (!THANKS.test(words[i]!) && PRAISED_ON.has(x)));
    if (per >= 0 && per <= 4) for (let j = i + 1 + per + 1; j < end; j++) inside[j] = true;
  });
  return inside;
}

/**
 * Words taken back: everything before the last correction ("… , anzi …"); none when the correction goes on with a
 * complement ("la bozza della repe? anzi no, di tutti i turni"), which takes back only what it replaces, not the request.
 */
export function retractedWords(words: readonly string[]): boolean[] {
  let last = -1;
  let opener: readonly string[] = [];
  for (let i = 0; i < words.length; i++) {
    const found = CORRECTIONS.find((p) => phraseAt(words, i, p));
    if (found) [last, opener] = [i, found];
  }
  let next = last + opener.length;
  while (words[next] === 'no') next++;
  // "ferie giovedì? anzi venerdì", "anzi no, l'11": only the day is corrected.
  const dated = DAY_WORD.test(words[next] ?? '') || (ARTICLES.has(words[next] ?? '') && /^\d/.test(words[next + 1] ?? ''));
  if (last >= 0 && (COMPLEMENT_OPENERS.has(words[next] ?? '') || dated)) return words.map(() => false);
  return words.map((_w, i) => i < last);
}
/** Prepositions that open a complement ("di tutto dicembre", "per tutti i servizi"). */
const COMPLEMENT_OPENERS = new Set(['di', 'del', 'della', 'dei', 'delle', "dell'", 'per', 'con', 'su', 'sul', 'sulla', 'sui']);
const DAY_WORD = /^(?:\d{1,2}|oggi|domani|dopodomani|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)$/;
const ARTICLES = new Set(['il', "l'", 'dal', "dall'", 'al', "all'"]);

/** Words wished: up to three after a word of a wish, within its clause. */
export function wishedWords(words: readonly string[], clauseStart: readonly boolean[]): boolean[] {
  const inside = words.map(() => false);
  words.forEach((w, i) => {
    if (!WISHES.has(w)) return;
    const end = Math.min(clauseEnd(clauseStart, i), i + 1 + WISH_REACH);
    for (let j = i + 1; j < end; j++) inside[j] = true;
  });
  return inside;
}

/** The group greeted at the start of a message ("Colleghi, domani sono in ferie"): a courtesy, nobody asked about. */
const GROUP_VOCATIVES = new Set(['colleghi', 'colleghe', 'ragazzi', 'ragazze', 'amici', 'amiche', 'carissimi', 'carissime', 'cari', 'care', 'tutti', 'tutte', 'magistrati', 'giudici', 'pm', 'sostituti', 'consiglieri']);
/** Words opening a salutation, spoken or written as in an e-mail ("Gentili colleghi,", "Cari tutti,", "Egregi consiglieri,"). */
const GREETING_OPENERS = new Set(['ciao', 'buongiorno', 'buonasera', 'salve', 'buondi', 'a', 'gentili', 'gentilissimi', 'gentilissime', 'egregi', 'stimati', 'stimatissimi', 'spettabili', 'cari', 'care', 'carissimi', 'carissime']);
/** Words joining the group's names in a vocative ("colleghi e colleghe", "a tutti i colleghi"). */
const GROUP_JOINERS = new Set(['e', 'i', 'le', 'gli', 'tutti', 'tutte']);
const VOCATIVE_REACH = 4;

/**
 * The group words of a vocative opening the message ("Colleghi,", "Gentili colleghi e colleghe,", "buongiorno a
 * tutti i colleghi,"), its clause ended by a comma right after them: the writer's addressees, nobody asked about.
 */
export function vocativeWords(words: readonly string[], clauseStart: readonly boolean[]): boolean[] {
  const inside = words.map(() => false);
  let i = 0;
  while (i < words.length && i < 3 && GREETING_OPENERS.has(words[i]!)) i++;
  let end = i;
  while (end < words.length && end - i < VOCATIVE_REACH && (GROUP_VOCATIVES.has(words[end]!) || GROUP_JOINERS.has(words[end]!)) && !(end > i && clauseStart[end])) end++;
  const group = words.slice(i, end);
  if (end === i || clauseStart[end] !== true || !group.some((w) => GROUP_VOCATIVES.has(w))) return inside;
  for (let j = i; j < end; j++) inside[j] = GROUP_VOCATIVES.has(words[j]!);
  return inside;
}

/** Each word's contexts (none for a word that makes the request plainly); `asked`: per word, whether its clause ends with "?". */
export function wordContexts(words: readonly string[], clauseStart: readonly boolean[], asked: readonly boolean[] = []): WordContextKind[][] {
  const starts = softClauseStarts(words, clauseStart);
  const reason = reasonWords(words, starts);
  const thanked = thankedForWords(words, starts);
  const retracted = retractedWords(words);
  // What one thanks for is a courtesy's, like what one wishes ("grazie per avermi sostituito sabato").
  const wishes = wishedWords(words, starts);
  const vocative = vocativeWords(words, clauseStart);
  // A remark on what starts again in the office ("oggi si riparte con le udienze") is small talk, like a wish.
  const remark = officeRemarkWords(words, starts, asked);
  const wished = wishes.map((w, i) => w || thanked[i]! || vocative[i]! || remark[i]!);
  const time = timeReferenceWords(words, starts);
  const howTo = howToWords(words, starts);
  const hedged = hedgedWords(words, clauseStart, asked);
  const condition = conditionWords(words, starts).map((c, i) => c || hedged[i]!);
  const past = pastFactWords(words, starts, asked);
  const told = toldBeforeAsking(words, clauseStart);
  return words.map((_w, i) => [
    ...(howTo[i] ? (['howto'] as const) : []),
    ...(time[i] ? (['time'] as const) : []),
    ...(reason[i] ? (['reason'] as const) : []),
    ...(condition[i] ? (['condition'] as const) : []),
    ...(past[i] ? (['past'] as const) : []),
    ...(told[i] ? (['told'] as const) : []),
    ...(retracted[i] ? (['retracted'] as const) : []),
    ...(wished[i] ? (['greeting'] as const) : []),
  ]);
}
