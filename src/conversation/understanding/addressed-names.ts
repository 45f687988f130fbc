import { blankWords, type NormalizedText } from './normalize-text.ts';
import { isSurnameLike, surnameParticles } from './known-words.ts';

/**
 * A colleague addressed with "@" in a group chat ("@Ferrero ok, allora scambiamo la reperibilità di sabato",
 * "@Bosio ok, allora scambio con te l'assegnazione di giovedì 7"). In a swap they are the colleague asked;
 * in anything else the message is only addressed to them ("@Gallo ok, allora confermo: le mie ferie di
 * giovedì 26 le annullo" is about the writer's own), so their name is no colleague of the request.
 */

export interface AddressedName {
  surname: string;
  index: number;
}

/** The first colleague written with "@" ("@De Luca" with its particle), or null. */
export function addressedColleague(text: NormalizedText): AddressedName | null {
  for (let i = 0; i < text.words.length; i++) {
    if (!text.addressed[i]) continue;
    const word = text.words[i]!;
    const next = text.words[i + 1];
    if (surnameParticles.has(word) && next !== undefined && isSurnameLike(next) && !text.clauseStart[i + 1]) return { surname: `${text.raw[i]} ${text.raw[i + 1]}`, index: i };
    if (isSurnameLike(word) || text.capitalized[i]) return { surname: text.raw[i]!, index: i };
  }
  return null;
}

/** The text with the names written with "@" blanked (same shape), so no reader takes them for the colleague meant. */
export function withoutAddressed(text: NormalizedText): NormalizedText {
  if (!text.addressed.includes(true)) return text;
  // "@De Luca": the particle's surname too.
  const blank = text.words.map((w, i) => text.addressed[i] || (i > 0 && text.addressed[i - 1] === true && surnameParticles.has(text.words[i - 1]!) && isSurnameLike(w) && !text.clauseStart[i]));
  return blankWords(text, (i) => blank[i]!);
}
