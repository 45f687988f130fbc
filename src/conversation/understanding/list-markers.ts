/**
 * A numbered list in a message ("Richiesta di ferie: 1) dal 15 al 19 febbraio 2) il 22 marzo", "1. dal 3 al 7
 * gennaio") numbers its items: the marker is no day. Dropped from the text before anything reads dates.
 */

/** "1)", "2)" opening the message, a line or a clause, or standing after a word: no day is written "15)". */
const PAREN_MARKER = /(^|[\s:;,(])\d{1,2}\)(?=\s|$)/g;

/** "1.", "2." opening the message, a line or a clause, with a later number in the item ("1. dal 15 al 19"): "ferie: 3." stays the 3rd. */
const DOT_MARKER = /(^|\n|[:;]\s*)\s*\d{1,2}\.\s+(?=[^\n.;]*\d)/g;

/** The text with its list markers blanked. */
export function withoutListMarkers(text: string): string {
  return text.replace(PAREN_MARKER, '$1 ').replace(DOT_MARKER, '$1 ');
}
