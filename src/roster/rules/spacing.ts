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
      const task = model.tasks?.[spacing.shift]?.id ?? model.shifts[spacing.shift]?.id;
      model.people.forEach((person, p) => {
        const turns = listTurns(model, readRow(roster, p), spacing.shift);
        // Turns of other plans just beyond the horizon, when given, are the neighbours of the first and last turns.
        const before = spacing.lastBefore?.[p] ?? Number.NEGATIVE_INFINITY;
        const after = spacing.firstAfter?.[p] ?? Number.POSITIVE_INFINITY;
        const ends = turns.length === 0 ? [] : [
          ...(Number.isFinite(before) ? [{ start: before, end: before }] : []), ...turns,
          ...(Number.isFinite(after) ? [{ start: after, end: after }] : []),
        ];
        for (let i = 1; i < ends.length; i++) {
          const lastEnd = ends[i - 1]!.end;
          const d = ends[i]!.start;
          const gap = d - lastEnd - 1;
          if (gap >= spacing.minGap) continue;
          const amount = spacing.minGap - gap;
          out.push({ rule: this.id, person: p, days: [lastEnd, d], shift: spacing.shift, amount,
            penalty: amount * weight,
            message: `${person.id} has ${task} turns only ${gap} days apart (days ${lastEnd} and ${d}), at least ${spacing.minGap}` });
        }
      });
      return out;
    },
  };
}
