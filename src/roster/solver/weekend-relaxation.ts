import { searchColumns, type ColumnBudget } from './column-generation.ts';
import { constructRoster } from './construct.ts';
import type { Prng } from './prng.ts';
import type { Problem } from './problem.ts';
import type { RowMove } from './row-move.ts';
import { createState, lexicographicScore, recomputeState } from './state.ts';

/**
 * Weekends planned by the column phase on a relaxation: the problem with the cover of weekdays left out (their
 * weights zero), so that only the weekend days' cover ties people together. Each person's row is then priced at the
 * weekend days' duals alone, its weekdays shaped by the person's own requests and rules; a root and one cell dive on
 * it give a roster whose weekend cells are the plan. This sees what a weekend costs the person's weekdays (a
 * weekend worked next to a requested Friday night, two days off needed before it, a type's maximum used up) exactly,
 * where the compact weekend MIP (`weekend-plan.ts`) sees the weekend days only.
 *
 * Measured on Instance13 (60 s budget, two cores): the relaxed root converges in about 10-12 s (bound 1333.4, the
 * optimum being 1348) and its dive ends by 13-16 s. The pinned problem's LP (Lagrangian pricing) is then 1356.4
 * with this plan, against 1435.0 with the weekend MIP's plan of a 60 s solve (1453) and 1349.0 with the weekends of
 * an optimal roster. The plan ignores whether the weekdays can be covered around it; on Instance13 they could:
 * the pinned root and one cell dive then gave 1357 (20-24 s of root, 12-16 s of dive).
 */

/** The problem with every weekday's cover weights zero: cover counts on weekend days only. */
export function weekdayCoverRelaxed(pr: Problem): Problem {
  const coverUnder = pr.coverUnder.slice();
  const coverOver = pr.coverOver.slice();
  for (let d = 0; d < pr.D; d++) {
    if (pr.weekendOf[d]! >= 0) continue;
    coverUnder.fill(0, d * pr.T, (d + 1) * pr.T);
    coverOver.fill(0, d * pr.T, (d + 1) * pr.T);
  }
  return { ...pr, coverUnder, coverOver };
}

/**
 * The weekend plan from the column phase on `weekdayCoverRelaxed(pr)` (root, then one cell dive, rounded at its
 * deadline): a roster of the whole problem whose weekend cells are the plan (its weekdays are not meant to be kept),
 * or null when the phase found none. `move` prices rows of `pr` (the relaxation has the same rows).
 */
export async function planWeekendsByColumns(pr: Problem, move: RowMove, rng: Prng,
  budget: Pick<ColumnBudget, 'clock' | 'mipStart' | 'deadline' | 'threads' | 'pricing' | 'dropClosedColumns'>): Promise<Int16Array | null> {
  const relaxed = weekdayCoverRelaxed(pr);
  const state = createState(relaxed, constructRoster(relaxed, rng));
  const score = (cells: Int16Array) => {
    state.cells.set(cells);
    recomputeState(state);
    return lexicographicScore(state);
  };
  const found = await searchColumns(relaxed, move, state.cells.slice(), rng,
    { ...budget, maxDives: 1, restrictedMip: false, roundAtDeadline: true }, score);
  return found?.cells ?? null;
}
