import { stageChangeCell, stageReassignBlock, stageSetSegment, stageSwapBlock } from './moves.ts';
import type { Prng } from './prng.ts';
import { stageRecreateRows, type RowMove } from './row-move.ts';
import { indexBlocks, stageExchangeTasks, stageTransferTask } from './task-moves.ts';
import { beginMove, commitMove, evaluateStaged, recomputeState, rollbackMove, undoInto, type SearchState } from './state.ts';

export interface AnnealBudget {
  /** Stop after this many move attempts (Infinity for none). */
  iterations: number;
  /** Stop when clock() reaches this (Infinity for none). */
  deadline: number;
  clock: () => number;
}

export interface AnnealSettings {
  hardWeight: number;
  startTemperature: number;
  endTemperature: number;
  /** Strategic oscillation: raise the hard weight while infeasible, lower it while feasible. */
  adaptive: boolean;
  minHardWeight: number;
  /** Share of iterations that re-plan a whole row by dynamic programming. */
  rowMoveRate: number;
  /** Cooling cycles; each after the first restarts from the best roster. */
  cycles: number;
  /** Largest number of rows one ruin-and-recreate move re-plans. */
  maxRecreate: number;
}

export interface AnnealResult {
  best: Int16Array;
  bestHard: number;
  bestSoft: number;
  iterations: number;
}

/** Picks and stages one random move; false when the drawn move is not applicable. */
function stageRandomMove(st: SearchState, rng: Prng, blockOf: Int32Array | null): boolean {
  const r = rng.next();
  if (blockOf) {
    // Declared tasks: most moves hand one turn of one task over, or exchange two.
    if (r < 0.45) return stageTransferTask(st, rng, blockOf);
    if (r < 0.75) return stageExchangeTasks(st, rng, blockOf);
    if (r < 0.85) return stageSwapBlock(st, rng, 1);
    if (r < 0.95) return stageSwapBlock(st, rng, 2 + rng.below(6));
    return stageChangeCell(st, rng);
  }
  if (st.pr.blocks.length > 0 && r < 0.05) return stageReassignBlock(st, rng);
  if (r < 0.25) return stageChangeCell(st, rng);
  if (r < 0.45) return stageSwapBlock(st, rng, 1);
  if (r < 0.85) return stageSwapBlock(st, rng, 2 + rng.below(6));
  return stageSetSegment(st, rng, 2 + rng.below(4));
}

function isBetter(hard: number, soft: number, bestHard: number, bestSoft: number): boolean {
  return hard < bestHard - 1e-9 || (Math.abs(hard - bestHard) <= 1e-9 && soft < bestSoft - 1e-9);
}

/**
 * Simulated annealing over hard·W + soft with geometric cooling on the budget's progress.
 * Keeps the lexicographically best (hard, soft) roster seen; copies it lazily.
 */
export function anneal(st: SearchState, rng: Prng, budget: AnnealBudget, settings: AnnealSettings,
  rowMove: RowMove | null = null): AnnealResult {
  const start = budget.clock();
  const span = budget.deadline - start;
  const best = st.cells.slice();
  let bestHard = st.hard;
  let bestSoft = st.soft;
  let currentIsBest = true;
  let temperature = settings.startTemperature;
  const ratio = settings.endTemperature / settings.startTemperature;
  let iter = 0;
  let hardWeight = settings.hardWeight;
  let currentCycle = 0;
  const blockOf = st.pr.identity || !st.pr.maskOf ? null : indexBlocks(st.pr);
  for (; iter < budget.iterations; iter++) {
    if ((iter & 255) === 0) {
      const now = budget.clock();
      if (now >= budget.deadline) break;
      // With a move budget, cooling follows it alone (the deadline is then only a safety stop), so
      // the run is reproducible for a seed and a budget.
      const progress = Number.isFinite(budget.iterations) ? iter / budget.iterations : Number.isFinite(span) ? (now - start) / span : 0;
      const cycle = Math.min(Math.floor(progress * settings.cycles), settings.cycles - 1);
      if (cycle !== currentCycle) {
        currentCycle = cycle;
        if (!currentIsBest) {
          st.cells.set(best);
          recomputeState(st);
          currentIsBest = true;
        }
      }
      temperature = settings.startTemperature * Math.pow(ratio, progress * settings.cycles - cycle);
    }
    if ((iter & 1023) === 0 && settings.adaptive) {
      hardWeight = st.hard > 0 ? Math.min(hardWeight * 1.2, settings.hardWeight * 20) : Math.max(hardWeight / 1.2, settings.minHardWeight);
    }
    beginMove(st);
    const staged = rowMove && rng.next() < settings.rowMoveRate
      ? stageRecreateRows(st, rowMove, rng, 1 + rng.below(settings.maxRecreate)) : stageRandomMove(st, rng, blockOf);
    if (!staged) { rollbackMove(st); continue; }
    evaluateStaged(st);
    const delta = st.stagedSoft + hardWeight * st.stagedHard;
    if (delta > 0 && rng.next() >= Math.exp(-delta / temperature)) { rollbackMove(st); continue; }
    commitMove(st);
    if (isBetter(st.hard, st.soft, bestHard, bestSoft)) {
      bestHard = st.hard;
      bestSoft = st.soft;
      currentIsBest = true;
    } else if (currentIsBest && (st.stagedHard !== 0 || st.stagedSoft !== 0)) {
      best.set(st.cells);
      undoInto(st, best);
      currentIsBest = false;
    }
  }
  if (currentIsBest) best.set(st.cells);
  return { best, bestHard, bestSoft, iterations: iter };
}
