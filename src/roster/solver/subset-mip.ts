import type { Highs } from 'highs';
import { NOT_FIXED, type Problem } from './problem.ts';

/**
 * The exact re-plan of a few people's whole rows, everyone else kept: a compact MIP on HiGHS
 * (x[p, d, s] = person p works shift s on day d) with every hard rule of the row as linear
 * constraints and the objective as the requests of those people plus the cover of every
 * (day, shift) they can change. Large neighbourhood search calls it with a different group each time.
 *
 * Only for problems whose rules it encodes: shift types are tasks, no load groups, limits, spacings or
 * blocks (the Curtois family); `supportsSubsetMip` says so.
 */
export function supportsSubsetMip(pr: Problem): boolean {
  return pr.identity && pr.loadGroups.length === 0 && pr.limits.length === 0 && pr.spacings.length === 0 && pr.blocks.length === 0;
}

type HighsModel = ReturnType<Highs['createModel']>;

interface Entries { indices: number[]; values: number[] }

/** The MIP under construction: columns first, then rows over them. */
interface Builder {
  model: HighsModel;
  cols: number;
  integer: number[];
  start: number[];
}

function addColumn(b: Builder, cost: number, lower: number, upper: number, integer: boolean, value: number): number {
  b.model.addCol(cost, lower, upper, { indices: [], values: [] });
  if (integer) b.integer.push(b.cols);
  b.start.push(value);
  return b.cols++;
}

function addRow(b: Builder, lower: number, upper: number, e: Entries): void {
  if (e.indices.length > 0) b.model.addRow(lower, upper, e);
}

const INF = Number.POSITIVE_INFINITY;

/** The days re-planned (inclusive); the group's other days keep their cells and act as constants. */
export interface DayWindow { from: number; to: number }

/** Which of the group's cells are re-planned and which shift types each may take (off always may). */
export interface Freedom {
  free(p: number, d: number): boolean;
  allows(p: number, d: number, s: number): boolean;
}

/** Every cell of the window free, any shift type. */
export function windowFreedom(w: DayWindow): Freedom {
  return { free: (_p, d) => d >= w.from && d <= w.to, allows: () => true };
}

/**
 * Columns of one person: var[d * S + s] is the column of (d, s), or −1 when that cell cannot be s
 * (outside the window, unavailable, pinned otherwise, or a forbidden succession with a kept neighbour).
 */
function addPersonColumns(b: Builder, pr: Problem, cells: Int16Array, p: number, free: Uint8Array, f: Freedom): Int32Array {
  const { D, S } = pr;
  const vars = new Int32Array(D * S).fill(-1);
  for (let d = 0; d < D; d++) {
    if (!free[d]) continue;
    const i = p * D + d;
    const pin = pr.fixed[i]!;
    if (pr.unavailable[i] || pin === -1) continue;
    const base = i * (S + 1);
    const before = d > 0 && !free[d - 1] ? cells[i - 1]! : -1;
    const after = d + 1 < D && !free[d + 1] ? cells[i + 1]! : -1;
    for (const s of pr.domain[p]!) {
      if ((pin !== NOT_FIXED && pin !== s) || !f.allows(p, d, s)) continue;
      if ((before >= 0 && pr.forbidden[before * S + s]) || (after >= 0 && pr.forbidden[s * S + after])) continue;
      const cost = (pr.hasRequests ? pr.cellCost[base + s + 1]! - pr.cellCost[base]! : 0) + pr.shiftCost[s]!;
      vars[d * S + s] = addColumn(b, cost, pin === s ? 1 : 0, 1, true, cells[i] === s ? 1 : 0);
    }
  }
  return vars;
}

/** One person's side of the MIP: their columns and their kept cells (constants on the days not free). */
interface PersonVars {
  p: number;
  vars: Int32Array;
  /** Current value of each day (−1 off): the constant of a kept day, the warm start of a free one. */
  kept: Int16Array;
  free: Uint8Array;
  /** First and last free day. */
  w: DayWindow;
}

function isFree(pv: PersonVars, d: number): boolean {
  return pv.free[d] === 1;
}

/**
 * A linear term Σ sign·work[d] over days: free days add their columns to the entries, kept days add
 * their constant to `constant`. Repeated columns are merged.
 */
function workTerms(pv: PersonVars, S: number, terms: readonly (readonly [number, number])[]): Entries & { constant: number } {
  const byCol = new Map<number, number>();
  let constant = 0;
  for (const [d, sign] of terms) {
    if (!isFree(pv, d)) { if (pv.kept[d]! >= 0) constant += sign; continue; }
    for (let s = 0; s < S; s++) {
      const j = pv.vars[d * S + s]!;
      if (j >= 0) byCol.set(j, (byCol.get(j) ?? 0) + sign);
    }
  }
  const e = { indices: [] as number[], values: [] as number[], constant };
  for (const [j, v] of byCol) if (v !== 0) { e.indices.push(j); e.values.push(v); }
  return e;
}

