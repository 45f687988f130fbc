import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import type { MinGapRule } from '../../domain/rule.ts';
import type { Violation } from '../assignment.ts';
import type { CalendarContext } from '../calendar-context.ts';
import type { CalendarRule } from './rule.ts';
import { distanceBetween } from './exclusion-rule.ts';
import { dayWhen, holdingsByMagistrate, nameOf, serviceName } from './holdings.ts';

/** Two duties of the same service by one magistrate at least `days` days apart (end of one to start of the next). */
export function minGapRule(rule: DeepReadonly<MinGapRule>, ctx: CalendarContext): CalendarRule {
  const name = serviceName(ctx, rule.service);
  return {
    id: rule.id,
    level: rule.level,
    weight: rule.weight,
    services: [rule.service],
    description: rule.note ?? `tra due turni di "${name}" dello stesso magistrato passano almeno ${rule.days} giorni`,
    check(context, assignments) {
      const violations: Violation[] = [];
      for (const [magistrateId, holdings] of holdingsByMagistrate(context, assignments)) {
        const own = holdings.filter((h) => h.slot.serviceId === rule.service);
        for (let i = 1; i < own.length; i++) {
          const distance = distanceBetween(own[i - 1]!, own[i]!);
          if (distance >= rule.days) continue;
          const breach = rule.days - distance;
          violations.push({
            ruleId: rule.id, level: rule.level, penalty: breach * (rule.level === 'hard' ? 1000 : rule.weight),
            magistrateIds: [magistrateId], days: [own[i - 1]!.slot.from, own[i]!.slot.from],
            message: `${nameOf(context, magistrateId)} ha due turni di "${name}" a ${distance} ${distance === 1 ? 'giorno' : 'giorni'} di distanza (${dayWhen(own[i - 1]!.slot.from)} e ${dayWhen(own[i]!.slot.from)}): ne servono almeno ${rule.days}.`,
          });
        }
      }
      return violations;
    },
  };
}
