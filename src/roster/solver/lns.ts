import type { Highs } from 'highs';
import type { Prng } from './prng.ts';
import { NOT_FIXED, type Problem } from './problem.ts';
import { lexicographicScore as score, recomputeState, type SearchState } from './state.ts';
import type { ReplanHelper } from './replan-pool.ts';
import { solveSubsetMip, windowFreedom, type DayWindow, type SubsetResult } from './subset-mip.ts';

/**
 * Large neighbourhood search: free a group of people on a window of days, re-plan those cells exactly
 * with the subset MIP (every other cell kept), keep the result when it is no worse. Single-row moves
 * cannot make the chains of changes that fill an under-covered day (one person takes a shift, so
 * another must drop one, …); a group re-planned together can.
 *
 * Groups are drawn around one (day, shift) whose cover is wrong and that a re-plan can change (`changeableSlots`),
 * mostly from the people who can work that shift, topped up at random; see `searchGroups` for the shapes and how
 * their sizes adapt.
 */
export interface LnsBudget {
  clock: () => number;
  deadline: number;
  /** Stops before the deadline once this holds of the roster (checked before each re-plan). */
  until?: (st: SearchState) => boolean;
}

export interface LnsStats {
  rounds: number;
  /** Re-plans solved on the helper thread (counted in `rounds` too). */
  helped: number;
  improved: number;
  optimal: number;
}

const MIN_GROUP = 2;
/** Window lengths tried; each starts with about this many person-days, then adapts. */
const SHAPE_DAYS = [1, 2, 3, 4, 7, 14];
const START_PERSON_DAYS = 120;
/** How much of a shape's earning rate is kept at each of its re-plans. */
const RATE_MEMORY = 0.8;
/** Seconds one re-plan may take at most. */
const STEP_SECONDS = 2;

/**
 * Per (day, shift), 1 when some person able to work that shift that day has the cell free (not pinned): a re-plan
 * can change that slot's cover. With every weekend day pinned to the weekend plan, the short weekend slots are not.
 */
const changeableMemo = new WeakMap<Problem, Uint8Array>();
export function changeableSlots(pr: Problem): Uint8Array {
  let slots = changeableMemo.get(pr);
  if (slots) return slots;
  slots = new Uint8Array(pr.D * pr.S);
  for (let p = 0; p < pr.P; p++) {
    for (let d = 0; d < pr.D; d++) {
      const i = p * pr.D + d;
      if (pr.unavailable[i] || pr.fixed[i] !== NOT_FIXED) continue;
      for (let s = 0; s < pr.S; s++) if (pr.eligible[p * pr.S + s]) slots[d * pr.S + s] = 1;
    }
  }
  changeableMemo.set(pr, slots);
  return slots;
}

/** The (day, shift) slots (day · S + shift) a re-plan can change (`changeableSlots`) that are short of their target. */
export function changeableShortSlots(st: SearchState): number[] {
  const pr = st.pr;
  const changeable = changeableSlots(pr);
  const short: number[] = [];
  for (let k = 0; k < pr.D * pr.S; k++) if (changeable[k] && pr.coverUnder[k]! > 0 && st.coverCount[k]! < pr.coverTarget[k]!) short.push(k);
  return short;
}

/** Whether some (day, shift) a re-plan can change (`changeableSlots`) has fewer people than its target. */
export function changeableShortfall(st: SearchState): boolean {
  return changeableShortSlots(st).length > 0;
}

/** A (day, shift) a re-plan can change whose cover misses its target, or a random changeable one when none does. */
function pickCoverSlot(pr: Problem, st: SearchState, rng: Prng, avoid: readonly DayWindow[]): number {
  const wrong: number[] = [];
  const changeable = changeableSlots(pr);
  const open = (k: number) => changeable[k] === 1 && avoid.every((w) => Math.floor(k / pr.S) < w.from - 1 || Math.floor(k / pr.S) > w.to + 1);
  for (let k = 0; k < pr.D * pr.S; k++) {
    if ((pr.coverUnder[k]! > 0 || pr.coverOver[k]! > 0) && st.coverCount[k] !== pr.coverTarget[k] && open(k)) wrong.push(k);
  }
  if (wrong.length > 0) return wrong[rng.below(wrong.length)]!;
  const any: number[] = [];
  for (let k = 0; k < pr.D * pr.S; k++) if (open(k)) any.push(k);
  return any.length > 0 ? any[rng.below(any.length)]! : -1;
}

/** Minutes each person could still work before their maximum. */
function spareMinutes(pr: Problem, st: SearchState): Float64Array {
  const spare = new Float64Array(pr.P);
  for (let p = 0; p < pr.P; p++) {
    let worked = 0;
    for (let d = 0; d < pr.D; d++) { const v = st.cells[p * pr.D + d]!; if (v >= 0) worked += pr.minutes[v]!; }
    spare[p] = Math.min(pr.maxMinutes[p]!, 1e9) - worked;
  }
  return spare;
}

