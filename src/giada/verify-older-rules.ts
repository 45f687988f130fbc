import type { AssignmentDecision } from './decision.ts';
import { candidateKey, type EngineState } from './engine-model.ts';
import type { LedgerRecord } from './ledger-record.ts';
import { checkDrawAsWritten, type Seeds } from './replay-draw.ts';

function unknownCase(state: EngineState, id: string): string | null {
  return state.cases.has(id) ? null : `il record riguarda il processo ${id}, che non compare in nessun record precedente`;
}

function unknownCandidate(state: EngineState, kind: 'judge' | 'panel', id: string | null): string | null {
  if (id !== null && state.model.byKey.has(candidateKey(kind, id))) return null;
  return `${kind === 'panel' ? 'il collegio' : 'il giudice'} «${id ?? ''}» non è nella configurazione in vigore`;
}

function checkDecision(state: EngineState, requestId: string, decision: AssignmentDecision, seeds: Seeds): string | null {
  if (decision.requestId !== requestId) return `la decisione riguarda la richiesta ${decision.requestId}, il record la ${requestId}`;
  if (decision.status === 'assigned') {
    const unknown = unknownCandidate(state, decision.kind, decision.candidateId);
    if (unknown) return unknown;
    if (decision.hearingDate === null) return 'processo assegnato senza data di udienza';
  }
  return checkDrawAsWritten(state, decision, requestId, seeds);
}

/**
 * A record decided under earlier rules (rules-version.ts) cannot be replayed with today's: its facts are checked
 * for what no decision rule decides, and the hash chain guarantees them as written. The processes it names must
 * be known from earlier records, the judges and panels it assigns must be in the setup in force, and its draw
 * must agree with the day's commitment and revealed seed.
 */
export function checkUnderOlderRules(state: EngineState, record: LedgerRecord, seeds: Seeds): string | null {
  switch (record.kind) {
    case 'assignment':
      return checkDecision(state, record.request.id, record.decision, seeds);
    case 'reassignment':
      return unknownCase(state, record.request.id) ?? checkDecision(state, record.request.id, record.decision, seeds);
    case 'cancellation':
      return unknownCase(state, record.requestId);
    case 'joinder':
      return [record.intoId, ...record.joinedIds].map((id) => unknownCase(state, id)).find((r) => r !== null) ?? null;
    case 'backfill':
      return unknownCandidate(state, record.ownerKind, record.candidateId);
    default:
      return null;
  }
}
