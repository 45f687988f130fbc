import { NationalHolidays } from '../availability/national-holidays.ts';
import type { CalendarVersion } from '../domain/calendar.ts';
import { addDays, type CivilDay } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import type { CalendarContext } from './calendar-context.ts';
import { listCalendarDays } from './calendar-days.ts';
import { expandSlots } from './slots.ts';
import { slotIdOf } from './versions/duties.ts';

/** How far from the period's edge a block may begin or end: a month, as the edge bans read. */
const REACH_DAYS = 31;

/**
 * A block (a week of reperibilità, a weekend, a span) that the edge between the period and a published calendar next
 * to it cut in two: its piece in the period continues the piece held in the published calendar, and one magistrate
 * should hold the whole block. One continuation per holder of the published piece.
 */
export interface Continuation {
  /** The block's piece in this period (a slot of the context). */
  slotId: string;
  /** Who holds the block's piece in the published calendar. */
  magistrateId: string;
  /** The published piece's slot id (in its own calendar) and days. */
  begunSlotId: string;
  begun: { from: CivilDay; to: CivilDay };
  /** The whole block, both pieces. */
  block: { from: CivilDay; to: CivilDay };
  /** The published calendar holding the other piece, and whether it comes before the period or after it. */
  neighbour: { from: CivilDay; to: CivilDay; number: number };
  side: 'before' | 'after';
}

/**
 * The blocks of the period that continue a piece held in a published calendar next to it, found by laying the blocks
 * out over both sides of each edge as if no edge were there: a block with covered days on both sides was clipped.
 */
export function edgeContinuations(
  config: DeepReadonly<OfficeConfig>,
  ctx: CalendarContext,
  published: readonly DeepReadonly<CalendarVersion>[],
  holidays: NationalHolidays = new NationalHolidays(),
): Continuation[] {
  const found: Continuation[] = [];
  for (const version of published) {
    const side = version.to < ctx.from ? 'before' : version.from > ctx.to ? 'after' : null;
    if (side === null) continue;
    const edge = side === 'before' ? ctx.from : ctx.to;
    const lo = side === 'before' ? version.from : ctx.from;
    const hi = side === 'before' ? ctx.to : version.to;
    const start = lo > addDays(edge, -REACH_DAYS) ? lo : addDays(edge, -REACH_DAYS);
    const end = hi < addDays(edge, REACH_DAYS) ? hi : addDays(edge, REACH_DAYS);
    if (start > end) continue;
    const whole = expandSlots(config.services, listCalendarDays(start, end, config.office, holidays), config.periods);
    const inPeriod = (day: CivilDay) => day >= ctx.from && day <= ctx.to;
    for (const block of whole) {
      if (inPeriod(block.from) === inPeriod(block.to)) continue;
      const piece = ctx.slots.find((s) => s.serviceId === block.serviceId && s.from >= block.from && s.from <= block.to);
      if (!piece) continue;
      const theirs = version.duties.filter((d) => d.serviceId === block.serviceId && d.from >= block.from && d.from <= block.to && !inPeriod(d.from));
      for (const duty of theirs) {
        found.push({
          slotId: piece.id, magistrateId: duty.magistrateId, begunSlotId: slotIdOf(duty), begun: { from: duty.from, to: duty.to },
          block: { from: block.from, to: block.to }, neighbour: { from: version.from, to: version.to, number: version.number }, side,
        });
      }
    }
  }
  return found;
}

/** The continuations by the slot of the period they are about. */
export function continuationsBySlot(continuations: readonly Continuation[]): Map<string, Continuation[]> {
  const bySlot = new Map<string, Continuation[]>();
  for (const c of continuations) bySlot.set(c.slotId, [...(bySlot.get(c.slotId) ?? []), c]);
  return bySlot;
}
