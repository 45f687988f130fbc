import type { Violation } from '../assignment.ts';
import { isAvailableForSlot } from '../calendar-context.ts';
import { checkEligibility } from '../eligibility.ts';
import type { CalendarRule } from './rule.ts';
import { nameOf, serviceName, slotWhen } from './holdings.ts';

/** A duty goes only to someone the service belongs to, who is available every day of it, once per slot. */
export function eligibilityRule(): CalendarRule {
  return {
    id: 'idoneita-disponibilita',
    level: 'hard',
    weight: 1000,
    services: [],
    description: 'un turno va solo a chi può svolgere quel servizio ed è disponibile in tutti i suoi giorni',
    check(ctx, assignments) {
      const violations: Violation[] = [];
      const seen = new Set<string>();
      for (const a of assignments) {
        const slot = ctx.slotById.get(a.slotId);
        const who = nameOf(ctx, a.magistrateId);
        const base = { ruleId: 'idoneita-disponibilita', level: 'hard' as const, penalty: 1000, magistrateIds: [a.magistrateId] };
        const magistrate = ctx.magistrates.get(a.magistrateId);
        if (!slot || !magistrate) {
          violations.push({ ...base, days: [], message: `Il turno ${a.slotId} di ${who} non corrisponde a nessun servizio o magistrato del periodo.` });
          continue;
        }
        const name = serviceName(ctx, slot.serviceId);
        const key = `${a.slotId}#${a.magistrateId}`;
        if (seen.has(key)) violations.push({ ...base, days: [slot.from], message: `${who} compare due volte nello stesso turno "${name}" ${slotWhen(slot)}.` });
        seen.add(key);
        const verdict = checkEligibility(magistrate, ctx.services.get(slot.serviceId)!, ctx.groupNames);
        if (!verdict.eligible) violations.push({ ...base, days: [slot.from], message: `${who} non può svolgere "${name}" ${slotWhen(slot)}: ${verdict.because}.` });
        if (!isAvailableForSlot(ctx, a.magistrateId, slot)) {
          violations.push({ ...base, days: [slot.from], message: `${who} non è disponibile per "${name}" ${slotWhen(slot)} (assenza o fuori dal periodo di servizio).` });
        }
      }
      return violations;
    },
  };
}
