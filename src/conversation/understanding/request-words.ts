import { reasonWords } from './intent-context.ts';
import { pastFactWords } from './intent-context-facts.ts';
import { softClauseStarts } from './soft-clauses.ts';

/**
 * The words of the request itself, without the reasons and past facts told beside it: "dovendo
 * organizzare le vacanze di Natale, potrei sapere se sono di turno a dicembre?" asks about December,
 * "visto che ho l'udienza preliminare lunga, chi è di turno per le convalide?" about the convalide.
 * The slots are read there first (`understand.ts`); what only a reason names is read when nothing else is.
 */
export interface Beside {
  /** Blank the reasons ("perché …", "visto che …", "dovendo …", "devo organizzare …"). */
  reasons: boolean;
  /** Blank the past facts ("ero in ferie …"). */
  pastFacts: boolean;
}

/** The text with the chosen contexts blanked (same length, so offsets hold); null when none of them is there. */
export function withoutBeside(words: readonly string[], clauseStart: readonly boolean[], beside: Beside): string | null {
  const starts = softClauseStarts(words, clauseStart);
  const reason = beside.reasons ? reasonWords(words, starts) : words.map(() => false);
  const past = beside.pastFacts ? pastFactWords(words, starts) : words.map(() => false);
  const blank = words.map((_w, i) => reason[i]! || past[i]!);
  if (!blank.includes(true)) return null;
  return words.map((w, i) => (blank[i] ? ' '.repeat(w.length) : w)).join(' ');
}
