import type { DeepReadonly } from '../domain/deep-readonly.ts';
import { fullName, type Magistrate } from '../domain/magistrate.ts';
import type { StoreState } from '../domain/store-state.ts';

export interface FoundMagistrate {
  officeId: string;
  magistrate: DeepReadonly<Magistrate>;
}

export type Resolution = { ok: true; found: FoundMagistrate } | { ok: false; message: string };

/** Lower case without accents, for matching what people type ("d'amico", "De Luca", "lucà"). */
export function normalizeName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function everyMagistrate(state: DeepReadonly<StoreState>, officeId?: string): FoundMagistrate[] {
  return Object.values(state.offices)
    .filter((config) => officeId === undefined || config.office.id === officeId)
    .flatMap((config) => config.magistrates.map((magistrate) => ({ officeId: config.office.id, magistrate })));
}

/**
 * Finds a magistrate by id, surname, or "name surname" / "surname name"; an unknown or ambiguous
 * query gets an Italian message saying what to write instead.
 */
export function resolveMagistrate(state: DeepReadonly<StoreState>, query: string, officeId?: string): Resolution {
  const all = everyMagistrate(state, officeId);
  const byId = all.find((f) => f.magistrate.id === query);
  if (byId) return { ok: true, found: byId };
  const wanted = normalizeName(query);
  const matches = all.filter((f) => {
    const m = f.magistrate;
    return [m.surname, `${m.name} ${m.surname}`, `${m.surname} ${m.name}`].some((candidate) => normalizeName(candidate) === wanted);
  });
  if (matches.length === 1) return { ok: true, found: matches[0]! };
  if (matches.length > 1) {
    const options = matches.map((f) => `${fullName(f.magistrate)} (id "${f.magistrate.id}")`).join(', ');
    return { ok: false, message: `Più magistrati corrispondono a "${query}": ${options}. Indica nome e cognome, oppure l'id.` };
  }
  return { ok: false, message: `Non trovo nessun magistrato "${query}". Controlla il cognome, oppure usa l'id mostrato da "turnario office show".` };
}

/** Finds a magistrate by id across the offices in the store. */
export function magistrateById(state: DeepReadonly<StoreState>, id: string): FoundMagistrate | null {
  return everyMagistrate(state).find((f) => f.magistrate.id === id) ?? null;
}
