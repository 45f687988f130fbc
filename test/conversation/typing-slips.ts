/**
 * The slips of typing a word on a phone, generated rather than written one by one: a letter replaced by
 * a neighbour on the keyboard, a letter doubled, a letter missing, two neighbours swapped.
 */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** The keys around `c` on a QWERTY keyboard (each row half a key right of the one above). */
export function keyNeighbours(c: string): string[] {
  const r = ROWS.findIndex((row) => row.includes(c));
  if (r < 0) return [];
  const x = ROWS[r]!.indexOf(c);
  const around: [number, number][] = [[0, -1], [0, 1], [-1, 0], [-1, 1], [1, -1], [1, 0]];
  return around.flatMap(([dr, dx]) => ROWS[r + dr]?.[x + dx] ?? []);
}

export interface Slips {
  neighbour: string[];
  doubled: string[];
  missing: string[];
  swapped: string[];
}

export function typingSlips(word: string): Slips {
  const slips: Slips = { neighbour: [], doubled: [], missing: [], swapped: [] };
  for (let i = 0; i < word.length; i++) {
    for (const n of keyNeighbours(word[i]!)) slips.neighbour.push(word.slice(0, i) + n + word.slice(i + 1));
    slips.doubled.push(word.slice(0, i + 1) + word.slice(i));
    slips.missing.push(word.slice(0, i) + word.slice(i + 1));
    if (word[i] !== word[i + 1] && i + 1 < word.length) slips.swapped.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  const unique = (xs: string[]) => [...new Set(xs)].filter((x) => x !== word);
  return { neighbour: unique(slips.neighbour), doubled: unique(slips.doubled), missing: unique(slips.missing), swapped: unique(slips.swapped) };
}
