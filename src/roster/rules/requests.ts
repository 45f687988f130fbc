import type { RosterModel } from '../model.ts';
import type { Roster } from '../roster.ts';
import type { Rule, Violation } from './rule.ts';

/** The person asked for exactly this shift on that day and did not get it. */
export const shiftOnRequestRule: Rule = {
  id: 'shift-on-request', kind: 'soft', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    for (const r of model.requests) {
      if (r.kind !== 'on' || roster.cells[r.person * roster.days + r.day] === r.shift) continue;
      out.push({ rule: this.id, person: r.person, days: [r.day], shift: r.shift, amount: 1, penalty: r.weight,
        message: `${model.people[r.person]?.id} asked for ${model.shifts[r.shift]?.id} on day ${r.day}` });
    }
    return out;
  },
};

/** The person asked not to work this shift on that day and got it. */
export const shiftOffRequestRule: Rule = {
  id: 'shift-off-request', kind: 'soft', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    for (const r of model.requests) {
      if (r.kind !== 'off' || roster.cells[r.person * roster.days + r.day] !== r.shift) continue;
      out.push({ rule: this.id, person: r.person, days: [r.day], shift: r.shift, amount: 1, penalty: r.weight,
        message: `${model.people[r.person]?.id} asked not to work ${model.shifts[r.shift]?.id} on day ${r.day}` });
    }
    return out;
  },
};
