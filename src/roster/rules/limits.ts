import type { RosterModel, TaskLimit } from '../model.ts';
import type { Roster } from '../roster.ts';
import { readRow, type Rule, type Violation } from './rule.ts';
import { listTurns } from './turns.ts';

/** Breach of a limit by a count: hard amount and soft amount (turns past the bounds). */
export function limitBreach(limit: TaskLimit, count: number, minApplies: boolean): { hard: number; soft: number } {
  let hard = 0;
  let soft = 0;
  if (limit.hardMax !== undefined && count > limit.hardMax) hard += count - limit.hardMax;
  if (limit.softMax !== undefined && count > limit.softMax) soft += Math.min(count, limit.hardMax ?? count) - limit.softMax;
  if (minApplies && limit.hardMin !== undefined && count < limit.hardMin) hard += limit.hardMin - count;
  if (minApplies && limit.softMin !== undefined && count < limit.softMin) soft += limit.softMin - Math.max(count, limit.hardMin ?? count);
  return { hard, soft };
}

function countTurns(model: RosterModel, roster: Roster, p: number, limit: TaskLimit): number {
  const inside = listTurns(model, readRow(roster, p), limit.task).filter((t) => t.start >= limit.from && t.start <= limit.to).length;
  return inside + (limit.outside?.[p] ?? 0);
}

/** The violations of one side of the task limits; a soft breach costs the limit's weight per turn. */
function limitViolations(ruleId: string, side: 'hard' | 'soft', model: RosterModel, roster: Roster): Violation[] {
  const out: Violation[] = [];
  for (const limit of model.limits) {
    const minFor = new Set(limit.minFor);
    model.people.forEach((person, p) => {
      const count = countTurns(model, roster, p, limit);
      const amount = limitBreach(limit, count, minFor.has(p))[side];
      if (amount > 0) {
        out.push({ rule: ruleId, person: p, days: [limit.from, limit.to], shift: limit.task, amount, penalty: side === 'hard' ? amount : amount * limit.weight,
          message: `${person.id} has ${count} turns in ${limit.id} (days ${limit.from}-${limit.to})` });
      }
    });
  }
  return out;
}

/** The hard side of the task limits: turns outside [hardMin, hardMax]. */
export const limitHardRule: Rule = {
  id: 'limit-hard', kind: 'hard', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    return limitViolations(this.id, 'hard', model, roster);
  },
};

/** The soft side of the task limits: `weight` per turn between a soft and a hard bound. */
export const limitSoftRule: Rule = {
  id: 'limit-soft', kind: 'soft', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    return limitViolations(this.id, 'soft', model, roster);
  },
};

/** Working a shift type that carries a cost (a tolerated combination of tasks) costs it per day. */
export const shiftCostRule: Rule = {
  id: 'shift-cost', kind: 'soft', weight: 1,
  check(model: RosterModel, roster: Roster): Violation[] {
    const out: Violation[] = [];
    model.people.forEach((person, p) => {
      readRow(roster, p).forEach((s, d) => {
        const cost = s >= 0 ? model.shifts[s]?.cost ?? 0 : 0;
        if (cost > 0) {
          out.push({ rule: this.id, person: p, days: [d], shift: s, amount: 1, penalty: cost,
            message: `${person.id} works ${model.shifts[s]?.id} on day ${d}` });
        }
      });
    });
    return out;
  },
};
