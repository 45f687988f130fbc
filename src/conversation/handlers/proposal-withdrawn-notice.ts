import { actingHeadNote, notifyWithActingHeadNote } from '../acting-head-note.ts';
import { formatPeriod } from '../format-period.ts';
import { reply } from '../reply.ts';
import type { Turn } from '../turn.ts';
import { closeApprovalsOf } from './close-approvals.ts';

export interface WithdrawnProposal {
  officeId: string;
  /** Who acts as head today; null when nobody does (nobody to tell: the proposal was waiting for a head). */
  head: string | null;
  period: { from: string; to: string };
  /** The number of the replan proposal withdrawn. */
  number: number;
  /** What happened, a sentence: "Mario Rossi ha ritirato le ferie il 7 dicembre." */
  said: string;
  /** Why the proposal is no longer needed: "perché l'assenza è stata ritirata". */
  because: string;
}

/**
 * A replan proposal withdrawn before the head approved it (nothing of the published calendar needs to move any more):
 * its approval is closed, and the head is told there is nothing left to approve and the published calendar stays as it
 * is (unless the head is the writer, who reads it in the reply). Returns the line for the writer.
 */
export async function tellProposalWithdrawn(turn: Turn, w: WithdrawnProposal): Promise<string> {
  const calendar = `calendario ${formatPeriod(turn.today, w.period.from, w.period.to)}`;
  await closeApprovalsOf(turn, w.officeId, w.period, w.number, `la proposta provvisoria ${w.number} è stata ritirata, ${w.because}, e il calendario pubblicato resta com'è`);
  if (w.head === null || w.head === turn.who.personId) {
    return `La proposta di ripianificazione del ${calendar} (proposta provvisoria ${w.number}) non serve più, ${w.because}: l'ho ritirata e il calendario pubblicato resta com'è.`;
  }
  const text = `La proposta provvisoria ${w.number} del ${calendar} non serve più, ${w.because}: il calendario pubblicato resta com'è e non c'è nulla da approvare.`;
  await turn.deps.notifier.send(notifyWithActingHeadNote({
    to: { kind: 'magistrate', officeId: w.officeId, magistrateId: w.head },
    text: `${w.said} ${text}`,
    key: `replan-withdrawn:${w.officeId}/${w.period.from}_${w.period.to}/v${w.number}`,
    reply: reply('answer', 'Proposta di ripianificazione non più necessaria', { lines: [w.said] }, { lines: [text] }),
  }, actingHeadNote(turn.config, turn.today, turn.deps.store.snapshot().absences)));
  return `Ho avvisato il capo dell'ufficio che la proposta di ripianificazione del ${calendar} non serve più: il calendario pubblicato resta com'è.`;
}
