import { providesTask, tasksOf, type RosterModel } from '../model.ts';
import type { Roster } from '../roster.ts';

export type UncoveredReason = 'nobody-eligible' | 'all-eligible-unavailable' | 'blocked-by-hard-rules';

/** A (day, task) left below its target, with why nobody more could take it. */
export interface UncoveredSlot {
  day: number;
  shift: number;
  missing: number;
  reason: UncoveredReason;
  /** Eligible people who are available that day (they work elsewhere or would break a hard rule). */
  candidates: number[];
}

/** Lists the under-covered slots of a roster and classifies each shortfall. */
export function listUncovered(model: RosterModel, roster: Roster): UncoveredSlot[] {
  const out: UncoveredSlot[] = [];
  const unavailable = model.people.map((p) => new Set(p.unavailable));
  for (const c of model.cover) {
    let count = 0;
    for (let p = 0; p < roster.people; p++) if (providesTask(model, roster.cells[p * roster.days + c.day]!, c.shift)) count++;
    if (count >= c.target) continue;
    const eligible = model.people.flatMap((person, p) => (model.shifts.some((_, s) => person.eligible[s] && tasksOf(model, s).includes(c.shift)) ? [p] : []));
    const candidates = eligible.filter((p) => !unavailable[p]!.has(c.day)
      && !providesTask(model, roster.cells[p * roster.days + c.day]!, c.shift));
    const reason: UncoveredReason = eligible.length === 0 ? 'nobody-eligible'
      : candidates.length === 0 ? 'all-eligible-unavailable' : 'blocked-by-hard-rules';
    out.push({ day: c.day, shift: c.shift, missing: c.target - count, reason, candidates });
  }
  return out;
}
