import { providesTask, type RosterModel } from '../model.ts';
import type { Roster } from '../roster.ts';
import type { Rule, Violation } from './rule.ts';

/** The people whose shift on `day` provides `task`. */
export function countOnTask(model: RosterModel, roster: Roster, day: number, task: number): number[] {
  const people: number[] = [];
  for (let p = 0; p < roster.people; p++) if (providesTask(model, roster.cells[p * roster.days + day]!, task)) people.push(p);
  return people;
}

function taskName(model: RosterModel, task: number): string | undefined {
  return model.tasks ? model.tasks[task]?.id : model.shifts[task]?.id;
}

/** Fewer people than the target on a (day, task): weightUnder per missing person. */
export const coverUnderRule: Rule = {
  id: 'cover-under', kind: 'soft', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    for (const c of model.cover) {
      const count = countOnTask(model, roster, c.day, c.shift).length;
      if (count < c.target) {
        const amount = c.target - count;
        out.push({ rule: this.id, days: [c.day], shift: c.shift, amount, penalty: amount * c.weightUnder,
          message: `${taskName(model, c.shift)} on day ${c.day} has ${count} people, ${c.target} wanted` });
      }
    }
    return out;
  },
};

/** More people than the target on a (day, task): weightOver per extra person. */
export const coverOverRule: Rule = {
  id: 'cover-over', kind: 'soft', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    for (const c of model.cover) {
      const count = countOnTask(model, roster, c.day, c.shift).length;
      if (count > c.target) {
        const amount = count - c.target;
        out.push({ rule: this.id, days: [c.day], shift: c.shift, amount, penalty: amount * c.weightOver,
          message: `${taskName(model, c.shift)} on day ${c.day} has ${count} people, ${c.target} wanted` });
      }
    }
    return out;
  },
};
