import type { OfficeConfig } from '../domain/office-config.ts';
import type { Clock, Notifier, Store } from '../ports.ts';
import type { SeedVault } from './draw.ts';
import { GiadaEngine } from './engine.ts';
import { NewerRulesError } from './rules-version.ts';
import { buildGiadaSetup } from './setup.ts';

/** Keeps the draw seeds in the store's main document (meta) until they are revealed in the ledger. */
export function storeSeedVault(store: Store, officeId: string): SeedVault {
  const key = `giada-draw-seeds:${officeId}`;
  return {
    get: async (day) => (store.snapshot().meta[key] as Record<string, string> | undefined)?.[day],
    put: async (day, seed) => {
      await store.update((draft) => {
        draft.meta[key] = { ...((draft.meta[key] as Record<string, string> | undefined) ?? {}), [day]: seed };
      });
    },
  };
}

/** An office's engine that cannot be opened, with the Italian message a front shows (thrown by shared openers). */
export class OfficeEngineUnavailable extends Error {
  override name = 'OfficeEngineUnavailable';
}

export interface OpenOfficeEngineInput {
  store: Store;
  clock: Clock;
  notifier: Notifier;
  officeId: string;
}

/**
 * The GIADA engine of a stored office, as every front (CLI, chat, jobs) should open it: the setup from
 * the office's configuration and the absences in the store, the draw seeds kept in the store. Not ok, with
 * an Italian message, when the office is missing or has no GIADA configuration, or when its ledger holds
 * decisions of rules newer than this turnario's.
 */
export async function openOfficeEngine(input: OpenOfficeEngineInput): Promise<{ ok: true; engine: GiadaEngine } | { ok: false; message: string }> {
  const { store, officeId } = input;
  const office = store.snapshot().offices[officeId] as OfficeConfig | undefined;
  if (!office?.giada) {
    return { ok: false, message: `L'ufficio «${officeId}» non è stato importato o non ha una configurazione GIADA. Importalo con "turnario office import".` };
  }
  const setup = buildGiadaSetup(structuredClone(office), structuredClone(store.snapshot().absences) as OfficeConfig['absences']);
  try {
    const engine = await GiadaEngine.open({ store, clock: input.clock, notifier: input.notifier, setup, seeds: storeSeedVault(store, officeId) });
    return { ok: true, engine };
  } catch (error) {
    if (error instanceof NewerRulesError) return { ok: false, message: error.message };
    throw error;
  }
}
