/**
 * Numbers in Italian for reports: a decimal comma and a fixed number of decimals ("13,3"). A value that rounds
 * to zero is written "0,0", never "-0,0"; `signedIt` writes a deviation with its sign ("+0,9", "-1,8", "0,0").
 */
export function numberIt(value: number, digits = 1): string {
  const shown = value.toLocaleString('it-IT', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return /^-0(,0*)?$/.test(shown) ? shown.slice(1) : shown;
}

export function signedIt(value: number, digits = 1): string {
  const shown = numberIt(value, digits);
  return value > 0 && /[1-9]/.test(shown) ? `+${shown}` : shown;
}
