import { listAssignments } from '../roster.ts';
import { solvePortfolio } from '../solver/portfolio.ts';
import type { SolveOptions, SolveResult } from '../solver/solve.ts';
import { evaluateCurtois, type CurtoisEvaluation } from './evaluate.ts';
import type { CurtoisAssignment, CurtoisInstance } from './instance.ts';
import type { CurtoisFormatError } from './parse.ts';
import { curtoisToModel } from './to-model.ts';

/** The benchmark's solution file. */
export interface CurtoisSolution {
  instance: string;
  objective: number;
  assignments: CurtoisAssignment[];
}

export interface CurtoisRun {
  solution: CurtoisSolution;
  /** The independent evaluator's verdict on the solution. */
  check: CurtoisEvaluation;
  result: SolveResult;
}

/** Solves a Curtois instance with the general engine and checks the answer independently. */
export async function solveCurtois(instance: CurtoisInstance, options: SolveOptions):
  Promise<{ ok: true; run: CurtoisRun } | { ok: false; error: CurtoisFormatError }> {
  const compiled = curtoisToModel(instance);
  if (!compiled.ok) return compiled;
  const { model } = compiled;
  const result = await solvePortfolio(model, options);
  const assignments = listAssignments(result.roster).map((a) => ({
    employee: model.people[a.person]!.id, day: a.day, shift: model.shifts[a.shift]!.id,
  }));
  const solution = { instance: instance.name, objective: result.objective, assignments };
  return { ok: true, run: { solution, check: evaluateCurtois(instance, assignments), result } };
}
