import { AND_CUE, FROM_CUE, TO_CUE, UNTIL_CUE, type DateMention } from './date-mention.ts';

/**
 * Date mentions that do not say the date asked: "ora" / "adesso" next to a real date or as a noun
 * ("scusa l'ora"), and dates taken back by a correction or a negation ("non è martedì, è mercoledì").
 */

/** "ora", "adesso": today only when nothing else is dated or it starts a range ("da ora a"), and never the noun ("scusa l'ora"). */
const NOW = /^(?:ora|adesso)$/;
const NOUN_BEFORE_NOW = /(?:^|\s)(?:l'|un'|dell'|all'|che|quale|qualche|mezz')\s$/;

/** "da ora alla Befana", "a partire da adesso fino a venerdì": "ora" as the start of a range is today. */
const FROM_BEFORE_NOW = /(?:^|\s)(?:a partire )?da\s$/;

export function withoutNow(text: string, mentions: readonly DateMention[]): DateMention[] {
  const isNow = (m: DateMention) => NOW.test(m.text.trim());
  const others = mentions.some((m) => !isNow(m));
  const before = (m: DateMention) => text.slice(0, m.start);
  return mentions.filter((m) => !isNow(m) || FROM_BEFORE_NOW.test(before(m)) || (!others && !NOUN_BEFORE_NOW.test(before(m))));
}

/**
 * Corrections: a date said and then taken back ("di febbraio, no scusa, di marzo", "non è martedì, è
 * mercoledì", "il 3, anzi il 4") gives way to the one said after it. A date right after "non" (with
 * "è", an article or a preposition between) is retracted when another one is written; after a
 * correcting word ("no scusa", "anzi", "mi correggo", "volevo dire", "o meglio", "pardon", a "no" right before a
 * date: "turni di dicembre? no, di gennaio") only the dates after it count.
 */
const NEGATED = /(?:^|\s)non (?:e |era |sara |e piu )?(?:il |la |l' |i |le |di |del |dal |per |per il |a |al )?$/;
export const CORRECTION = /(?:^|\s)(?:no (?:scusa(?:te|mi)?|aspetta|pardon|sorry)|(?:ah|oh|eh|ops) no|no no|anzi(?! anche\b| pure\b)|mi correggo|correggo|volevo dire|intendevo|errata corrige|ho sbagliato|mi sono sbagliat[oa]|cioe no|pardon|o meglio|ops|oops|no(?= (?:di|del|dal|dall'|il|per|a|al|nel|nella|in) \d|\s(?:di |a |in )?(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b))(?=\s|$)/g;

/**
 * The dates kept, and whether a correction took back a date said before it. The day taken back named again
 * after the correction is the reason for it ("giovedì ferie, anzi no, venerdì: giovedì ho il collegio"), not a
 * date asked.
 */
export function correctedDates(text: string, mentions: readonly DateMention[]): { kept: DateMention[]; corrected: boolean } {
  let kept = mentions.filter((m) => !NEGATED.test(text.slice(0, m.start)));
  if (kept.length === 0) kept = [...mentions];
  const corrections = [...text.matchAll(CORRECTION)].map((m) => (m.index ?? 0) + m[0].length);
  const last = corrections.filter((at) => kept.some((m) => m.start >= at)).pop();
  if (last === undefined) return { kept, corrected: false };
  const taken = kept.filter((m) => m.start < last);
  const after = kept.filter((m) => m.start >= last);
  const sameDay = (m: DateMention) => taken.some((t) => t.range.from === m.range.from && t.range.to === m.range.to);
  // Not an end of the corrected range ("tra natale e la befana, anzi da oggi alla befana").
  const linked = (m: DateMention, i: number) => [FROM_CUE, TO_CUE, UNTIL_CUE].some((cue) => cue.test(text.slice(0, m.start)))
    || (i > 0 && AND_CUE.test(text.slice(after[i - 1]!.end, m.start)));
  const asked = after.filter((m, i) => !sameDay(m) || linked(m, i));
  const corrected = taken.length > 0;
  return { kept: corrected ? oneEndCorrected(text, taken, asked) ?? asked : asked.length > 0 ? asked : after, corrected };
}

/**
 * Only one end of a range corrected ("ferie dal 3 al 5 dicembre, anzi no fino al 6", "dal 3 al 5, anzi no dal 4"): the
 * other end stays; one mention from the range's start to the new end (or from the new start to the range's end).
 */
function oneEndCorrected(text: string, taken: readonly DateMention[], asked: readonly DateMention[]): DateMention[] | null {
  const [range, only] = [taken[taken.length - 1], asked.length === 1 ? asked[0] : undefined];
  if (!range || !only || range.range.from === range.range.to || only.range.from !== only.range.to) return null;
  const before = text.slice(0, only.start);
  if (UNTIL_CUE.test(before) && only.range.to > range.range.from) return [{ ...range, range: { from: range.range.from, to: only.range.to }, source: 'corrected-range' }];
  if (FROM_CUE.test(before) && only.range.from < range.range.to) return [{ ...range, range: { from: only.range.from, to: range.range.to }, source: 'corrected-range' }];
  return null;
}

/**
 * When something was told or asked ("rettifico quanto comunicato la settimana scorsa", "come detto ieri", "come vi ho
 * scritto lunedì scorso", "l'ho chiesto ieri, le ferie del 3 dicembre"): a past day right after a verb of telling dates the telling, not the request, and
 * gives way when another date is named ("… la malattia del 25 e 26 novembre").
 */
const TOLD = /(?:^|\s)(?:comunicat|dett|scritt|segnalat|riferit|indicat|anticipat|spiegat|precisat|accennat|avvisat|informat|chiest|richiest|mandat|inviat|inoltrat|inserit)[oaie](?: (?:a voi|a te|a lei|in chat|per (?:e-?)?mail|via mail))? (?:(?:il|la|l'|lo|nella|nel) )?$/;
const PAST_DAY = /^(?:ieri(?: sera| mattina| pomeriggio)?|l' altro ieri|l' altroieri|stamattina|stamane|(?:la )?settimana scorsa|(?:il )?mese scorso|(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) scors[oa]|(?:qualche|pochi|alcuni|due|tre|\d+) giorni fa|(?:l' )?altro giorno|(?:una|la) settimana fa)$/;

export function withoutToldAt(text: string, mentions: readonly DateMention[]): DateMention[] {
  const toldAt = (m: DateMention) => PAST_DAY.test(m.text.trim()) && TOLD.test(text.slice(0, m.start));
  const kept = mentions.filter((m) => !toldAt(m));
  return kept.length > 0 ? kept : [...mentions];
}
