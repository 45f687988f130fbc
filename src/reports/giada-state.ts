import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import type { LogName, StoreState } from '../domain/store-state.ts';
import { buildGiadaSetup, GiadaEngine, type EngineState } from '../giada/index.ts';
import { MemoryNotifier, type Clock, type Store } from '../ports.ts';

/**
 * A view of a store that reads through and never writes: updates and appends go to a private overlay
 * that is thrown away. Reports open the GIADA engine on it, because opening records the setup in the
 * ledger when the configuration changed, and a report must not write the ledger.
 */
export function readOnlyView(store: Store): Store {
  let overlay: StoreState | null = null;
  const extra = new Map<LogName, unknown[]>();
  return {
    snapshot: () => (overlay ?? store.snapshot()) as DeepReadonly<StoreState>,
    async update(mutate) {
      const draft = structuredClone(overlay ?? store.snapshot()) as StoreState;
      const result = structuredClone(mutate(draft));
      overlay = draft;
      return result;
    },
    async append(log, record) {
      extra.set(log, [...(extra.get(log) ?? []), structuredClone(record)]);
    },
    async readLog(log) {
      return [...(await store.readLog(log)), ...structuredClone(extra.get(log) ?? [])];
    },
  };
}

/**
 * The GIADA engine state of an office, replayed from the ledger without writing anything (the same
 * replay `turnario giada report` uses). Null when the office has no GIADA configuration.
 */
export async function readGiadaState(store: Store, clock: Clock, officeId: string): Promise<EngineState | null> {
  const state: DeepReadonly<StoreState> = store.snapshot();
  const office = state.offices[officeId];
  if (!office?.giada) return null;
  const setup = buildGiadaSetup(structuredClone(office) as OfficeConfig, structuredClone(state.absences) as OfficeConfig['absences']);
  const engine = await GiadaEngine.open({ store: readOnlyView(store), clock, notifier: new MemoryNotifier(), setup });
  return engine.state;
}
