import type { Highs } from 'highs';
import { NOT_FIXED, type Problem } from './problem.ts';
import type { PricingPool } from './pricing-pool.ts';
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
  seen: Map<string, number>;
  scratch: RowScratch;
  cells: Int16Array;
  /** Dive pins per cell (NOT_FIXED when free): pricing honours them; `pinCell` blocks the columns against them. */
  pins: Int16Array;
  /**
   * Branching bans per (cell, value), at index (p·D + d)·(S + 1) + v + 1 (1: person p may not take value v
   * on day d): pricing honours them; `banCell` closes the columns against them.
   */
  bans: Uint8Array;
  /** Prices rounds of rows (on helper threads when the caller set one up); made on first use otherwise. */
  pool: PricingPool | null;
  /**
   * The simplex for the first solve after the caller's changes (`afterChanges`; see `useSimplex`), and the one
   * HiGHS is set to now.
   */
  afterChanges: SimplexKind;
  simplex: SimplexKind;
  /** Whether a cell dive deletes the columns its kept steps close (`dropClosedColumns`; default false). */
  dropClosed: boolean;
  /** Columns a cell dive deleted once its pins closed them (`dropClosedColumns`); `releaseColumns` adds them back. */
  dropped: Column[];
}

export type SimplexKind = 'primal' | 'dual';

type HighsLoader = () => Promise<Highs>;

/** Loads HiGHS (its ESM and CommonJS builds expose the loader differently). */
export async function loadHighs(): Promise<Highs> {
  const mod = (await import('highs')) as unknown as { default: HighsLoader | { default: HighsLoader } };
  return typeof mod.default === 'function' ? mod.default() : mod.default.default();
}

export function createMaster(highs: Highs, pr: Problem): Master {
  const { P, D, S } = pr;
  const model = highs.createModel();
  model.options.set({ output_flag: false, presolve: 'off', simplex_strategy: SIMPLEX_STRATEGY.primal });
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
    seen: new Map(), scratch: createRowScratch(pr), cells: new Int16Array(P * D), pins: new Int16Array(P * D).fill(NOT_FIXED), bans: new Uint8Array(P * D * (S + 1)), pool: null,
    afterChanges: 'primal', simplex: 'primal', dropClosed: false, dropped: [],
  };
}

const SIMPLEX_STRATEGY: Record<SimplexKind, number> = { primal: 4, dual: 1 };

/**
 * Sets HiGHS's simplex for the next solve. Between pricing rounds only columns are added, so the basis stays
 * primal feasible and the primal simplex re-optimises from it (measured on Instance12's root: LP solves 3x
 * faster than with the default dual simplex, the root converging in 13 s instead of 26 s); after a dive's pins
 * or a branch's bans the basis stays dual feasible instead, which suits the dual simplex. Column generation
 * (`generate`) uses `afterChanges` for its first solve and the primal simplex for the rounds after it: with the
 * dual simplex there too, Instance13's cell dive (pinned weekends) spent 1-2 s per solve on rounds that had only
 * added columns, 34 s a dive against 24 s.
 */
export function useSimplex(m: Master, kind: SimplexKind): void {
  if (m.simplex === kind) return;
  m.model.options.set({ simplex_strategy: SIMPLEX_STRATEGY[kind] });
  m.simplex = kind;
}

/** Adds person p's row as a column unless it is known or breaks a hard rule; returns its index or -1. */
export function addColumn(m: Master, p: number, row: Int16Array): number {
  if (m.seen.has(`${p}:${row.join(',')}`)) return -1;
  const j = m.columns.length;
  m.cells.set(row, p * m.pr.D);
  evaluateRow(m.pr, m.cells, p, m.scratch);
  if (m.scratch.hard > 0) return -1;
  appendColumn(m, { person: p, row: row.slice(), cost: m.scratch.soft });
  return j;
}

/** Appends a column known to keep every hard rule to the LP and the indexes. */
function appendColumn(m: Master, column: Column): void {
  const { D, S } = m.pr;
  const { person: p, row } = column;
  const j = m.columns.length;
  m.seen.set(`${p}:${row.join(',')}`, j);
  const indices = [p];
  for (let d = 0; d < D; d++) {
    const v = row[d]!;
    if (v >= 0 && m.coverRow[d * S + v]! >= 0) indices.push(m.coverRow[d * S + v]!);
  }
  m.model.addCol(column.cost, 0, Number.POSITIVE_INFINITY, { indices, values: indices.map(() => 1) });
  m.columns.push(column);
  m.byPerson[p]!.push(j);
}

/** Solves the LP; returns row duals and column values. */
export function solveMaster(m: Master): { dual: Float64Array; value: Float64Array; objective: number } {
  m.model.run();
  const solution = m.model.getSolution();
  return { dual: solution.rowDual, value: solution.colValue.subarray(m.slackCols), objective: m.model.getObjectiveValue() };
}

/** Forces person p onto column j (all their other columns to zero) for the rest of a dive. */
export function fixColumn(m: Master, p: number, j: number): void {
  for (const k of m.byPerson[p]!) m.model.changeColBounds(m.slackCols + k, k === j ? 1 : 0, k === j ? 1 : 0);
}

/** Pins person p's day d to value v (−1 off) for the rest of a dive: p's columns with another value there are closed. */
export function pinCell(m: Master, p: number, d: number, v: number): void {
  m.pins[p * m.pr.D + d] = v;
  for (const k of m.byPerson[p]!) if (m.columns[k]!.row[d] !== v) m.model.changeColBounds(m.slackCols + k, 0, 0);
}

