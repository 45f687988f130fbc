import type { RosterModel, Spacing } from '../model.ts';
import type { Roster } from '../roster.ts';
import { readRow, type Rule, type Violation } from './rule.ts';

/** Turns of one shift type (maximal runs of it) at least `minGap` days apart, per person. */
export function createSpacingRule(spacing: Spacing): Rule {
  const weight = spacing.hard ? 1 : spacing.weight;
  return {
    id: `spacing:${spacing.id}`, kind: spacing.hard ? 'hard' : 'soft', weight,
    check(model: RosterModel, roster: Roster): Violation[] {
      const out: Violation[] = [];
      model.people.forEach((person, p) => {
        const row = readRow(roster, p);
        let lastEnd = -1;
        for (let d = 0; d < row.length; d++) {
          if (row[d] !== spacing.shift || row[d - 1] === spacing.shift) continue;
          const gap = d - lastEnd - 1;
          if (lastEnd >= 0 && gap < spacing.minGap) {
            const amount = spacing.minGap - gap;
            out.push({ rule: this.id, person: p, days: [lastEnd, d], shift: spacing.shift, amount,
              penalty: amount * weight,
              message: `${person.id} has ${model.shifts[spacing.shift]?.id} turns only ${gap} days apart (days ${lastEnd} and ${d}), at least ${spacing.minGap}` });
          }
          let end = d;
          while (row[end + 1] === spacing.shift) end++;
          lastEnd = end;
        }
      });
      return out;
    },
  };
}
