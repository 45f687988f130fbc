import type { CivilDay } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { ServiceKind } from '../domain/service.ts';
import type { StoreState } from '../domain/store-state.ts';
import { buildCalendarContext } from './calendar-context.ts';
import { emptyHistory, kindTarget, receivedLoad, serviceKindsOf, type FairnessHistory } from './fairness-targets.ts';
import { toAssignments } from './versions/duties.ts';

function add(into: Record<string, Partial<Record<ServiceKind, number>>>, id: string, kind: ServiceKind, value: number): void {
  if (value === 0) return;
  const own = (into[id] ??= {});
  own[kind] = (own[kind] ?? 0) + value;
}

/**
 * Cumulative fairness from the store: for every period of the office published before `before`
 * (its newest published version), what each magistrate received and their plain share of it
 * (the target without any earlier balance), per service kind. The office's current services,
 * magistrates and the stored absences define the shares.
 */
export function fairnessHistoryFrom(state: DeepReadonly<StoreState>, officeId: string, before: CivilDay): FairnessHistory {
  const config = state.offices[officeId];
  if (!config) return emptyHistory;
  const newest = new Map<string, (typeof state.calendars)[number]>();
  for (const c of state.calendars) {
    if (c.officeId !== officeId || c.status !== 'published' || c.to >= before) continue;
    const key = `${c.from}/${c.to}`;
    if ((newest.get(key)?.number ?? 0) < c.number) newest.set(key, c);
  }
  const history: FairnessHistory = { received: {}, due: {} };
  for (const version of newest.values()) {
    const ctx = buildCalendarContext(config, version.from, version.to, state.absences);
    const got = receivedLoad(ctx, toAssignments(version.duties));
    for (const kind of serviceKindsOf(ctx)) {
      for (const [id, share] of kindTarget(ctx, kind).target) add(history.due, id, kind, share);
      for (const [id, loads] of got) add(history.received, id, kind, loads.get(kind) ?? 0);
    }
  }
  return history;
}
