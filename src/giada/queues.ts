/**
 * The assignment queues: per candidate and weight class, the cases received (assignments, backfills,
 * minus reassignments away), and the assignment index = received / (capacity / 100), i.e. cases per
 * full-time equivalent. The lowest index receives the next case of the class. Per subject matter too, for the
 * matters whose rotation weighs the candidates' section percentages (section-share.ts): `matterIndex`.
 */
export class Queues {
  readonly #received: Float64Array;
  readonly #load: Float64Array;
  readonly #classCases: Float64Array;
  readonly #classWeight: Float64Array;
  readonly #matterReceived: Float64Array;

  constructor(
    readonly candidateCount: number,
    readonly classCount: number,
    /** Capacity in percent per candidate. */
    private readonly capacities: readonly number[],
    /** Per candidate, its pool (0 judges, 1 panels): class means are kept per pool. */
    private readonly pools: readonly number[] = [],
    /** How many subject matters the configuration has (configuration order): cases are also counted per matter. */
    readonly matterCount = 0,
  ) {
    this.#received = new Float64Array(candidateCount * classCount);
    this.#load = new Float64Array(candidateCount);
    this.#classCases = new Float64Array(classCount * 2);
    this.#classWeight = new Float64Array(classCount * 2);
    this.#matterReceived = new Float64Array(candidateCount * classCount * matterCount);
  }

  /**
   * A case of `weight` in class `klass` and subject matter `matter` (configuration index, −1 when unknown) taken
   * (+1) or given back (−1) by `candidate`: its place in the class queue and in the matter's, its weighted load,
   * and the class's total weight (for the class's mean weight).
   */
  take(candidate: number, klass: number, weight: number, sign: 1 | -1, matter = -1): void {
    const at = candidate * this.classCount + klass;
    this.#received[at] = (this.#received[at] ?? 0) + sign;
    if (matter >= 0 && matter < this.matterCount) {
      const m = at * this.matterCount + matter;
      this.#matterReceived[m] = (this.#matterReceived[m] ?? 0) + sign;
    }
    this.#load[candidate] = (this.#load[candidate] ?? 0) + sign * weight;
    const pooled = (this.pools[candidate] ?? 0) * this.classCount + klass;
    this.#classCases[pooled] = (this.#classCases[pooled] ?? 0) + sign;
    this.#classWeight[pooled] = (this.#classWeight[pooled] ?? 0) + sign * weight;
  }

  /** Mean weight of the cases held in class `klass` by the pool `pool` (0 judges, 1 panels), or null when none. */
  classMean(klass: number, pool: number): number | null {
    const pooled = pool * this.classCount + klass;
    const cases = this.#classCases[pooled] ?? 0;
    return cases > 0 ? (this.#classWeight[pooled] ?? 0) / cases : null;
  }

  /**
   * How much heavier (positive) or lighter the cases the candidate holds are than the means of their
   * classes, per full-time equivalent: (its load − Σ per class cases received × `classMeans[k]`) / FTE.
   */
  deviationPerFte(candidate: number, classMeans: readonly (number | null)[]): number {
    const capacity = this.capacityOf(candidate);
    if (capacity <= 0) return 0;
    let expected = 0;
    for (let k = 0; k < this.classCount; k += 1) expected += this.received(candidate, k) * (classMeans[k] ?? 0);
    return ((this.#load[candidate] ?? 0) - expected) / (capacity / 100);
  }

  /** Weighted load per full-time equivalent. */
  loadPerFte(candidate: number): number {
    const capacity = this.capacityOf(candidate);
    return capacity > 0 ? (this.#load[candidate] ?? 0) / (capacity / 100) : Infinity;
  }

  received(candidate: number, klass: number): number {
    return this.#received[candidate * this.classCount + klass] ?? 0;
  }

  /** Cases of the class and of the subject matter `matter` (configuration index) received. */
  matterReceived(candidate: number, klass: number, matter: number): number {
    return this.#matterReceived[(candidate * this.classCount + klass) * this.matterCount + matter] ?? 0;
  }

  /**
   * Cases of the class and matter per full-time equivalent in the matter: its capacity weighed by `sharePercent`,
   * its share of the matter's sections (section-share.ts). Infinity without capacity or share.
   */
  matterIndex(candidate: number, klass: number, matter: number, sharePercent: number): number {
    const capacity = (this.capacityOf(candidate) * sharePercent) / 100;
    return capacity > 0 ? this.matterReceived(candidate, klass, matter) / (capacity / 100) : Infinity;
  }

  capacityOf(candidate: number): number {
    return this.capacities[candidate] ?? 0;
  }

  /** Cases of the class per full-time equivalent; Infinity for a candidate without capacity. */
  index(candidate: number, klass: number): number {
    const capacity = this.capacityOf(candidate);
    return capacity > 0 ? this.received(candidate, klass) / (capacity / 100) : Infinity;
  }
}

/** Index equality up to floating-point noise (capacities such as 100/3 make inexact quotients). */
export function sameIndex(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
