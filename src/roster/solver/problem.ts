import { countTasks, tasksOf, type RosterModel } from '../model.ts';

export const NOT_FIXED = -2;

export interface CompiledLoadGroup {
  /** Load per task (used when no task of the group has day loads). */
  load: Float64Array;
  /** Load of each shift type worked any day, when the group has no day loads. */
  shiftLoad: Float64Array;
  /** Load of shift type s on day d at [s * D + d], when some task has day loads; else null. */
  shiftDayLoad: Float64Array | null;
  targets: Float64Array;
  weight: number;
  squareWeight: number;
  /** Tolerance band (Infinity for none) and the weight per unit beyond it. */
  band: number;
  bandWeight: number;
}

export interface CompiledLimit {
  task: number;
  from: number;
  to: number;
  hardMin: number;
  softMin: number;
  softMax: number;
  hardMax: number;
  weight: number;
  /** Per person: do the minima apply. */
  minFor: Uint8Array;
  /** Per person: turns of the window beyond the horizon, counted with those in it (`TaskLimit.outside`). */
  outside: Int32Array;
}

export interface CompiledSpacing {
  shift: number;
  minGap: number;
  hard: boolean;
  weight: number;
  /** Per person, `Spacing.lastBefore` and `firstAfter` (-Infinity, Infinity for none). */
  lastBefore: Float64Array;
  firstAfter: Float64Array;
}

/** The model compiled to flat typed arrays for the solver's fast evaluation. */
export interface Problem {
  P: number;
  D: number;
  S: number;
  /** Tasks: what cover, blocks, spacing, maxima, loads and limits count. */
  T: number;
  /** No declared tasks: task s is shift type s (the row DP and column phase need this). */
  identity: boolean;
  /** provides[s * T + t]: shift type s provides task t. */
  provides: Uint8Array;
  /** Tasks of shift type s: taskList[taskStart[s] .. taskStart[s + 1]). */
  taskStart: Int32Array;
  taskList: Int16Array;
  /** Task set of each shift type as a bit mask, and the shift type of each mask (T ≤ 30), else null. */
  maskOf: Int32Array | null;
  shiftOfMask: Map<number, number> | null;
  /** turnCut[t * D + d]: a turn of task t starts on day d even when day d − 1 worked it. */
  turnCut: Uint8Array;
  shiftCost: Float64Array;
  hasShiftCost: boolean;
  limits: CompiledLimit[];
  minutes: Int32Array;
  /** forbidden[a * S + b]: b may not follow a. */
  forbidden: Uint8Array;
  eligible: Uint8Array;
  maxShifts: Int32Array;
  minMinutes: Float64Array;
  maxMinutes: Float64Array;
  maxConsecutive: Int32Array;
  minConsecutive: Int32Array;
  minOff: Int32Array;
  maxWeekends: Int32Array;
  unavailable: Uint8Array;
  /** Pinned value per cell, or NOT_FIXED. */
  fixed: Int16Array;
  /**
   * Per cell, the index of its task pin (`RosterModel.taskPins`), −1 when none; `taskPinAllows[k * (S + 1) + v + 1]`
   * tells whether value v (−1 off) keeps pin k (its shift type provides every pinned task). Without declared tasks a
   * task pin is a plain pin (each shift type provides one task) and lives in `fixed` instead.
   */
  taskPinOf: Int32Array;
  taskPinAllows: Uint8Array;
  /** Whether any cell has a task pin (the hot paths skip the check otherwise). */
  hasTaskPins: boolean;
  /** Request cost of each value in each cell: index ((p * D + d) * (S + 1) + v + 1); empty when hasRequests is false. */
  cellCost: Float64Array;
  hasRequests: boolean;
  coverTarget: Int32Array;
  coverUnder: Float64Array;
  coverOver: Float64Array;
  /** Weekend index of each day, or -1. */
  weekendOf: Int32Array;
  weekends: number;
  exemptMinConsecutive: boolean;
  exemptMinOff: boolean;
  /** `shift` is the block's task. */
  blocks: { shift: number; days: Int32Array }[];
  loadGroups: CompiledLoadGroup[];
  spacings: CompiledSpacing[];
  /** Per person, the shift types they may work. */
  domain: Int16Array[];
}

function compileRequests(model: RosterModel, P: number, D: number, S: number): Float64Array {
  if (model.tasks && model.requests.length === 0) return new Float64Array(0);
  const cellCost = new Float64Array(P * D * (S + 1));
  for (const r of model.requests) {
    const base = (r.person * D + r.day) * (S + 1);
    if (r.kind === 'off') cellCost[base + r.shift + 1]! += r.weight;
    else for (let v = -1; v < S; v++) if (v !== r.shift) cellCost[base + v + 1]! += r.weight;
  }
  return cellCost;
}

