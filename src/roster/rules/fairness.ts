import { tasksOf, type LoadGroup, type RosterModel } from '../model.ts';
import type { Roster } from '../roster.ts';
import { readRow, type Rule, type Violation } from './rule.ts';

/** Penalty of a load deviation: linear plus squared, so large breaches cost more. */
export function penalizeDeviation(group: LoadGroup, deviation: number): number {
  const abs = Math.abs(deviation);
  return group.weight * abs + group.squareWeight * abs * abs + (group.bandWeight ?? 0) * Math.max(0, abs - (group.band ?? Infinity));
}

/** The load of one day of a task in a group. */
export function taskLoad(group: LoadGroup, task: number, day: number): number {
  const byDay = group.dayLoad?.[task];
  return byDay ? byDay[day] ?? 0 : group.load[task] ?? 0;
}

/** Each person's weighted load in the group should equal their target. */
export function createFairnessRule(group: LoadGroup): Rule {
  return {
    id: `fairness:${group.id}`, kind: 'soft', weight: group.weight,
    check(model: RosterModel, roster: Roster): Violation[] {
      const out: Violation[] = [];
      model.people.forEach((person, p) => {
        const target = group.targets[p] ?? Number.NaN;
        if (!(target >= 0)) return;
        let load = 0;
        readRow(roster, p).forEach((s, d) => {
          if (s >= 0) for (const t of tasksOf(model, s)) load += taskLoad(group, t, d);
        });
        const deviation = load - target;
        if (deviation === 0) return;
        out.push({ rule: this.id, person: p, days: [], amount: Math.abs(deviation),
          penalty: penalizeDeviation(group, deviation),
          message: `${person.id} has load ${load} in ${group.id}, target ${target}` });
      });
      return out;
    },
  };
}
