import { absenceTypeLabels } from '../../domain/absence.ts';
import type { Absence } from '../../domain/absence.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import { cancelAbsence, type CancelAbsenceResult } from '../../use-cases/cancel-absence.ts';
import { absenceWithArticle } from '../absence-words.ts';
import { replanAfterWithdrawal } from './absence-withdrawn.ts';
import { personNameIn } from '../format-duty.ts';
import type { Understanding } from '../understanding/index.ts';
import { formatPeriod, formatPeriods } from '../format-period.ts';
import { openPending, settlePending, type Pending } from '../pending.ts';
import { reply, say, type Reply } from '../reply.ts';
import { targetOf } from '../target-person.ts';
import type { Turn } from '../turn.ts';

/** "Togli le ferie di Natale": finds the active absences meant, and asks for confirmation. */
export async function startAbsenceCancel(turn: Turn, u: Understanding): Promise<Reply> {
  const target = await targetOf(turn, u, 'absence.cancel');
  if (!target.ok) return say(target.refused ? 'refusal' : 'problem', target.message);
  const state = turn.deps.store.snapshot();
  const from = u.from ?? turn.today;
  const to = u.to ?? u.from ?? '9999-12-31';
  // Several periods apart ("togli le ferie del 14 e del 28 dicembre"): the absences touching any of them, none only between them.
  const periods = u.periods && u.periods.length > 1 ? u.periods : [{ from, to }];
  const found = state.absences.filter((a) => a.status === 'active' && a.magistrateId === target.magistrateId
    && periods.some((p) => a.from <= p.to && a.to >= p.from) && (u.absenceType === null || a.type === u.absenceType));
  const what = u.absenceType ? absenceTypeLabels[u.absenceType] : 'assenze';
  if (found.length === 0) {
    const when = periods.length > 1 ? ` ${formatPeriods(turn.today, periods)}` : u.from ? ` ${formatPeriod(turn.today, from, to)}` : ' da oggi in poi';
    return say('answer', `Non trovo ${what === 'assenze' ? 'assenze' : what} registrate${target.self ? '' : ` per ${target.name}`}${when}: non c'è nulla da annullare.`);
  }
  const pending = await openPending(turn.deps.store, turn.deps.clock, {
    kind: 'absence_cancel', officeId: turn.who.officeId, createdBy: turn.who.personId, answerers: [turn.who.personId],
    payload: { absenceIds: found.map((a) => a.id) },
  });
  const lines = found.map((a) => `${absenceTypeLabels[a.type]} ${formatPeriod(turn.today, a.from, a.to)}`);
  const one = found.length === 1;
  return {
    kind: 'confirm', title: one ? 'Annullare l\'assenza?' : 'Annullare le assenze?',
    sections: [{ heading: found.length === 1 ? 'Annullo questa assenza:' : `Annullo queste ${found.length} assenze:`, lines, list: true }, { lines: ['Confermi?'] }],
    actions: [
      { id: 'confirm', label: one ? 'Annulla l\'assenza' : 'Annulla le assenze', style: 'danger', pendingId: pending.id },
      { id: 'cancel', label: 'Lascia com\'è', style: 'default', pendingId: pending.id },
    ],
  };
}

/**
 * What the chat says of one cancellation. The use case's message is the command line's (it names the absence by its
 * store id, which people in chat never see), so the chat says it in its own words.
 */
function cancelledLine(turn: Turn, absence: DeepReadonly<Absence> | undefined, result: CancelAbsenceResult): string {
  if (!absence) return 'Non trovo più una delle assenze da annullare: forse è stata tolta nel frattempo.';
  const when = formatPeriod(turn.today, absence.from, absence.to);
  if (!result.ok) return `Questa assenza era già stata annullata: ${absenceTypeLabels[absence.type]} ${when}.`;
  return `Fatto: ho annullato ${absenceWithArticle(absence.type)} di ${personNameIn(turn.config, absence.magistrateId)} ${when}.`;
}

export async function confirmAbsenceCancel(turn: Turn, pending: Pending): Promise<Reply> {
  const ids = (pending.payload.absenceIds as string[]) ?? [];
  const lines: string[] = [];
  const withdrawn: DeepReadonly<Absence>[] = [];
  for (const id of ids) {
    const absence = turn.deps.store.snapshot().absences.find((a) => a.id === id);
    const result = await cancelAbsence(turn.deps.store, turn.deps.clock, id, turn.who.personId);
    lines.push(cancelledLine(turn, absence, result));
    if (absence && result.ok) withdrawn.push(absence);
  }
  await settlePending(turn.deps.store, pending.id, 'done', 'assenza annullata');
  lines.push(...await replanAfterWithdrawal(turn, withdrawn));
  return reply('done', ids.length === 1 ? 'Assenza annullata' : 'Assenze annullate', { lines });
}
