import type { Assignment } from './assignment.ts';
import type { CalendarContext } from './calendar-context.ts';
import type { Continuation } from './edge-continuations.ts';
import type { Slot } from './slots.ts';

/**
 * Duties across a period's edge as the rules should see them: where the same magistrates hold both pieces of a block
 * the edge cut in two (a continuation), the pieces are one slot over the whole block, not two turns of the same service
 * a day apart, which a rule spacing that service ("due settimane di reperibilità a più di 21 giorni") would count as a
 * breach. `ctx` must hold the slots of both pieces (a context joined across the edge, see boundary-violations.ts). When
 * the pieces' holders differ (some continue, some not) they stay two slots.
 */
export function asWholeBlocks(ctx: CalendarContext, continuations: readonly Continuation[], assignments: readonly Assignment[]): { ctx: CalendarContext; assignments: Assignment[] } {
  const holders = (slotId: string) => assignments.filter((a) => a.slotId === slotId).map((a) => a.magistrateId).sort().join(',');
  const mergedOf = new Map<string, Slot>();
  for (const c of continuations) {
    const begun = ctx.slotById.get(c.begunSlotId);
    const piece = ctx.slotById.get(c.slotId);
    if (!begun || !piece || mergedOf.has(begun.id)) continue;
    const who = holders(begun.id);
    if (who === '' || who !== holders(piece.id)) continue;
    const [first, second] = begun.from < piece.from ? [begun, piece] : [piece, begun];
    const merged: Slot = {
      ...first, id: `${first.id}+${second.id}`, to: second.to, dayIndexes: [...first.dayIndexes, ...second.dayIndexes],
      required: Math.max(first.required, second.required), load: first.load + second.load, festiveDays: first.festiveDays + second.festiveDays,
    };
    mergedOf.set(first.id, merged);
    mergedOf.set(second.id, merged);
  }
  if (mergedOf.size === 0) return { ctx, assignments: [...assignments] };
  const seen = new Set<string>();
  const out: Assignment[] = [];
  for (const a of assignments) {
    const slot = mergedOf.get(a.slotId);
    const key = `${slot?.id ?? a.slotId}#${a.magistrateId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(slot ? { ...a, slotId: slot.id } : a);
  }
  const slots = [...ctx.slots.filter((s) => !mergedOf.has(s.id)), ...new Set(mergedOf.values())];
  return { ctx: { ...ctx, slots, slotById: new Map([...ctx.slotById, ...[...mergedOf.values()].map((s) => [s.id, s] as const)]) }, assignments: out };
}
