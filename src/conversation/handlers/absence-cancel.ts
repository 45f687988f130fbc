import { absenceTypeLabels } from '../../domain/absence.ts';
import { cancelAbsence } from '../../use-cases/cancel-absence.ts';
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
  return {
    kind: 'confirm', title: 'Annullare l\'assenza?',
    sections: [{ heading: found.length === 1 ? 'Annullo questa assenza:' : `Annullo queste ${found.length} assenze:`, lines, list: true }, { lines: ['Confermi?'] }],
    actions: [
      { id: 'confirm', label: 'Annulla l\'assenza', style: 'danger', pendingId: pending.id },
      { id: 'cancel', label: 'Lascia com\'è', style: 'default', pendingId: pending.id },
    ],
  };
}

export async function confirmAbsenceCancel(turn: Turn, pending: Pending): Promise<Reply> {
  const ids = (pending.payload.absenceIds as string[]) ?? [];
  const lines: string[] = [];
  for (const id of ids) {
    const result = await cancelAbsence(turn.deps.store, turn.deps.clock, id, turn.who.personId);
    lines.push(result.message);
  }
  await settlePending(turn.deps.store, pending.id, 'done', 'assenza annullata');
  return reply('done', 'Assenza annullata', { lines });
}
