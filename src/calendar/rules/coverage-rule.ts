import type { Violation } from '../assignment.ts';
import type { CalendarRule } from './rule.ts';
import { serviceName, slotWhen } from './holdings.ts';

/**
 * Every slot gets the magistrates it needs: each missing one costs `weight` (a slot nobody can cover
 * is an "area critica", reported, not hidden); each extra one costs 1.
 */
export function coverageRule(weight = 100): CalendarRule {
  return {
    id: 'copertura',
    level: 'soft',
    weight,
    services: [],
    description: 'ogni servizio ha il numero di magistrati previsto per quel giorno',
    check(ctx, assignments) {
      const counts = new Map<string, number>();
      for (const a of assignments) counts.set(a.slotId, (counts.get(a.slotId) ?? 0) + 1);
      const violations: Violation[] = [];
      for (const slot of ctx.slots) {
        const have = counts.get(slot.id) ?? 0;
        if (have === slot.required) continue;
        const missing = slot.required - have;
        const name = serviceName(ctx, slot.serviceId);
        violations.push({
          ruleId: 'copertura', level: 'soft', magistrateIds: [], days: [slot.from],
          penalty: missing > 0 ? missing * weight : -missing,
          message: missing > 0
            ? `"${name}" ${slotWhen(slot)} è scoperto: ${missing === 1 ? 'manca un magistrato' : `mancano ${missing} magistrati`} su ${slot.required}.`
            : `"${name}" ${slotWhen(slot)} ha ${-missing} ${-missing === 1 ? 'magistrato' : 'magistrati'} in più del necessario (${slot.required}).`,
        });
      }
      return violations;
    },
  };
}
