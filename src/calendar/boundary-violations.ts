import { addDays } from '../domain/civil-day.ts';
import type { Assignment, Violation } from './assignment.ts';
import type { CalendarContext } from './calendar-context.ts';
import type { EdgeNeighbour } from './edge-neighbours.ts';
import { checkRules, rulesOf } from './rules/index.ts';
import type { Slot } from './slots.ts';
import { newViolations } from './rules/new-violations.ts';
import { asWholeBlocks } from './whole-blocks.ts';

export interface BoundaryFinding {
  /** The published calendar on the other side of the edge. */
  neighbour: { from: string; to: string; number: number };
  violations: Violation[];
}

/**
 * The rules a new calendar breaks together with a published calendar next to it (the other side of the period's
 * edge), which the solver, seeing one period at a time, cannot weigh: the turno arrestati of 31 March and of 1 April
 * to one person, two reperibilità weeks a few days apart. Only the neighbours' duties outside the period count; a
 * violation is reported when it appears with both calendars together and with neither alone. Coverage is left out.
 * `neighbours` are the published calendars joined to the period (`joinNeighbours`), as the edge bans read them.
 */
export function boundaryViolations(ctx: CalendarContext, assignments: readonly Assignment[], neighbours: readonly EdgeNeighbour[]): BoundaryFinding[] {
  const findings: BoundaryFinding[] = [];
  for (const { version, joined, theirs, continuations } of neighbours) {
    const alone = [...checkRules(joined, theirs), ...checkRules(joined, assignments)];
    // A block the edge cut in two and one magistrate holds on both sides is one duty (`asWholeBlocks`).
    const whole = asWholeBlocks(joined, continuations, [...theirs, ...assignments]);
    const violations = newViolations(alone, checkRules(whole.ctx, whole.assignments)).filter((v) => v.ruleId !== 'copertura');
    if (violations.length > 0) findings.push({ neighbour: { from: version.from, to: version.to, number: version.number }, violations });
  }
  return findings;
}

/**
 * The places of the period a magistrate may not hold because, with a duty of theirs in a published calendar next to
 * the period, it would break a hard rule across the edge (the turno arrestati of 1 April after that of 31 March, a
 * reperibilità week too soon after the last one): slot id → magistrate ids. The generation treats them as places the
 * magistrate is unavailable for, so the solver, which sees one period at a time, keeps the hard rules across the edge.
 * Only the rules between two duties are read (exclusions over days, minimum gaps); a dependency across the edge would
 * ask for a duty, not forbid one, and limits count within their own week or month. The rest of a block the magistrate
 * began across the edge (a continuation, edge-continuations.ts) is read as the same duty, so it is never banned to them
 * for being "a second week a day later".
 */
export function edgeBans(ctx: CalendarContext, neighbours: readonly EdgeNeighbour[]): Map<string, Set<string>> {
  const config = ctx.config;
  const bans = new Map<string, Set<string>>();
  const between = new Set(config.rules.filter((r) => r.level === 'hard'
    && ((r.type === 'exclusion' && r.mode !== 'same_day') || r.type === 'min_gap')).map((r) => r.id));
  if (between.size === 0) return bans;
  // A rule between two duties reaches this many days from one to the other, at most.
  const reach = 1 + Math.max(...config.rules.filter((r) => between.has(r.id)).map((r) => ('days' in r && r.days ? r.days : 1)));
  for (const { joined, theirs, continuations } of neighbours) {
    const rules = rulesOf(joined).filter((r) => between.has(r.id));
    // The rest of a block a magistrate began across the edge is no second duty near the first: it is the same one
    // (`continuations`, read through `asWholeBlocks`).
    const byMagistrate = new Map<string, Assignment[]>();
    for (const a of theirs) byMagistrate.set(a.magistrateId, [...(byMagistrate.get(a.magistrateId) ?? []), a]);
    for (const [magistrateId, duties] of byMagistrate) {
      const before = checkRules(joined, duties, rules).length;
      // The days within reach of each duty, computed once per duty rather than once per slot of the period.
      const windows = duties.map((a) => joined.slotById.get(a.slotId)!).map((h) => ({ from: addDays(h.from, -reach), to: addDays(h.to, reach) }));
      const near = (slot: Slot) => windows.some((w) => slot.from <= w.to && slot.to >= w.from);
      for (const slot of ctx.slots.filter(near)) {
        const candidate = { slotId: slot.id, magistrateId };
        // One place alone breaks no rule between two duties: what appears is the edge's.
        const whole = asWholeBlocks(joined, continuations, [...duties, candidate]);
        if (checkRules(whole.ctx, whole.assignments, rules).length <= before) continue;
        const banned = bans.get(slot.id) ?? new Set<string>();
        banned.add(magistrateId);
        bans.set(slot.id, banned);
      }
    }
  }
  return bans;
}