/** Adds Σ terms ≤ upper when some column is involved (kept days move to the right-hand side). */
function addWorkRow(b: Builder, pv: PersonVars, S: number, terms: readonly (readonly [number, number])[], upper: number): void {
  const e = workTerms(pv, S, terms);
  addRow(b, -INF, upper - e.constant, e);
}

/** One shift a day, forbidden successions, run lengths, weekends, per-type maxima and minutes. */
function addPersonRows(b: Builder, pr: Problem, pv: PersonVars, weekendDays: readonly number[][]): void {
  const { D, S } = pr;
  const { p, vars, w } = pv;
  for (let d = w.from; d <= w.to; d++) if (isFree(pv, d)) addWorkRow(b, pv, S, [[d, 1]], 1);
  for (let d = w.from; d < w.to; d++) {
    for (let a = 0; a < S; a++) {
      const ja = vars[d * S + a]!;
      if (ja < 0) continue;
      const e: Entries = { indices: [ja], values: [1] };
      for (let c = 0; c < S; c++) {
        const jc = vars[(d + 1) * S + c]!;
        if (jc >= 0 && pr.forbidden[a * S + c]) { e.indices.push(jc); e.values.push(1); }
      }
      if (e.indices.length > 1) addRow(b, -INF, 1, e);
    }
  }
  const maxRun = pr.maxConsecutive[p]!;
  for (let d = Math.max(0, w.from - maxRun); d + maxRun < D && d <= w.to; d++) {
    const terms: [number, number][] = [];
    for (let k = d; k <= d + maxRun; k++) terms.push([k, 1]);
    addWorkRow(b, pv, S, terms, maxRun);
  }
  addRunMinimum(b, pr, pv, pr.minConsecutive[p]!, pr.exemptMinConsecutive, 1);
  addRunMinimum(b, pr, pv, pr.minOff[p]!, pr.exemptMinOff, -1);
  addWeekendRows(b, pr, pv, weekendDays);
  for (let s = 0; s < S; s++) {
    const e: Entries = { indices: [], values: [] };
    let kept = 0;
    for (let d = 0; d < D; d++) {
      if (!isFree(pv, d)) { if (pv.kept[d] === s) kept++; } else if (vars[d * S + s]! >= 0) { e.indices.push(vars[d * S + s]!); e.values.push(1); }
    }
    if (kept + e.indices.length > pr.maxShifts[p * S + s]!) addRow(b, -INF, pr.maxShifts[p * S + s]! - kept, e);
  }
  const minutes: Entries = { indices: [], values: [] };
  let keptMinutes = 0;
  for (let d = 0; d < D; d++) {
    if (!isFree(pv, d)) { if (pv.kept[d]! >= 0) keptMinutes += pr.minutes[pv.kept[d]!]!; continue; }
    for (let s = 0; s < S; s++) if (vars[d * S + s]! >= 0) { minutes.indices.push(vars[d * S + s]!); minutes.values.push(pr.minutes[s]!); }
  }
  addRow(b, pr.minMinutes[p]! - keptMinutes, Math.min(pr.maxMinutes[p]!, 1e9) - keptMinutes, minutes);
}

/**
 * A run (of work when `kind` is 1, of days off when −1) that starts on day d lasts at least `min`
 * days unless it reaches the end of the horizon (or starts at day 0, when `exempt`):
 * start(d) ≤ same(d + j) for j < min, written on the work indicators w:
 * work: w[d] − w[d−1] − w[d+j] ≤ 0; off: w[d−1] − w[d] + w[d+j] ≤ 1 (from day 0 without
 * exemption: w[j] − w[0] ≤ 0). Only the rows that involve a day of the window are added.
 */
function addRunMinimum(b: Builder, pr: Problem, pv: PersonVars, min: number, exempt: boolean, kind: 1 | -1): void {
  const { D, S } = pr;
  if (min <= 1) return;
  for (let d = Math.max(0, pv.w.from - min + 1); d <= Math.min(D - 1, pv.w.to + 1); d++) {
    if (d === 0 && exempt) continue;
    for (let j = 1; j < min && d + j < D; j++) {
      const terms: [number, number][] = kind === 1 ? [[d, 1], [d + j, -1]] : [[d, -1], [d + j, 1]];
      if (d > 0) terms.push([d - 1, kind === 1 ? -1 : 1]);
      addWorkRow(b, pv, S, terms, kind === 1 ? 0 : d > 0 ? 1 : 0);
    }
  }
}

/** A weekend counts when any of its days is worked: wk ≥ w[d]; at most maxWeekends of them. */
function addWeekendRows(b: Builder, pr: Problem, pv: PersonVars, weekendDays: readonly number[][]): void {
  const { S } = pr;
  if (pr.weekends === 0 || pr.maxWeekends[pv.p]! >= pr.weekends) return;
  const total: Entries = { indices: [], values: [] };
  let keptWeekends = 0;
  for (const days of weekendDays) {
    if (days.some((d) => !isFree(pv, d) && pv.kept[d]! >= 0)) { keptWeekends++; continue; }
    const free = days.filter((d) => isFree(pv, d)).map((d) => ({ d, e: workTerms(pv, S, [[d, 1]]) })).filter(({ e }) => e.indices.length > 0);
    if (free.length === 0) continue;
    const worked = free.some(({ d }) => pv.kept[d]! >= 0) ? 1 : 0;
    const wk = addColumn(b, 0, 0, 1, false, worked);
    total.indices.push(wk); total.values.push(1);
    for (const { e } of free) {
      e.indices.push(wk); e.values.push(-1);
      addRow(b, -INF, 0, e);
    }
  }
  addRow(b, -INF, pr.maxWeekends[pv.p]! - keptWeekends, total);
}

