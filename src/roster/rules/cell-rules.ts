import { tasksOf, type RosterModel } from '../model.ts';
import type { Roster } from '../roster.ts';
import { readRow, type Rule, type Violation } from './rule.ts';

/** A person works only shift types they are eligible for. */
export const eligibilityRule: Rule = {
  id: 'eligibility', kind: 'hard', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    model.people.forEach((person, p) => {
      readRow(roster, p).forEach((shift, day) => {
        if (shift >= 0 && !person.eligible[shift]) {
          out.push({ rule: this.id, person: p, days: [day], shift, amount: 1, penalty: 1,
            message: `${person.id} is not eligible for ${model.shifts[shift]?.id} (day ${day})` });
        }
      });
    });
    return out;
  },
};

/** No work on a person's unavailable days. */
export const unavailableRule: Rule = {
  id: 'unavailable', kind: 'hard', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    model.people.forEach((person, p) => {
      const row = readRow(roster, p);
      for (const day of new Set(person.unavailable)) {
        const shift = row[day] ?? -1;
        if (shift >= 0) {
          out.push({ rule: this.id, person: p, days: [day], shift, amount: 1, penalty: 1,
            message: `${person.id} works ${model.shifts[shift]?.id} on unavailable day ${day}` });
        }
      }
    });
    return out;
  },
};

/** Pinned cells keep their pinned value; task-pinned cells keep their pinned tasks. */
export const pinRule: Rule = {
  id: 'pin', kind: 'hard', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    for (const pin of model.pins) {
      const value = readRow(roster, pin.person)[pin.day] ?? -1;
      const wanted = pin.shift ?? -1;
      if (value !== wanted) {
        out.push({ rule: this.id, person: pin.person, days: [pin.day], shift: pin.shift ?? undefined,
          amount: 1, penalty: 1,
          message: `${model.people[pin.person]?.id} must have ${pin.shift === null ? 'a day off' : model.shifts[pin.shift]?.id} on day ${pin.day}` });
      }
    }
    for (const pin of model.taskPins ?? []) {
      const value = readRow(roster, pin.person)[pin.day] ?? -1;
      const held = value >= 0 ? tasksOf(model, value) : [];
      const name = (t: number) => model.tasks?.[t]?.id ?? model.shifts[t]?.id;
      if (!pin.tasks.every((t) => held.includes(t))) {
        out.push({ rule: this.id, person: pin.person, days: [pin.day], amount: 1, penalty: 1,
          message: `${model.people[pin.person]?.id} must do ${pin.tasks.map(name).join('+')} on day ${pin.day}` });
      } else if ((pin.banned ?? []).some((t) => held.includes(t))) {
        out.push({ rule: this.id, person: pin.person, days: [pin.day], amount: 1, penalty: 1,
          message: `${model.people[pin.person]?.id} must not do ${(pin.banned ?? []).filter((t) => held.includes(t)).map(name).join('+')} on day ${pin.day}` });
      }
    }
    return out;
  },
};
