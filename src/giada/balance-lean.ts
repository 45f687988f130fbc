/**
 * The balancing rule among candidates tied in the rotation of a weight class (data plus functions).
 *
 * Rotation fixes how many cases of each class every judge or panel receives (the lowest assignment index
 * wins); it cannot fix their weights, which vary inside a class (class III may run from 7 to 12), nor the
 * moment each one receives its case in a round, and over a year those differences add up to overall loads
 * several percent apart. So, among the candidates tied for the next case of the class, the case goes to
 * the lowest *balancing key*:
 *
 *   key = load + correction × deviation,   correction = DEVIATION_WEIGHT × (weight − class mean) / weight
 *
 * - `load`: the candidate's weighted load per full-time equivalent, all classes: whoever receives the case
 *   carries its weight at once, so the less loaded come first;
 * - `deviation`: how much heavier (positive) or lighter (negative) the cases it holds are than the mean
 *   weight of their classes, per FTE (its load minus, per class, cases per FTE × the class mean): a case
 *   heavier than its class's mean goes preferably to whoever has so far received lighter cases than the
 *   means, a lighter one to whoever has received heavier ones, so that inside the classes the weights even
 *   out too.
 *
 * The first term alone (always the least loaded) leaves the weights inside the classes to chance; the
 * second alone (the previous rule: a heavy case to the least loaded, a light one to the most loaded) lets
 * light cases go to whoever is already ahead. Every tied candidate still receives exactly one case of the
 * class in its turn: only who gets which, and when in the round, changes.
 */
export const DEVIATION_WEIGHT = 5;

export interface BalanceLean {
  /** The class's mean weight over the cases it holds before this one (null: the class's first case). */
  classMean: number | null;
  /** Per class (configuration order), the mean weight of the cases the pool holds (null: none yet). */
  classMeans: (number | null)[];
  /** DEVIATION_WEIGHT × (weight − class mean) / weight: how much the deviation counts, and with which sign. */
  correction: number;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** The lean of a case of `weight` in a class whose cases weigh `classMean` on average; `classMeans` for every class. */
export function leanOf(weight: number, classMean: number | null, classMeans: readonly (number | null)[]): BalanceLean {
  const mean = classMean === null ? null : round(classMean);
  return {
    classMean: mean,
    classMeans: classMeans.map((m) => (m === null ? null : round(m))),
    correction: mean === null || weight <= 0 ? 0 : round((DEVIATION_WEIGHT * (weight - mean)) / weight),
  };
}

/** The balancing key of a tied candidate: lower goes first. */
export function leanKey(lean: BalanceLean, load: number, deviation: number): number {
  return load + lean.correction * deviation;
}
