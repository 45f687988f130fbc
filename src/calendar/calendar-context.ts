import type { Absence } from '../domain/absence.ts';
import type { CivilDay } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { Magistrate } from '../domain/magistrate.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import type { Service } from '../domain/service.ts';
import { effectiveCapacity } from '../availability/effective-capacity.ts';
import { NationalHolidays } from '../availability/national-holidays.ts';
import { listCalendarDays, type CalendarDay } from './calendar-days.ts';
import { checkEligibility } from './eligibility.ts';
import type { Continuation } from './edge-continuations.ts';
import type { EdgeTurns } from './edge-turns.ts';
import { expandSlots, type Slot } from './slots.ts';

/** Everything about an office and a period that the rules, the compiler and the explanations read. */
export interface CalendarContext {
  config: DeepReadonly<OfficeConfig>;
  from: CivilDay;
  to: CivilDay;
  days: CalendarDay[];
  dayIndex: ReadonlyMap<CivilDay, number>;
  slots: Slot[];
  slotById: ReadonlyMap<string, Slot>;
  magistrates: ReadonlyMap<string, DeepReadonly<Magistrate>>;
  services: ReadonlyMap<string, DeepReadonly<Service>>;
  groupNames: ReadonlyMap<string, string>;
  absences: readonly DeepReadonly<Absence>[];
  /** Effective capacity (0–100) per magistrate id, per day index. */
  capacity: ReadonlyMap<string, Float64Array>;
  /**
   * Places a magistrate may not hold because of a duty in a published calendar next to the period (a hard rule across
   * the edge, `edgeBans` in boundary-violations.ts): slot id → magistrate ids. Absent: none.
   */
  edgeBans?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * The period's pieces of blocks the edge cut in two whose other piece is held in a published calendar next to the
   * period (`edgeContinuations` in edge-continuations.ts): slot id → who holds the other piece. Absent: none.
   */
  continuations?: ReadonlyMap<string, readonly Continuation[]>;
  /**
   * Duties a published calendar next to the period holds in the weeks and months the edge cuts, which a limit rule
   * counts with the period's (`edgeLimitCounts` in edge-limit-counts.ts): limit bucket id → magistrate id → duties.
   * Absent: none.
   */
  edgeLimitCounts?: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /**
   * Per service and magistrate, their duties in the published calendars next to the period nearest its edges, from
   * which recommended gaps are measured too (`edgeTurns` in edge-turns.ts). Absent: none.
   */
  edgeTurns?: ReadonlyMap<string, ReadonlyMap<string, EdgeTurns>>;
}

/** Builds the context of a period; `absences` are those of the store (any status, any magistrate). */
export function buildCalendarContext(
  config: DeepReadonly<OfficeConfig>,
  from: CivilDay,
  to: CivilDay,
  absences: readonly DeepReadonly<Absence>[],
  holidays: NationalHolidays = new NationalHolidays(),
): CalendarContext {
  const days = listCalendarDays(from, to, config.office, holidays);
  const slots = expandSlots(config.services, days, config.periods);
  const ids = new Set(config.magistrates.map((m) => m.id));
  const relevant = absences.filter((a) => a.status === 'active' && ids.has(a.magistrateId) && a.from <= to && a.to >= from);
  const capacity = new Map<string, Float64Array>();
  for (const m of config.magistrates) {
    const row = new Float64Array(days.length);
    days.forEach((d, i) => {
      row[i] = effectiveCapacity(m, d.day, { office: config.office, absences: relevant });
    });
    capacity.set(m.id, row);
  }
  return {
    config, from, to, days,
    dayIndex: new Map(days.map((d, i) => [d.day, i])),
    slots,
    slotById: new Map(slots.map((s) => [s.id, s])),
    magistrates: new Map(config.magistrates.map((m) => [m.id, m])),
    services: new Map(config.services.map((s) => [s.id, s])),
    groupNames: new Map(config.groups.map((g) => [g.id, g.name])),
    absences: relevant,
    capacity,
  };
}

/** True when the magistrate can work every day of the slot (capacity above zero) and no edge ban keeps them off it. */
export function isAvailableForSlot(ctx: CalendarContext, magistrateId: string, slot: Slot): boolean {
  const row = ctx.capacity.get(magistrateId);
  return row !== undefined && slot.dayIndexes.every((i) => row[i]! > 0) && !ctx.edgeBans?.get(slot.id)?.has(magistrateId);
}

/**
 * The context without its edge bans: for duties already held (the head's pins, a published calendar's duties), which a
 * neighbour published later does not take away; the bans only steer who gets a place anew.
 */
export function withoutEdgeBans(ctx: CalendarContext): CalendarContext {
  return ctx.edgeBans ? { ...ctx, edgeBans: undefined } : ctx;
}

/**
 * Whether a magistrate can keep a place they already hold (the slot still exists and they are available for it): a
 * replan displaces the duties for which this is false. Edge bans do not count, see `withoutEdgeBans`.
 */
export function canKeepPlace(ctx: CalendarContext, magistrateId: string, slotId: string): boolean {
  const slot = ctx.slotById.get(slotId);
  return slot !== undefined && isAvailableForSlot(withoutEdgeBans(ctx), magistrateId, slot);
}

/** Whether a magistrate may hold a slot at all: eligible for its service and available on every day of it. */
export function canHoldSlot(ctx: CalendarContext, magistrateId: string, slot: Slot): boolean {
  const magistrate = ctx.magistrates.get(magistrateId);
  const service = ctx.services.get(slot.serviceId);
  return magistrate !== undefined && service !== undefined && checkEligibility(magistrate, service, ctx.groupNames).eligible
    && isAvailableForSlot(ctx, magistrateId, slot);
}
