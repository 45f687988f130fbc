import type { Highs } from 'highs';
import type { Prng } from './prng.ts';
import type { Problem } from './problem.ts';
import { lexicographicScore as score, recomputeState, type SearchState } from './state.ts';
import type { ReplanHelper } from './replan-pool.ts';
import { solveSubsetMip, windowFreedom, type DayWindow, type SubsetResult } from './subset-mip.ts';

/**
 * Large neighbourhood search: free a group of people on a window of days, re-plan those cells exactly
 * with the subset MIP (every other cell kept), keep the result when it is no worse. Single-row moves
 * cannot make the chains of changes that fill an under-covered day (one person takes a shift, so
 * another must drop one, …); a group re-planned together can.
 *
 * Groups are drawn around one (day, shift) whose cover is wrong, mostly from the people who can work
 * that shift, topped up at random; see `searchGroups` for the shapes and how their sizes adapt.
 */
export interface LnsBudget {
  clock: () => number;
  deadline: number;
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

/** A (day, shift) whose cover misses its target, or a random one when all are met. */
function pickCoverSlot(pr: Problem, st: SearchState, rng: Prng): number {
  const wrong: number[] = [];
  for (let k = 0; k < pr.D * pr.S; k++) {
    if ((pr.coverUnder[k]! > 0 || pr.coverOver[k]! > 0) && st.coverCount[k] !== pr.coverTarget[k]) wrong.push(k);
  }
  return wrong.length > 0 ? wrong[rng.below(wrong.length)]! : rng.below(pr.D * pr.S);
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
interface Shape { people: number; days: number; rate: number }

/**
 * People who can work the slot's shift that day first (in random order), then everyone else at
 * random; the window of `shape.days` days contains the slot's day.
 */
function pickGroup(pr: Problem, st: SearchState, rng: Prng, shape: Shape, taken: ReadonlySet<number> = NOBODY): { group: number[]; window: DayWindow } {
  const slot = pickCoverSlot(pr, st, rng);
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
  const from = Math.max(0, Math.min(pr.D - span, d - rng.below(span)));
  return { group: group.sort((a, b) => a - b), window: { from, to: from + span - 1 } };
}

const NOBODY: ReadonlySet<number> = new Set();

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
 * are drawn by what they earned per second lately. With a `helper` (a second core), each turn also
 * re-plans a second group of other people there, against the same cells, kept when it is still no worse
 * once the first group's result is in.
 */
export async function searchGroups(highs: Highs, st: SearchState, rng: Prng, budget: LnsBudget, helper: ReplanHelper | null = null): Promise<LnsStats> {
  const pr = st.pr;
  const stats: LnsStats = { rounds: 0, helped: 0, improved: 0, optimal: 0 };
  const shapes: Shape[] = SHAPE_DAYS.filter((days) => days <= pr.D).map((days) => ({
    people: Math.min(pr.P, Math.max(MIN_GROUP, Math.round(START_PERSON_DAYS / days))), days, rate: 0,
  }));
  for (let turn = 0; budget.clock() < budget.deadline - 50; turn++) {
    const shape = turn < shapes.length ? shapes[turn]! : chooseShape(shapes, rng);
    const seconds = Math.min(STEP_SECONDS, (budget.deadline - budget.clock()) / 1000);
    const { group, window } = pickGroup(pr, st, rng, shape);
    // The helper's group: another shape, none of the first group's people.
    let second: { shape: Shape; group: number[]; started: number; result: Promise<SubsetResult | null> } | null = null;
    // The helper's "loaded" message arrives through the event loop: let it in while waiting for it.
    if (helper && !helper.ready()) await new Promise((resolve) => setImmediate(resolve));
    if (helper?.ready() && pr.P - group.length >= MIN_GROUP) {
      const other = chooseShape(shapes, rng);
      const picked = pickGroup(pr, st, rng, other, new Set(group));
      second = { shape: other, group: picked.group, started: budget.clock(), result: helper.solve(st.cells.slice(), picked.group, picked.window, seconds) };
    }
    const started = budget.clock();
    const result = solveSubsetMip(highs, pr, st.cells, group, seconds, windowFreedom(window));
    learn(shape, keepIfNoWorse(st, group, result, stats), result, (budget.clock() - started) / 1000, pr.P);
    if (second) {
      const other = await second.result;
      stats.helped++;
      learn(second.shape, keepIfNoWorse(st, second.group, other, stats), other, (budget.clock() - second.started) / 1000, pr.P);
    }
  }
  return stats;
}

/** Puts a re-plan's rows in and keeps them when the roster is no worse; returns the gain. */
function keepIfNoWorse(st: SearchState, group: readonly number[], result: SubsetResult | null, stats: LnsStats): number {
  const D = st.pr.D;
  stats.rounds++;
  if (!result) return 0;
  if (result.optimal) stats.optimal++;
  const before = score(st);
  const old = group.map((p) => st.cells.slice(p * D, (p + 1) * D));
  group.forEach((p, k) => st.cells.set(result.rows[k]!, p * D));
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
