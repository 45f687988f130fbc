import type { Intent } from './understanding.ts';

/**
 * One piece of evidence for an intent: a pattern over the normalised text. `strong` cues are the request
 * itself (a verb of the request, a question word with a duty word); `weak` ones are words of the domain
 * that also appear in sentences asking something else (a duty noun, a greeting).
 */
export type CueStrength = 'strong' | 'weak';

export interface IntentCue {
  intent: Intent;
  any: RegExp;
  /** Must match too, anywhere: "chi" asks who is on duty only when the sentence speaks of a duty. */
  also?: RegExp;
  /** The cue does not count at all when this matches anywhere. */
  unless?: RegExp;
  strength: CueStrength;
  /** Counts only when its words are a whole clause asked with "?" ("io sabato?", not "io sabato ferie"). */
  wholeAskedClause?: boolean;
  /** Counts only when its words open a clause after the first ("turni di febbraio: generali", the object told before the verb). */
  opensLaterClause?: boolean;
}

/** A pattern matching whole words of the normalised text (words are separated by single spaces). */
export const cue = (source: string): RegExp => new RegExp(`(?:^|\\s)(?:${source})(?=$|\\s)`);
