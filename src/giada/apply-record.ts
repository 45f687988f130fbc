import type { GiadaSetup, HearingRequest } from '../domain/giada.ts';
import { toDayNumber } from './day-number.ts';
import type { AssignmentDecision } from './decision.ts';
import { buildEngineModel, candidateKey, createEngineState, type CaseEntry, type EngineState } from './engine-model.ts';
import { fitSlot } from './hearing-slots.ts';
import type { LedgerRecord } from './ledger-record.ts';

function classIndexOf(state: EngineState, classId: string): number {
  const i = state.model.config.weightClasses.findIndex((c) => c.id === classId);
  return i < 0 ? 0 : i;
}

function candidateIndexOf(state: EngineState, kind: 'judge' | 'panel', id: string | null): number {
  return id === null ? -1 : (state.model.byKey.get(candidateKey(kind, id))?.index ?? -1);
}

/** The configuration index of the request's subject matter, −1 when the setup in force does not have it. */
function matterIndexOf(state: EngineState, request: HearingRequest): number {
  return state.model.config.subjectMatters.findIndex((m) => m.id === request.subjectMatter);
}

/** Takes the case's queue place and hearing slot. */
function occupy(state: EngineState, entry: CaseEntry): void {
  if (entry.candidate >= 0) {
    state.queues.take(entry.candidate, entry.classIndex, entry.weight, 1, matterIndexOf(state, entry.request));
  }
  if (entry.hearing >= 0 && entry.slot) state.model.table.changeSlot(entry.hearing, entry.slot, entry.direct, 1);
}

/** Gives back the case's queue place and hearing slot (reassignment away, cancellation, joinder). */
function release(state: EngineState, entry: CaseEntry): void {
  if (entry.candidate >= 0) {
    state.queues.take(entry.candidate, entry.classIndex, entry.weight, -1, matterIndexOf(state, entry.request));
  }
  if (entry.hearing >= 0 && entry.slot) state.model.table.changeSlot(entry.hearing, entry.slot, entry.direct, -1);
}

function entryFromDecision(state: EngineState, request: HearingRequest, d: AssignmentDecision, hash: string, excluded: string[]): CaseEntry {
  const candidate = candidateIndexOf(state, d.kind, d.candidateId);
  const hearing = candidate >= 0 && d.hearingDate !== null ? state.model.table.find(candidate, toDayNumber(d.hearingDate)) : -1;
  return {
    request, weight: d.weight, classIndex: classIndexOf(state, d.weightClass), direct: request.type === 'citazione_diretta',
    status: d.status, candidate, hearing, hearingDate: d.hearingDate, slot: d.slot, excluded, hash, manualReason: d.manualReason,
  };
}

/** A new state for a new setup, with every active case placed again in the new queues and hearings. */
export function rebaseState(previous: EngineState | null, setup: GiadaSetup): EngineState {
  const state = createEngineState(buildEngineModel(setup));
  if (!previous) return state;
  state.drawCounts = previous.drawCounts;
  state.commitments = previous.commitments;
  state.revealed = previous.revealed;
  for (const [id, old] of previous.cases) {
    const oldCandidate = old.candidate >= 0 ? previous.model.candidates[old.candidate] : undefined;
    const candidate = oldCandidate ? candidateIndexOf(state, oldCandidate.kind, oldCandidate.id) : -1;
    const klass = previous.model.config.weightClasses[old.classIndex];
    const hearing = candidate >= 0 && old.hearingDate !== null ? state.model.table.find(candidate, toDayNumber(old.hearingDate)) : -1;
    const entry: CaseEntry = { ...old, candidate, hearing, classIndex: klass ? classIndexOf(state, klass.id) : 0 };
    state.cases.set(id, entry);
    if (entry.status === 'assigned') occupy(state, entry);
  }
  return state;
}

/** The slot a backfilled case takes, if the day is a configured hearing with room; else none (counted in the queue only). */
function backfillSlot(state: EngineState, candidate: number, hearing: number, direct: boolean, urgent: boolean) {
  if (candidate < 0 || hearing < 0) return null;
  const table = state.model.table;
  return fitSlot(table.capsOf(hearing), table.fillOf(hearing), { direct, urgent }, 'container');
}

/**
 * Applies one ledger record to the state. The state is a pure function of the ledger: the engine calls
 * this after each append, and on restart for every record. Returns the new state (a setup replaces it).
 */
export function applyRecord(state: EngineState | null, record: LedgerRecord): EngineState {
  if (record.kind === 'setup') return rebaseState(state, record.setup);
  if (!state) throw new Error(`Registro GIADA: il record ${record.seq} precede la configurazione.`);
  switch (record.kind) {
    case 'assignment': {
      const entry = entryFromDecision(state, record.request, record.decision, record.hash, []);
      state.cases.set(record.request.id, entry);
      if (entry.status === 'assigned') occupy(state, entry);
      break;
    }
    case 'reassignment': {
      const old = state.cases.get(record.request.id);
      if (old && old.status === 'assigned') release(state, old);
      const entry = entryFromDecision(state, record.request, record.decision, record.hash, [...record.decision.excluded]);
      state.cases.set(record.request.id, entry);
      if (entry.status === 'assigned') occupy(state, entry);
      break;
    }
    case 'cancellation': {
      const old = state.cases.get(record.requestId);
      if (old) {
        if (old.status === 'assigned') release(state, old);
        state.cases.set(record.requestId, { ...old, status: 'cancelled', hash: record.hash });
      }
      break;
    }
    case 'joinder': {
      for (const id of record.joinedIds) {
        const old = state.cases.get(id);
        if (!old) continue;
        if (old.status === 'assigned') release(state, old);
        state.cases.set(id, { ...old, status: 'joined', hash: record.hash });
      }
      const into = state.cases.get(record.intoId);
      if (into) {
        const held = into.status === 'assigned' && into.candidate >= 0;
        if (held) {
          state.queues.take(into.candidate, into.classIndex, into.weight, -1, matterIndexOf(state, into.request));
        }
        const next: CaseEntry = { ...into, request: record.request, weight: record.weight, classIndex: classIndexOf(state, record.weightClass), hash: record.hash };
        if (held) {
          state.queues.take(next.candidate, next.classIndex, next.weight, 1, matterIndexOf(state, next.request));
        }
        state.cases.set(record.intoId, next);
      }
      break;
    }
    case 'backfill': {
      const candidate = candidateIndexOf(state, record.ownerKind, record.candidateId);
      const hearing = candidate >= 0 ? state.model.table.find(candidate, toDayNumber(record.hearingDate)) : -1;
      const entry: CaseEntry = {
        request: record.request, weight: record.weight, classIndex: classIndexOf(state, record.weightClass), direct: record.request.type === 'citazione_diretta',
        status: 'assigned', candidate, hearing: record.slot ? hearing : -1, hearingDate: record.hearingDate, slot: record.slot, excluded: [], hash: record.hash,
      };
      state.cases.set(record.request.id, entry);
      occupy(state, entry);
      break;
    }
    case 'draw-commitment':
      state.commitments.set(record.day, record.commitment);
      break;
    case 'draw-reveal':
      state.revealed.add(record.day);
      break;
    case 'refusal':
      break;
  }
  if (record.kind === 'assignment' || record.kind === 'reassignment') {
    const draw = record.decision.draw;
    if (draw) state.drawCounts.set(draw.day, Math.max(state.drawCounts.get(draw.day) ?? 0, draw.drawNumber + 1));
  }
  return state;
}

export { backfillSlot };