/** Whether column k agrees with every pin and ban on its person. */
function columnAllowed(m: Master, k: number): boolean {
  const { D, S } = m.pr;
  const { person: p, row } = m.columns[k]!;
  for (let d = 0; d < D; d++) {
    const pin = m.pins[p * D + d]!;
    if ((pin !== NOT_FIXED && pin !== row[d]) || m.bans[(p * D + d) * (S + 1) + row[d]! + 1]) return false;
  }
  return true;
}

/** Lifts the pin of person p's day d: p's columns that agree with every pin and ban left open again. */
export function unpinCell(m: Master, p: number, d: number): void {
  m.pins[p * m.pr.D + d] = NOT_FIXED;
  for (const k of m.byPerson[p]!) if (columnAllowed(m, k)) m.model.changeColBounds(m.slackCols + k, 0, Number.POSITIVE_INFINITY);
}

/** Bans value v (−1 off) from person p's day d: p's columns with v there are closed. */
export function banCell(m: Master, p: number, d: number, v: number): void {
  m.bans[(p * m.pr.D + d) * (m.pr.S + 1) + v + 1] = 1;
  for (const k of m.byPerson[p]!) if (m.columns[k]!.row[d] === v) m.model.changeColBounds(m.slackCols + k, 0, 0);
}

/**
 * Lifts every fix made by `fixColumn`, every pin made by `pinCell` and every ban: all columns open again, those
 * `dropClosedColumns` deleted added back (at new indices, after the others).
 */
export function releaseColumns(m: Master): void {
  m.pins.fill(NOT_FIXED);
  m.bans.fill(0);
  for (let k = 0; k < m.columns.length; k++) m.model.changeColBounds(m.slackCols + k, 0, Number.POSITIVE_INFINITY);
  for (const column of m.dropped) appendColumn(m, column);
  m.dropped = [];
}

/**
 * Deletes from the LP the columns the pins and bans close, keeping them aside in `m.dropped` until `releaseColumns`:
 * for a cell dive, whose pins only grow once a step is kept, so that the closed columns stay closed to its end. Its
 * LP solves then run over the open columns only (Instance13, whole problem, one cell dive from the converged root:
 * 65 s instead of 83 s, the same roster, 1348). Returns, per column index before the call, whether it was kept; the
 * columns kept keep their order.
 */
export function dropClosedColumns(m: Master): Uint8Array {
  const keep = Uint8Array.from(m.columns, (_, k) => (columnAllowed(m, k) ? 1 : 0));
  const mask = new Int32Array(m.slackCols + m.columns.length);
  let dropped = 0;
  keep.forEach((kept, j) => { if (!kept) { mask[m.slackCols + j] = 1; dropped++; } });
  if (dropped === 0) return keep;
  m.model.deleteCols({ kind: 'mask', mask });
  const kept: Column[] = [];
  m.columns.forEach((column, j) => {
    if (keep[j]) kept.push(column);
    else {
      m.dropped.push(column);
      // Not in the LP now (`findColumn` gives -1), and not to be priced in again: pricing honours the pins.
      m.seen.set(`${column.person}:${column.row.join(',')}`, -1);
    }
  });
  m.columns = kept;
  m.byPerson = Array.from({ length: m.pr.P }, () => []);
  kept.forEach((column, j) => {
    m.byPerson[column.person]!.push(j);
    m.seen.set(`${column.person}:${column.row.join(',')}`, j);
  });
  return keep;
}

/** The column index of person p's row, or -1 when it is not in the master. */
export function findColumn(m: Master, p: number, row: Int16Array): number {
  return m.seen.get(`${p}:${row.join(',')}`) ?? -1;
}

/**
 * Solves the master as a MIP over the generated columns within `seconds`, warm-started from
 * the given columns (one per person). Returns the chosen column per person, or null.
 */
export function solveRestrictedMip(m: Master, start: Int32Array, seconds: number): Int32Array | null {
  const { P, D, S } = m.pr;
  const n = m.columns.length;
  const lambda = Int32Array.from({ length: n }, (_, j) => m.slackCols + j);
  m.model.changeColsIntegrality({ kind: 'set', indices: lambda }, new Int32Array(n).fill(1));
  m.model.options.set({ time_limit: Math.max(0.05, seconds), presolve: 'choose', simplex_strategy: SIMPLEX_STRATEGY.dual });
  m.simplex = 'dual';
  const colValue = new Float64Array(m.slackCols + n);
  const count = new Int32Array(D * S);
  for (const j of start) {
    colValue[m.slackCols + j] = 1;
    m.columns[j]!.row.forEach((v, d) => { if (v >= 0) count[d * S + v]!++; });
  }
  for (let k = 0; k < D * S; k++) {
    const r = m.coverRow[k]!;
    if (r < 0) continue;
    const gap = m.pr.coverTarget[k]! - count[k]!;
    colValue[2 * (r - P)] = Math.max(0, gap);
    colValue[2 * (r - P) + 1] = Math.max(0, -gap);
  }
  m.model.setSolution({ colValue });
  m.model.run();
  const value = m.model.getSolution().colValue;
  const chosen = new Int32Array(P).fill(-1);
  for (let j = 0; j < n; j++) if ((value[m.slackCols + j] ?? 0) > 0.5) chosen[m.columns[j]!.person] = j;
  return chosen.every((j) => j >= 0) ? chosen : null;
}