/**
 * Cover of every (day, shift) the group can change: x's + kept count + under − over = target. Kept cells (everyone
 * else's, and the group's cells that are not free) are constants.
 */
function addCoverRows(b: Builder, pr: Problem, cells: Int16Array, people: readonly PersonVars[], vars: Int32Array[]): void {
  const { P, D, S } = pr;
  const free = new Uint8Array(P * D);
  for (const pv of people) free.set(pv.free, pv.p * D);
  const others = new Int32Array(D * S);
  const mine = new Int32Array(D * S);
  for (let p = 0; p < P; p++) {
    for (let d = 0; d < D; d++) {
      const v = cells[p * D + d]!;
      if (v >= 0) (free[p * D + d] ? mine : others)[d * S + v]!++;
    }
  }
  for (let k = 0; k < D * S; k++) {
    if (!(pr.coverUnder[k]! > 0 || pr.coverOver[k]! > 0)) continue;
    const e: Entries = { indices: [], values: [] };
    for (const v of vars) if (v[k]! >= 0) { e.indices.push(v[k]!); e.values.push(1); }
    if (e.indices.length === 0) continue;
    const rhs = pr.coverTarget[k]! - others[k]!;
    const gap = rhs - mine[k]!;
    e.indices.push(addColumn(b, pr.coverUnder[k]!, 0, INF, false, Math.max(0, gap)));
    e.values.push(1);
    e.indices.push(addColumn(b, pr.coverOver[k]!, 0, INF, false, Math.max(0, -gap)));
    e.values.push(-1);
    addRow(b, rhs, rhs, e);
  }
}

export interface SubsetResult {
  /** The group's new rows, in the order of `group`. */
  rows: Int16Array[];
  /** HiGHS proved them the best for this group (else the time limit stopped it). */
  optimal: boolean;
}

/**
 * Re-plans the group's free cells (by default their whole rows) optimally (within `seconds`), every other cell kept;
 * warm-started from the current rows. Null when HiGHS found no integer solution in time.
 */
export function solveSubsetMip(highs: Highs, pr: Problem, cells: Int16Array, group: readonly number[], seconds: number,
  freedom: Freedom = windowFreedom({ from: 0, to: pr.D - 1 })): SubsetResult | null {
  const { D, S } = pr;
  const model = highs.createModel();
  try {
    model.options.set({ output_flag: false, time_limit: Math.max(0.05, seconds), mip_rel_gap: 0 });
    const b: Builder = { model, cols: 0, integer: [], start: [] };
    const people: PersonVars[] = group.map((p) => {
      const free = Uint8Array.from({ length: D }, (_, d) => (freedom.free(p, d) ? 1 : 0));
      const first = free.indexOf(1);
      const w = first < 0 ? { from: 0, to: -1 } : { from: first, to: free.lastIndexOf(1) };
      return { p, vars: addPersonColumns(b, pr, cells, p, free, freedom), kept: cells.slice(p * D, (p + 1) * D), free, w };
    });
    const weekendDays: number[][] = Array.from({ length: pr.weekends }, () => []);
    for (let d = 0; d < D; d++) if (pr.weekendOf[d]! >= 0) weekendDays[pr.weekendOf[d]!]!.push(d);
    for (const pv of people) addPersonRows(b, pr, pv, weekendDays);
    const vars = people.map((pv) => pv.vars);
    addCoverRows(b, pr, cells, people, vars);
    if (b.integer.length > 0) model.changeColsIntegrality({ kind: 'set', indices: Int32Array.from(b.integer) }, new Int32Array(b.integer.length).fill(1));
    if (b.cols === 0) return { rows: people.map((pv) => pv.kept.slice()), optimal: true };
    model.setSolution({ colValue: Float64Array.from(b.start) });
    model.run();
    const value = model.getSolution().colValue;
    if (!value || value.length < b.cols || Number(model.info.get('primal_solution_status')) !== 2) return null;
    const rows = people.map((pv, k) => {
      const row = pv.kept.slice();
      for (let d = 0; d < D; d++) if (pv.free[d]) row[d] = -1;
      for (let d = 0; d < D; d++) if (pv.free[d]) for (let s = 0; s < S; s++) if (vars[k]![d * S + s]! >= 0 && value[vars[k]![d * S + s]!]! > 0.5) row[d] = s;
      return row;
    });
    const status = model.getModelStatus();
    return { rows, optimal: status === highs.constants.modelStatus.optimal };
  } finally {
    model.dispose();
  }
}
