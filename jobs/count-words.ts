/** "1 turno", "3 turni": a number with the Italian singular or plural that goes with it. */
export function countWords(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
