import type { CueStrength, IntentCue } from './intent-cue.ts';
import type { WordContextKind } from './intent-context.ts';
import type { Intent } from './understanding.ts';

/**
 * The scored choice of an intent. Every cue that matches is a finding: the words it matched, the
 * weight of its strength, minus a penalty for each context its words stand in (a reason given
 * for something else, words taken back, a wish, a time reference, the topic of a how-to question, a condition, a past fact, what is told before a question
 * dictated without "?": "… e volevo sapere se …"). The finding with the highest score decides; among
 * equal scores the cue listed first (the old order of the rules: staff commands, GIADA, …, greetings).
 */
export const CUE_WEIGHTS: Readonly<Record<CueStrength, number>> = { strong: 3, weak: 1 };
export const CONTEXT_PENALTIES: Readonly<Record<WordContextKind, number>> = { reason: 2, retracted: 2, greeting: 3, time: 2, howto: 2, condition: 2, past: 2, told: 2 };

export interface CueFinding {
  intent: Intent;
  /** The words matched, normalised ("che turni ho"). */
  words: string;
  strength: CueStrength;
  /** The contexts any matched word stands in. */
  contexts: readonly WordContextKind[];
  score: number;
  /** The cue's place in the list (lower wins a tie). */
  rank: number;
  /** The index of the first word matched. */
  at: number;
}

/**
 * The intents a context speaks for, which it does not lower: a wish is a courtesy, a how-to question asks for help,
 * or for the calendar link ("come faccio ad avere i turni sul telefono": asking how is the request itself).
 */
const CONTEXT_OWNERS: Readonly<Partial<Record<WordContextKind, readonly Intent[]>>> = { greeting: ['help'], howto: ['help', 'calendar_feed'] };

/** The score of a cue of this strength for `intent` found in these contexts. */
export function scoreCue(strength: CueStrength, contexts: readonly WordContextKind[], intent?: Intent): number {
  return contexts.reduce((score, kind) => (intent !== undefined && CONTEXT_OWNERS[kind]?.includes(intent) ? score : score - CONTEXT_PENALTIES[kind]), CUE_WEIGHTS[strength]);
}

/** The index of the word at character `offset` of words joined by single spaces. */
export function wordIndexOf(text: string, offset: number): number {
  let index = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === ' ') index++;
  return index;
}

const stickyCopies = new WeakMap<RegExp, RegExp>();
/** Every match, overlapping ones too: one starting at each word ("buone vacanze! … le mie ferie … toglile"). */
function everyMatch(pattern: RegExp, text: string): RegExpExecArray[] {
  let sticky = stickyCopies.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'g');
    stickyCopies.set(pattern, sticky);
  }
  const matches: RegExpExecArray[] = [];
  sticky.lastIndex = 0;
  for (let match = sticky.exec(text); match; match = sticky.exec(text)) {
    matches.push(match);
    sticky.lastIndex = text.indexOf(' ', match.index + 1) < 0 ? text.length + 1 : text.indexOf(' ', match.index + 1);
  }
  return matches;
}

/** Where each word stands: whether it starts a clause, whether its clause ends with "?". */
export interface ClauseMarks {
  clauseStart: readonly boolean[];
  asked: readonly boolean[];
}

/** Whether words `first` to `first + count - 1` are a whole clause asked with "?". */
function isWholeAskedClause(marks: ClauseMarks, first: number, count: number): boolean {
  const after = first + count;
  return (first === 0 || marks.clauseStart[first] === true) && (after >= marks.clauseStart.length || marks.clauseStart[after] === true) && marks.asked[first] === true;
}

/** The best-scoring match of one cue, or null when it does not apply. */
export function findCue(cue: IntentCue, rank: number, text: string, contexts: readonly (readonly WordContextKind[])[], marks?: ClauseMarks): CueFinding | null {
  if (cue.also && !cue.also.test(text)) return null;
  if (cue.unless?.test(text)) return null;
  let best: CueFinding | null = null;
  for (const match of everyMatch(cue.any, text)) {
    const words = match[0].trim();
    const first = wordIndexOf(text, (match.index ?? 0) + match[0].indexOf(words));
    if (cue.wholeAskedClause && (!marks || !isWholeAskedClause(marks, first, words.split(' ').length))) continue;
    if (cue.opensLaterClause && (!marks || first === 0 || marks.clauseStart[first] !== true)) continue;
    const where = [...new Set(contexts.slice(first, first + words.split(' ').length).flat())];
    const score = scoreCue(cue.strength, where, cue.intent);
    if (!best || score > best.score) best = { intent: cue.intent, words, strength: cue.strength, contexts: where, score, rank, at: first };
  }
  return best;
}

/**
 * The deciding finding: the highest score, the lower rank among equals; null when none. One exception
 * among equals: the writer's situation told before a question ("sono fuori sede tutto il giorno: ho turni
 * domani?") is its context, so a finding in a clause asked with "?" beats a told absence. A short question
 * after a request ("ho bisogno di un cambio per sabato, chi può?") only follows it: the rank decides there.
 * `asked`: per word, whether its clause ends with "?".
 */
export function chooseFinding(findings: readonly CueFinding[], asked: readonly boolean[] = []): CueFinding | null {
  const toldSituation = (f: CueFinding): boolean => f.intent === 'absence_declare' && asked[f.at] !== true;
  const asksBeside = (f: CueFinding, other: CueFinding): boolean => asked[f.at] === true && toldSituation(other);
  const better = (f: CueFinding, best: CueFinding): boolean =>
    f.score > best.score || (f.score === best.score && (asksBeside(f, best) || (!asksBeside(best, f) && f.rank < best.rank)));
  return findings.reduce<CueFinding | null>((best, f) => (!best || better(f, best) ? f : best), null);
}
