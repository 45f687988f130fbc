import { blankWords, type NormalizedText } from './normalize-text.ts';
import { articleWords, titleWords } from './known-words.ts';

/**
 * Whom to call, not whom the message is about: "sono in ferie fino al 6/1, x urgenze chiamate Cattaneo",
 * "per urgenze rivolgersi al dott. Neri", "in mia assenza contattate la collega Ferri". A name right after
 * a verb of contacting, in the forms that send others to them ("chiamate", "chiamare", "contattate",
 * "rivolgetevi a", "rivolgersi al", "telefonate a", "sentite", "scrivete a"), is a contact; "chiama Rossi",
 * said to turnario, is not. Pure functions over the normalised words.
 */
const CONTACT_VERB = /^(?:(?:chiam|contatt|telefon|interpell|cerc)(?:ate|are|ando)|(?:sent|scriv)(?:ite|ete|ire|ere)|rivolg[a-z]*)$/;
const CONTACT_LINKS = new Set(['a', 'al', 'alla', 'ad', 'pure', 'direttamente', 'eventualmente']);

/** The text with the names of the people to contact blanked, so no reader takes them for the colleague meant. */
export function withoutContacts(text: NormalizedText): NormalizedText {
  const blank = new Set<number>();
  text.words.forEach((w, i) => {
    if (!CONTACT_VERB.test(w)) return;
    let j = i + 1;
    while (j < text.words.length && (CONTACT_LINKS.has(text.words[j]!) || articleWords.has(text.words[j]!) || titleWords.has(text.words[j]!))) j++;
    // The name and, for "de rosa", its second word.
    for (let k = j; k < Math.min(j + 2, text.words.length) && !text.clauseStart[k]; k++) blank.add(k);
  });
  return blank.size === 0 ? text : blankWords(text, (i) => blank.has(i));
}