/** A neighbourhood's shape: how many people, how many days; and what its re-plans have earned per second. */
export interface Shape { people: number; days: number; rate: number }

/**
 * People who can work the slot's shift that day first (in random order), then everyone else at
 * random; the window of `shape.days` days contains the slot's day. With `avoid`, the window keeps a
 * day clear of those on either side (null when it cannot).
 */
export function pickGroup(pr: Problem, st: SearchState, rng: Prng, shape: Shape, taken: ReadonlySet<number> = NOBODY,
  avoid: readonly DayWindow[] = []): { group: number[]; window: DayWindow } | null {
  const slot = pickCoverSlot(pr, st, rng, avoid);
  if (slot < 0) return null;
  const d = Math.floor(slot / pr.S);
  const s = slot % pr.S;
  const size = Math.min(pr.P - taken.size, shape.people);
  const able: number[] = [];
  const rest: number[] = [];
  for (let p = 0; p < pr.P; p++) {
    if (!taken.has(p)) (pr.eligible[p * pr.S + s] && !pr.unavailable[p * pr.D + d] ? able : rest).push(p);
  }
  shuffle(able, rng);
  shuffle(rest, rng);
  // Half of the time, the able with the most spare minutes first: they can take the slot's shift.
  if (rng.next() < 0.5) {
    const spare = spareMinutes(pr, st);
    able.sort((a, b) => spare[b]! - spare[a]!);
  }
  const half = Math.max(1, Math.ceil(size * 0.7));
  const group = able.slice(0, half);
  for (const p of rest) { if (group.length >= size) break; group.push(p); }
  for (const p of able.slice(half)) { if (group.length >= size) break; group.push(p); }
  const span = Math.min(pr.D, shape.days);
  let lo = Math.max(0, d - span + 1);
  let hi = Math.min(pr.D - span, d);
  for (const w of avoid) {
    if (d < w.from) hi = Math.min(hi, w.from - 1 - span);
    if (d > w.to) lo = Math.max(lo, w.to + 2);
  }
  if (lo > hi) return null;
  const from = lo + rng.below(hi - lo + 1);
  return { group: group.sort((a, b) => a - b), window: { from, to: from + span - 1 } };
}

const NOBODY: ReadonlySet<number> = new Set();
/** Re-plans queued on the helper thread at once. */
const HELPER_QUEUE = 2;

/** A re-plan sent to the helper thread; `answer` is set when it comes back. */
interface HelperJob { shape: Shape; group: number[]; window: DayWindow; started: number; answer?: SubsetResult | null }

/** Roulette over the shapes by what they earned lately, each keeping a floor so none is forgotten. */
function chooseShape(shapes: Shape[], rng: Prng): Shape {
  const total = shapes.reduce((sum, sh) => sum + sh.rate, 0);
  const floor = total > 0 ? (0.1 * total) / shapes.length : 1;
  let r = rng.next() * (total + floor * shapes.length);
  for (const sh of shapes) {
    r -= sh.rate + floor;
    if (r <= 0) return sh;
  }
  return shapes[shapes.length - 1]!;
}

function shuffle(a: number[], rng: Prng): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}

/**
 * Improves `st` in place by group re-plans until the deadline. Shapes are windows of 1, 2, 3, 4, 7
 * and 14 days, each starting with about 120 person-days (everyone on one day re-matches who works which
 * shift type that day); each shape's number of people grows by 15 % while its re-plans are proved
 * optimal quickly and shrinks by a quarter when the time limit cuts them. After one turn each, shapes
 * are drawn by what they earned per second lately. With a `helper` (a second core), up to two more
 * re-plans are queued there against the cells of the moment, and this thread's groups keep clear of
 * theirs: of their people, or, when too few others are left (a group of everyone), of their days with a
 * day between. A helper's rows are taken on its window's days only, and kept when still no worse.
 * Before the queue, the two threads went in step (this thread waited for the helper's answer each turn,
 * and the helper waited for this thread's solve to end before its next job; a group of everyone left it
 * idle): on Instance13 at 60 s, seeds 1-8, 1690-2032 (mean 1830) against 1764-2295 (mean 1986 over 13 runs).
 */
