import type { Prng } from './prng.ts';
import { keepsTaskPin, NOT_FIXED, type Problem } from './problem.ts';
import { stageCell, type SearchState } from './state.ts';

/** May value v be put in cell (p, d) by a move: not pinned, keeping its pinned tasks, eligible, available. */
export function canPlace(pr: Problem, p: number, d: number, v: number): boolean {
  const i = p * pr.D + d;
  if (pr.fixed[i] !== NOT_FIXED || !keepsTaskPin(pr, i, v)) return false;
  if (v < 0) return true;
  return pr.eligible[p * pr.S + v] === 1 && pr.unavailable[i] === 0;
}

/**
 * A random person; while the roster breaks hard rules, a third of the draws go to a person
 * whose row breaks one, so repair effort goes where it is needed.
 */
export function pickPerson(st: SearchState, rng: Prng): number {
  const P = st.pr.P;
  const p = rng.below(P);
  if (st.hard <= 0 || rng.next() >= 0.33) return p;
  for (let k = 0; k < P; k++) {
    const q = (p + k) % P;
    if (st.rowHard[q]! > 0) return q;
  }
  return p;
}

/** A random value for person p other than `current`: off or one of their shift types. */
function pickValue(pr: Problem, rng: Prng, p: number, current: number): number {
  const domain = pr.domain[p]!;
  const n = domain.length + 1;
  let k = rng.below(n);
  let v = k === domain.length ? -1 : domain[k]!;
  if (v === current) {
    k = (k + 1 + rng.below(n - 1)) % n;
    v = k === domain.length ? -1 : domain[k]!;
  }
  return v;
}

/** Change one cell to another value. */
export function stageChangeCell(st: SearchState, rng: Prng): boolean {
  const pr = st.pr;
  const p = pickPerson(st, rng);
  const d = rng.below(pr.D);
  const current = st.cells[p * pr.D + d]!;
  const v = pickValue(pr, rng, p, current);
  if (v === current || !canPlace(pr, p, d, v)) return false;
  stageCell(st, p, d, v);
  return true;
}

/** Swap the cells of two people over `length` consecutive days (1 = same-day swap). */
export function stageSwapBlock(st: SearchState, rng: Prng, length: number): boolean {
  const pr = st.pr;
  if (pr.P < 2 || length > pr.D) return false;
  const p1 = pickPerson(st, rng);
  let p2 = rng.below(pr.P - 1);
  if (p2 >= p1) p2++;
  const start = rng.below(pr.D - length + 1);
  let differs = false;
  for (let d = start; d < start + length; d++) {
    const a = st.cells[p1 * pr.D + d]!;
    const b = st.cells[p2 * pr.D + d]!;
    if (a === b) continue;
    if (!canPlace(pr, p1, d, b) || !canPlace(pr, p2, d, a)) return false;
    differs = true;
  }
  if (!differs) return false;
  for (let d = start; d < start + length; d++) {
    const a = st.cells[p1 * pr.D + d]!;
    const b = st.cells[p2 * pr.D + d]!;
    if (a === b) continue;
    stageCell(st, p1, d, b);
    stageCell(st, p2, d, a);
  }
  return true;
}

/** Set `length` consecutive days of one person to one value (a shift type or off). */
export function stageSetSegment(st: SearchState, rng: Prng, length: number): boolean {
  const pr = st.pr;
  if (length > pr.D) return false;
  const p = pickPerson(st, rng);
  const start = rng.below(pr.D - length + 1);
  const v = pickValue(pr, rng, p, st.cells[p * pr.D + start]!);
  let differs = false;
  for (let d = start; d < start + length; d++) {
    if (st.cells[p * pr.D + d] === v) continue;
    if (!canPlace(pr, p, d, v)) return false;
    differs = true;
  }
  if (!differs) return false;
  for (let d = start; d < start + length; d++) stageCell(st, p, d, v);
  return true;
}

/** Give a whole block to one eligible person, clearing whoever had its shift on those days. */
export function stageReassignBlock(st: SearchState, rng: Prng): boolean {
  const pr = st.pr;
  const block = pr.blocks[rng.below(pr.blocks.length)];
  if (!block) return false;
  const q = rng.below(pr.P);
  for (const d of block.days) if (!canPlace(pr, q, d, block.shift)) return false;
  for (const d of block.days) {
    for (let p = 0; p < pr.P; p++) {
      if (p !== q && st.cells[p * pr.D + d] === block.shift && canPlace(pr, p, d, -1)) stageCell(st, p, d, -1);
    }
    stageCell(st, q, d, block.shift);
  }
  return st.touchedLength > 0;
}
