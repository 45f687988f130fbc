import type { RosterModel } from '../model.ts';

export const NOT_FIXED = -2;

export interface CompiledLoadGroup {
  load: Float64Array;
  targets: Float64Array;
  weight: number;
  squareWeight: number;
}

export interface CompiledSpacing {
  shift: number;
  minGap: number;
  hard: boolean;
  weight: number;
}

/** The model compiled to flat typed arrays for the solver's fast evaluation. */
export interface Problem {
  P: number;
  D: number;
  S: number;
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
  /** Request cost of each value in each cell: index ((p * D + d) * (S + 1) + v + 1). */
  cellCost: Float64Array;
  coverTarget: Int32Array;
  coverUnder: Float64Array;
  coverOver: Float64Array;
  /** Weekend index of each day, or -1. */
  weekendOf: Int32Array;
  weekends: number;
  exemptMinConsecutive: boolean;
  exemptMinOff: boolean;
  blocks: { shift: number; days: Int32Array }[];
  loadGroups: CompiledLoadGroup[];
  spacings: CompiledSpacing[];
  /** Per person, the shift types they may work. */
  domain: Int16Array[];
}

function compileRequests(model: RosterModel, P: number, D: number, S: number): Float64Array {
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

export function compileProblem(model: RosterModel): Problem {
  const P = model.people.length;
  const D = model.days;
  const S = model.shifts.length;
  const perPerson = (f: (i: number) => number) => Float64Array.from(model.people, (_, i) => f(i));
  const forbidden = new Uint8Array(S * S);
  model.shifts.forEach((s, a) => { for (const b of s.forbiddenNext) forbidden[a * S + b] = 1; });
  const eligible = new Uint8Array(P * S);
  const maxShifts = new Int32Array(P * S);
  const unavailable = new Uint8Array(P * D);
  model.people.forEach((person, p) => {
    for (let s = 0; s < S; s++) {
      eligible[p * S + s] = person.eligible[s] ? 1 : 0;
      maxShifts[p * S + s] = Math.min(person.maxShifts[s] ?? D, 1_000_000);
    }
    for (const d of person.unavailable) if (d >= 0 && d < D) unavailable[p * D + d] = 1;
  });
  const fixed = new Int16Array(P * D).fill(NOT_FIXED);
  for (const pin of model.pins) fixed[pin.person * D + pin.day] = pin.shift ?? -1;
  const coverTarget = new Int32Array(D * S);
  const coverUnder = new Float64Array(D * S);
  const coverOver = new Float64Array(D * S);
  for (const c of model.cover) {
    const i = c.day * S + c.shift;
    coverTarget[i] = c.target;
    coverUnder[i] = c.weightUnder;
    coverOver[i] = c.weightOver;
  }
  const domain = model.people.map((_, p) => {
    const list: number[] = [];
    for (let s = 0; s < S; s++) if (eligible[p * S + s]) list.push(s);
    return Int16Array.from(list);
  });
  return {
    P, D, S, forbidden, eligible, maxShifts, unavailable, fixed, coverTarget, coverUnder, coverOver, domain,
    minutes: Int32Array.from(model.shifts, (s) => s.minutes),
    minMinutes: perPerson((p) => model.people[p]!.minMinutes),
    maxMinutes: perPerson((p) => model.people[p]!.maxMinutes),
    maxConsecutive: Int32Array.from(model.people, (x) => Math.min(x.maxConsecutive, D + 1)),
    minConsecutive: Int32Array.from(model.people, (x) => x.minConsecutive),
    minOff: Int32Array.from(model.people, (x) => x.minConsecutiveOff),
    maxWeekends: Int32Array.from(model.people, (x) => Math.min(x.maxWeekends, D)),
    cellCost: compileRequests(model, P, D, S),
    weekendOf: compileWeekends(model),
    weekends: model.weekends.length,
    exemptMinConsecutive: model.boundary.exemptMinConsecutiveAtEdges,
    exemptMinOff: model.boundary.exemptMinOffAtEdges,
    blocks: model.blocks.map((b) => ({ shift: b.shift, days: Int32Array.from(b.days) })),
    loadGroups: model.loadGroups.map((g) => ({
      load: Float64Array.from({ length: S }, (_, s) => g.load[s] ?? 0),
      targets: Float64Array.from({ length: P }, (_, p) => g.targets[p] ?? Number.NaN),
      weight: g.weight, squareWeight: g.squareWeight,
    })),
    spacings: model.spacings.map((s) => ({ shift: s.shift, minGap: s.minGap, hard: s.hard, weight: s.weight })),
  };
}
