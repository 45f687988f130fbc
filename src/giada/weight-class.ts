import type { GiadaConfig } from '../domain/giada.ts';

export type WeightClass = GiadaConfig['weightClasses'][number];

/**
 * The configured class whose range holds `weight` (ranges are inclusive, the last may be open). A weight
 * between two ranges (e.g. 2.5 with classes 0–2 and 3–6) belongs to the class below it; a weight under
 * every range to the first class: every proceeding has exactly one class.
 */
export function classifyWeight(weight: number, classes: readonly WeightClass[]): { index: number; weightClass: WeightClass } {
  const sorted = classes.map((weightClass, index) => ({ index, weightClass })).sort((a, b) => a.weightClass.min - b.weightClass.min);
  let found = sorted[0];
  if (!found) throw new Error('Nessuna classe di peso configurata.');
  for (const entry of sorted) if (weight >= entry.weightClass.min) found = entry;
  return found;
}
