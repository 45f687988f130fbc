import type { RosterModel } from '../model.ts';
import type { Roster } from '../roster.ts';
import { scoreRoster, type RuleScore } from '../score.ts';
import type { Violation } from '../rules/index.ts';
import { anneal } from './anneal.ts';
import { constructRoster } from './construct.ts';
import { createPrng } from './prng.ts';
import { compileProblem } from './problem.ts';
import { createRowMove } from './row-move.ts';
import { createState } from './state.ts';
import { listUncovered, type UncoveredSlot } from './uncovered.ts';

export interface SolveOptions {
  seed?: number;
  /** Wall-clock budget; the only source of nondeterminism. */
  seconds?: number;
  /** Move budget, for exactly reproducible runs (tests). */
  iterations?: number;
  /** Milliseconds clock, injectable; defaults to performance.now. */
  clock?: () => number;
  /** Penalty per unit of hard breach during the search. */
  hardWeight?: number;
  /** Annealing temperatures at the start and the end of the budget. */
  startTemperature?: number;
  endTemperature?: number;
  adaptive?: boolean;
  minHardWeight?: number;
  rowMoveRate?: number;
  cycles?: number;
  maxRecreate?: number;
}

export interface SolveResult {
  roster: Roster;
  /** Soft penalty of the returned roster. */
  objective: number;
  feasible: boolean;
  hardViolations: Violation[];
  breakdown: RuleScore[];
  uncovered: UncoveredSlot[];
  stats: { iterations: number; seconds: number; searchObjective: number; searchHard: number };
}

/** Builds a roster: greedy construction, then simulated annealing until a budget runs out. */
export function solveRoster(model: RosterModel, options: SolveOptions = {}): SolveResult {
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const seconds = options.seconds ?? (options.iterations === undefined ? 10 : Infinity);
  const rng = createPrng(options.seed ?? 1);
  const pr = compileProblem(model);
  const state = createState(pr, constructRoster(pr, rng));
  const run = anneal(state, rng, {
    iterations: options.iterations ?? Infinity,
    deadline: started + seconds * 1000,
    clock,
  }, { hardWeight: options.hardWeight ?? 1000, startTemperature: options.startTemperature ?? 30, endTemperature: options.endTemperature ?? 0.3,
    adaptive: options.adaptive ?? true, minHardWeight: options.minHardWeight ?? 5,
    rowMoveRate: options.rowMoveRate ?? 0.01, cycles: options.cycles ?? 1,
    maxRecreate: options.maxRecreate ?? 1 }, createRowMove(pr));
  const roster: Roster = { people: pr.P, days: pr.D, cells: run.best };
  const score = scoreRoster(model, roster);
  return {
    roster, objective: score.objective, feasible: score.feasible, hardViolations: score.hardViolations,
    breakdown: score.breakdown, uncovered: listUncovered(model, roster),
    stats: { iterations: run.iterations, seconds: (clock() - started) / 1000, searchObjective: run.bestSoft, searchHard: run.bestHard },
  };
}
