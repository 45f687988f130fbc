import type { RosterModel } from './model.ts';
import type { Roster } from './roster.ts';
import { buildRules, type Violation } from './rules/index.ts';

export interface RuleScore {
  rule: string;
  kind: 'hard' | 'soft';
  count: number;
  penalty: number;
}

export interface Score {
  /** Sum of soft penalties: the objective to minimise. */
  objective: number;
  /** Sum of hard breach amounts; 0 means feasible. */
  hardPenalty: number;
  feasible: boolean;
  breakdown: RuleScore[];
  hardViolations: Violation[];
  softViolations: Violation[];
}

/** Scores a roster with the reference rule objects (slow, explained). */
export function scoreRoster(model: RosterModel, roster: Roster): Score {
  const breakdown: RuleScore[] = [];
  const hardViolations: Violation[] = [];
  const softViolations: Violation[] = [];
  let objective = 0;
  let hardPenalty = 0;
  for (const rule of buildRules(model)) {
    const violations = rule.check(model, roster);
    const penalty = violations.reduce((sum, v) => sum + v.penalty, 0);
    breakdown.push({ rule: rule.id, kind: rule.kind, count: violations.length, penalty });
    if (rule.kind === 'hard') {
      hardPenalty += penalty;
      hardViolations.push(...violations);
    } else {
      objective += penalty;
      softViolations.push(...violations);
    }
  }
  return { objective, hardPenalty, feasible: hardViolations.length === 0, breakdown, hardViolations, softViolations };
}
