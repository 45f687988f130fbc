import type { RosterModel } from '../model.ts';
import { blockRule } from './blocks.ts';
import { eligibilityRule, pinRule, unavailableRule } from './cell-rules.ts';
import { maxWeekendsRule, shiftMaxRule, totalMinutesRule } from './counts.ts';
import { coverOverRule, coverUnderRule } from './cover.ts';
import { createFairnessRule } from './fairness.ts';
import { limitHardRule, limitSoftRule, shiftCostRule } from './limits.ts';
import { shiftOffRequestRule, shiftOnRequestRule } from './requests.ts';
import type { Rule } from './rule.ts';
import { maxConsecutiveRule, minConsecutiveRule, minDaysOffRule } from './sequences.ts';
import { createSpacingRule } from './spacing.ts';
import { successionRule } from './succession.ts';

export type { Rule, Violation } from './rule.ts';

/** Every rule that applies to a model, hard ones first. */
export function buildRules(model: RosterModel): Rule[] {
  return [
    eligibilityRule, unavailableRule, pinRule, successionRule, shiftMaxRule, totalMinutesRule,
    maxConsecutiveRule, minConsecutiveRule, minDaysOffRule, maxWeekendsRule, blockRule,
    ...(model.limits.length > 0 ? [limitHardRule] : []),
    ...model.spacings.filter((s) => s.hard).map(createSpacingRule),
    coverUnderRule, coverOverRule, shiftOnRequestRule, shiftOffRequestRule,
    ...model.loadGroups.map(createFairnessRule),
    ...model.spacings.filter((s) => !s.hard).map(createSpacingRule),
    ...(model.limits.length > 0 ? [limitSoftRule] : []),
    ...(model.shifts.some((s) => (s.cost ?? 0) > 0) ? [shiftCostRule] : []),
  ];
}
