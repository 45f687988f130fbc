import type { CalendarVersion, Duty, UncoveredSlot } from '../../domain/calendar.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import type { StoreState } from '../../domain/store-state.ts';
import { recordAudit, type Clock, type Store } from '../../ports.ts';

export interface PeriodKey {
  officeId: string;
  from: string;
  to: string;
}

type State = DeepReadonly<StoreState>;

/** Every version of a period by number, withdrawn replan proposals included (the period's history). */
export function versionsOf(state: State, key: PeriodKey): DeepReadonly<CalendarVersion>[] {
  return state.calendars
    .filter((c) => c.officeId === key.officeId && c.from === key.from && c.to === key.to)
    .sort((a, b) => a.number - b.number);
}

/** The period's newest version still in force or in review: a withdrawn replan proposal never is. */
export function latestVersion(state: State, key: PeriodKey): DeepReadonly<CalendarVersion> | null {
  return versionsOf(state, key).filter((v) => v.status !== 'withdrawn').at(-1) ?? null;
}

export function latestPublished(state: State, key: PeriodKey): DeepReadonly<CalendarVersion> | null {
  return versionsOf(state, key).filter((v) => v.status === 'published').at(-1) ?? null;
}

/** The published versions of an office that cover a day, newest first (several periods may overlap). */
export function publishedCovering(state: State, officeId: string, day: string): DeepReadonly<CalendarVersion>[] {
  const newestPerPeriod = new Map<string, DeepReadonly<CalendarVersion>>();
  for (const c of state.calendars) {
    if (c.officeId !== officeId || c.status !== 'published' || c.from > day || c.to < day) continue;
    const key = `${c.from}/${c.to}`;
    const known = newestPerPeriod.get(key);
    if (!known || known.number < c.number) newestPerPeriod.set(key, c);
  }
  return [...newestPerPeriod.values()].sort((a, b) => (a.publishedAt! < b.publishedAt! ? 1 : -1));
}

/** The periods of an office that have a calendar (any status) sharing at least a day with from..to, in date order. */
export function periodsOverlapping(state: State, officeId: string, from: string, to: string): { from: string; to: string }[] {
  const found = new Map<string, { from: string; to: string }>();
  for (const c of state.calendars) {
    if (c.officeId === officeId && c.from <= to && c.to >= from) found.set(`${c.from}/${c.to}`, { from: c.from, to: c.to });
  }
  return [...found.values()].sort((a, b) => (a.from === b.from ? a.to.localeCompare(b.to) : a.from.localeCompare(b.from)));
}

/** The version of a period with that number, whatever its status; null when none. */
export function versionNumbered(state: State, key: PeriodKey, number: number): DeepReadonly<CalendarVersion> | null {
  return versionsOf(state, key).find((v) => v.number === number) ?? null;
}

/** The newest published version of every period of an office other than `key`'s own. */
export function otherPublishedPeriods(state: State, key: PeriodKey): DeepReadonly<CalendarVersion>[] {
  const newest = new Map<string, DeepReadonly<CalendarVersion>>();
  for (const c of state.calendars) {
    if (c.officeId !== key.officeId || c.status !== 'published' || (c.from === key.from && c.to === key.to)) continue;
    const known = newest.get(`${c.from}/${c.to}`);
    if (!known || known.number < c.number) newest.set(`${c.from}/${c.to}`, c);
  }
  return [...newest.values()].sort((a, b) => a.from.localeCompare(b.from));
}

export function versionId(key: PeriodKey, number: number): string {
  return `${key.officeId}/${key.from}_${key.to}/v${number}`;
}

export interface SaveProvisionalInput extends PeriodKey {
  duties: Duty[];
  uncovered: UncoveredSlot[];
  actor: string;
  basedOn?: string;
  /** Audit action: `calendar.generate`, `calendar.edit`, `calendar.replan`. */
  action: string;
  details?: Record<string, unknown>;
}

/**
 * Stores a new provisional version of a period. The previous provisional version, if it is the
 * latest, is kept as history (it simply stops being the latest).
 */
export async function saveProvisional(store: Store, clock: Clock, input: SaveProvisionalInput): Promise<CalendarVersion> {
  const at = clock.now().toISOString();
  const version = await store.update((draft) => {
    // Numbered after every version, a withdrawn one too: a number is never given twice.
    const number = (versionsOf(draft, input).at(-1)?.number ?? 0) + 1;
    const created: CalendarVersion = {
      id: versionId(input, number), officeId: input.officeId, from: input.from, to: input.to, status: 'provisional', number,
      createdAt: at, createdBy: input.actor, ...(input.basedOn ? { basedOn: input.basedOn } : {}),
      duties: input.duties, uncovered: input.uncovered,
    };
    draft.calendars.push(created);
    return created;
  });
  await recordAudit(store, { at, actor: input.actor, action: input.action, subject: `calendar:${version.id}`, details: { duties: version.duties.length, uncovered: version.uncovered.length, ...input.details } });
  return version;
}
