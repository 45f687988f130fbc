/**
 * The balancing rule among candidates tied in the rotation of a weight class (data plus a function).
 *
 * Rotation fixes how many cases of each class every judge or panel receives (the lowest assignment index
 * wins); it cannot fix their weights, which vary inside a class (class II may run from 3 to 6), and over a
 * year those differences add up to overall loads several percent apart. So, among the candidates tied
 * for the next case of the class, the case leans towards whoever it brings closer to the others: a case
 * at least as heavy as the class's mean weight goes to the tied candidate with the lowest overall
 * weighted load per full-time equivalent (all classes together), a lighter one to the tied candidate with
 * the highest. Every tied candidate still receives exactly one case of the class in its turn; only who
 * receives the heavier and who the lighter ones changes, so deficits in one class are made up in the
 * others.
 */
export type LeanDirection = 'lowest' | 'highest';

export interface BalanceLean {
  /** The class's mean weight over the cases it holds before this one (null: the class's first case). */
  classMean: number | null;
  /** `lowest`: to the tied candidate with the lowest overall load; `highest`: to the one with the highest. */
  direction: LeanDirection;
}

/** The lean of a case of `weight` in a class whose cases weigh `classMean` on average. */
export function leanOf(weight: number, classMean: number | null): BalanceLean {
  const rounded = classMean === null ? null : Math.round(classMean * 1e6) / 1e6;
  return { classMean: rounded, direction: rounded === null || weight >= rounded ? 'lowest' : 'highest' };
}

/** Orders two overall loads per FTE by the lean: the one the case should go to first. */
export function compareByLean(lean: BalanceLean, a: number, b: number): number {
  return lean.direction === 'lowest' ? a - b : b - a;
}
