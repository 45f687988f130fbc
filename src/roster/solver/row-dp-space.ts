import type { Problem } from './problem.ts';

/**
 * The state space and buffers of the row DP (`row-dp.ts`: exact re-optimisation of one person's
 * row, the others held fixed). State after a day: (the day's class — off, or the class of its shift
 * type: types with the same set of allowed successors share one —, run length, load units, weekends
 * worked and, when one type is tracked, how many of it so far); the day's own value is kept beside the
 * state for the backtrack. It enforces successions, max/min
 * consecutive work, min days off (with the boundary conventions), weekends, total load and the
 * tracked type's maximum; other per-type maxima are steered with surcharges by the caller. Other
 * rules are left to the caller's exact evaluation of the proposed row.
 */
export interface RowDp {
  unit: number;
  units: Int32Array;
  runCap: number;
  cost: Float64Array;
  back: Int32Array;
  /** The value (−1 off, else the shift type) that reached each (day, state) at its cost. */
  choice: Int16Array;
  stateCount: number;
  /**
   * Class of each shift type: types after which the same types may follow share a class, since a state
   * needs its last value only to know what may follow (Instance13: 18 types in 7 classes).
   */
  classOf: Int32Array;
  classes: number;
  maxUnits: number;
  maxWeekends: number;
  /**
   * The shift type whose per-person maximum is counted exactly in the state (the tightest one,
   * e.g. at most 4 nights), or -1; `counts` is the size of that dimension. Other maxima are
   * steered by the caller's surcharges.
   */
  tracked: number;
  counts: number;
  /** The widest count dimension this DP was allowed (`RowDpOptions.maxCounts`). */
  maxCounts: number;
  /** Shift types grouped by the set of classes they may follow: group of each type. */
  groupOf: Int32Array;
  /** Per group, the classes a type of the group may follow. */
  followable: Int32Array[];
  /**
   * Groups ordered so that each one's largest followable subset among the earlier groups is
   * computed first (`parent`, or -1): its minimum is reused and only `extra` (its followable
   * types outside the parent's) are scanned. Successions usually nest (early < day < late <
   * night), making the scan about S per slice instead of the sum of the groups' sizes.
   */
  order: Int32Array;
  parent: Int32Array;
  extra: Int32Array[];
  /** Per-day bounds on the load units of states that can still reach a valid row. */
  loUnits: Int32Array;
  hiUnits: Int32Array;
  /** Per day and (load, weekend/count index): 1 when some state there is reachable (filled by the DP). */
  alive: Uint8Array;
  /** Per group, the cheapest followable source of the slice being expanded, and which it is. */
  groupMin: Float64Array;
  groupArg: Int32Array;
}

/**
 * Groups the shift types 0..S-1 by a list each one has (equal lists, one group): the group of each type, and each
 * group's list and first type, in order of first appearance.
 */
function groupByList(S: number, listOf: (s: number) => number[]): { groupOf: Int32Array; lists: Int32Array[]; first: Int32Array } {
  const keys = new Map<string, number>();
  const groupOf = new Int32Array(S);
  const lists: Int32Array[] = [];
  const first: number[] = [];
  for (let s = 0; s < S; s++) {
    const list = listOf(s);
    const key = list.join(',');
    let g = keys.get(key);
    if (g === undefined) { g = lists.length; keys.set(key, g); lists.push(Int32Array.from(list)); first.push(s); }
    groupOf[s] = g;
  }
  return { groupOf, lists, first: Int32Array.from(first) };
}

/** Classes of the shift types by the set of types allowed after them (see `RowDp.classOf`). */
function classifyBySuccessors(pr: Problem): { classOf: Int32Array; classes: number; representative: Int32Array } {
  const { S } = pr;
  const { groupOf, lists, first } = groupByList(S, (v) => Array.from({ length: S }, (_, s) => s).filter((s) => !pr.forbidden[v * S + s]));
  return { classOf: groupOf, classes: lists.length, representative: first };
}

/** Groups the shift types by the set of classes allowed before them (few groups in practice). */
function groupByPredecessors(pr: Problem, representative: Int32Array): { groupOf: Int32Array; followable: Int32Array[] } {
  const { S } = pr;
  const { groupOf, lists } = groupByList(S, (s) => Array.from(representative.keys()).filter((c) => !pr.forbidden[representative[c]! * S + s]));
  return { groupOf, followable: lists };
}

/**
 * The shift type to count in the DP state: the one whose maximum binds for the most people (a
 * cap below the days they could work it), among those whose largest binding cap fits `room`.
 */
function chooseTracked(pr: Problem, room: number, maxCounts: number): { tracked: number; counts: number } {
  const { P, S, D } = pr;
  let tracked = -1;
  let bestPeople = 0;
  let counts = 1;
  for (let s = 0; s < S; s++) {
    let people = 0;
    let cap = 0;
    for (let p = 0; p < P; p++) {
      const max = pr.maxShifts[p * S + s]!;
      if (!pr.eligible[p * S + s] || max <= 0 || max >= D) continue;
      people++;
      cap = Math.max(cap, max);
    }
    if (people > bestPeople && cap + 1 <= Math.min(room, maxCounts)) { tracked = s; bestPeople = people; counts = cap + 1; }
  }
  return { tracked, counts };
}