function compileWeekends(model: RosterModel): Int32Array {
  const weekendOf = new Int32Array(model.days).fill(-1);
  model.weekends.forEach((days, w) => { for (const d of days) weekendOf[d] = w; });
  return weekendOf;
}

interface TaskArrays {
  provides: Uint8Array;
  taskStart: Int32Array;
  taskList: Int16Array;
  maskOf: Int32Array | null;
  shiftOfMask: Map<number, number> | null;
  turnCut: Uint8Array;
}

function compileTasks(model: RosterModel, D: number, S: number, T: number): TaskArrays {
  const provides = new Uint8Array(S * T);
  const taskStart = new Int32Array(S + 1);
  const list: number[] = [];
  for (let s = 0; s < S; s++) {
    taskStart[s] = list.length;
    for (const t of tasksOf(model, s)) {
      provides[s * T + t] = 1;
      list.push(t);
    }
  }
  taskStart[S] = list.length;
  let maskOf: Int32Array | null = null;
  let shiftOfMask: Map<number, number> | null = null;
  if (T <= 30) {
    maskOf = Int32Array.from(model.shifts, (_, s) => tasksOf(model, s).reduce((m, t) => m | (1 << t), 0));
    shiftOfMask = new Map();
    maskOf.forEach((m, s) => { if (!shiftOfMask!.has(m)) shiftOfMask!.set(m, s); });
  }
  const turnCut = new Uint8Array(T * D);
  model.tasks?.forEach((task, t) => {
    if (task.turns === 'days') turnCut.fill(1, t * D, (t + 1) * D);
  });
  for (const b of model.blocks) {
    if (model.tasks?.[b.shift]?.turns === 'blocks' && b.days.length > 0) turnCut[b.shift * D + Math.min(...b.days)] = 1;
  }
  return { provides, taskStart, taskList: Int16Array.from(list), maskOf, shiftOfMask, turnCut };
}

function compileLoadGroup(model: RosterModel, g: RosterModel['loadGroups'][number], P: number, D: number, S: number, T: number): CompiledLoadGroup {
  const load = Float64Array.from({ length: T }, (_, t) => g.load[t] ?? 0);
  const shiftLoad = Float64Array.from({ length: S }, (_, s) => tasksOf(model, s).reduce((sum, t) => sum + load[t]!, 0));
  let shiftDayLoad: Float64Array | null = null;
  if (g.dayLoad?.some((x) => x !== undefined)) {
    shiftDayLoad = new Float64Array(S * D);
    for (let s = 0; s < S; s++) {
      for (const t of tasksOf(model, s)) {
        const byDay = g.dayLoad[t];
        for (let d = 0; d < D; d++) shiftDayLoad[s * D + d]! += byDay ? byDay[d] ?? 0 : load[t]!;
      }
    }
  }
  return {
    load, shiftLoad, shiftDayLoad,
    targets: Float64Array.from({ length: P }, (_, p) => g.targets[p] ?? Number.NaN),
    weight: g.weight, squareWeight: g.squareWeight, band: g.band ?? Infinity, bandWeight: g.bandWeight ?? 0,
  };
}

