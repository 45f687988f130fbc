import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { NOT_FIXED, type Problem } from './problem.ts';
import type { RowMove } from './row-move.ts';
import { priceRow, type PricingMode } from './row-pricing.ts';

/**
 * Prices the rows of a round on every core: pricing is one row DP per person, independent of the
 * others, and 90 % of the column phase's time (profiled on Instance14). Helper threads
 * (`pricing-worker.ts`) hold their own copy of the problem and DP tables; the inputs of a round
 * (duals, dive pins, the people to skip) and its results (cost, exactness and row per person) live
 * in shared memory, and every thread takes the next person from one atomic counter, the calling
 * thread too, which then waits until every person is priced. The DP is deterministic and the
 * per-person surcharge memory is shared, so the results equal pricing on one thread. Until the
 * helpers have loaded (a fraction of a second), or when they fail, the calling thread prices alone.
 */
export interface PricingInputs {
  /** Cover row of each (day, shift) in the master, or -1. */
  coverRow: Int32Array;
  /** Dive pins per cell, or NOT_FIXED. */
  pins: Int16Array;
  /** Branching bans per (cell, value), as in `Master.bans`. */
  bans: Uint8Array;
}

/**
 * The results of a round, per person: the row's cost (INF: none), whether pricing was exact, a lower bound on
 * the cost of every valid row (`RowMove.lowerBound`), the row.
 */
export interface PricedRows {
  cost: Float64Array;
  exact: Uint8Array;
  lower: Float64Array;
  rows: Int16Array;
}

/** What a helper thread receives: the problem and the shared buffers. */
export interface PricingShared {
  control: SharedArrayBuffer;
  price: SharedArrayBuffer;
  pins: SharedArrayBuffer;
  bans: SharedArrayBuffer;
  skip: SharedArrayBuffer;
  done: SharedArrayBuffer;
  cost: SharedArrayBuffer;
  exact: SharedArrayBuffer;
  lower: SharedArrayBuffer;
  rows: SharedArrayBuffer;
  remembered: SharedArrayBuffer;
}

/** Slots of the control array. */
export const JOB = 0;
export const NEXT = 1;
export const PRICED = 2;
export const READY = 3;
export const STOP = 4;
const CONTROL_SLOTS = 5;
/** Who priced a person in the last round (the `done` marks). */
export const BY_CALLER = 1;
export const BY_HELPER = 2;

const INF = Number.POSITIVE_INFINITY;
/** A round in which no person gets priced for this long means a helper died: the caller finishes alone. */
const STALL_MS = 10_000;

/**
 * Person p's cell costs for the row DP at the given duals: requests, minus the dual of each
 * covered (day, shift), plus the per-type surcharges; INF off a pinned value (the problem's pins,
 * then the dive pins), on a banned value and where p is not eligible or not available.
 */
export function fillPricedCosts(pr: Problem, at: PricingInputs, p: number, dual: Float64Array, surcharge: Float64Array, out: Float64Array): void {
  const { D, S } = pr;
  for (let d = 0; d < D; d++) {
    const i = p * D + d;
    const pin = at.pins[i] !== NOT_FIXED ? at.pins[i]! : pr.fixed[i]!;
    for (let v = -1; v < S; v++) {
      let c = pr.cellCost[i * (S + 1) + v + 1]!;
      if ((pin !== NOT_FIXED && pin !== v) || at.bans[i * (S + 1) + v + 1]) c = INF;
      else if (v >= 0) {
        if (!pr.eligible[p * S + v] || pr.unavailable[i]) c = INF;
        else {
          const r = at.coverRow[d * S + v]!;
          c += (r >= 0 ? -dual[r]! : 0) + surcharge[v]!;
        }
      }
      out[d * (S + 1) + v + 1] = c;
    }
  }
}

/** Prices person p into the results (shared by the calling thread and the helpers). */
export function priceOne(pr: Problem, move: RowMove, at: PricingInputs, p: number, price: Float64Array, out: PricedRows, mode: PricingMode): void {
  out.cost[p] = priceRow(pr, move, p, mode, (sur, costs) => fillPricedCosts(pr, at, p, price, sur, costs));
  out.exact[p] = move.exact ? 1 : 0;
  out.lower[p] = move.lowerBound;
  out.rows.set(move.row, p * pr.D);
}

/** The typed views over the shared buffers. */
export function sharedViews(s: PricingShared) {
  return {
    control: new Int32Array(s.control), price: new Float64Array(s.price), pins: new Int16Array(s.pins), bans: new Uint8Array(s.bans), skip: new Uint8Array(s.skip),
    done: new Int32Array(s.done), out: { cost: new Float64Array(s.cost), exact: new Uint8Array(s.exact), lower: new Float64Array(s.lower), rows: new Int16Array(s.rows) } as PricedRows,
    remembered: new Float64Array(s.remembered),
  };
}

