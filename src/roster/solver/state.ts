import type { Problem } from './problem.ts';
import { coverCost, createRowScratch, evaluateRow, type RowScratch } from './row-cost.ts';

/**
 * The search state with incremental evaluation: a move stages cell changes (cover is updated
 * on the fly), then `evaluateStaged` re-scores only the touched people's rows.
 */
export interface SearchState {
  pr: Problem;
  cells: Int16Array;
  coverCount: Int32Array;
  rowHard: Float64Array;
  rowSoft: Float64Array;
  coverTotal: number;
  hard: number;
  soft: number;
  scratch: RowScratch;
  undoIndex: Int32Array;
  undoValue: Int16Array;
  undoLength: number;
  touched: Int32Array;
  touchedLength: number;
  touchedMark: Uint8Array;
  newHard: Float64Array;
  newSoft: Float64Array;
  coverDelta: number;
  stagedHard: number;
  stagedSoft: number;
}

export function createState(pr: Problem, cells: Int16Array): SearchState {
  const maxUndo = Math.max(64, pr.D * 4);
  const state: SearchState = {
    pr, cells: cells.slice(), coverCount: new Int32Array(pr.D * pr.T),
    rowHard: new Float64Array(pr.P), rowSoft: new Float64Array(pr.P), coverTotal: 0, hard: 0, soft: 0,
    scratch: createRowScratch(pr), undoIndex: new Int32Array(maxUndo), undoValue: new Int16Array(maxUndo),
    undoLength: 0, touched: new Int32Array(pr.P), touchedLength: 0, touchedMark: new Uint8Array(pr.P),
    newHard: new Float64Array(pr.P), newSoft: new Float64Array(pr.P), coverDelta: 0, stagedHard: 0, stagedSoft: 0,
  };
  recomputeState(state);
  return state;
}

/** Full re-score from the cells (used at start and to cancel floating drift). */
export function recomputeState(state: SearchState): void {
  const { pr, cells } = state;
  state.coverCount.fill(0);
  for (let p = 0; p < pr.P; p++) {
    for (let d = 0; d < pr.D; d++) {
      const v = cells[p * pr.D + d]!;
      if (v >= 0) for (let k = pr.taskStart[v]!; k < pr.taskStart[v + 1]!; k++) state.coverCount[d * pr.T + pr.taskList[k]!]!++;
    }
  }
  state.coverTotal = 0;
  for (let i = 0; i < pr.D * pr.T; i++) state.coverTotal += coverCost(pr, i, state.coverCount[i]!);
  state.hard = 0;
  state.soft = state.coverTotal;
  for (let p = 0; p < pr.P; p++) {
    evaluateRow(pr, cells, p, state.scratch);
    state.rowHard[p] = state.scratch.hard;
    state.rowSoft[p] = state.scratch.soft;
    state.hard += state.scratch.hard;
    state.soft += state.scratch.soft;
  }
}

export function beginMove(state: SearchState): void {
  state.undoLength = 0;
  state.touchedLength = 0;
  state.coverDelta = 0;
}

function moveCover(state: SearchState, index: number, step: number): void {
  const before = state.coverCount[index]!;
  state.coverDelta += coverCost(state.pr, index, before + step) - coverCost(state.pr, index, before);
  state.coverCount[index] = before + step;
}

/** Stages one cell change; the cell must not be pinned (callers check `isMovable`). */
export function stageCell(state: SearchState, p: number, d: number, v: number): void {
  const { pr } = state;
  const i = p * pr.D + d;
  const old = state.cells[i]!;
  if (old === v) return;
  if (state.undoLength === state.undoIndex.length) growUndo(state);
  state.undoIndex[state.undoLength] = i;
  state.undoValue[state.undoLength++] = old;
  if (old >= 0) for (let k = pr.taskStart[old]!; k < pr.taskStart[old + 1]!; k++) moveCover(state, d * pr.T + pr.taskList[k]!, -1);
  if (v >= 0) for (let k = pr.taskStart[v]!; k < pr.taskStart[v + 1]!; k++) moveCover(state, d * pr.T + pr.taskList[k]!, 1);
  state.cells[i] = v;
  if (!state.touchedMark[p]) {
    state.touchedMark[p] = 1;
    state.touched[state.touchedLength++] = p;
  }
}

function growUndo(state: SearchState): void {
  const index = new Int32Array(state.undoIndex.length * 2);
  index.set(state.undoIndex);
  const value = new Int16Array(state.undoValue.length * 2);
  value.set(state.undoValue);
  state.undoIndex = index;
  state.undoValue = value;
}

/** Scores the staged move; returns (hard delta, soft delta) in stagedHard / stagedSoft. */
export function evaluateStaged(state: SearchState): void {
  let dh = 0;
  let ds = state.coverDelta;
  for (let k = 0; k < state.touchedLength; k++) {
    const p = state.touched[k]!;
    evaluateRow(state.pr, state.cells, p, state.scratch);
    state.newHard[k] = state.scratch.hard;
    state.newSoft[k] = state.scratch.soft;
    dh += state.scratch.hard - state.rowHard[p]!;
    ds += state.scratch.soft - state.rowSoft[p]!;
  }
  state.stagedHard = dh;
  state.stagedSoft = ds;
}

export function commitMove(state: SearchState): void {
  for (let k = 0; k < state.touchedLength; k++) {
    const p = state.touched[k]!;
    state.rowHard[p] = state.newHard[k]!;
    state.rowSoft[p] = state.newSoft[k]!;
    state.touchedMark[p] = 0;
  }
  state.hard += state.stagedHard;
  state.soft += state.stagedSoft;
  state.coverTotal += state.coverDelta;
}

export function rollbackMove(state: SearchState): void {
  const { pr } = state;
  for (let k = state.undoLength - 1; k >= 0; k--) {
    const i = state.undoIndex[k]!;
    const d = i % pr.D;
    const now = state.cells[i]!;
    const old = state.undoValue[k]!;
    if (now >= 0) for (let j = pr.taskStart[now]!; j < pr.taskStart[now + 1]!; j++) state.coverCount[d * pr.T + pr.taskList[j]!]!--;
    if (old >= 0) for (let j = pr.taskStart[old]!; j < pr.taskStart[old + 1]!; j++) state.coverCount[d * pr.T + pr.taskList[j]!]!++;
    state.cells[i] = old;
  }
  for (let k = 0; k < state.touchedLength; k++) state.touchedMark[state.touched[k]!] = 0;
  state.undoLength = 0;
  state.touchedLength = 0;
}

/** Applies the last move's undo log to another copy of the cells (to keep a best copy lazily). */
export function undoInto(state: SearchState, target: Int16Array): void {
  for (let k = state.undoLength - 1; k >= 0; k--) target[state.undoIndex[k]!] = state.undoValue[k]!;
}

/** Hard breaches first, then the soft penalty: one number that orders rosters lexicographically. */
export function lexicographicScore(state: SearchState): number {
  return state.hard * 1e6 + state.soft;
}
