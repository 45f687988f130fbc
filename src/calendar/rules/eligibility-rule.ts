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
  const verdicts = new Map<string, { eligible: EligibilityVerdict; available: boolean }>();
  const verdictOf = (ctx: CalendarContext, magistrate: DeepReadonly<Magistrate>, slot: Slot) => {
    if (cachedCtx !== ctx) { cachedCtx = ctx; verdicts.clear(); }
    const key = `${slot.id}#${magistrate.id}`;
    let verdict = verdicts.get(key);
    if (!verdict) {
      verdict = { eligible: checkEligibility(magistrate, ctx.services.get(slot.serviceId)!, ctx.groupNames), available: isAvailableForSlot(ctx, magistrate.id, slot) };
      verdicts.set(key, verdict);
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
        const { eligible: verdict, available } = verdictOf(ctx, magistrate, slot);
        if (!verdict.eligible) violations.push({ ...base, days: [slot.from], message: `${who} non può svolgere "${name}" ${slotWhen(slot)}: ${verdict.because}.` });
        if (!available) {
          violations.push({ ...base, days: [slot.from], message: `${who} non è disponibile per "${name}" ${slotWhen(slot)} (assenza o fuori dal periodo di servizio).` });
        }
      }
      return violations;
    },
  };
}
