import type { Duty } from '../../domain/calendar.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';

export interface DutyChange {
  /** The slot (service and first day). */
  slotId: string;
  serviceId: string;
  from: string;
  to: string;
  /** Who had it before and who has it now (null: nobody). */
  before: string | null;
  after: string | null;
}

export interface VersionDiff {
  changes: DutyChange[];
  /** Magistrates whose duties changed, for targeted announcements. */
  affected: string[];
}

type D = DeepReadonly<Duty>;

/**
 * What changed between two versions of a calendar, place by place: a duty moved to someone else,
 * added, or removed. Places of a slot are paired by magistrate first, so that a slot with two people
 * where one changes shows one change, not two.
 */
export function diffVersions(before: readonly D[], after: readonly D[]): VersionDiff {
  const bySlot = new Map<string, { slot: D; before: string[]; after: string[] }>();
  const entry = (d: D) => {
    const key = `${d.serviceId}@${d.from}`;
    const found = bySlot.get(key) ?? { slot: d, before: [], after: [] };
    bySlot.set(key, found);
    return found;
  };
  for (const d of before) entry(d).before.push(d.magistrateId);
  for (const d of after) entry(d).after.push(d.magistrateId);
  const changes: DutyChange[] = [];
  for (const [slotId, { slot, before: was, after: now }] of bySlot) {
    const removed = was.filter((m) => !now.includes(m)).sort();
    const added = now.filter((m) => !was.includes(m)).sort();
    for (let i = 0; i < Math.max(removed.length, added.length); i++) {
      changes.push({ slotId, serviceId: slot.serviceId, from: slot.from, to: slot.to, before: removed[i] ?? null, after: added[i] ?? null });
    }
  }
  changes.sort((a, b) => (a.from === b.from ? a.slotId.localeCompare(b.slotId) : a.from < b.from ? -1 : 1));
  const affected = [...new Set(changes.flatMap((c) => [c.before, c.after]).filter((m): m is string => m !== null))].sort();
  return { changes, affected };
}
