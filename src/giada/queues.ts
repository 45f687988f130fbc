/**
 * The assignment queues: per candidate and weight class, the cases received (assignments, backfills,
 * minus reassignments away), and the assignment index = received / (capacity / 100), i.e. cases per
 * full-time equivalent. The lowest index receives the next case of the class.
 */
export class Queues {
  readonly #received: Float64Array;
  readonly #load: Float64Array;

  constructor(
    readonly candidateCount: number,
    readonly classCount: number,
    /** Capacity in percent per candidate. */
    private readonly capacities: readonly number[],
  ) {
    this.#received = new Float64Array(candidateCount * classCount);
    this.#load = new Float64Array(candidateCount);
  }

  /** Adds to the weighted load (sum of weights of the cases held, all classes). */
  addLoad(candidate: number, weight: number): void {
    this.#load[candidate] = (this.#load[candidate] ?? 0) + weight;
  }

  /** Weighted load per full-time equivalent. */
  loadPerFte(candidate: number): number {
    const capacity = this.capacityOf(candidate);
    return capacity > 0 ? (this.#load[candidate] ?? 0) / (capacity / 100) : Infinity;
  }

  received(candidate: number, klass: number): number {
    return this.#received[candidate * this.classCount + klass] ?? 0;
  }

  add(candidate: number, klass: number, delta: number): void {
    const at = candidate * this.classCount + klass;
    this.#received[at] = (this.#received[at] ?? 0) + delta;
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
