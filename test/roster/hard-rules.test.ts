import { describe, expect, it } from 'vitest';
import { evaluateCurtois, type CurtoisHardViolation } from '../../src/roster/curtois/evaluate.ts';
import { rosterFromAssignments } from '../../src/roster/roster.ts';
import { eligibilityRule, unavailableRule } from '../../src/roster/rules/cell-rules.ts';
import { maxWeekendsRule, shiftMaxRule, totalMinutesRule } from '../../src/roster/rules/counts.ts';
import type { Rule } from '../../src/roster/rules/rule.ts';
import { maxConsecutiveRule, minConsecutiveRule, minDaysOffRule } from '../../src/roster/rules/sequences.ts';
import { successionRule } from '../../src/roster/rules/succession.ts';
import { loadCurtois, tinyInstance } from './helpers.ts';

const BASE = 'A,D=14|N=14,6720,0,5,1,1,2';

interface Case {
  name: string;
  rule: Rule;
  constraint: CurtoisHardViolation['constraint'];
  staff?: string;
  daysOff?: string;
  /** [day, shift] pairs worked by employee A. */
  violating: [number, string][];
  clean: [number, string][];
}

const days = (from: number, to: number, shift = 'D'): [number, string][] =>
  Array.from({ length: to - from + 1 }, (_, i) => [from + i, shift]);

const CASES: Case[] = [
  { name: 'forbidden succession N then D', rule: successionRule, constraint: 'shift-rotation',
    violating: [[1, 'N'], [2, 'D']], clean: [[1, 'D'], [2, 'N']] },
  { name: 'per-type maximum', rule: shiftMaxRule, constraint: 'max-shifts', staff: 'A,D=14|N=1,6720,0,5,1,1,2',
    violating: [[1, 'N'], [3, 'N']], clean: [[1, 'N'], [3, 'D']] },
  { name: 'zero maximum is ineligibility', rule: eligibilityRule, constraint: 'max-shifts', staff: 'A,D=14|N=0,6720,0,5,1,1,2',
    violating: [[1, 'N']], clean: [[1, 'D']] },
  { name: 'minimum total minutes', rule: totalMinutesRule, constraint: 'min-total-minutes', staff: 'A,D=14|N=14,6720,960,5,1,1,2',
    violating: [[1, 'D']], clean: [[1, 'D'], [2, 'D']] },
  { name: 'maximum total minutes', rule: totalMinutesRule, constraint: 'max-total-minutes', staff: 'A,D=14|N=14,960,0,5,1,1,2',
    violating: [[1, 'D'], [2, 'D'], [8, 'D']], clean: [[1, 'D'], [2, 'D']] },
  { name: 'maximum consecutive counts from day 0', rule: maxConsecutiveRule, constraint: 'max-consecutive',
    staff: 'A,D=14|N=14,6720,0,3,1,1,2', violating: days(0, 3), clean: days(0, 2) },
  { name: 'minimum consecutive inside the horizon', rule: minConsecutiveRule, constraint: 'min-consecutive',
    staff: 'A,D=14|N=14,6720,0,5,2,1,2', violating: [[3, 'D']], clean: [[3, 'D'], [4, 'D']] },
  { name: 'minimum consecutive: a run touching day 0 or the last day is exempt', rule: minConsecutiveRule,
    constraint: 'min-consecutive', staff: 'A,D=14|N=14,6720,0,5,3,1,2',
    violating: [[0, 'D'], [6, 'D'], [13, 'D']], clean: [[0, 'D'], [13, 'D']] },
  { name: 'minimum days off inside the horizon', rule: minDaysOffRule, constraint: 'min-days-off',
    staff: 'A,D=14|N=14,6720,0,5,1,2,2', violating: [[2, 'D'], [4, 'D']], clean: [[2, 'D'], [5, 'D']] },
  { name: 'minimum days off: runs touching either end are exempt', rule: minDaysOffRule, constraint: 'min-days-off',
    staff: 'A,D=14|N=14,6720,0,5,1,3,2', violating: [...days(1, 5), [7, 'D'], ...days(8, 12)],
    clean: [...days(1, 5), ...days(9, 12)] },
  { name: 'maximum weekends (Saturday or Sunday)', rule: maxWeekendsRule, constraint: 'max-weekends',
    staff: 'A,D=14|N=14,6720,0,5,1,1,1', violating: [[5, 'D'], [13, 'D']], clean: [[5, 'D'], [6, 'D']] },
  { name: 'fixed days off', rule: unavailableRule, constraint: 'days-off', daysOff: '3',
    violating: [[3, 'D']], clean: [[4, 'D']] },
];

describe.each(CASES)('hard rule: $name', (c) => {
  const { instance, model } = loadCurtois(tinyInstance(c.staff ?? BASE, 14, c.daysOff));
  const judge = (worked: [number, string][]) => {
    const assignments = worked.map(([day, shift]) => ({ employee: 'A', day, shift }));
    const roster = rosterFromAssignments(model, assignments.map((a) => ({
      person: 0, day: a.day, shift: model.shifts.findIndex((s) => s.id === a.shift),
    })));
    return { independent: evaluateCurtois(instance, assignments), violations: c.rule.check(model, roster) };
  };

  it('flags the violating roster, in the rule object and in the independent evaluator', () => {
    const { independent, violations } = judge(c.violating);
    expect(violations.length).toBeGreaterThan(0);
    expect(violations[0]).toMatchObject({ rule: c.rule.id, person: 0 });
    expect(violations[0]!.amount).toBeGreaterThan(0);
    expect(independent.violations.map((v) => v.constraint)).toContain(c.constraint);
  });

  it('accepts the clean roster', () => {
    const { independent, violations } = judge(c.clean);
    expect(violations).toEqual([]);
    expect(independent.feasible).toBe(true);
  });
});

describe('boundary conventions as options', () => {
  it('checks edge runs when the Curtois exemptions are switched off', () => {
    const { model } = loadCurtois(tinyInstance('A,D=14|N=14,6720,0,5,2,2,2'));
    const roster = rosterFromAssignments(model, [{ person: 0, day: 0, shift: 0 }, { person: 0, day: 12, shift: 0 }, { person: 0, day: 13, shift: 0 }]);
    expect(minConsecutiveRule.check(model, roster)).toEqual([]);
    const strict = { ...model, boundary: { exemptMinConsecutiveAtEdges: false, exemptMinOffAtEdges: false } };
    expect(minConsecutiveRule.check(strict, roster).map((v) => v.days)).toEqual([[0]]);
    const offAtStart = rosterFromAssignments(model, [{ person: 0, day: 1, shift: 0 }, { person: 0, day: 2, shift: 0 }]);
    expect(minDaysOffRule.check(model, offAtStart)).toEqual([]);
    expect(minDaysOffRule.check(strict, offAtStart).map((v) => v.days)).toEqual([[0]]);
  });
});
