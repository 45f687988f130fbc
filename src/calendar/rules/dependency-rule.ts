import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import type { DependencyRule } from '../../domain/rule.ts';
import type { Violation } from '../assignment.ts';
import type { CalendarContext } from '../calendar-context.ts';
import type { CalendarRule } from './rule.ts';
import { holdingsByMagistrate, nameOf, serviceName, slotWhen } from './holdings.ts';

/** For each day index, the slot of `serviceId` covering it. */
function slotsByDay(ctx: CalendarContext, serviceId: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const slot of ctx.slots) if (slot.serviceId === serviceId) for (const i of slot.dayIndexes) map.set(i, slot.id);
  return map;
}

/**
 * `service` on day d implies `then` on day d + offset for the same magistrate: for every day of a duty
 * of `service`, the slot of `then` covering d + offset (if that day has one) must be theirs too.
 */
export function dependencyRule(rule: DeepReadonly<DependencyRule>, ctx: CalendarContext): CalendarRule {
  const offset = rule.offsetDays;
  const when = offset === 0 ? 'negli stessi giorni' : offset > 0 ? `${offset} ${offset === 1 ? 'giorno' : 'giorni'} dopo` : `${-offset} ${offset === -1 ? 'giorno' : 'giorni'} prima`;
  return {
    id: rule.id,
    level: rule.level,
    weight: rule.weight,
    services: [rule.service, rule.then],
    description: rule.note ?? `chi ha "${serviceName(ctx, rule.service)}" ha anche "${serviceName(ctx, rule.then)}" ${when}`,
    check(context, assignments) {
      const targets = slotsByDay(context, rule.then);
      const violations: Violation[] = [];
      for (const [magistrateId, holdings] of holdingsByMagistrate(context, assignments)) {
        const held = new Set(holdings.map((h) => h.slot.id));
        for (const h of holdings) {
          if (h.slot.serviceId !== rule.service) continue;
          const missing = new Set<string>();
          for (const i of h.slot.dayIndexes) {
            const target = targets.get(i + offset);
            if (target !== undefined && !held.has(target)) missing.add(target);
          }
          for (const slotId of missing) {
            const slot = context.slotById.get(slotId)!;
            violations.push({
              ruleId: rule.id, level: rule.level, penalty: rule.level === 'hard' ? 1000 : rule.weight,
              magistrateIds: [magistrateId], days: [h.slot.from, slot.from],
              message: `${nameOf(context, magistrateId)} ha "${serviceName(context, rule.service)}" ${slotWhen(h.slot)} ma non "${serviceName(context, rule.then)}" ${slotWhen(slot)}: chi ha il primo deve avere anche il secondo.`,
            });
          }
        }
      }
      return violations;
    },
  };
}
