/**
 * Charge codes as people write them ("416-bis", "416 bis c.p.", "art. 416bis cp", "74 dpr 309/90") in one
 * form, so that a configured offence is recognised however the charge was typed. The chat form's own
 * example ("640, 416-bis") wrote the mafia association without "c.p.": it was scored as an ordinary
 * charge (weight 2, class I, instead of 7, class III).
 */

const LATIN = 'bis|ter|quater|quinquies|sexies|septies|octies|novies|decies';

/** The common form of a code or a configured prefix: lower case, "art." dropped, "416-bis", "c.p.", "d.p.r.", four-digit years. */
export function normaliseCode(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:artt?\.?|articol[oi])\s*/, '')
    .replace(new RegExp(`(\\d)\\s*-?\\s*(${LATIN})\\b`, 'g'), '$1-$2')
    .replace(/\bn\.\s*(?=\d)/g, '')
    .replace(/(^|\s)c\.?\s?p\.?\s?p\.?(?=\s|,|$)/g, '$1c.p.p.')
    .replace(/(^|\s)c\.?\s?p\.?(?=\s|,|$)/g, '$1c.p.')
    .replace(/(^|\s)d\.?\s?p\.?\s?r\.?(?=\s|,|$)/g, '$1d.p.r.')
    .replace(/(^|\s)d\.?\s?lgs\.?(?=\s|,|$)/g, '$1d.lgs.')
    .replace(/(^|\s)r\.?\s?d\.?(?=\s|,|$)/g, '$1r.d.')
    .replace(/\/(\d{2})(?!\d)/g, (_m, yy: string) => `/${Number(yy) > 30 ? '19' : '20'}${yy}`);
}

/** A charge in the common form; a bare article ("416-bis", "640") is of the criminal code, as in practice. */
export function normaliseCharge(code: string): string {
  const common = normaliseCode(code);
  return /^\d+(?:-[a-z]+)?(?:\.\d+)?$/.test(common) ? `${common} c.p.` : common;
}

/** True when the charge falls under the configured prefix ("416-bis" covers "416-bis.1 c.p."). */
export function chargeMatches(code: string, prefix: string): boolean {
  return normaliseCharge(code).startsWith(normaliseCode(prefix));
}
