import type { ServiceKind } from '../domain/service.ts';
import type { Assignment } from './assignment.ts';
import type { CalendarContext } from './calendar-context.ts';
import { checkEligibility } from './eligibility.ts';
import type { Slot } from './slots.ts';

/**
 * Fairness: each magistrate's target share of the weighted load of a service kind is proportional to
 * their effective capacity over the period (exemptions, absences, part time, the head's share) among
 * those eligible, service by service (a service reserved to a group is shared within the group). Cumulative: `history` carries what each one received and what
 * they were due in earlier periods, so a surplus or a debt is compensated now.
 */

/** What someone received and was due in earlier periods, per service kind, in load points. */
export interface FairnessHistory {
  received: Record<string, Partial<Record<ServiceKind, number>>>;
  due: Record<string, Partial<Record<ServiceKind, number>>>;
}

export interface KindTarget {
  kind: ServiceKind;
  /** Load of this kind the period needs in all (Σ required × load over its slots). */
  totalLoad: number;
  /** Per magistrate id: the load they should receive this period (0 when not eligible). */
  target: Map<string, number>;
  /** Per magistrate id: capacity-days available for this kind (Σ capacity/100 over the period's days). */
  capacityDays: Map<string, number>;
}

export const emptyHistory: FairnessHistory = { received: {}, due: {} };

function capacityDays(ctx: CalendarContext, magistrateId: string): number {
  const row = ctx.capacity.get(magistrateId);
  if (!row) return 0;
  let sum = 0;
  for (const value of row) sum += value / 100;
  return sum;
}

/** Each service's load shared among those eligible for it, in proportion to capacity: a group's service stays in the group. */
function shareByService(ctx: CalendarContext, services: readonly { id: string }[], capacity: ReadonlyMap<string, number>): Map<string, number> {
  const share = new Map<string, number>();
  for (const service of services) {
    const full = ctx.services.get(service.id)!;
    const load = ctx.slots.filter((s) => s.serviceId === service.id).reduce((sum, s) => sum + s.required * s.load, 0);
    const eligible = [...ctx.magistrates.values()].filter((m) => checkEligibility(m, full, ctx.groupNames).eligible);
    const total = eligible.reduce((sum, m) => sum + (capacity.get(m.id) ?? 0), 0);
    if (total === 0) continue;
    for (const m of eligible) share.set(m.id, (share.get(m.id) ?? 0) + (load * (capacity.get(m.id) ?? 0)) / total);
  }
  return share;
}

/** The targets of one service kind. */
export function kindTarget(ctx: CalendarContext, kind: ServiceKind, history: FairnessHistory = emptyHistory): KindTarget {
  const services = [...ctx.services.values()].filter((s) => s.kind === kind);
  const slots = ctx.slots.filter((s) => services.some((x) => x.id === s.serviceId));
  const totalLoad = slots.reduce((sum, s) => sum + s.required * s.load, 0);
  const eligible = [...ctx.magistrates.values()].filter((m) => services.some((s) => checkEligibility(m, s, ctx.groupNames).eligible));
  const capacity = new Map(eligible.map((m) => [m.id, capacityDays(ctx, m.id)]));
  const share = shareByService(ctx, services, capacity);
  // This period's share plus the cumulative balance (due before minus received before).
  const target = new Map<string, number>();
  for (const m of ctx.magistrates.values()) {
    if (!capacity.has(m.id)) {
      target.set(m.id, 0);
      continue;
    }
    const balance = (history.due[m.id]?.[kind] ?? 0) - (history.received[m.id]?.[kind] ?? 0);
    target.set(m.id, (share.get(m.id) ?? 0) + balance);
  }
  // Nobody is due less than nothing; what the period offers is shared among the rest, in proportion.
  const positive = [...target.values()].reduce((sum, v) => sum + Math.max(0, v), 0);
  if (positive > 0) {
    for (const [id, value] of target) target.set(id, (Math.max(0, value) / positive) * totalLoad);
  }
  return { kind, totalLoad, target, capacityDays: capacity };
}

/** The load each magistrate receives from a set of assignments, per service kind. */
export function receivedLoad(ctx: CalendarContext, assignments: readonly Assignment[]): Map<string, Map<ServiceKind, number>> {
  const result = new Map<string, Map<ServiceKind, number>>();
  for (const a of assignments) {
    const slot: Slot | undefined = ctx.slotById.get(a.slotId);
    const service = slot ? ctx.services.get(slot.serviceId) : undefined;
    if (!slot || !service) continue;
    const own = result.get(a.magistrateId) ?? new Map<ServiceKind, number>();
    own.set(service.kind, (own.get(service.kind) ?? 0) + slot.load);
    result.set(a.magistrateId, own);
  }
  return result;
}

/** The kinds present among the office's services, in a stable order. */
export function serviceKindsOf(ctx: CalendarContext): ServiceKind[] {
  return [...new Set([...ctx.services.values()].map((s) => s.kind))].sort();
}
