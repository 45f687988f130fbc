import { addDays, lastDayOfMonth, startOfWeek, type CivilDay } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { LimitRule } from '../domain/rule.ts';
import type { CalendarContext } from './calendar-context.ts';
import type { EdgeNeighbour } from './edge-neighbours.ts';
import { limitBuckets } from './rules/limit-rule.ts';

/** The whole week or month a bucket clipped by the period belongs to. */
function wholeBucket(per: LimitRule['per'], from: CivilDay): { from: CivilDay; to: CivilDay } {
  if (per === 'week') {
    const monday = startOfWeek(from);
    return { from: monday, to: addDays(monday, 6) };
  }
  const [y, m] = from.split('-').map(Number) as [number, number];
  return { from: `${from.slice(0, 8)}01`, to: lastDayOfMonth(y, m) };
}

/** The id the compiled model gives a limit's bucket (`compileLimits` in compile/calendar-model.ts). */
export function limitBucketId(ruleId: string, bucketFrom: CivilDay): string {
  return `${ruleId}@${bucketFrom}`;
}

/**
 * The duties a published calendar next to the period holds in the weeks and months the period's edge cuts, per limit:
 * bucket id (`limitBucketId`) → magistrate id → duties of the limit's service starting in the bucket's days outside
 * the period. The week from Monday 29 March to Sunday 4 April is cut by the edge of a quarter starting on 1 April:
 * "at most two udienze a week" must count the udienze of 29–31 March in the published quarter too, or the new one may
 * give the same magistrate two more. The period's side of a block the edge cut in two and one magistrate continues
 * (`continuations`) is the same duty as the published side: the published side is not counted again.
 */
export function edgeLimitCounts(ctx: CalendarContext, neighbours: readonly EdgeNeighbour[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  const limits = ctx.config.rules.filter((r) => r.type === 'limit' && r.per !== 'period') as readonly DeepReadonly<LimitRule>[];
  if (limits.length === 0 || neighbours.length === 0) return counts;
  for (const rule of limits) {
    for (const bucket of limitBuckets(rule.per, ctx.from, ctx.to)) {
      if (bucket.whole) continue;
      const whole = wholeBucket(rule.per, bucket.from);
      const held = new Map<string, number>();
      for (const { joined, theirs, continuations } of neighbours) {
        const continued = new Set(continuations.map((c) => `${c.begunSlotId}#${c.magistrateId}`));
        for (const a of theirs) {
          const slot = joined.slotById.get(a.slotId)!;
          if (slot.serviceId !== rule.service || slot.from < whole.from || slot.from > whole.to) continue;
          if (slot.from >= ctx.from && slot.from <= ctx.to) continue;
          if (continued.has(`${a.slotId}#${a.magistrateId}`)) continue;
          held.set(a.magistrateId, (held.get(a.magistrateId) ?? 0) + 1);
        }
      }
      if (held.size > 0) counts.set(limitBucketId(rule.id, bucket.from), held);
    }
  }
  return counts;
}
