import type { CalendarVersion, Duty, UncoveredSlot } from '../../domain/calendar.ts';
import { addDays } from '../../domain/civil-day.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import type { StoreState } from '../../domain/store-state.ts';

/** Where the duties of a range come from: published versions, provisional ones, or nothing yet. */
export type DutySource = 'published' | 'provisional' | 'mixed' | 'none';

export interface DutiesInRange {
  duties: DeepReadonly<Duty>[];
  uncovered: DeepReadonly<UncoveredSlot>[];
  source: DutySource;
  /** The versions read, one per calendar period. */
  versions: DeepReadonly<CalendarVersion>[];
}

/** Per calendar period of the office overlapping `[from, to]`, its versions by number, withdrawn replan proposals left out. */
export function versionsByPeriod(state: DeepReadonly<StoreState>, officeId: string, from: string, to: string): DeepReadonly<CalendarVersion>[][] {
  const periods = new Map<string, DeepReadonly<CalendarVersion>[]>();
  for (const c of state.calendars) {
    if (c.officeId !== officeId || c.to < from || c.from > to || c.status === 'withdrawn') continue;
    const key = `${c.from}/${c.to}`;
    periods.set(key, [...(periods.get(key) ?? []), c]);
  }
  return [...periods.values()].map((list) => [...list].sort((a, b) => a.number - b.number));
}

/**
 * The duties of an office that touch `[from, to]`: for each calendar period overlapping it, its newest
 * published version, or (with `provisional`) its newest version when nothing is published yet.
 * Sorted by start day, then service.
 */
export function dutiesInRange(
  state: DeepReadonly<StoreState>, officeId: string, from: string, to: string, options: { provisional?: boolean } = {},
): DutiesInRange {
  const versions: DeepReadonly<CalendarVersion>[] = [];
  for (const sorted of versionsByPeriod(state, officeId, from, to)) {
    const published = sorted.filter((v) => v.status === 'published').at(-1);
    const chosen = published ?? (options.provisional ? sorted.at(-1) : undefined);
    if (chosen) versions.push(chosen);
  }
  const touches = (d: { from: string; to: string }) => d.from <= to && d.to >= from;
  const duties = versions.flatMap((v) => v.duties.filter(touches))
    .sort((a, b) => a.from.localeCompare(b.from) || a.serviceId.localeCompare(b.serviceId) || a.magistrateId.localeCompare(b.magistrateId));
  const uncovered = versions.flatMap((v) => v.uncovered.filter(touches));
  const kinds = new Set(versions.map((v) => v.status));
  const source: DutySource = kinds.size === 0 ? 'none' : kinds.size === 2 ? 'mixed' : kinds.has('published') ? 'published' : 'provisional';
  return { duties, uncovered, source, versions };
}

/**
 * The stretches of `[from, to]` that none of `versions` covers, in order: the days a question about duties has no
 * calendar for, published or not ("i miei turni a gennaio e febbraio" with only January made).
 */
export function missingStretches(versions: readonly { from: string; to: string }[], from: string, to: string): { from: string; to: string }[] {
  const covered = [...versions].filter((v) => v.to >= from && v.from <= to).sort((a, b) => a.from.localeCompare(b.from));
  const out: { from: string; to: string }[] = [];
  let next = from;
  for (const v of covered) {
    if (v.from > next) out.push({ from: next, to: addDays(v.from, -1) < to ? addDays(v.from, -1) : to });
    if (v.to >= next) next = addDays(v.to, 1);
    if (next > to) return out;
  }
  if (next <= to) out.push({ from: next, to });
  return out;
}
