import type { RosterModel } from '../model.ts';
import type { Roster } from '../roster.ts';
import { listRuns, rangeDays, readRow, type Rule, type Run, type Violation } from './rule.ts';

function touchesEdge(run: Run, days: number): boolean {
  return run.start === 0 || run.end === days - 1;
}

/** At most `maxConsecutive` working days in a row; days outside the horizon are off. */
export const maxConsecutiveRule: Rule = {
  id: 'max-consecutive', kind: 'hard', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    model.people.forEach((person, p) => {
      for (const run of listRuns(readRow(roster, p))) {
        const length = run.end - run.start + 1;
        if (run.working && length > person.maxConsecutive) {
          const amount = length - person.maxConsecutive;
          out.push({ rule: this.id, person: p, days: rangeDays(run.start, run.end), amount, penalty: amount,
            message: `${person.id} works ${length} days in a row (days ${run.start}-${run.end}), at most ${person.maxConsecutive}` });
        }
      }
    });
    return out;
  },
};

/** At least `minConsecutive` working days in a row (edge runs optionally exempt). */
export const minConsecutiveRule: Rule = {
  id: 'min-consecutive', kind: 'hard', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    model.people.forEach((person, p) => {
      for (const run of listRuns(readRow(roster, p))) {
        const length = run.end - run.start + 1;
        if (!run.working || length >= person.minConsecutive) continue;
        if (model.boundary.exemptMinConsecutiveAtEdges && touchesEdge(run, model.days)) continue;
        const amount = person.minConsecutive - length;
        out.push({ rule: this.id, person: p, days: rangeDays(run.start, run.end), amount, penalty: amount,
          message: `${person.id} works only ${length} days in a row (days ${run.start}-${run.end}), at least ${person.minConsecutive}` });
      }
    });
    return out;
  },
};

/** At least `minConsecutiveOff` days off in a row (edge runs optionally exempt). */
export const minDaysOffRule: Rule = {
  id: 'min-days-off', kind: 'hard', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    model.people.forEach((person, p) => {
      for (const run of listRuns(readRow(roster, p))) {
        const length = run.end - run.start + 1;
        if (run.working || length >= person.minConsecutiveOff) continue;
        if (model.boundary.exemptMinOffAtEdges && touchesEdge(run, model.days)) continue;
        const amount = person.minConsecutiveOff - length;
        out.push({ rule: this.id, person: p, days: rangeDays(run.start, run.end), amount, penalty: amount,
          message: `${person.id} has only ${length} days off in a row (days ${run.start}-${run.end}), at least ${person.minConsecutiveOff}` });
      }
    });
    return out;
  },
};
