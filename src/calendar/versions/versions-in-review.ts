import type { CalendarVersion } from '../../domain/calendar.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import type { StoreState } from '../../domain/store-state.ts';
import { versionsByPeriod } from './duties-in-range.ts';

export interface VersionInReview {
  version: DeepReadonly<CalendarVersion>;
  /** The number of the period's newest published version, which this one would replace; null when none is published. */
  replacesPublished: number | null;
}

/**
 * The provisional versions awaiting the head's review: for each calendar period of the office that overlaps
 * `[from, to]`, its newest version when that one is provisional, whether or not an older one is published (a
 * regenerated, edited or replanned calendar), sorted by start day.
 */
export function versionsInReview(state: DeepReadonly<StoreState>, officeId: string, from: string, to: string): VersionInReview[] {
  const out: VersionInReview[] = [];
  for (const sorted of versionsByPeriod(state, officeId, from, to)) {
    const newest = sorted.at(-1)!;
    if (newest.status !== 'provisional') continue;
    out.push({ version: newest, replacesPublished: sorted.filter((v) => v.status === 'published').at(-1)?.number ?? null });
  }
  return out.sort((a, b) => a.version.from.localeCompare(b.version.from));
}
