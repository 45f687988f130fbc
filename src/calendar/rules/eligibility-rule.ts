import type { Violation } from '../assignment.ts';
import { isAvailableForSlot } from '../calendar-context.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import type { Magistrate } from '../../domain/magistrate.ts';
import type { CalendarContext } from '../calendar-context.ts';
import { checkEligibility, type EligibilityVerdict } from '../eligibility.ts';
import type { Slot } from '../slots.ts';
import type { CalendarRule } from './rule.ts';
import { nameOf, serviceName, slotWhen } from './holdings.ts';

/** A duty goes only to someone the service belongs to, who is available every day of it, once per slot. */
export function eligibilityRule(): CalendarRule {
  // Whether a magistrate may take a slot depends only on the context: remembered per context.
  let cachedCtx: CalendarContext | null = null;
  let verdicts = new Map<Slot, Map<string, { eligible: EligibilityVerdict; available: boolean }>>();
  const verdictOf = (ctx: CalendarContext, magistrate: DeepReadonly<Magistrate>, slot: Slot) => {
    if (cachedCtx !== ctx) { cachedCtx = ctx; verdicts = new Map(); }
    let bySlot = verdicts.get(slot);
    if (!bySlot) verdicts.set(slot, (bySlot = new Map()));
    let verdict = bySlot.get(magistrate.id);
    if (!verdict) {
      verdict = { eligible: checkEligibility(magistrate, ctx.services.get(slot.serviceId)!, ctx.groupNames), available: isAvailableForSlot(ctx, magistrate.id, slot) };
      bySlot.set(magistrate.id, verdict);
    }
    return verdict;
  };
  return {
    id: 'idoneita-disponibilita',
    level: 'hard',
    weight: 1000,
    services: [],
    description: 'un turno va solo a chi può svolgere quel servizio ed è disponibile in tutti i suoi giorni',
    check(ctx, assignments) {
      const violations: Violation[] = [];
      const seen = new Map<string, Set<string>>();
      for (const a of assignments) {
        const slot = ctx.slotById.get(a.slotId);
        const magistrate = ctx.magistrates.get(a.magistrateId);
        if (!slot || !magistrate) {
          violations.push(violation(a.magistrateId, [], `Il turno ${a.slotId} di ${nameOf(ctx, a.magistrateId)} non corrisponde a nessun servizio o magistrato del periodo.`));
          continue;
        }
        let holders = seen.get(a.slotId);
        if (!holders) seen.set(a.slotId, (holders = new Set()));
        const twice = holders.has(a.magistrateId);
        holders.add(a.magistrateId);
        const { eligible: verdict, available } = verdictOf(ctx, magistrate, slot);
        if (!twice && verdict.eligible && available) continue;
        // Sentences are written only for what is wrong.
        const who = nameOf(ctx, a.magistrateId);
        const name = serviceName(ctx, slot.serviceId);
        if (twice) violations.push(violation(a.magistrateId, [slot.from], `${who} compare due volte nello stesso turno "${name}" ${slotWhen(slot)}.`));
        if (!verdict.eligible) violations.push(violation(a.magistrateId, [slot.from], `${who} non può svolgere "${name}" ${slotWhen(slot)}: ${verdict.because}.`));
        if (!available) {
          violations.push(violation(a.magistrateId, [slot.from], `${who} non è disponibile per "${name}" ${slotWhen(slot)} (assenza o fuori dal periodo di servizio).`));
        }
      }
      return violations;
    },
  };
}

function violation(magistrateId: string, days: string[], message: string): Violation {
  return { ruleId: 'idoneita-disponibilita', level: 'hard', penalty: 1000, magistrateIds: [magistrateId], days, message };
}
