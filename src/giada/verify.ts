import { applyRecord } from './apply-record.ts';
import { canonicalJson } from './canonical-json.ts';
import { decideAssignment } from './decide-assignment.ts';
import type { AssignmentDecision } from './decision.ts';
import { commitSeed } from './draw.ts';
import type { EngineState } from './engine-model.ts';
import { GENESIS_HASH, hashRecord, type LedgerBody, type LedgerRecord } from './ledger-record.ts';
import { planBackfill, planCancellation, planJoinder, planReassignment, type Plan } from './manual-actions.ts';
import { checkPermission, type GiadaAction } from './permissions.ts';
import { drawFor, type Seeds } from './replay-draw.ts';
import { DECIDED_KINDS, GIADA_RULES_VERSION, rulesVersionOf } from './rules-version.ts';
import { checkUnderOlderRules } from './verify-older-rules.ts';
import { intact, notIntact, unverifiable, type DecisionCounts, type VerifyReport } from './verify-summary.ts';

export type { VerifyReport } from './verify-summary.ts';

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
  const { rulesVersion: _version, ...rest } = body as LedgerBody & { rulesVersion?: number };
  const decision = (rest as { decision?: Partial<AssignmentDecision> }).decision;
  if (!decision || typeof decision !== 'object' || !('explanation' in decision)) return canonicalJson(rest);
  const { explanation: _words, ...facts } = decision;
  return canonicalJson({ ...rest, decision: facts });
}

const actionOf: Partial<Record<LedgerBody['kind'], GiadaAction>> = {
  assignment: 'request', reassignment: 'reassign', cancellation: 'cancel', joinder: 'join', backfill: 'backfill',
};

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

/** The rules version of a decided record, checked: a whole number, never below one already met (rules do not go back). */
function checkRulesVersion(record: LedgerRecord, highest: number): string | null {
  const version = rulesVersionOf(record);
  if (!Number.isInteger(version) || version < 1) return `versione delle regole di decisione non valida (${JSON.stringify((record as { rulesVersion?: unknown }).rulesVersion)})`;
  if (version < highest) {
    return `il record dichiara le regole di decisione della versione ${version}, precedenti a quelle (versione ${highest}) di un record già registrato: le regole non tornano indietro, e una versione tolta o abbassata non può servire a evitare il ricalcolo`;
  }
  return null;
}

function checkRecord(state: EngineState | null, record: LedgerRecord, expectedSeq: number, prevHash: string, seeds: Seeds, highest: number): string | null {
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
  if (DECIDED_KINDS.has(record.kind)) {
    const wrongVersion = checkRulesVersion(record, highest);
    if (wrongVersion) return wrongVersion;
    if (rulesVersionOf(record) < GIADA_RULES_VERSION) return checkUnderOlderRules(state, record, seeds);
  }
  const expected = recompute(state, record, seeds);
  if (expected === null) return null;
  if (typeof expected === 'string') return expected;
  if (!expected.ok) return `l'azione non era possibile: ${expected.message}`;
  if (factsOf(expected.body) !== factsOf(bodyOf(record))) return 'la decisione ricalcolata dal registro è diversa da quella registrata';
  return null;
}

/**
 * Verifies a ledger from its records alone: the hash chain, then every decision of the current rules replayed
 * on the state rebuilt from the records before it (setup included), every decision of earlier rules checked for
 * what the rules do not decide (verify-older-rules.ts), and every revealed seed against its commitment.
 * Stops at the first record that does not match, or at one decided under rules newer than this code's.
 */
export function verifyLedger(lines: readonly unknown[]): VerifyReport {
  const seeds: Seeds = { byDay: new Map(), checked: 0, pending: 0 };
  for (const line of lines) {
    const r = line as Partial<LedgerRecord> | null;
    if (r && r.kind === 'draw-reveal' && typeof r.day === 'string' && typeof r.seed === 'string') seeds.byDay.set(r.day, r.seed);
  }
  let state: EngineState | null = null;
  let prevHash = GENESIS_HASH;
  const counts: DecisionCounts = { replayed: 0, older: new Map() };
  let highest = 1;
  for (let i = 0; i < lines.length; i++) {
    const record = lines[i] as LedgerRecord;
    const readable = record && typeof record === 'object' && typeof record.kind === 'string';
    const seq = typeof record?.seq === 'number' ? record.seq : i + 1;
    const decided = readable && DECIDED_KINDS.has(record.kind);
    const version = decided ? rulesVersionOf(record) : GIADA_RULES_VERSION;
    if (version > GIADA_RULES_VERSION) return unverifiable(lines.length, counts, seeds, { seq, line: i + 1 }, version);
    let reason: string | null;
    try {
      reason = readable ? checkRecord(state, record, i + 1, prevHash, seeds, highest) : 'la riga non è un record del registro';
      if (reason === null) state = applyRecord(state, record);
    } catch (error) {
      reason = `record non leggibile (${(error as Error).message})`;
    }
    if (reason !== null) return notIntact(lines.length, counts, seeds, { seq, line: i + 1, reason });
    if (decided) {
      highest = version;
      if (version === GIADA_RULES_VERSION) counts.replayed += 1;
      else counts.older.set(version, (counts.older.get(version) ?? 0) + 1);
    }
    prevHash = record.hash;
  }
  return intact(lines.length, counts, seeds);
}
