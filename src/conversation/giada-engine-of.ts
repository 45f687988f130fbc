import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import { GiadaEngine } from '../giada/engine.ts';
import { buildGiadaSetup } from '../giada/setup.ts';
import type { Turn } from './turn.ts';

/** The GIADA engine of a Tribunale: the one the composition keeps open, else one opened on the stored office and absences. */
export async function giadaEngineOf(turn: Turn, office: DeepReadonly<OfficeConfig>): Promise<GiadaEngine> {
  if (turn.deps.giadaEngine) return turn.deps.giadaEngine(office.office.id);
  const setup = buildGiadaSetup(office as OfficeConfig, turn.deps.store.snapshot().absences as never);
  return GiadaEngine.open({ store: turn.deps.store, clock: turn.deps.clock, notifier: turn.deps.notifier, setup });
}
