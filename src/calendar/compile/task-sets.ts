import type { CalendarContext } from '../calendar-context.ts';

/**
 * Which services one magistrate may hold on the same day, as the roster's shift types. A task is a
 * service; a shift type is a set of services (a bit mask, at most 30 services). Declared: every
 * service alone and every pair the office's hard rules allow, plus every set the construction used.
 * Hard `same_day` exclusions remove pairs; a hard dependency at offset 0 removes the dependent
 * service without the one it depends on (when that one runs whenever it does); soft `same_day`
 * exclusions keep the pair at a cost.
 */
export interface TaskSet {
  mask: number;
  tasks: number[];
  /** Soft cost per day (soft same-day exclusions it breaks). */
  cost: number;
}

export const MAX_SERVICES = 30;

function bit(t: number): number {
  return 1 << t;
}

export function tasksOfMask(mask: number): number[] {
  const tasks: number[] = [];
  for (let t = 0; mask >> t; t++) if (mask & bit(t)) tasks.push(t);
  return tasks;
}

/** Day indexes on which each service has a slot. */
export function slotDays(ctx: CalendarContext, serviceIds: readonly string[]): Set<number>[] {
  const days = serviceIds.map(() => new Set<number>());
  const index = new Map(serviceIds.map((id, t) => [id, t]));
  for (const slot of ctx.slots) for (const d of slot.dayIndexes) days[index.get(slot.serviceId)!]!.add(d);
  return days;
}

/** The declared task sets: allowed singles and pairs, then `extra` sets (those the construction used). */
export function declareTaskSets(ctx: CalendarContext, serviceIds: readonly string[], extra: Iterable<number>): TaskSet[] {
  const index = new Map(serviceIds.map((id, t) => [id, t]));
  const forbiddenPairs = new Set<number>();
  const softCost = new Map<number, number>();
  const requires: [number, number][] = [];
  const days = slotDays(ctx, serviceIds);
  for (const rule of ctx.config.rules) {
    if (rule.type === 'exclusion' && rule.services[0] !== rule.services[1]
      && (rule.mode === 'same_day' || (rule.mode === 'within_days' && rule.level === 'hard'))) {
      const pair = bit(index.get(rule.services[0]!)!) | bit(index.get(rule.services[1]!)!);
      if (rule.level === 'hard') forbiddenPairs.add(pair);
      else softCost.set(pair, (softCost.get(pair) ?? 0) + rule.weight);
    }
    if (rule.type === 'dependency' && rule.offsetDays === 0 && rule.level === 'hard') {
      const a = index.get(rule.service)!;
      const b = index.get(rule.then)!;
      if ([...days[a]!].every((d) => days[b]!.has(d))) requires.push([a, b]);
    }
  }
  const allowed = (mask: number) => [...forbiddenPairs].every((pair) => (mask & pair) !== pair)
    && requires.every(([a, b]) => !(mask & bit(a)) || (mask & bit(b)) !== 0);
  const costOf = (mask: number) => [...softCost].reduce((sum, [pair, w]) => sum + ((mask & pair) === pair ? w : 0), 0);
  const masks = new Set<number>();
  const T = serviceIds.length;
  for (let a = 0; a < T; a++) {
    if (allowed(bit(a))) masks.add(bit(a));
    for (let b = a + 1; b < T; b++) if (allowed(bit(a) | bit(b))) masks.add(bit(a) | bit(b));
  }
  for (const mask of extra) if (mask !== 0) masks.add(mask);
  return [...masks].sort((x, y) => tasksOfMask(x).length - tasksOfMask(y).length || x - y)
    .map((mask) => ({ mask, tasks: tasksOfMask(mask), cost: costOf(mask) }));
}
