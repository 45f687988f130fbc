import { recordAudit, type Clock, type Store } from '../../ports.ts';

/**
 * Withdraws a replan proposal the head has not approved: the provisional version is marked `withdrawn` (kept as history,
 * never the latest version again, so the published one is back in force with nothing to publish). Only a provisional
 * version can be withdrawn; returns false, writing nothing, for any other or an unknown one. Audited as
 * `calendar.withdraw` with the reason.
 */
export async function withdrawProposal(store: Store, clock: Clock, versionId: string, actor: string, reason: string): Promise<boolean> {
  const at = clock.now().toISOString();
  const done = await store.update((draft) => {
    const version = draft.calendars.find((c) => c.id === versionId);
    if (!version || version.status !== 'provisional') return false;
    Object.assign(version, { status: 'withdrawn', withdrawnAt: at, withdrawnBy: actor });
    return true;
  });
  if (done) await recordAudit(store, { at, actor, action: 'calendar.withdraw', subject: `calendar:${versionId}`, details: { reason } });
  return done;
}
