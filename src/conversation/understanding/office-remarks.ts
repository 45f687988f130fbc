import { clauseEndAt } from './soft-clauses.ts';

/**
 * A remark on the office's life told, not asked ("oggi si riparte con le udienze", "da lunedì ricominciano le
 * direttissime", "si torna ai turni normali"): small talk about what starts again, like "settimana lunga questa". Its
 * words are a courtesy's: a duty named there asks nothing. Only the impersonal "si …" and the third person plural, whose
 * subject is the duty itself; the writer's own restart ("riparto con le udienze lunedì") may tell their duties.
 */
const IMPERSONAL_RESUMING = /^(?:riparte|ricomincia|riprende|riinizia|rinizia|torna|rientra|inizia|comincia|parte|riapre)$/;
const PLURAL_RESUMING = /^(?:ripartono|ricominciano|riprendono|riiniziano|riniziano|tornano|rientrano|iniziano|cominciano|partono|riaprono)$/;
const PLURAL_SUBJECTS = new Set(['le', 'i', 'gli']);

/** The length of a remark's verb at word `i` ("si riparte", "ripartono le"), or 0. */
function remarkVerbAt(words: readonly string[], i: number): number {
  if (words[i] === 'si' && IMPERSONAL_RESUMING.test(words[i + 1] ?? '')) return 2;
  return PLURAL_RESUMING.test(words[i] ?? '') && PLURAL_SUBJECTS.has(words[i + 1] ?? '') ? 1 : 0;
}

/** Words of a told remark on what starts again: from its verb to the end of its clause, only in a clause not asked. */
export function officeRemarkWords(words: readonly string[], clauseStart: readonly boolean[], asked: readonly boolean[] = []): boolean[] {
  const inside = words.map(() => false);
  words.forEach((_w, i) => {
    if (asked[i] === true || remarkVerbAt(words, i) === 0) return;
    for (let j = i; j < clauseEndAt(clauseStart, i); j++) inside[j] = true;
  });
  return inside;
}
