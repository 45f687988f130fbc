import { generate, type PricingBudget } from './column-pricing.ts';
import { fixColumn, type Master } from './master.ts';
import type { Prng } from './prng.ts';
import type { RowMove } from './row-move.ts';

/**
 * A dive on whole columns: each step fixes every person whose column the LP holds at 1, plus the
 * most favoured tenth of the others (their best column, with noise), then prices a few rounds
 * again, until every person is fixed: an integer roster, or null when the budget runs out.
 * Complements the cell dive: on small instances whose pricing is not exact (Instance5, a
 * maximum of 14 not counted in the DP) it lands closer to the optimum.
 */
export function diveOnColumns(m: Master, move: RowMove, rng: Prng, noise: number, budget: PricingBudget): Int16Array | null {
  const pr = m.pr;
  const fixed = new Uint8Array(pr.P);
  const chosen = new Int32Array(pr.P).fill(-1);
  const bestJ = new Int32Array(pr.P);
  const bestScore = new Float64Array(pr.P);
  let left = pr.P;
  const fix = (p: number, j: number) => { fixed[p] = 1; chosen[p] = j; left--; fixColumn(m, p, j); };
  while (left > 0) {
    if (budget.clock() >= budget.deadline) return null;
    const { value } = generate(m, move, fixed, budget, { maxRounds: DIVE_ROUNDS });
    const free: number[] = [];
    for (let p = 0; p < pr.P; p++) {
      if (fixed[p]) continue;
      bestScore[p] = Number.NEGATIVE_INFINITY;
      for (const j of m.byPerson[p]!) {
        const x = value[j] ?? 0;
        const score = x > 0.999 ? 2 : x + noise * rng.next();
        if (score > bestScore[p]!) { bestScore[p] = score; bestJ[p] = j; }
      }
      if (bestScore[p] === 2) fix(p, bestJ[p]!);
      else free.push(p);
    }
    free.sort((a, b) => bestScore[b]! - bestScore[a]!);
    const batch = Math.max(1, Math.ceil(free.length * DIVE_BATCH));
    for (const p of free.slice(0, batch)) fix(p, bestJ[p]!);
  }
  const cells = new Int16Array(pr.P * pr.D);
  chosen.forEach((j, p) => cells.set(m.columns[j]!.row, p * pr.D));
  return cells;
}

const DIVE_ROUNDS = 4;
const DIVE_BATCH = 0.1;
