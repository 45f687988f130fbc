import type { Assignment, Violation } from '../assignment.ts';
import type { CalendarContext } from '../calendar-context.ts';
import { coverageRule } from './coverage-rule.ts';
import { dependencyRule } from './dependency-rule.ts';
import { eligibilityRule } from './eligibility-rule.ts';
import { exclusionRule } from './exclusion-rule.ts';
import { limitRule } from './limit-rule.ts';
import { minGapRule } from './min-gap-rule.ts';
import type { CalendarRule } from './rule.ts';

export type { CalendarRule } from './rule.ts';

/** The built-in rules plus every rule of the office's configuration, as rule objects. */
export function rulesOf(ctx: CalendarContext): CalendarRule[] {
  const configured = ctx.config.rules.map((rule) => {
    switch (rule.type) {
      case 'exclusion':
        return exclusionRule(rule, ctx);
      case 'dependency':
        return dependencyRule(rule, ctx);
      case 'limit':
        return limitRule(rule, ctx);
      case 'min_gap':
        return minGapRule(rule, ctx);
    }
  });
  return [eligibilityRule(), coverageRule(), ...configured];
}

/** Every violation of every rule on a set of assignments. */
export function checkRules(ctx: CalendarContext, assignments: readonly Assignment[], rules: readonly CalendarRule[] = rulesOf(ctx)): Violation[] {
  return rules.flatMap((rule) => rule.check(ctx, assignments));
}
