import type { UncoveredSlot } from '../../domain/calendar.ts';
import type { Assignment, Violation } from '../assignment.ts';
import { isAvailableForSlot, type CalendarContext } from '../calendar-context.ts';
import { checkEligibility } from '../eligibility.ts';
import type { CalendarRule } from '../rules/index.ts';

function hardPenalty(violations: Violation[]): number {
  return violations.filter((v) => v.level === 'hard').reduce((sum, v) => sum + v.penalty, 0);
}

/**
 * The slots with fewer magistrates than required, each with the reason in Italian: a reason the
 * construction already gave for the same slot is kept; otherwise who could have taken it and
 * which hard rules the place would have broken for them.
 */
export function listUncoveredSlots(ctx: CalendarContext, assignments: readonly Assignment[], rules: readonly CalendarRule[], known: readonly UncoveredSlot[] = []): UncoveredSlot[] {
  const counts = new Map<string, number>();
  const byMagistrate = new Map<string, Assignment[]>();
  for (const a of assignments) {
    counts.set(a.slotId, (counts.get(a.slotId) ?? 0) + 1);
    byMagistrate.set(a.magistrateId, [...(byMagistrate.get(a.magistrateId) ?? []), a]);
  }
  const reasons = new Map(known.map((u) => [`${u.serviceId}@${u.from}`, u.reason]));
  const hardRules = rules.filter((r) => r.level === 'hard' && r.id !== 'copertura');
  const out: UncoveredSlot[] = [];
  for (const slot of ctx.slots) {
    const missing = slot.required - (counts.get(slot.id) ?? 0);
    if (missing <= 0) continue;
    out.push({ serviceId: slot.serviceId, from: slot.from, to: slot.to, missing, reason: reasons.get(slot.id) ?? explain() });
    function explain(): string {
      const service = ctx.services.get(slot.serviceId)!;
      const eligible = [...ctx.magistrates.values()].filter((m) => checkEligibility(m, service, ctx.groupNames).eligible);
      if (eligible.length === 0) return 'nessun magistrato può svolgere questo servizio';
      const available = eligible.filter((m) => isAvailableForSlot(ctx, m.id, slot));
      if (available.length === 0) return 'tutti i magistrati che possono svolgerlo sono assenti o fuori servizio';
      const blockedBy = new Set<string>();
      for (const m of available) {
        const own = byMagistrate.get(m.id) ?? [];
        if (own.some((a) => a.slotId === slot.id)) continue;
        // Only the rules this place would break for them: not a minimum they miss elsewhere.
        const withSlot = [...own, { slotId: slot.id, magistrateId: m.id }];
        for (const r of hardRules) if (hardPenalty(r.check(ctx, withSlot, m.id)) > hardPenalty(r.check(ctx, own, m.id))) blockedBy.add(r.id);
      }
      return `i magistrati disponibili violerebbero regole inderogabili (${[...blockedBy].join(', ') || 'già in turno'})`;
    }
  }
  return out;
}
