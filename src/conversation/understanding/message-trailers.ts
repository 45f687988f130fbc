/**
 * What a phone or an e-mail adds to a message without being part of it, dropped before reading: the
 * prefixes of a subject ("Re:", "Fwd:", "I:"), the header of a message quoted below ("Da: … Inviato: …"), a
 * signature block ("-- Mario Rossi", "Mario Rossi | Sostituto Procuratore | …"), the footer of the device it was sent from ("Inviato da iPhone", "Inviato dal mio smartphone Samsung",
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

/** The header of a message quoted below a reply in Outlook ("Da: Gallo Maria Inviato: lunedì 23 novembre …", "From: … Sent: …"), and all below it. */
const QUOTED_HEADER = /\s(?:da|from)\s*:\s[^]*?\s(?:inviato|sent)\s*:\s[^]*$/iu;
/**
 * A signature block ending the message: after "--", or a first name and surname after the message's last
 * sentence, followed by a role or an office and a few words ("… Mario Rossi | Sostituto Procuratore | Procura di
 * Torino"); never the start of a message ("Mario Rossi, procura: ferie il 3").
 */
const ROLES = "sostitut[oa] procurat(?:ore|rice)|procurat(?:ore|rice)(?: aggiunt[oa]| capo| della repubblica)?|giudice|magistrat[oa]|consiglier[ea]|pm|gip|gup|procura|tribunale|corte|segreteria|cancelleria|ufficio|tel\\.?|cell\\.?";
const DASHES_BLOCK = /\s--+\s*(?=\p{Lu})[^]*$/u;
const NAME_AND_ROLE_BLOCK = new RegExp(`(?<=[.!?,:]\\s*)\\s*(?:(?:dott\\.?(?:ssa)?|dr\\.?)\\s+)?([\\p{L}']+)\\s+([\\p{L}']+)\\s*[|,–—-]\\s*(?:${ROLES})\\b(?:[\\s|,.:;()+–—-]*[\\p{L}\\d'@.]+){0,14}[\\s.]*$`, 'iu');

/** The message without a signature block at its end (the name written with capitals, as a signature is). */
function withoutSignatureBlock(text: string): string {
  const dashed = text.replace(DASHES_BLOCK, '');
  const block = NAME_AND_ROLE_BLOCK.exec(dashed);
  return block && /^\p{Lu}/u.test(block[1]!) && /^\p{Lu}/u.test(block[2]!) ? dashed.slice(0, block.index) : dashed;
}

/** The prefixes of a mail's subject at the start ("Re:", "R:", "Fwd:", "I:", "Oggetto:"): no words of the message. */
const SUBJECT_PREFIXES = /^\s*(?:(?:re|r|fw|fwd|i|inoltro|oggetto|ogg|subject)\s*:\s*)+/iu;

/** The message without its subject prefixes, its device footer and the name signed after its closing (the closing kept). */
export function withoutTrailers(text: string): string {
  const unfooted = text.replace(SUBJECT_PREFIXES, '').replace(QUOTED_HEADER, '').replace(DEVICE_FOOTER, '');
  return withoutSignature(withoutSignatureBlock(unfooted));
}

/** The message without the name signed after its closing (the closing kept). */
function withoutSignature(unfooted: string): string {
  const signed = SIGNATURE.exec(unfooted);
  if (!signed) return unfooted;
  const signature = unfooted.slice(signed.index + signed[1]!.length);
  return signedWithCapitals(signature.trim().replace(/[.!]$/, '')) ? unfooted.slice(0, signed.index + signed[1]!.length) : unfooted;
}
