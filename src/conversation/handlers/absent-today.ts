import { absenceTypeLabels } from '../../domain/absence.ts';
import type { Understanding } from '../understanding/index.ts';
import { personNameIn } from '../format-duty.ts';
import { formatPeriod } from '../format-period.ts';
import { refusalFor } from '../permissions.ts';
import { reply, say, type Reply } from '../reply.ts';
import type { Turn } from '../turn.ts';

/** "Chi è assente oggi?": the office's active absences on a day or range (head, aggiunti, segreteria). */
export async function answerAbsentToday(turn: Turn, u: Understanding): Promise<Reply> {
  const refusal = await refusalFor(turn.deps.store, turn.deps.clock, turn.who, 'office_status', 'absences.today');
  if (refusal) return say('refusal', refusal);
  const from = u.from ?? turn.today;
  const to = u.to ?? from;
  const ids = new Set(turn.config.magistrates.map((m) => m.id));
  const absent = turn.deps.store.snapshot().absences
    .filter((a) => a.status === 'active' && ids.has(a.magistrateId) && a.from <= to && a.to >= from && (u.absenceType === null || a.type === u.absenceType))
    .sort((a, b) => personNameIn(turn.config, a.magistrateId).localeCompare(personNameIn(turn.config, b.magistrateId), 'it'));
  const when = from === turn.today && to === turn.today ? 'oggi' : formatPeriod(turn.today, from, to);
  if (absent.length === 0) return say('answer', `Nessun magistrato risulta assente ${when}.`);
  return reply('answer', `Assenti ${when}`, {
    lines: absent.map((a) => `${personNameIn(turn.config, a.magistrateId)}: ${absenceTypeLabels[a.type]} ${formatPeriod(turn.today, a.from, a.to)}`), list: true,
  });
}
