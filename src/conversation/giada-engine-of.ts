import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import type { GiadaEngine } from '../giada/engine.ts';
import { OfficeEngineUnavailable, openOfficeEngine } from '../giada/open-office-engine.ts';
import type { Turn } from './turn.ts';

/**
 * The GIADA engine of a Tribunale, or why it cannot be used (Italian). The one the composition keeps open for
 * the process (`sharedGiadaEngines`: one per office, shared with the jobs, never on a stale setup); without
 * it (console tests, one-off commands), one opened for this turn as every front opens it, `openOfficeEngine`:
 * the draw seeds kept in the store, an office without GIADA or a ledger of newer rules refused in Italian.
 */
export async function giadaEngineOf(turn: Turn, office: DeepReadonly<OfficeConfig>): Promise<GiadaEngine | string> {
  const { store, clock, notifier, giadaEngine } = turn.deps;
  const officeId = office.office.id;
  if (giadaEngine) {
    try {
      return await giadaEngine(officeId);
    } catch (error) {
      if (error instanceof OfficeEngineUnavailable) return error.message;
      throw error;
    }
  }
  const opened = await openOfficeEngine({ store, clock, notifier, officeId });
  return opened.ok ? opened.engine : opened.message;
}