export interface PricingPool {
  /** Prices every person not in `skip` at `price` (indexed by master row); results per person. */
  price(at: PricingInputs, skip: Uint8Array, price: Float64Array): PricedRows;
  /** Whether the helper threads have loaded (until then rounds are priced on the calling thread). */
  ready(): boolean;
  /** How many people of the last round the helper threads priced. */
  pricedByHelpers(): number;
  /** Stops the helpers. */
  close(): void;
}

/** How many helper threads to start: one per further core, at most three. */
export function helperCount(threads = availableParallelism()): number {
  return Math.max(0, Math.min(3, threads - 1));
}

/**
 * A pool pricing on the calling thread and `helpers` more. `move.remembered` is moved into shared
 * memory (the helpers read and update it too). `coverRow`: the master's cover row of each (day, shift);
 * `rows`: the number of master rows (the duals' length); `mode`: how each row is priced.
 */
export function createPricingPool(pr: Problem, move: RowMove, coverRow: Int32Array, rows: number, helpers = helperCount(),
  mode: PricingMode = 'first-valid'): PricingPool {
  const sab = (bytes: number) => new SharedArrayBuffer(Math.max(8, bytes));
  const shared: PricingShared = {
    control: sab(4 * CONTROL_SLOTS), price: sab(8 * rows), pins: sab(2 * pr.P * pr.D), bans: sab(pr.P * pr.D * (pr.S + 1)), skip: sab(pr.P), done: sab(4 * pr.P),
    cost: sab(8 * pr.P), exact: sab(pr.P), lower: sab(8 * pr.P), rows: sab(2 * pr.P * pr.D), remembered: sab(8 * pr.P * pr.S),
  };
  const v = sharedViews(shared);
  v.remembered.set(move.remembered);
  move.remembered = v.remembered;
  const workers: Worker[] = [];
  let broken = false;
  for (let k = 0; k < helpers; k++) {
    try {
      const worker = new Worker(new URL('./pricing-worker-boot.mjs', import.meta.url), {
        workerData: { module: new URL('./pricing-worker.ts', import.meta.url).href, pr, shared, coverRow, maxCounts: move.dp.maxCounts, mode },
      });
      worker.unref();
      worker.on('error', () => { broken = true; });
      workers.push(worker);
    } catch {
      broken = true;
    }
  }
  // Prices, on this thread, everyone not skipped and not priced yet in this round.
  const alone = (at: PricingInputs, skip: Uint8Array, price: Float64Array): void => {
    for (let p = 0; p < pr.P; p++) {
      if (skip[p] || Atomics.load(v.done, p) !== 0) continue;
      priceOne(pr, move, at, p, price, v.out, mode);
      Atomics.store(v.done, p, BY_CALLER);
    }
  };
  return {
    price(at, skip, price) {
      v.done.fill(0);
      if (!this.ready()) {
        alone(at, skip, price);
        return v.out;
      }
      v.price.set(price);
      v.pins.set(at.pins);
      v.bans.set(at.bans);
      v.skip.set(skip);
      Atomics.store(v.control, PRICED, 0);
      Atomics.store(v.control, NEXT, 0);
      Atomics.add(v.control, JOB, 1);
      Atomics.notify(v.control, JOB);
      const sharedAt: PricingInputs = { coverRow: at.coverRow, pins: v.pins, bans: v.bans };
      for (let p = Atomics.add(v.control, NEXT, 1); p < pr.P; p = Atomics.add(v.control, NEXT, 1)) {
        if (!v.skip[p]) priceOne(pr, move, sharedAt, p, v.price, v.out, mode);
        Atomics.store(v.done, p, BY_CALLER);
        Atomics.add(v.control, PRICED, 1);
      }
      for (let seen = Atomics.load(v.control, PRICED); seen < pr.P; seen = Atomics.load(v.control, PRICED)) {
        if (Atomics.wait(v.control, PRICED, seen, STALL_MS) === 'timed-out' && Atomics.load(v.control, PRICED) === seen) {
          // A helper stopped mid-round: finish alone from now on.
          broken = true;
          alone(sharedAt, v.skip, v.price);
          break;
        }
      }
      return v.out;
    },
    ready() {
      return !broken && workers.length > 0 && Atomics.load(v.control, READY) === workers.length;
    },
    pricedByHelpers() {
      let n = 0;
      for (let p = 0; p < pr.P; p++) if (Atomics.load(v.done, p) === BY_HELPER) n++;
      return n;
    },
    close() {
      Atomics.store(v.control, STOP, 1);
      Atomics.add(v.control, JOB, 1);
      Atomics.notify(v.control, JOB);
      for (const w of workers) void w.terminate();
    },
  };
}
