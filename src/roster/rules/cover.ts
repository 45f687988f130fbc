import type { RosterModel } from '../model.ts';
import type { Roster } from '../roster.ts';
import type { Rule, Violation } from './rule.ts';

function countOnShift(roster: Roster, day: number, shift: number): number[] {
  const people: number[] = [];
  for (let p = 0; p < roster.people; p++) if (roster.cells[p * roster.days + day] === shift) people.push(p);
  return people;
}

/** Fewer people than the target on a (day, shift): weightUnder per missing person. */
export const coverUnderRule: Rule = {
  id: 'cover-under', kind: 'soft', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    for (const c of model.cover) {
      const count = countOnShift(roster, c.day, c.shift).length;
      if (count < c.target) {
        const amount = c.target - count;
        out.push({ rule: this.id, days: [c.day], shift: c.shift, amount, penalty: amount * c.weightUnder,
          message: `${model.shifts[c.shift]?.id} on day ${c.day} has ${count} people, ${c.target} wanted` });
      }
    }
    return out;
  },
};

/** More people than the target on a (day, shift): weightOver per extra person. */
export const coverOverRule: Rule = {
  id: 'cover-over', kind: 'soft', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    for (const c of model.cover) {
      const count = countOnShift(roster, c.day, c.shift).length;
      if (count > c.target) {
        const amount = count - c.target;
        out.push({ rule: this.id, days: [c.day], shift: c.shift, amount, penalty: amount * c.weightOver,
          message: `${model.shifts[c.shift]?.id} on day ${c.day} has ${count} people, ${c.target} wanted` });
      }
    }
    return out;
  },
};
