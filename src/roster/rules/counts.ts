import { countTasks, providesTask, type RosterModel } from '../model.ts';
import type { Roster } from '../roster.ts';
import { minutesToHours, readRow, type Rule, type Violation } from './rule.ts';

/** Per person and task, at most `maxShifts` days of it over the horizon. */
export const shiftMaxRule: Rule = {
  id: 'shift-max', kind: 'hard', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    model.people.forEach((person, p) => {
      const row = readRow(roster, p);
      for (let t = 0; t < countTasks(model); t++) {
        const days = [...row.keys()].filter((d) => providesTask(model, row[d]!, t));
        const max = person.maxShifts[t] ?? Infinity;
        if (days.length > max) {
          out.push({ rule: this.id, person: p, days, shift: t, amount: days.length - max, penalty: days.length - max,
            message: `${person.id} works ${days.length} ${model.tasks?.[t]?.id ?? model.shifts[t]?.id} shifts, at most ${max} allowed` });
        }
      }
    });
    return out;
  },
};

/** Total worked minutes within [minMinutes, maxMinutes]; the breach is measured in hours rounded up. */
export const totalMinutesRule: Rule = {
  id: 'total-minutes', kind: 'hard', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    model.people.forEach((person, p) => {
      const row = readRow(roster, p);
      let minutes = 0;
      for (const s of row) if (s >= 0) minutes += model.shifts[s]?.minutes ?? 0;
      const gap = minutes < person.minMinutes ? person.minMinutes - minutes
        : minutes > person.maxMinutes ? minutes - person.maxMinutes : 0;
      if (gap > 0) {
        const hours = minutesToHours(gap);
        out.push({ rule: this.id, person: p, days: [], amount: hours, penalty: hours,
          message: `${person.id} works ${minutes} minutes, allowed ${person.minMinutes}..${person.maxMinutes}` });
      }
    });
    return out;
  },
};

/** At most `maxWeekends` weekends with any work. */
export const maxWeekendsRule: Rule = {
  id: 'max-weekends', kind: 'hard', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    model.people.forEach((person, p) => {
      const row = readRow(roster, p);
      const worked = model.weekends.filter((days) => days.some((d) => (row[d] ?? -1) >= 0));
      if (worked.length > person.maxWeekends) {
        const amount = worked.length - person.maxWeekends;
        out.push({ rule: this.id, person: p, days: worked.flat(), amount, penalty: amount,
          message: `${person.id} works ${worked.length} weekends, at most ${person.maxWeekends} allowed` });
      }
    });
    return out;
  },
};
