import { canonicalJson } from '../../src/giada/canonical-json.ts';
import type { GiadaEngine } from '../../src/giada/engine.ts';
import { OfficeEngineUnavailable, openOfficeEngine } from '../../src/giada/open-office-engine.ts';
import { buildGiadaSetup } from '../../src/giada/setup.ts';
import type { OfficeConfig } from '../../src/domain/office-config.ts';
import type { Clock, Notifier, Store } from '../../src/ports.ts';

/**
 * One GIADA engine per Tribunale for the whole process, shared by the chat and the jobs: two engines
 * appending to one ledger would break its hash chain. The engine is opened on first use; when the
 * office's configuration or its judges' absences have changed since, the new setup is recorded in
 * the ledger (`configure`) before the engine is handed out, so assignments never use a stale setup.
 */
export function sharedGiadaEngines(store: Store, clock: Clock, notifier: Notifier): (officeId: string) => Promise<GiadaEngine> {
  const engines = new Map<string, { engine: GiadaEngine; setup: string }>();
  let queue: Promise<unknown> = Promise.resolve();

  const provide = async (officeId: string): Promise<GiadaEngine> => {
    const state = store.snapshot();
    const office = state.offices[officeId] as OfficeConfig | undefined;
    const known = engines.get(officeId);
    if (known && office?.giada) {
      const setup = buildGiadaSetup(structuredClone(office), structuredClone(state.absences) as OfficeConfig['absences']);
      const fingerprint = canonicalJson(setup);
      if (fingerprint !== known.setup) {
        const outcome = await known.engine.configure(setup, 'configurazione o assenze aggiornate nell\'archivio', { profile: 'dibattimento', userId: 'system:turnario' });
        if (!outcome.ok) throw new Error(outcome.message);
        known.setup = fingerprint;
      }
      return known.engine;
    }
    const opened = await openOfficeEngine({ store, clock, notifier, officeId });
    if (!opened.ok) throw new OfficeEngineUnavailable(opened.message);
    const setup = buildGiadaSetup(structuredClone(office!), structuredClone(state.absences) as OfficeConfig['absences']);
    engines.set(officeId, { engine: opened.engine, setup: canonicalJson(setup) });
    return opened.engine;
  };

  // One at a time: two first uses of the same office must not open two engines.
  return (officeId) => {
    const next = queue.then(() => provide(officeId));
    queue = next.catch(() => {});
    return next;
  };
}
