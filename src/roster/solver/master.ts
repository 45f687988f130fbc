import type { Highs } from 'highs';
import type { Problem } from './problem.ts';
import { createRowScratch, evaluateRow, type RowScratch } from './row-cost.ts';

/**
 * The set-partitioning master problem on HiGHS: one row per person (choose exactly one column),
 * one equality per weighted (day, shift) with under/over slack columns priced by the cover weights.
 */
export interface Column {
  person: number;
  row: Int16Array;
  cost: number;
}

type HighsModel = ReturnType<Highs['createModel']>;

export interface Master {
  pr: Problem;
  model: HighsModel;
  coverRow: Int32Array;
  slackCols: number;
  columns: Column[];
  byPerson: number[][];
  seen: Set<string>;
  scratch: RowScratch;
  cells: Int16Array;
}

type HighsLoader = () => Promise<Highs>;

/** Loads HiGHS (its ESM and CommonJS builds expose the loader differently). */
export async function loadHighs(): Promise<Highs> {
  const mod = (await import('highs')) as unknown as { default: HighsLoader | { default: HighsLoader } };
  return typeof mod.default === 'function' ? mod.default() : mod.default.default();
}

export function createMaster(highs: Highs, pr: Problem): Master {
  const { P, D, S } = pr;
  const model = highs.createModel();
  model.options.set({ output_flag: false });
  const coverRow = new Int32Array(D * S).fill(-1);
  for (let p = 0; p < P; p++) model.addRow(1, 1, { indices: [], values: [] });
  let next = P;
  for (let k = 0; k < D * S; k++) {
    if (!(pr.coverUnder[k]! > 0 || pr.coverOver[k]! > 0)) continue;
    coverRow[k] = next++;
    const t = pr.coverTarget[k]!;
    model.addRow(t, t, { indices: [], values: [] });
    model.addCol(pr.coverUnder[k]!, 0, Number.POSITIVE_INFINITY, { indices: [coverRow[k]!], values: [1] });
    model.addCol(pr.coverOver[k]!, 0, Number.POSITIVE_INFINITY, { indices: [coverRow[k]!], values: [-1] });
  }
  return {
    pr, model, coverRow, slackCols: 2 * (next - P), columns: [], byPerson: Array.from({ length: P }, () => []),
    seen: new Set(), scratch: createRowScratch(pr), cells: new Int16Array(P * D),
  };
}

/** Adds person p's row as a column unless it is known or breaks a hard rule; returns its index or -1. */
export function addColumn(m: Master, p: number, row: Int16Array): number {
  const { D, S } = m.pr;
  const key = `${p}:${row.join(',')}`;
  if (m.seen.has(key)) return -1;
  m.cells.set(row, p * D);
  evaluateRow(m.pr, m.cells, p, m.scratch);
  if (m.scratch.hard > 0) return -1;
  m.seen.add(key);
  const indices = [p];
  for (let d = 0; d < D; d++) {
    const v = row[d]!;
    if (v >= 0 && m.coverRow[d * S + v]! >= 0) indices.push(m.coverRow[d * S + v]!);
  }
  m.model.addCol(m.scratch.soft, 0, Number.POSITIVE_INFINITY, { indices, values: indices.map(() => 1) });
  const j = m.columns.length;
  m.columns.push({ person: p, row: row.slice(), cost: m.scratch.soft });
  m.byPerson[p]!.push(j);
  return j;
}

/** Solves the LP; returns row duals and column values. */
export function solveMaster(m: Master): { dual: Float64Array; value: Float64Array; objective: number } {
  m.model.run();
  const solution = m.model.getSolution();
  return { dual: solution.rowDual, value: solution.colValue.subarray(m.slackCols), objective: m.model.getObjectiveValue() };
}

/** Forces person p onto column j (all their other columns to zero). */
export function fixColumn(m: Master, p: number, j: number): void {
  for (const k of m.byPerson[p]!) m.model.changeColBounds(m.slackCols + k, k === j ? 1 : 0, k === j ? 1 : 0);
}

/** Lifts every fix made by `fixColumn`. */
export function releaseColumns(m: Master): void {
  for (let k = 0; k < m.columns.length; k++) m.model.changeColBounds(m.slackCols + k, 0, Number.POSITIVE_INFINITY);
}
