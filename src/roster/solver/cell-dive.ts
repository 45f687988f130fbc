import { generate, type PricingBudget } from './column-pricing.ts';
import { dropClosedColumns, pinCell, unpinCell, type Master } from './master.ts';
import type { Prng } from './prng.ts';
import { leastUnderCoverWeight, NOT_FIXED, type Problem } from './problem.ts';
import type { RowMove } from './row-move.ts';

/**
 * A dive on cells (person, day, value) instead of whole columns: each step takes, per person, the
 * column the LP values most, and pins the cells of it that the LP values most (every cell of it
 * when that column is already at 1), then prices a few rounds again. Pinning cells of one column
 * per person keeps every person at least one open column; leaving the rest of the row free lets
 * pricing rebuild it around the pins, which a dive fixing whole columns cannot. A step that makes
 * the LP jump by half an uncovered slot's weight or more (a slot the pins left uncovered) is taken back and
 * retried with a quarter of the pins, down to one; with `m.dropClosed`, a step kept deletes the columns its pins
 * closed from the LP (`dropClosedColumns`; `releaseColumns` adds them back). Ends with an integer roster when every person has a
 * column at 1; when the budget runs out, with null, or with the roster of every person's leading column when
 * `roundAtDeadline` (a roster that may leave slots short, for a caller with no other).
 */
export function diveOnCells(m: Master, move: RowMove, rng: Prng, noise: number, budget: PricingBudget,
  roundAtDeadline = false): Int16Array | null {
  const pr = m.pr;
  const { P, D, S } = pr;
  const none = new Uint8Array(P);
  const lead = new Int32Array(P);
  const mass = new Float64Array(D * (S + 1));
  const candidates: { p: number; d: number; v: number; score: number }[] = [];
  const allowed = jumpAllowed(pr);
  let lp = generate(m, move, none, budget, { maxRounds: CELL_DIVE_ROUNDS });
  for (;;) {
    const { value } = lp;
    if (budget.clock() >= budget.deadline) return roundAtDeadline ? leadingRoster(m, value) : null;
    candidates.length = 0;
    let integral = true;
    for (let p = 0; p < P; p++) {
      const best = leadingColumn(m, value, p);
      lead[p] = best;
      const row = m.columns[best]!.row;
      if ((value[best] ?? 0) > 0.999) {
        for (let d = 0; d < D; d++) if (m.pins[p * D + d] === NOT_FIXED) pinCell(m, p, d, row[d]!);
        continue;
      }
      integral = false;
      mass.fill(0);
      for (const j of m.byPerson[p]!) {
        const x = value[j] ?? 0;
        if (x <= 1e-9) continue;
        const other = m.columns[j]!.row;
        for (let d = 0; d < D; d++) mass[d * (S + 1) + other[d]! + 1]! += x;
      }
      for (let d = 0; d < D; d++) {
        if (m.pins[p * D + d] !== NOT_FIXED) continue;
        const v = row[d]!;
        candidates.push({ p, d, v, score: mass[d * (S + 1) + v + 1]! + noise * rng.next() });
      }
    }
    if (integral) {
      const cells = new Int16Array(P * D);
      for (let p = 0; p < P; p++) cells.set(m.columns[lead[p]!]!.row, p * D);
      return cells;
    }
    candidates.sort((a, b) => b.score - a.score);
    const before = lp.objective;
    for (let batch = Math.max(1, Math.ceil(candidates.length * CELL_BATCH)); ; batch = Math.ceil(batch / 4)) {
      const pinned = candidates.slice(0, batch);
      for (const c of pinned) pinCell(m, c.p, c.d, c.v);
      lp = generate(m, move, none, budget, { maxRounds: CELL_DIVE_ROUNDS });
      if (batch === 1 || lp.objective - before <= allowed || budget.clock() >= budget.deadline) break;
      for (const c of pinned) unpinCell(m, c.p, c.d);
    }
    if (m.dropClosed) {
      // The step is kept: the columns its pins closed stay closed to the end of the dive.
      const keep = dropClosedColumns(m);
      lp = { ...lp, value: lp.value.filter((_, j) => keep[j] === 1) };
    }
  }
}

/**
 * Every person's column the LP values most, as a roster: it keeps every pin (the columns against them are closed)
 * and each row's hard rules (columns are valid rows); only the cover may suffer where the LP was fractional.
 */
function leadingRoster(m: Master, value: Float64Array): Int16Array {
  const { P, D } = m.pr;
  const cells = new Int16Array(P * D);
  for (let p = 0; p < P; p++) cells.set(m.columns[leadingColumn(m, value, p)]!.row, p * D);
  return cells;
}

/** Person p's column the LP values most (the first of them on a tie). */
function leadingColumn(m: Master, value: Float64Array, p: number): number {
  let best = -1;
  let top = -1;
  for (const j of m.byPerson[p]!) if ((value[j] ?? 0) > top) { top = value[j] ?? 0; best = j; }
  return best;
}

const CELL_DIVE_ROUNDS = 4;
/** Share of the free cells pinned per step. */
const CELL_BATCH = 0.2;
/**
 * How much a step may raise the LP before it is retried with fewer pins: half the cheapest weight of an
 * uncovered slot (a smaller rise is the usual cost of rounding; measured on Instances 7 and 8, a tighter
 * limit of half a percent of the objective retried so often that a 10 s run got 4 dives instead of 9).
 */
function jumpAllowed(pr: Problem): number {
  return leastUnderCoverWeight(pr) / 2;
}
