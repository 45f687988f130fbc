import { OFF, type Roster } from '../../roster/roster.ts';
import type { Assignment } from '../assignment.ts';
import type { CalendarContext } from '../calendar-context.ts';
import { maskGrid, type CompiledCalendar } from './calendar-model.ts';

/**
 * Calendar assignments to a roster and back. A cell is the shift type of the set of services the
 * magistrate holds that day; a magistrate holds a slot when every day of it provides its service.
 */

/** The roster of some assignments; throws when a day's set of services was not declared (a broken contract). */
export function encodeAssignments(ctx: CalendarContext, compiled: CompiledCalendar, assignments: readonly Assignment[]): Roster {
  const grid = maskGrid(ctx, compiled.serviceIds, compiled.magistrateIds, assignments);
  const cells = new Int16Array(grid.length).fill(OFF);
  grid.forEach((mask, i) => {
    if (mask === 0) return;
    const shift = compiled.shiftOfMask.get(mask);
    if (shift === undefined) throw new Error(`encodeAssignments: undeclared set of services (mask ${mask}) at cell ${i}`);
    cells[i] = shift;
  });
  return { people: compiled.magistrateIds.length, days: ctx.days.length, cells };
}

/** The assignments a roster stands for; `pinned` slot#magistrate keys keep their pinned flag. */
export function decodeRoster(ctx: CalendarContext, compiled: CompiledCalendar, roster: Roster, pinned: ReadonlySet<string> = new Set()): Assignment[] {
  const D = ctx.days.length;
  const daysHeld = new Map<string, number>();
  for (let p = 0; p < roster.people; p++) {
    for (let d = 0; d < D; d++) {
      const v = roster.cells[p * D + d]!;
      if (v < 0) continue;
      for (const t of compiled.taskSets[v]!.tasks) {
        const slotId = compiled.slotAt[t * D + d];
        if (slotId === undefined) continue;
        const key = `${slotId}#${compiled.magistrateIds[p]}`;
        daysHeld.set(key, (daysHeld.get(key) ?? 0) + 1);
      }
    }
  }
  const out: Assignment[] = [];
  for (const [key, days] of daysHeld) {
    const [slotId, magistrateId] = key.split('#') as [string, string];
    if (days !== ctx.slotById.get(slotId)!.dayIndexes.length) continue;
    out.push({ slotId, magistrateId, ...(pinned.has(key) ? { pinned: true } : {}) });
  }
  return out.sort((a, b) => ctx.slotById.get(a.slotId)!.dayIndexes[0]! - ctx.slotById.get(b.slotId)!.dayIndexes[0]!
    || a.slotId.localeCompare(b.slotId) || a.magistrateId.localeCompare(b.magistrateId));
}
