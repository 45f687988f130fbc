import { canPlace, pickPerson } from './moves.ts';
import type { Prng } from './prng.ts';
import type { Problem } from './problem.ts';
import { stageCell, type SearchState } from './state.ts';

/**
 * Moves for models with declared tasks, where a cell may hold several tasks: they move one task
 * (over one turn: a day, or a whole block) between people, turning each cell into the shift type
 * of its new task set. A move whose task set has no shift type (an undeclared combination) is
 * not applicable.
 */

/** Per task, for each day, the index of the block of that task containing it, or −1. */
export function indexBlocks(pr: Problem): Int32Array {
  const of = new Int32Array(pr.T * pr.D).fill(-1);
  pr.blocks.forEach((b, i) => { for (const d of b.days) of[b.shift * pr.D + d] = i; });
  return of;
}

/** The shift type of cell value v with task t added (add) or removed; −1 for an empty set; −2 when undeclared. */
function withTask(pr: Problem, v: number, t: number, add: boolean): number {
  const mask = v >= 0 ? pr.maskOf![v]! : 0;
  const next = add ? mask | (1 << t) : mask & ~(1 << t);
  if (next === 0) return -1;
  return pr.shiftOfMask!.get(next) ?? -2;
}

function holds(pr: Problem, v: number, t: number): boolean {
  return v >= 0 && pr.provides[v * pr.T + t] === 1;
}

/** Days of the turn of task t that day d belongs to: its block, or the day alone. */
function turnDays(pr: Problem, blockOf: Int32Array, t: number, d: number): ArrayLike<number> {
  const b = blockOf[t * pr.D + d]!;
  return b >= 0 ? pr.blocks[b]!.days : [d];
}

/** Can the turn `days` of task t go from person `from` to person `to`? Stages it when it can. */
function stageTransfer(st: SearchState, t: number, days: ArrayLike<number>, from: number, to: number): boolean {
  const pr = st.pr;
  const D = pr.D;
  for (let k = 0; k < days.length; k++) {
    const d = days[k]!;
    const a = st.cells[from * D + d]!;
    const b = st.cells[to * D + d]!;
    if (!holds(pr, a, t) || holds(pr, b, t)) return false;
    const a2 = withTask(pr, a, t, false);
    const b2 = withTask(pr, b, t, true);
    if (a2 === -2 || b2 === -2 || !canPlace(pr, from, d, a2) || !canPlace(pr, to, d, b2)) return false;
  }
  for (let k = 0; k < days.length; k++) {
    const d = days[k]!;
    stageCell(st, from, d, withTask(pr, st.cells[from * D + d]!, t, false));
    stageCell(st, to, d, withTask(pr, st.cells[to * D + d]!, t, true));
  }
  return true;
}

/** Picks a random task of a worked cell of some person and gives that turn to another person. */
export function stageTransferTask(st: SearchState, rng: Prng, blockOf: Int32Array): boolean {
  const pr = st.pr;
  if (!pr.maskOf || pr.P < 2) return false;
  const p = pickPerson(st, rng);
  const d = rng.below(pr.D);
  const v = st.cells[p * pr.D + d]!;
  if (v < 0) return false;
  const t = pr.taskList[pr.taskStart[v]! + rng.below(pr.taskStart[v + 1]! - pr.taskStart[v]!)]!;
  let q = rng.below(pr.P - 1);
  if (q >= p) q++;
  return stageTransfer(st, t, turnDays(pr, blockOf, t, d), p, q);
}

/** Two people exchange one turn each (of any tasks), so both keep their number of turns. */
export function stageExchangeTasks(st: SearchState, rng: Prng, blockOf: Int32Array): boolean {
  const pr = st.pr;
  if (!pr.maskOf || pr.P < 2) return false;
  const p = pickPerson(st, rng);
  let q = rng.below(pr.P - 1);
  if (q >= p) q++;
  const d1 = rng.below(pr.D);
  const d2 = rng.below(pr.D);
  const v1 = st.cells[p * pr.D + d1]!;
  const v2 = st.cells[q * pr.D + d2]!;
  if (v1 < 0 || v2 < 0) return false;
  const t1 = pr.taskList[pr.taskStart[v1]! + rng.below(pr.taskStart[v1 + 1]! - pr.taskStart[v1]!)]!;
  const t2 = pr.taskList[pr.taskStart[v2]! + rng.below(pr.taskStart[v2 + 1]! - pr.taskStart[v2]!)]!;
  if (!stageTransfer(st, t1, turnDays(pr, blockOf, t1, d1), p, q)) return false;
  return stageTransfer(st, t2, turnDays(pr, blockOf, t2, d2), q, p);
}
