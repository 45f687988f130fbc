import { latestVersion } from '../../calendar/versions/calendar-versions.ts';
import type { Turn } from '../turn.ts';
import type { SwapPayload } from './swap.ts';

/** Why a hand-over can no longer be made, with what the requester can do; null when the published calendar still has the duty where the request found it. */
export function swapObstacle(turn: Turn, p: Pick<SwapPayload, 'periodFrom' | 'periodTo' | 'slotId' | 'requesterId'>, officeId: string): { reason: string; next: string } | null {
  const latest = latestVersion(turn.deps.store.snapshot(), { officeId, from: p.periodFrom, to: p.periodTo });
  if (!latest || latest.status !== 'published') {
    return { reason: 'il calendario è in revisione (c\'è una versione provvisoria non ancora pubblicata)', next: 'Lo scambio si potrà chiedere dopo la pubblicazione.' };
  }
  if (!latest.duties.some((d) => `${d.serviceId}@${d.from}` === p.slotId && d.magistrateId === p.requesterId)) {
    return { reason: 'il turno non è più assegnato a chi ha chiesto lo scambio, perché il calendario è cambiato nel frattempo', next: 'Controlla i turni nel calendario pubblicato.' };
  }
  return null;
}
