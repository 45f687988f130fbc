import type { Assignment } from './assignment.ts';
import type { CalendarContext } from './calendar-context.ts';

/**
 * The duties a replan must free together with the displaced ones: a hard dependency ("whoever has the weekend
 * turn is that week's reperibile") ties a duty to another of the same magistrate, so when one of the pair loses
 * its holder the other has to follow the new holder, or the proposal breaks the rule. Returned are the same
 * magistrate's duties of the other service of such a rule whose days (shifted by the rule's offset) meet a
 * displaced duty's; those already displaced, and those the head pinned, are left out.
 */
export function linkedToDisplaced(ctx: CalendarContext, assignments: readonly Assignment[], displaced: readonly Assignment[]): Assignment[] {
  const rules = ctx.config.rules.filter((r) => r.type === 'dependency' && r.level === 'hard');
  if (rules.length === 0) return [];
  const daysOf = (a: Assignment, shift = 0) => new Set((ctx.slotById.get(a.slotId)?.dayIndexes ?? []).map((i) => i + shift));
  const serviceOf = (a: Assignment) => ctx.slotById.get(a.slotId)?.serviceId;
  const linked = new Set<Assignment>();
  for (const gone of displaced) {
    for (const rule of rules) {
      if (rule.type !== 'dependency') continue;
      // gone is the required duty: its dependants whose days + offset fall in it; or the dependant: its required duty.
      const pairs: [string, number][] = [];
      if (serviceOf(gone) === rule.then) pairs.push([rule.service, rule.offsetDays]);
      if (serviceOf(gone) === rule.service) pairs.push([rule.then, -rule.offsetDays]);
      for (const [serviceId, shift] of pairs) {
        const goneDays = daysOf(gone);
        for (const a of assignments) {
          if (a.magistrateId !== gone.magistrateId || a.pinned || serviceOf(a) !== serviceId || displaced.includes(a)) continue;
          if ([...daysOf(a, shift)].some((i) => goneDays.has(i))) linked.add(a);
        }
      }
    }
  }
  return [...linked];
}
