import type { RosterModel, Spacing } from '../model.ts';
import type { Roster } from '../roster.ts';
import { readRow, type Rule, type Violation } from './rule.ts';
import { listTurns } from './turns.ts';

/** Turns of one task at least `minGap` days apart, per person (turns as `Task.turns` defines them). */
export function createSpacingRule(spacing: Spacing): Rule {
  const weight = spacing.hard ? 1 : spacing.weight;
  return {
    id: `spacing:${spacing.id}`, kind: spacing.hard ? 'hard' : 'soft', weight,
    check(model: RosterModel, roster: Roster): Violation[] {
      const out: Violation[] = [];
      model.people.forEach((person, p) => {
        let lastEnd = -1;
        for (const { start: d, end } of listTurns(model, readRow(roster, p), spacing.shift)) {
          const gap = d - lastEnd - 1;
          if (lastEnd >= 0 && gap < spacing.minGap) {
            const amount = spacing.minGap - gap;
            out.push({ rule: this.id, person: p, days: [lastEnd, d], shift: spacing.shift, amount,
              penalty: amount * weight,
              message: `${person.id} has ${model.tasks?.[spacing.shift]?.id ?? model.shifts[spacing.shift]?.id} turns only ${gap} days apart (days ${lastEnd} and ${d}), at least ${spacing.minGap}` });
          }
          lastEnd = end;
        }
      });
      return out;
    },
  };
}