/**
 * The widest count dimension by default: a maximum of at most 5 (nights, weekends) is counted; wider
 * ones multiply the DP's work (a maximum of 14 makes it 15 times larger), which only small problems
 * afford (`solve.ts` asks for up to `WIDE_TRACKED_COUNTS` when a pricing round stays cheap).
 */
export const MAX_TRACKED_COUNTS = 6;
export const WIDE_TRACKED_COUNTS = 16;

export interface RowDpOptions {
  /** Largest DP table (states x days). */
  stateLimit?: number;
  /** Largest table for which a maximum is counted. */
  trackingLimit?: number;
  /** Widest count dimension (the maximum counted + 1). */
  maxCounts?: number;
}
/**
 * Largest DP table (states x days) for which the count is added: as large as the DP itself. With
 * the count, pricing is exact where one type's maximum binds, and the root LP reaches the optimum
 * on Instances 10, 12 and 14 (4631, 4040, 1278) and 405.7 on Instance9; without it the surcharge
 * retries miss improving rows and column generation stalls (Instance14's LP at 1435, 12 % above
 * its optimum). Measured at 60 s with the cell dive: Instance9 447 -> 439, Instance10 4644 -> 4631.
 * (Session 3 had found the slower pricing not worth it with whole-column dives.)
 */
const TRACKING_LIMIT = 4_000_000;

/** Orders the groups by size and gives each its largest earlier subset as parent (see RowDp). */
function nestGroups(followable: Int32Array[]): { order: Int32Array; parent: Int32Array; extra: Int32Array[] } {
  const G = followable.length;
  const order = Int32Array.from({ length: G }, (_, g) => g).sort((a, b) => followable[a]!.length - followable[b]!.length);
  const parent = new Int32Array(G).fill(-1);
  const extra: Int32Array[] = followable.slice();
  const sets = followable.map((list) => new Set(list));
  for (let i = 0; i < G; i++) {
    const h = order[i]!;
    for (let j = i - 1; j >= 0; j--) {
      const g = order[j]!;
      if (followable[g]!.every((v) => sets[h]!.has(v))) {
        if (parent[h] === -1 || followable[g]!.length > followable[parent[h]!]!.length) parent[h] = g;
      }
    }
    if (parent[h]! >= 0) extra[h] = followable[h]!.filter((v) => !sets[parent[h]!]!.has(v));
  }
  return { order, parent, extra };
}


function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** The dimensions of the DP's state space. */
export interface RowDpShape {
  unit: number;
  runCap: number;
  maxUnits: number;
  maxWeekends: number;
  tracked: number;
  counts: number;
  stateCount: number;
}

/** The size of the DP's state space for these options (no buffers), or null when it would be too large. */
export function rowDpShape(pr: Problem, { stateLimit = 4_000_000, trackingLimit = TRACKING_LIMIT, maxCounts = MAX_TRACKED_COUNTS }: RowDpOptions = {}): RowDpShape | null {
  let unit = 0;
  for (const m of pr.minutes) unit = gcd(unit, m);
  if (unit <= 0) return null;
  let maxUnits = 0;
  let runCap = 1;
  let maxWeekends = 0;
  for (let p = 0; p < pr.P; p++) {
    const total = Math.min(pr.maxMinutes[p]!, pr.D * Math.max(...pr.minutes));
    maxUnits = Math.max(maxUnits, Math.floor(total / unit));
    runCap = Math.max(runCap, Math.min(pr.maxConsecutive[p]!, pr.D), pr.minOff[p]!, pr.minConsecutive[p]!);
    maxWeekends = Math.max(maxWeekends, Math.min(pr.maxWeekends[p]!, pr.weekends));
  }
  const base = (classifyBySuccessors(pr).classes + 1) * (runCap + 1) * (maxUnits + 1) * (maxWeekends + 1);
  if (base * pr.D > stateLimit) return null;
  const { tracked, counts } = chooseTracked(pr, Math.floor(Math.min(stateLimit, trackingLimit) / (base * pr.D)), maxCounts);
  return { unit, runCap, maxUnits, maxWeekends, tracked, counts, stateCount: base * counts };
}

/** Buffers for the DP, or null when its state space would be too large for this problem. */
export function createRowDp(pr: Problem, options: RowDpOptions = {}): RowDp | null {
  const shape = rowDpShape(pr, options);
  if (!shape) return null;
  const { unit, runCap, maxUnits, maxWeekends, tracked, counts, stateCount } = shape;
  const maxCounts = options.maxCounts ?? MAX_TRACKED_COUNTS;
  const { classOf, classes, representative } = classifyBySuccessors(pr);
  const { groupOf, followable } = groupByPredecessors(pr, representative);
  return {
    ...nestGroups(followable), loUnits: new Int32Array(pr.D), hiUnits: new Int32Array(pr.D),
    unit, units: Int32Array.from(pr.minutes, (m) => m / unit), runCap, stateCount, maxUnits, maxWeekends,
    tracked, counts, maxCounts, cost: new Float64Array(stateCount * pr.D), back: new Int32Array(stateCount * pr.D),
    choice: new Int16Array(stateCount * pr.D), classOf, classes,
    alive: new Uint8Array((maxUnits + 1) * (maxWeekends + 1) * counts * pr.D),
    groupOf, followable, groupMin: new Float64Array(followable.length), groupArg: new Int32Array(followable.length),
  };
}