export function compileProblem(model: RosterModel): Problem {
  const P = model.people.length;
  const D = model.days;
  const S = model.shifts.length;
  const T = countTasks(model);
  const perPerson = (f: (i: number) => number) => Float64Array.from(model.people, (_, i) => f(i));
  const forbidden = new Uint8Array(S * S);
  model.shifts.forEach((s, a) => { for (const b of s.forbiddenNext) forbidden[a * S + b] = 1; });
  const eligible = new Uint8Array(P * S);
  const maxShifts = new Int32Array(P * T);
  const unavailable = new Uint8Array(P * D);
  model.people.forEach((person, p) => {
    for (let s = 0; s < S; s++) eligible[p * S + s] = person.eligible[s] ? 1 : 0;
    for (let t = 0; t < T; t++) maxShifts[p * T + t] = Math.min(person.maxShifts[t] ?? D, 1_000_000);
    for (const d of person.unavailable) if (d >= 0 && d < D) unavailable[p * D + d] = 1;
  });
  const fixed = new Int16Array(P * D).fill(NOT_FIXED);
  for (const pin of model.pins) fixed[pin.person * D + pin.day] = pin.shift ?? -1;
  const tasks = compileTasks(model, D, S, T);
  const taskPins = compileTaskPins(model, P, D, S, T, tasks.provides, model.tasks === undefined, fixed);
  const coverTarget = new Int32Array(D * T);
  const coverUnder = new Float64Array(D * T);
  const coverOver = new Float64Array(D * T);
  for (const c of model.cover) {
    const i = c.day * T + c.shift;
    coverTarget[i] = c.target;
    coverUnder[i] = c.weightUnder;
    coverOver[i] = c.weightOver;
  }
  const domain = model.people.map((_, p) => {
    const list: number[] = [];
    for (let s = 0; s < S; s++) if (eligible[p * S + s]) list.push(s);
    return Int16Array.from(list);
  });
  const cellCost = compileRequests(model, P, D, S);
  const shiftCost = Float64Array.from(model.shifts, (s) => s.cost ?? 0);
  return {
    P, D, S, T, identity: model.tasks === undefined, ...tasks, ...taskPins,
    shiftCost, hasShiftCost: shiftCost.some((c) => c > 0), cellCost, hasRequests: cellCost.length > 0,
    limits: model.limits.map((l) => ({
      task: l.task, from: l.from, to: l.to, hardMin: l.hardMin ?? 0, softMin: l.softMin ?? 0,
      softMax: l.softMax ?? Infinity, hardMax: l.hardMax ?? Infinity, weight: l.weight,
      minFor: Uint8Array.from({ length: P }, (_, p) => (l.minFor.includes(p) ? 1 : 0)),
      outside: Int32Array.from({ length: P }, (_, p) => l.outside?.[p] ?? 0),
    })),
    forbidden, eligible, maxShifts, unavailable, fixed, coverTarget, coverUnder, coverOver, domain,
    minutes: Int32Array.from(model.shifts, (s) => s.minutes),
    minMinutes: perPerson((p) => model.people[p]!.minMinutes),
    maxMinutes: perPerson((p) => model.people[p]!.maxMinutes),
    maxConsecutive: Int32Array.from(model.people, (x) => Math.min(x.maxConsecutive, D + 1)),
    minConsecutive: Int32Array.from(model.people, (x) => x.minConsecutive),
    minOff: Int32Array.from(model.people, (x) => x.minConsecutiveOff),
    maxWeekends: Int32Array.from(model.people, (x) => Math.min(x.maxWeekends, D)),
    weekendOf: compileWeekends(model),
    weekends: model.weekends.length,
    exemptMinConsecutive: model.boundary.exemptMinConsecutiveAtEdges,
    exemptMinOff: model.boundary.exemptMinOffAtEdges,
    blocks: model.blocks.map((b) => ({ shift: b.shift, days: Int32Array.from(b.days) })),
    loadGroups: model.loadGroups.map((g) => compileLoadGroup(model, g, P, D, S, T)),
    spacings: model.spacings.map((s) => ({
      shift: s.shift, minGap: s.minGap, hard: s.hard, weight: s.weight,
      lastBefore: Float64Array.from({ length: P }, (_, p) => s.lastBefore?.[p] ?? Number.NEGATIVE_INFINITY),
      firstAfter: Float64Array.from({ length: P }, (_, p) => s.firstAfter?.[p] ?? Number.POSITIVE_INFINITY),
    })),
  };
}

/** Task pins (see `Problem.taskPinOf`); with one task per shift type they become plain pins in `fixed`. */
function compileTaskPins(model: RosterModel, P: number, D: number, S: number, T: number, provides: Uint8Array,
  identity: boolean, fixed: Int16Array): { taskPinOf: Int32Array; taskPinAllows: Uint8Array; hasTaskPins: boolean } {
  const taskPinOf = new Int32Array(P * D).fill(-1);
  const pins = model.taskPins ?? [];
  const taskPinAllows = new Uint8Array(pins.length * (S + 1));
  pins.forEach((pin, k) => {
    const i = pin.person * D + pin.day;
    const banned = pin.banned ?? [];
    if (identity && pin.tasks.length === 1 && banned.length === 0) { fixed[i] = pin.tasks[0]!; return; }
    taskPinOf[i] = k;
    taskPinAllows[k * (S + 1)] = pin.tasks.length === 0 ? 1 : 0;
    for (let v = 0; v < S; v++) {
      const keeps = pin.tasks.every((t) => t < T && provides[v * T + t] === 1) && !banned.some((t) => t < T && provides[v * T + t] === 1);
      taskPinAllows[k * (S + 1) + v + 1] = keeps ? 1 : 0;
    }
  });
  return { taskPinOf, taskPinAllows, hasTaskPins: taskPinOf.some((k) => k >= 0) };
}

/** Whether value v (−1 off) in cell i keeps the cell's task pin, if it has one. */
export function keepsTaskPin(pr: Problem, i: number, v: number): boolean {
  if (!pr.hasTaskPins) return true;
  const k = pr.taskPinOf[i]!;
  return k < 0 || pr.taskPinAllows[k * (pr.S + 1) + v + 1] === 1;
}

/** The least weight of a short slot (day, task) among those that have one (+∞ when none has). */
export function leastUnderCoverWeight(pr: Problem): number {
  let least = Number.POSITIVE_INFINITY;
  for (const w of pr.coverUnder) if (w > 0 && w < least) least = w;
  return least;
}
