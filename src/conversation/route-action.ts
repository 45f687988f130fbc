import { confirmAbsence } from './handlers/absence-confirm.ts';
import { confirmAbsenceCancel } from './handlers/absence-cancel.ts';
import { confirmPublish } from './handlers/calendar-staff.ts';
import { acceptSwap, declineSwap, decideSwapApproval } from './handlers/swap-answer.ts';
import { claimPending, settlePending, type Pending } from './pending.ts';
import { refusalFor } from './permissions.ts';
import { headDecisions, mayAnswer } from './head-decisions.ts';
import { say, type ActionId, type Reply } from './reply.ts';
import type { Turn } from './turn.ts';

/** Which buttons each kind of pending interaction accepts: the positive one and the negative one. */
const accepted: Record<Pending['kind'], { yes: ActionId; no: ActionId[] }> = {
  absence_declare: { yes: 'confirm', no: ['cancel'] },
  absence_cancel: { yes: 'confirm', no: ['cancel'] },
  swap: { yes: 'accept', no: ['decline'] },
  swap_approval: { yes: 'approve', no: ['reject'] },
  replan_approval: { yes: 'approve', no: ['reject', 'cancel'] },
  publish: { yes: 'publish', no: ['cancel'] },
};

/** A button pressed: claims the pending interaction once, then does what it says. */
export async function routeAction(turn: Turn, actionId: ActionId, pendingId: string): Promise<Reply> {
  const known = turn.deps.store.snapshot().conversations[pendingId] as Pending | undefined;
  const rules = known ? accepted[known.kind] : undefined;
  if (rules && actionId !== rules.yes && !rules.no.includes(actionId)) return say('problem', 'Questo pulsante non vale per questa richiesta.');
  const yes = rules?.yes === actionId;
  const forHead = known !== undefined && headDecisions.has(known.kind);
  if (forHead) {
    const refusal = await refusalFor(turn.deps.store, turn.deps.clock, turn.who, 'approve', `pending ${pendingId}`);
    if (refusal) return say('refusal', refusal);
    // The head of another office is head there only.
    if (!mayAnswer(turn.who, known)) return say('problem', 'Mi dispiace, questa scelta spetta a un\'altra persona.');
  }
  const claim = await claimPending(turn.deps.store, turn.deps.clock, pendingId, turn.who.personId, yes ? 'done' : 'declined', yes ? 'in corso' : 'annullata', forHead);
  if (!claim.ok) return say('problem', claim.message);
  const pending = claim.pending;
  if (!yes) {
    switch (pending.kind) {
      case 'swap': return declineSwap(turn, pending);
      case 'swap_approval': return decideSwapApproval(turn, pending, false);
      default:
        await settlePending(turn.deps.store, pending.id, 'cancelled', 'annullata');
        return say('done', pending.kind === 'replan_approval' ? 'D\'accordo, la proposta resta in sospeso come versione provvisoria: puoi modificarla o pubblicarla più tardi.' : 'D\'accordo, annullato: non ho registrato nulla.');
    }
  }
  switch (pending.kind) {
    case 'absence_declare': return confirmAbsence(turn, pending);
    case 'absence_cancel': return confirmAbsenceCancel(turn, pending);
    case 'swap': return acceptSwap(turn, pending);
    case 'swap_approval': return decideSwapApproval(turn, pending, true);
    case 'replan_approval':
    case 'publish': return confirmPublish(turn, pending);
  }
}
