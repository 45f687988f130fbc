import type { Prng } from './prng.ts';
import { keepsTaskPin, NOT_FIXED, type Problem } from './problem.ts';

/** Per task, the shift type that provides exactly that task, or −1 (then construction leaves it). */
function singleShifts(pr: Problem): Int16Array {
  return Int16Array.from({ length: pr.T }, (_, t) => {
    if (pr.identity) return t;
    for (let s = 0; s < pr.S; s++) if (pr.taskStart[s + 1]! - pr.taskStart[s]! === 1 && pr.taskList[pr.taskStart[s]!] === t) return s;
    return -1;
  });
}

/** The shift type with the fewest tasks that keeps cell i's task pin (−1 when none does). */
function leanestKeeping(pr: Problem, i: number): number {
  let best = -1;
  for (let v = 0; v < pr.S; v++) {
    if (!keepsTaskPin(pr, i, v)) continue;
    if (best < 0 || pr.taskStart[v + 1]! - pr.taskStart[v]! < pr.taskStart[best + 1]! - pr.taskStart[best]!) best = v;
  }
  return best;
}

/**
 * Greedy construction, day by day: pinned cells first, then each (day, task) is filled up to its
 * target, with the shift type providing just that task, by people for whom it breaks no local hard
 * rule, preferring those furthest below their minimum load. O(D · T · P) so it scales to large horizons.
 */
export function constructRoster(pr: Problem, rng: Prng): Int16Array {
  const { P, D, S, T } = pr;
  const single = singleShifts(pr);
  const cells = new Int16Array(P * D).fill(-1);
  for (let i = 0; i < P * D; i++) if (pr.fixed[i] !== NOT_FIXED) cells[i] = pr.fixed[i]!;
  else if (pr.taskPinOf[i]! >= 0) cells[i] = leanestKeeping(pr, i);
  const minutes = new Float64Array(P);
  const counts = new Int32Array(P * T);
  const run = new Int32Array(P);
  const order = Int32Array.from({ length: P }, (_, i) => i);
  for (let d = 0; d < D; d++) {
    for (let t = 0; t < T; t++) {
      const s = single[t]!;
      let need = pr.coverTarget[d * T + t]!;
      for (let p = 0; p < P; p++) {
        const v = cells[p * D + d]!;
        if (v >= 0 && pr.provides[v * T + t]) need--;
      }
      if (need <= 0 || s < 0) continue;
      shuffle(order, rng);
      const request = (p: number) => (pr.hasRequests ? pr.cellCost[(p * D + d) * (S + 1) + s + 1]! : 0);
      const score = (p: number) => (pr.minMinutes[p]! - minutes[p]!) - 50 * request(p);
      const candidates = Array.from(order).filter((p) => fits(pr, cells, minutes, counts, run, p, d, s));
      candidates.sort((a, b) => score(b) - score(a));
      for (const p of candidates.slice(0, need)) cells[p * D + d] = s;
    }
    for (let p = 0; p < P; p++) {
      const v = cells[p * D + d]!;
      if (v >= 0) {
        minutes[p]! += pr.minutes[v]!;
        for (let k = pr.taskStart[v]!; k < pr.taskStart[v + 1]!; k++) counts[p * T + pr.taskList[k]!]!++;
        run[p]!++;
      } else run[p] = 0;
    }
  }
  return cells;
}

function fits(pr: Problem, cells: Int16Array, minutes: Float64Array, counts: Int32Array, run: Int32Array,
  p: number, d: number, s: number): boolean {
  const { D, S, T } = pr;
  const i = p * D + d;
  if (cells[i] !== -1 || pr.fixed[i] !== NOT_FIXED || !keepsTaskPin(pr, i, s) || pr.unavailable[i] || !pr.eligible[p * S + s]) return false;
  if (d > 0) {
    const prev = cells[i - 1]!;
    if (prev >= 0 && pr.forbidden[prev * S + s]) return false;
  }
  for (let k = pr.taskStart[s]!; k < pr.taskStart[s + 1]!; k++) {
    const t = pr.taskList[k]!;
    if (counts[p * T + t]! >= pr.maxShifts[p * T + t]!) return false;
  }
  if (minutes[p]! + pr.minutes[s]! > pr.maxMinutes[p]!) return false;
  return run[p]! < pr.maxConsecutive[p]!;
}

function shuffle(order: Int32Array, rng: Prng): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}
