import { refusalFor } from '../permissions.ts';
import { reply, say, type Reply } from '../reply.ts';
import type { Turn } from '../turn.ts';

/** "Stato dei job": how the scheduled jobs went, for the head, the aggiunti and the segreteria. */
export async function answerJobsStatus(turn: Turn): Promise<Reply> {
  const refusal = await refusalFor(turn.deps.store, turn.deps.clock, turn.who, 'office_status', 'jobs.status');
  if (refusal) return say('refusal', refusal);
  if (!turn.deps.jobStatus) return say('answer', 'I job pianificati non sono attivi in questa installazione.');
  const lines = await turn.deps.jobStatus();
  return reply('answer', 'Job pianificati', { lines: lines.length > 0 ? lines : ['Nessuna esecuzione registrata finora.'] });
}
