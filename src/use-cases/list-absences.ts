import type { Absence } from '../domain/absence.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import { rangesOverlap } from '../domain/date-range.ts';
import type { StoreState } from '../domain/store-state.ts';

export interface AbsenceFilter {
  magistrateId?: string;
  officeId?: string;
  from?: string;
  to?: string;
  includeCancelled?: boolean;
}

/** The absences matching a filter, by start day then magistrate. */
export function listAbsences(state: DeepReadonly<StoreState>, filter: AbsenceFilter = {}): DeepReadonly<Absence>[] {
  const officeMagistrates = filter.officeId === undefined
    ? null
    : new Set(state.offices[filter.officeId]?.magistrates.map((m) => m.id) ?? []);
  const range = { from: filter.from ?? '0000-01-01', to: filter.to ?? '9999-12-31' };
  return state.absences
    .filter((a) => filter.includeCancelled || a.status === 'active')
    .filter((a) => filter.magistrateId === undefined || a.magistrateId === filter.magistrateId)
    .filter((a) => officeMagistrates === null || officeMagistrates.has(a.magistrateId))
    .filter((a) => rangesOverlap(a, range))
    .sort((a, b) => (a.from === b.from ? a.magistrateId.localeCompare(b.magistrateId) : a.from < b.from ? -1 : 1));
}
