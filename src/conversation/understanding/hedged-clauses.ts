import { clauseEndAt } from './soft-clauses.ts';

/**
 * A possibility told after a question ("la Niccolai che ha la settimana prossima? forse la devo sostituire io", "che
 * turni ha la Rossi sabato? magari la sostituisco io"): why one asks, not a second request, so weighed like a
 * condition. Only told (not asked) and only after a clause asked with "?": alone or asked, "magari mi copri
 * sabato?" is a polite request itself.
 */
const HEDGES = new Set(['forse', 'magari', 'probabilmente', 'eventualmente', 'chissa', 'presumibilmente', 'possibilmente']);

/** Words of a clause opened by a word of possibility, told after a question: per word, whether it is one. */
export function hedgedWords(words: readonly string[], clauseStart: readonly boolean[], asked: readonly boolean[]): boolean[] {
  const inside = words.map(() => false);
  words.forEach((w, i) => {
    if (!HEDGES.has(w) || !(i === 0 || clauseStart[i]) || asked[i] === true || !asked.slice(0, i).includes(true)) return;
    for (let j = i + 1; j < clauseEndAt(clauseStart, i); j++) inside[j] = true;
  });
  return inside;
}
