import { describe, expect, it } from 'vitest';
import { rosterFromAssignments, type Assignment } from '../../src/roster/roster.ts';
import { blockRule } from '../../src/roster/rules/blocks.ts';
import { pinRule } from '../../src/roster/rules/cell-rules.ts';
import { coverOverRule, coverUnderRule } from '../../src/roster/rules/cover.ts';
import { createFairnessRule } from '../../src/roster/rules/fairness.ts';
import { shiftOffRequestRule, shiftOnRequestRule } from '../../src/roster/rules/requests.ts';
import type { Rule } from '../../src/roster/rules/rule.ts';
import { createSpacingRule } from '../../src/roster/rules/spacing.ts';
import { buildRichModel } from './model-fixture.ts';

const model = buildRichModel();
const cell = (person: number, day: number, shift: number): Assignment => ({ person, day, shift });

interface Case {
  name: string;
  rule: Rule;
  violating: Assignment[];
  clean: Assignment[];
  penalty: number;
}

const CASES: Case[] = [
  { name: 'pin', rule: pinRule, violating: [cell(1, 0, 1)], clean: [cell(1, 0, 0)], penalty: 1 },
  { name: 'block covered whole by one person', rule: blockRule,
    violating: [cell(0, 7, 2), cell(0, 8, 2), cell(1, 9, 2)], clean: [cell(0, 7, 2), cell(0, 8, 2), cell(0, 9, 2)], penalty: 2 },
  { name: 'hard spacing between turns', rule: createSpacingRule(model.spacings[1]!),
    violating: [cell(0, 0, 2), cell(0, 2, 2)], clean: [cell(0, 0, 2), cell(0, 1, 2), cell(0, 5, 2)], penalty: 2 },
  { name: 'soft spacing, penalty grows with the breach', rule: createSpacingRule(model.spacings[0]!),
    violating: [cell(0, 0, 1), cell(0, 2, 1)], clean: [cell(0, 0, 1), cell(0, 3, 1)], penalty: 4 },
  { name: 'fairness: linear plus squared deviation', rule: createFairnessRule({ ...model.loadGroups[0]!, targets: [6, Number.NaN, -1, Number.NaN] }),
    violating: [cell(0, 0, 0), cell(0, 1, 2)], clean: [cell(0, 0, 0), cell(0, 1, 0), cell(0, 2, 2), cell(0, 3, 2)], penalty: 5 * 3 + 9 },
  { name: 'shift-on request', rule: shiftOnRequestRule, violating: [cell(0, 2, 1)], clean: [cell(0, 2, 0)], penalty: 3 },
  { name: 'shift-off request', rule: shiftOffRequestRule, violating: [cell(2, 4, 1)], clean: [cell(2, 4, 0)], penalty: 2 },
  { name: 'cover over', rule: coverOverRule, violating: [cell(0, 5, 1), cell(2, 5, 1)], clean: [], penalty: 2 },
];

describe.each(CASES)('model rule: $name', (c) => {
  it('flags the violating roster with structured data', () => {
    const violations = c.rule.check(model, rosterFromAssignments(model, c.violating));
    expect(violations.length).toBeGreaterThan(0);
    expect(violations[0]!.rule).toBe(c.rule.id);
    expect(violations[0]!.message.length).toBeGreaterThan(0);
    expect(violations.reduce((s, v) => s + v.penalty, 0)).toBe(c.penalty);
  });

  it('accepts the clean roster', () => {
    expect(c.rule.check(model, rosterFromAssignments(model, c.clean))).toEqual([]);
  });
});

describe('cover under', () => {
  it('charges weightUnder per missing person', () => {
    const empty = coverUnderRule.check(model, rosterFromAssignments(model, []));
    expect(empty.reduce((s, v) => s + v.penalty, 0)).toBe(14 * 50 + 10 * 30);
  });
});
