import { providesTask, type RosterModel } from '../model.ts';
import type { Roster } from '../roster.ts';
import { readRow, type Rule, type Violation } from './rule.ts';

/** Whoever works a block's task on some of its days works it on all of them. */
export const blockRule: Rule = {
  id: 'block', kind: 'hard', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    model.people.forEach((person, p) => {
      const row = readRow(roster, p);
      for (const block of model.blocks) {
        const worked = block.days.filter((d) => providesTask(model, row[d]!, block.shift));
        const k = worked.length;
        if (k === 0 || k === block.days.length) continue;
        const amount = Math.min(k, block.days.length - k);
        out.push({ rule: this.id, person: p, days: worked, shift: block.shift, amount, penalty: amount,
          message: `${person.id} covers ${k} of ${block.days.length} days of a ${model.tasks?.[block.shift]?.id ?? model.shifts[block.shift]?.id} block starting day ${block.days[0]}` });
      }
    });
    return out;
  },
};
