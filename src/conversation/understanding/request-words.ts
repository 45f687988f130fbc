import { reasonWords } from './intent-context.ts';
import { pastFactWords } from './intent-context-facts.ts';
import { askingOpeners, softClauseStarts } from './soft-clauses.ts';

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

/**
 * The question opened by a verb of wanting to know, up to the end of its clause, when it holds word `at` and
 * does not start the clause ("sono a Foggia oggi per un'udienza e volevo sapere se venerdì ho la reperibilità"):
 * the text with the other words blanked (same length, so offsets hold) and its bounds, else null. What is told
 * before it is the question's context; the question names its own day and service.
 */
export function askingClause(words: readonly string[], clauseStart: readonly boolean[], at: number): { text: string; from: number; to: number } | null {
  const from = askingOpeners(words, clauseStart).filter((i) => i < at).pop();
  if (from === undefined || words.slice(from + 1, at + 1).some((_w, k) => clauseStart[from + 1 + k])) return null;
  let to = at + 1;
  while (to < words.length && !clauseStart[to]) to++;
  return { text: words.map((w, i) => (i >= from && i < to ? w : ' '.repeat(w.length))).join(' '), from, to };
}
