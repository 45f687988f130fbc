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
