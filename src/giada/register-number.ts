/**
 * A proceeding's register number (R.G.): a number and its year of two or four digits, whatever is
 * written around it ("1234/2026", "n. 77/26 R.G.N.R."). The ledger keeps the number for good, so a
 * slip like "abc" or "1234" must be caught before a request is decided.
 */
const REGISTER_NUMBER = /(?:^|[^\d/])(\d{1,7})\/(\d{4}|\d{2})(?![\d/])/;

export function isRegisterNumber(text: string): boolean {
  return REGISTER_NUMBER.test(text.trim());
}

/** The Italian refusal for something that is not a register number. */
export function describeBadRegisterNumber(text: string): string {
  return `"${text}" non sembra un numero di R.G. Scrivilo come numero/anno, per esempio 1234/2026.`;
}

/** The number and four-digit year a text carries ("n. 77/26 R.G.N.R." → "77/2026"), or null. */
export function registerNumberOf(text: string): string | null {
  const match = REGISTER_NUMBER.exec(text);
  if (!match) return null;
  const year = match[2]!.length === 2 ? `20${match[2]}` : match[2]!;
  return `${Number(match[1])}/${year}`;
}

/**
 * The stored proceeding a clerk means: the exact id, else the only one with the same number and year
 * ("77/26" finds "n. 77/26 R.G.N.R."); null when none or several match.
 */
export function findProceedingId(ids: Iterable<string>, written: string): string | null {
  const all = [...ids];
  if (all.includes(written)) return written;
  const wanted = registerNumberOf(written);
  if (wanted === null) return null;
  const same = all.filter((id) => registerNumberOf(id) === wanted);
  return same.length === 1 ? same[0]! : null;
}

/** Words written around a number that name no register ("n.", "proc. n.", "numero"). */
const NOT_A_REGISTER = new Set(['N', 'NR', 'NUM', 'NUMERO', 'PROC', 'PROCEDIMENTO']);

/**
 * The register a text names, as comparable letters: "n. 77/26 R.G.N.R." → "RGNR", "77/2026 R.G. Trib." → "RGTRIB",
 * "R.G.N.R. n. 77/26" → "RGNR"; "" when it names none ("77/2026", "n. 77/26", the bare "R.G.").
 */
export function registerOf(text: string): string {
  const match = REGISTER_NUMBER.exec(text);
  if (!match) return '';
  const letters = (part: string) =>
    part.split(/[\s,;:()]+/).map((w) => w.replace(/[^A-Za-zÀ-ÿ]/g, '').toUpperCase()).filter((w) => w !== '' && !NOT_A_REGISTER.has(w)).join('');
  const start = match.index + match[0].length;
  const named = letters(text.slice(start)) || letters(text.slice(0, match.index + match[0].indexOf(match[1]!)));
  // "R.G." alone is any office's general register: it tells no register apart.
  return named === 'RG' ? '' : named;
}

/**
 * Whether two written ids are the same proceeding: the same text, or the same number and year in the same register
 * ("77/2026" and "n. 77/26 R.G.N.R."). A number written without its register may be either; two registers named
 * and different ("R.G.N.R." and "R.G. Trib.") keep their numbers apart.
 */
export function isSameProceeding(a: string, b: string): boolean {
  if (a.trim() === b.trim()) return true;
  const number = registerNumberOf(a);
  if (number === null || number !== registerNumberOf(b)) return false;
  const [ra, rb] = [registerOf(a), registerOf(b)];
  return ra === '' || rb === '' || ra === rb;
}
