import { applyRecord } from './apply-record.ts';
import { canonicalJson } from './canonical-json.ts';
import { decideAssignment } from './decide-assignment.ts';
import type { AssignmentDecision, DrawSource, DrawTrace } from './decision.ts';
import { commitSeed, drawPosition } from './draw.ts';
import type { EngineState } from './engine-model.ts';
import { GENESIS_HASH, hashRecord, type LedgerBody, type LedgerRecord } from './ledger-record.ts';
import { planBackfill, planCancellation, planJoinder, planReassignment, type Plan } from './manual-actions.ts';
import { checkPermission, type GiadaAction } from './permissions.ts';

export interface VerifyReport {
  ok: boolean;
  records: number;
  /** Decisions recomputed from the ledger alone and found identical. */
  replayed: number;
  drawsChecked: number;
  /** Draws of days whose seed is not revealed yet: everything else about them was checked. */
  drawsPending: number;
  firstBad: { seq: number; line: number; reason: string } | null;
  /** Italian summary. */
  message: string;
}

function bodyOf(record: LedgerRecord): LedgerBody {
  const { seq: _s, at: _a, prevHash: _p, hash: _h, ...body } = record;
  return body as LedgerBody;
}

/**
 * A body as the replay compares it: every fact of the decision, not the wording of its explanation. The explanation is
 * words derived from those facts, and the hash chain already guarantees the words stored; comparing them too would make
 * every ledger written before a rewording fail its replay.
 */
function factsOf(body: LedgerBody): string {
  const decision = (body as { decision?: Partial<AssignmentDecision> }).decision;
  if (!decision || typeof decision !== 'object' || !('explanation' in decision)) return canonicalJson(body);
  const { explanation: _words, ...facts } = decision;
  return canonicalJson({ ...body, decision: facts });
}

const actionOf: Partial<Record<LedgerBody['kind'], GiadaAction>> = {
  assignment: 'request', reassignment: 'reassign', cancellation: 'cancel', joinder: 'join', backfill: 'backfill',
};

interface Seeds {
  byDay: Map<string, string>;
  checked: number;
  pending: number;
}

/** The draw as the ledger's commitments and revealed seeds say it must have gone. */
function drawFor(state: EngineState, recorded: DrawTrace | null, requestId: string, seeds: Seeds): DrawSource | null | string {
  if (state.model.config.mode !== 'draw') return recorded ? 'estrazione registrata ma la modalità configurata è la rotazione' : null;
  if (!recorded) return 'modalità a estrazione, ma nessuna estrazione registrata';
  const commitment = state.commitments.get(recorded.day);
  if (!commitment) return `estrazione del ${recorded.day} senza impegno pubblicato prima`;
  const drawNumber = state.drawCounts.get(recorded.day) ?? 0;
  const seed = seeds.byDay.get(recorded.day);
  if (seed !== undefined) seeds.checked += 1;
  else seeds.pending += 1;
  return {
    day: recorded.day, commitment, drawNumber,
    choose: (pool) => (seed !== undefined ? drawPosition(seed, requestId, drawNumber, pool.length) : recorded.position),
  };
}

/** The body the engine would have written for this record, given the state before it. */
function recompute(state: EngineState, record: LedgerRecord, seeds: Seeds): Plan | string | null {
  switch (record.kind) {
    case 'assignment': {
      const draw = drawFor(state, record.decision.draw, record.request.id, seeds);
      if (typeof draw === 'string') return draw;
      const decision = decideAssignment(state, { request: record.request, on: record.request.requestedOn, excluded: [], draw });
      return { ok: true, body: { kind: 'assignment', actor: record.actor, request: record.request, decision } };
    }
    case 'reassignment': {
      const draw = drawFor(state, record.decision.draw, record.request.id, seeds);
      if (typeof draw === 'string') return draw;
      return planReassignment(state, { requestId: record.request.id, cause: record.cause, reason: record.reason, actor: record.actor, on: record.decision.searchedOn }, draw);
    }
    case 'cancellation':
      return planCancellation(state, record.requestId, record.reason, record.actor);
    case 'joinder':
      return planJoinder(state, record.intoId, record.joinedIds, record.reason, record.actor);
    case 'backfill': {
      const owner = record.ownerKind === 'panel' ? { panelId: record.candidateId } : { judgeId: record.candidateId };
      return planBackfill(state, { request: record.request, ...owner, hearingDate: record.hearingDate, reason: record.reason, actor: record.actor });
    }
    case 'draw-reveal': {
      const commitment = state.commitments.get(record.day);
      if (commitment !== commitSeed(record.seed)) return `il seme rivelato per il ${record.day} non corrisponde all'impegno pubblicato`;
      return null;
    }
    default:
      return null;
  }
}

