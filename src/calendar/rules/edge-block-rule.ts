import type { Violation } from '../assignment.ts';
import { describeSplitBlock } from '../continuation-text.ts';
import type { CalendarRule } from './rule.ts';

/**
 * A block the period's edge cut in two (a reperibilità week from 29 March to 4 April) stays with the magistrate who holds
 * its piece in the published calendar next door: broken when the period's piece is held by someone else or by no one.
 * It reads the context's continuations (`withContinuations`); without them it finds nothing. Not among `rulesOf`: the
 * generation pins continuations before any choice and the replan says a split in its own words (continuation-pins.ts);
 * the head's edits check it with the others, so that splitting such a week is warned like any broken rule.
 */
export function edgeBlockRule(): CalendarRule {
  return {
    id: 'blocco-a-cavallo',
    level: 'soft',
    weight: 5,
    services: [],
    description: 'Un turno a cavallo tra due periodi resta a chi ne svolge la parte nel calendario già pubblicato',
    check(ctx, assignments, onlyFor) {
      const violations: Violation[] = [];
      for (const [slotId, continuations] of ctx.continuations ?? []) {
        const holders = assignments.filter((a) => a.slotId === slotId).map((a) => a.magistrateId);
        for (const c of continuations) {
          if (holders.includes(c.magistrateId) || (onlyFor !== undefined && onlyFor !== c.magistrateId && !holders.includes(onlyFor))) continue;
          violations.push({
            ruleId: 'blocco-a-cavallo', level: 'soft', penalty: 5, magistrateIds: [c.magistrateId, ...holders],
            days: [ctx.slotById.get(slotId)?.from ?? c.block.from], message: describeSplitBlock(ctx, c, holders),
          });
        }
      }
      return violations;
    },
  };
}
