import { absenceTypeLabels } from '../domain/absence.ts';
import { formatRangeIt } from '../domain/format-day-it.ts';
import { fullName } from '../domain/magistrate.ts';
import { recordAudit, type Clock, type Store } from '../ports.ts';
import { magistrateById } from './resolve-magistrate.ts';

export type CancelAbsenceResult = { ok: true; message: string } | { ok: false; code: 'unknown' | 'already_cancelled'; message: string };

/** Cancels an active absence by id (it stays in the store, marked cancelled). Audited, refusals too. */
export async function cancelAbsence(store: Store, clock: Clock, absenceId: string, actor: string): Promise<CancelAbsenceResult> {
  const at = clock.now().toISOString();
  const outcome = await store.update((draft) => {
    const absence = draft.absences.find((a) => a.id === absenceId);
    if (!absence) return { ok: false as const, code: 'unknown' as const };
    if (absence.status === 'cancelled') return { ok: false as const, code: 'already_cancelled' as const };
    Object.assign(absence, { status: 'cancelled', cancelledBy: actor, cancelledAt: at });
    return { ok: true as const, absence: { ...absence } };
  });
  await recordAudit(store, { at, actor, action: 'absence.cancel', subject: `absence:${absenceId}`, refused: !outcome.ok, details: outcome.ok ? {} : { reason: outcome.code } });
  if (!outcome.ok) {
    const message = outcome.code === 'unknown'
      ? `Non trovo l'assenza "${absenceId}". Gli id si vedono con "turnario absence list".`
      : `L'assenza "${absenceId}" era già stata annullata.`;
    return { ok: false, code: outcome.code, message };
  }
  const { absence } = outcome;
  const who = magistrateById(store.snapshot(), absence.magistrateId);
  const name = who ? fullName(who.magistrate) : absence.magistrateId;
  return { ok: true, message: `Annullata l'assenza ${absence.id}: ${absenceTypeLabels[absence.type]} di ${name} ${formatRangeIt(absence.from, absence.to)}.` };
}
