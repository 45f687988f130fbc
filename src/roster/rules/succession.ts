import type { RosterModel } from '../model.ts';
import type { Roster } from '../roster.ts';
import { readRow, type Rule, type Violation } from './rule.ts';

/** Shift a on day d forbids shift b on day d+1. Nothing crosses the horizon's ends. */
export const successionRule: Rule = {
  id: 'succession', kind: 'hard', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    model.people.forEach((person, p) => {
      const row = readRow(roster, p);
      for (let d = 0; d + 1 < row.length; d++) {
        const a = row[d] ?? -1;
        const b = row[d + 1] ?? -1;
        if (a >= 0 && b >= 0 && model.shifts[a]?.forbiddenNext.includes(b)) {
          out.push({ rule: this.id, person: p, days: [d, d + 1], shift: b, amount: 1, penalty: 1,
            message: `${person.id} works ${model.shifts[b]?.id} on day ${d + 1} right after ${model.shifts[a]?.id}` });
        }
      }
    });
    return out;
  },
};
