import { addDays, startOfWeek } from '../../domain/civil-day.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import { formatRangeIt } from '../../domain/format-day-it.ts';
import type { LimitRule } from '../../domain/rule.ts';
import type { Violation } from '../assignment.ts';
import { isAvailableForSlot, type CalendarContext } from '../calendar-context.ts';
import { checkEligibility } from '../eligibility.ts';
import type { CalendarRule } from './rule.ts';
import { holdingsByMagistrate, nameOf, serviceName } from './holdings.ts';

interface Bucket {
  from: string;
  to: string;
  /** The whole bucket lies inside the period: only then may a minimum be enforced. */
  whole: boolean;
}

/** The weeks, months or the whole period a limit counts over, clipped to the period. */
export function limitBuckets(per: LimitRule['per'], from: string, to: string): Bucket[] {
  if (per === 'period') return [{ from, to, whole: true }];
  const buckets: Bucket[] = [];
  let start = per === 'week' ? startOfWeek(from) : `${from.slice(0, 8)}01`;
  while (start <= to) {
    const next = per === 'week' ? addDays(start, 7) : nextMonth(start);
    const end = addDays(next, -1);
    buckets.push({ from: start < from ? from : start, to: end > to ? to : end, whole: start >= from && end <= to });
    start = next;
  }
  return buckets;
}

function nextMonth(first: string): string {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const perLabel: Record<LimitRule['per'], string> = { week: 'a settimana', month: 'al mese', period: 'nel periodo' };

/** Linear cost between the soft and the hard bounds; past a hard bound the rule is broken outright. */
export function limitCost(count: number, rule: DeepReadonly<LimitRule>, minApplies: boolean): { hard: number; soft: number } {
  let hard = 0;
  let soft = 0;
  if (rule.hardMax !== undefined && count > rule.hardMax) hard += count - rule.hardMax;
  if (rule.softMax !== undefined && count > rule.softMax) soft += Math.min(count, rule.hardMax ?? count) - rule.softMax;
  if (minApplies && rule.hardMin !== undefined && count < rule.hardMin) hard += rule.hardMin - count;
  if (minApplies && rule.softMin !== undefined && count < rule.softMin) soft += rule.softMin - Math.max(count, rule.hardMin ?? count);
  return { hard, soft };
}

/** At most / at least N duties of a service per magistrate per week, month or period. */
export function limitRule(rule: DeepReadonly<LimitRule>, ctx: CalendarContext): CalendarRule {
  const name = serviceName(ctx, rule.service);
  const bounds = [rule.hardMin !== undefined ? `almeno ${rule.hardMin}` : '', rule.hardMax !== undefined ? `al massimo ${rule.hardMax}` : '']
    .filter(Boolean).join(' e ');
  // The buckets depend only on the period: computed once per period, not on every check.
  let cached: { from: string; to: string; buckets: Bucket[] } | null = null;
  const bucketsOf = (from: string, to: string) => {
    if (cached?.from !== from || cached.to !== to) cached = { from, to, buckets: limitBuckets(rule.per, from, to) };
    return cached.buckets;
  };
  return {
    id: rule.id,
    level: rule.hardMin !== undefined || rule.hardMax !== undefined ? 'hard' : 'soft',
    weight: rule.weight,
    services: [rule.service],
    description: rule.note ?? `${bounds || 'un numero equilibrato di'} turni di "${name}" ${perLabel[rule.per]} per magistrato`,
    check(context, assignments, onlyFor) {
      const violations: Violation[] = [];
      const holdings = holdingsByMagistrate(context, assignments);
      const service = context.services.get(rule.service);
      for (const bucket of bucketsOf(context.from, context.to)) {
        const who = onlyFor === undefined ? [...context.magistrates.values()] : [context.magistrates.get(onlyFor)].filter((m) => m !== undefined);
        for (const magistrate of who) {
          const count = (holdings.get(magistrate.id) ?? []).filter((h) => h.slot.serviceId === rule.service && h.slot.from >= bucket.from && h.slot.from <= bucket.to).length;
          const eligible = service !== undefined && checkEligibility(magistrate, service, context.groupNames).eligible;
          // A minimum asks for nothing from someone who cannot do any duty of the service in the bucket (absent all
          // month): 'Marino ha 0 turni … il minimo raccomandato è 1' while he is sick the whole of February is no breach.
          const belowMin = count < Math.max(rule.hardMin ?? 0, rule.softMin ?? 0);
          const canDoOne = !belowMin || context.slots.some((s) => s.serviceId === rule.service && s.from >= bucket.from && s.from <= bucket.to
            && isAvailableForSlot(context, magistrate.id, s));
          const { hard, soft } = limitCost(count, rule, bucket.whole && eligible && canDoOne);
          if (hard === 0 && soft === 0) continue;
          const who = nameOf(context, magistrate.id);
          const tooMany = (rule.softMax !== undefined && count > rule.softMax) || (rule.hardMax !== undefined && count > rule.hardMax);
          const limit = tooMany ? (hard > 0 ? rule.hardMax : rule.softMax) : (hard > 0 ? rule.hardMin : rule.softMin);
          violations.push({
            ruleId: rule.id, level: hard > 0 ? 'hard' : 'soft', penalty: hard * 1000 + soft * rule.weight,
            magistrateIds: [magistrate.id], days: [bucket.from],
            message: `${who} ha ${count} ${count === 1 ? 'turno' : 'turni'} di "${name}" ${formatRangeIt(bucket.from, bucket.to)}: ${tooMany ? 'il massimo' : 'il minimo'} ${hard > 0 ? 'inderogabile' : 'raccomandato'} è ${limit}.`,
          });
        }
      }
      return violations;
    },
  };
}