function checkRecord(state: EngineState | null, record: LedgerRecord, expectedSeq: number, prevHash: string, seeds: Seeds): string | null {
  if (record.seq !== expectedSeq) return `numero progressivo ${record.seq}, atteso ${expectedSeq}`;
  if (record.prevHash !== prevHash) return "l'impronta del record precedente non corrisponde: la catena è interrotta";
  if (hashRecord(record) !== record.hash) return "l'impronta SHA-256 non corrisponde al contenuto: il record è stato modificato";
  if (record.kind === 'setup') return null;
  if (!state) return 'decisione registrata prima di qualsiasi configurazione';
  const action = actionOf[record.kind];
  if (action && 'actor' in record && record.actor) {
    const type = 'request' in record && record.kind !== 'joinder' ? record.request.type : undefined;
    const refusal = checkPermission(record.actor.profile, action, action === 'request' ? type : undefined);
    if (refusal) return `azione non consentita al profilo che l'ha chiesta (${refusal})`;
  }
  const expected = recompute(state, record, seeds);
  if (expected === null) return null;
  if (typeof expected === 'string') return expected;
  if (!expected.ok) return `l'azione non era possibile: ${expected.message}`;
  if (factsOf(expected.body) !== factsOf(bodyOf(record))) {
    const written = 'decision' in record ? (record.decision as Partial<AssignmentDecision>) : null;
    const missing = !written || state.model.config.mode !== 'rotation' ? null
      : !('lean' in written) ? 'il criterio di riequilibrio tra candidati a pari indice'
      : !('reserve' in written) ? 'il criterio della riserva per le materie riservate ad alcune sezioni'
      : written.lean && !('correction' in written.lean) ? 'lo scarto dalle medie delle classi nel criterio di riequilibrio'
      : null;
    const older = missing
      ? ` (il record non riporta ${missing}: se è stato scritto da una versione di turnario precedente a quel criterio, la decisione non si può ripetere con la regola attuale; la catena delle impronte resta verificata fin qui)`
      : '';
    return `la decisione ricalcolata dal registro è diversa da quella registrata${older}`;
  }
  return null;
}

/**
 * Verifies a ledger from its records alone: the hash chain, then every decision replayed on the state
 * rebuilt from the records before it (setup included), and every revealed seed against its commitment.
 * Stops at the first record that does not match.
 */
export function verifyLedger(lines: readonly unknown[]): VerifyReport {
  const seeds: Seeds = { byDay: new Map(), checked: 0, pending: 0 };
  for (const line of lines) {
    const r = line as Partial<LedgerRecord> | null;
    if (r && r.kind === 'draw-reveal' && typeof r.day === 'string' && typeof r.seed === 'string') seeds.byDay.set(r.day, r.seed);
  }
  let state: EngineState | null = null;
  let prevHash = GENESIS_HASH;
  let replayed = 0;
  for (let i = 0; i < lines.length; i++) {
    const record = lines[i] as LedgerRecord;
    let reason: string | null;
    try {
      reason = record && typeof record === 'object' && typeof record.kind === 'string' ? checkRecord(state, record, i + 1, prevHash, seeds) : 'la riga non è un record del registro';
      if (reason === null) state = applyRecord(state, record);
    } catch (error) {
      reason = `record non leggibile (${(error as Error).message})`;
    }
    if (reason !== null) {
      const seq = typeof record?.seq === 'number' ? record.seq : i + 1;
      return {
        ok: false, records: lines.length, replayed, drawsChecked: seeds.checked, drawsPending: seeds.pending,
        firstBad: { seq, line: i + 1, reason },
        message: `Registro GIADA non integro: il primo record che non torna è il n. ${seq} (riga ${i + 1}): ${reason}.`,
      };
    }
    if (['assignment', 'reassignment', 'cancellation', 'joinder', 'backfill'].includes(record.kind)) replayed += 1;
    prevHash = record.hash;
  }
  if (lines.length === 0) {
    return { ok: true, records: 0, replayed: 0, drawsChecked: 0, drawsPending: 0, firstBad: null, message: 'Il registro GIADA è vuoto: non c\'è ancora nessuna configurazione né richiesta da verificare.' };
  }
  const pending = seeds.pending === 1 ? ' Un\'estrazione attende la rivelazione del seme del giorno.' : seeds.pending > 1 ? ` ${seeds.pending} estrazioni attendono la rivelazione del seme del giorno.` : '';
  const decisions = replayed === 1 ? '1 decisione ricalcolata e identica' : `${replayed} decisioni ricalcolate e identiche`;
  const draws = seeds.checked === 1 ? ', 1 estrazione ripetuta con il seme rivelato' : seeds.checked > 1 ? `, ${seeds.checked} estrazioni ripetute con il seme rivelato` : '';
  return {
    ok: true, records: lines.length, replayed, drawsChecked: seeds.checked, drawsPending: seeds.pending, firstBad: null,
    message: `Registro GIADA integro: ${lines.length} record, catena delle impronte completa, ${decisions}${draws}.${pending}`,
  };
}