export async function searchGroups(highs: Highs, st: SearchState, rng: Prng, budget: LnsBudget, helper: ReplanHelper | null = null): Promise<LnsStats> {
  const pr = st.pr;
  const stats: LnsStats = { rounds: 0, helped: 0, improved: 0, optimal: 0 };
  const shapes: Shape[] = SHAPE_DAYS.filter((days) => days <= pr.D).map((days) => ({
    people: Math.min(pr.P, Math.max(MIN_GROUP, Math.round(START_PERSON_DAYS / days))), days, rate: 0,
  }));
  // The helper's re-plans run while this thread solves its own: up to two are queued there, so that it starts the next
  // as soon as one ends rather than when this thread's solve ends. Each new group keeps clear of the queued groups'
  // people (or, when too few others are left, of their days) until their rows come back and are weighed.
  const pending: HelperJob[] = [];
  const settle = () => {
    while (pending.length > 0 && pending[0]!.answer !== undefined) {
      const done = pending.shift()!;
      const answer = done.answer!;
      stats.helped++;
      learn(done.shape, keepIfNoWorse(st, done.group, answer, stats, done.window), answer, (budget.clock() - done.started) / 1000, pr.P);
    }
  };
  /** A group clear of the queued ones (null when none is queued, or none fits). */
  const clear = (shape: Shape) => {
    if (pending.length === 0) return null;
    const busy = new Set(pending.flatMap((job) => job.group));
    return pr.P - busy.size >= Math.max(MIN_GROUP, shape.people / 2)
      ? pickGroup(pr, st, rng, shape, busy)
      : pickGroup(pr, st, rng, shape, NOBODY, pending.map((job) => job.window));
  };
  for (let turn = 0; budget.clock() < budget.deadline - 50 && !budget.until?.(st); turn++) {
    // Let the helper's messages in (its "loaded" and its answers).
    if (helper) await new Promise((resolve) => setImmediate(resolve));
    settle();
    const seconds = Math.min(STEP_SECONDS, (budget.deadline - budget.clock()) / 1000);
    // Near the deadline one at a time: a queued re-plan starts only when the one before it ends.
    const queue = budget.deadline - budget.clock() > 2 * STEP_SECONDS * 1000 ? HELPER_QUEUE : 1;
    while (helper?.ready() && pending.length < queue) {
      const other = chooseShape(shapes, rng);
      const picked = pending.length === 0 ? pickGroup(pr, st, rng, other) : clear(other);
      if (!picked) break;
      const job: HelperJob = { shape: other, ...picked, started: budget.clock() };
      void helper.solve(st.cells.slice(), picked.group, picked.window, seconds).then((answer) => { job.answer = answer; });
      pending.push(job);
    }
    const shape = turn < shapes.length ? shapes[turn]! : chooseShape(shapes, rng);
    const mine = clear(shape) ?? pickGroup(pr, st, rng, shape);
    // Without queued windows to keep clear of, none only when no slot is changeable (every cell pinned): nothing to do.
    if (!mine) break;
    const started = budget.clock();
    const result = solveSubsetMip(highs, pr, st.cells, mine.group, seconds, windowFreedom(mine.window));
    learn(shape, keepIfNoWorse(st, mine.group, result, stats), result, (budget.clock() - started) / 1000, pr.P);
  }
  // The queued re-plans end within their own time limits, which the deadline bounded.
  while (pending.some((job) => job.answer === undefined)) await new Promise((resolve) => setTimeout(resolve, 5));
  settle();
  return stats;
}

/**
 * Puts a re-plan's rows in and keeps them when the roster is no worse; returns the gain. With `window`, only the
 * window's days of each row are taken (the rest may be stale: the helper planned against the cells of the moment the
 * re-plan was queued, and this thread's re-plans have gone in since).
 */
export function keepIfNoWorse(st: SearchState, group: readonly number[], result: SubsetResult | null, stats: LnsStats, window?: DayWindow): number {
  const D = st.pr.D;
  stats.rounds++;
  if (!result) return 0;
  if (result.optimal) stats.optimal++;
  const before = score(st);
  const old = group.map((p) => st.cells.slice(p * D, (p + 1) * D));
  group.forEach((p, k) => {
    const row = result.rows[k]!;
    if (window) st.cells.set(row.subarray(window.from, window.to + 1), p * D + window.from);
    else st.cells.set(row, p * D);
  });
  recomputeState(st);
  if (score(st) > before + 1e-9) {
    group.forEach((p, k) => st.cells.set(old[k]!, p * D));
    recomputeState(st);
  }
  const gain = Math.max(0, before - score(st));
  if (gain > 0) stats.improved++;
  return gain;
}

/** A shape's earning rate and size after one of its re-plans (see `searchGroups`). */
function learn(shape: Shape, gain: number, result: SubsetResult | null, took: number, people: number): void {
  shape.rate = RATE_MEMORY * shape.rate + (1 - RATE_MEMORY) * gain / Math.max(took, 0.01);
  if (result?.optimal && took < STEP_SECONDS / 4) shape.people = Math.min(people, Math.ceil(shape.people * 1.15));
  else if (!result?.optimal) shape.people = Math.max(MIN_GROUP, Math.floor(shape.people * 0.75));
}
