/**
 * A proceeding's register number (R.G.): a number and its year of two or four digits, whatever is
 * written around it ("1234/2026", "n. 77/26 R.G.N.R."). The ledger keeps the number for good, so a
 * slip like "abc" or "1234" must be caught before a request is decided.
 */
const REGISTER_NUMBER = /(?:^|[^\d/])\d{1,7}\/(?:\d{4}|\d{2})(?![\d/])/;

export function isRegisterNumber(text: string): boolean {
  return REGISTER_NUMBER.test(text.trim());
}

/** The Italian refusal for something that is not a register number. */
export function describeBadRegisterNumber(text: string): string {
  return `"${text}" non sembra un numero di R.G. Scrivilo come numero/anno, per esempio 1234/2026.`;
}
