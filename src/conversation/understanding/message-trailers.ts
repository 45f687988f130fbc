/**
 * What a phone or an e-mail adds to a message without being part of it, dropped before reading: the
 * prefixes of a subject ("Re:", "Fwd:", "I:"), the footer of the device it was sent from ("Inviato da iPhone", "Inviato dal mio smartphone Samsung",
 * "Sent from my iPad", "Inviato da Outlook per Android") and the writer's own name signed after a closing
 * ("Cordiali saluti, Chiara Bosio", "Un saluto, dott.ssa Gallo", "Distinti saluti. Il Procuratore"). The
 * one who signs is the writer, never the colleague a message is about, and a device is no request for
 * the calendar feed ("quali sono i miei turni di dicembre? Inviato da iPhone").
 */

/** Devices, mail programs and the words around them in a footer. */
const DEVICES = 'iphone|ipad|android|outlook|samsung|galaxy|smartphone|cellulare|telefono|telefonino|dispositivo|mobile|huawei|xiaomi|pixel|tablet|blackberry|gmail|yahoo|libero|posta|mail|teams|windows';
/**
 * "Inviato da iPhone", "Inviato dal mio smartphone", "Sent from my iPhone", "Get Outlook for Android": a few
 * words that end the message (not "l'ho inviato tramite posta, ferie da domani", which goes on).
 */
const DEVICE_FOOTER = new RegExp(`(?:^|(?<=[\\s.,;:!?]))(?:(?:inviat[oa]|spedit[oa]|mandat[oa])\\s+(?:da|dal|dalla|dall'|con|tramite)|sent\\s+(?:from|with|via)|get)\\s+(?:(?:il|la|mio|mia|my|un|una|an?|app)\\s+)*(?:${DEVICES})\\b(?:[\\s,]+[\\p{L}\\d.']+){0,4}[\\s.!]*$`, 'iu');

/** Closings after which a name is the writer's signature; not the friendly ones, which may call the colleague ('a presto Rossi'). */
const CLOSINGS = "(?:(?:cordiali|distinti|cari|carissimi|molti|tanti|i migliori|un caro|un cordiale|cordialissimi)\\s+)?saluti|un (?:caro |cordiale )?saluto|cordialmente|cordialita|firmato|in fede|con osservanza";
/** A word of a signature: a title ("dott.ssa", "Il Procuratore") or a capitalised name ("Chiara", "De Luca", "D'Amico"). */
const SIGNATURE_WORD = "(?:dott\\.?(?:ssa)?|dr\\.?|d\\.ssa|avv\\.?|cons\\.?|pres\\.?|prof\\.?|\\p{Lu}[\\p{L}'’.]*)";
const SIGNATURE = new RegExp(`(\\b(?:${CLOSINGS})\\b[\\s,.;:!–—-]*)(?:${SIGNATURE_WORD}[\\s,]*){1,5}[.!]?\\s*$`, 'iu');

/** True when every word of the signature starts with a capital or is a title (the flag `i` makes the pattern blind to case). */
function signedWithCapitals(signature: string): boolean {
  return signature.split(/[\s,]+/).filter((w) => w.length > 0).every((w) => /^\p{Lu}/u.test(w) || /^(?:dott|dr|d\.ssa|avv|cons|pres|prof)/i.test(w));
}

/** The prefixes of a mail's subject at the start ("Re:", "R:", "Fwd:", "I:", "Oggetto:"): no words of the message. */
const SUBJECT_PREFIXES = /^\s*(?:(?:re|r|fw|fwd|i|inoltro|oggetto|ogg|subject)\s*:\s*)+/iu;

/** The message without its subject prefixes, its device footer and the name signed after its closing (the closing kept). */
export function withoutTrailers(text: string): string {
  const unfooted = text.replace(SUBJECT_PREFIXES, '').replace(DEVICE_FOOTER, '');
  const signed = SIGNATURE.exec(unfooted);
  if (!signed) return unfooted;
  const signature = unfooted.slice(signed.index + signed[1]!.length);
  return signedWithCapitals(signature.trim().replace(/[.!]$/, '')) ? unfooted.slice(0, signed.index + signed[1]!.length) : unfooted;
}
