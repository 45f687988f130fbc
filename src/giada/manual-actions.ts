import { formatDayIt } from '../domain/format-day-it.ts';
import type { HearingRequest } from '../domain/giada.ts';
import { backfillSlot } from './apply-record.ts';
import { toDayNumber } from './day-number.ts';
import { dayWithArticle } from './day-with-article.ts';
import { decideAssignment } from './decide-assignment.ts';
import type { DrawSource } from './decision.ts';
import type { Candidate } from './candidates.ts';
import { isCollegialCase, listCompetentCandidates } from './competence.ts';
import { candidateKey, describeCandidate, type CaseEntry, type EngineState } from './engine-model.ts';
import { refuseUnknownMatter } from './request-matter.ts';
import type { Actor, LedgerBody, PreviousAssignment } from './ledger-record.ts';
import { classifyWeight } from './weight-class.ts';
import { computeWeight } from './weight.ts';

/** A planned manual action: the ledger body to append, or the Italian reason it cannot be done. */
export type Plan = { ok: true; body: LedgerBody } | { ok: false; message: string };

function previousOf(state: EngineState, entry: CaseEntry): PreviousAssignment {
  const c = entry.candidate >= 0 ? state.model.candidates[entry.candidate] : undefined;
  return { hash: entry.hash, kind: c?.kind ?? 'judge', candidateId: c?.id ?? null, hearingDate: entry.hearingDate };
}

function findActive(state: EngineState, requestId: string): CaseEntry | string {
  const entry = state.cases.get(requestId);
  if (!entry) return `Nessun processo con richiesta ${requestId} nel registro GIADA.`;
  if (entry.status === 'cancelled') return `Il processo ${requestId} è già stato annullato.`;
  if (entry.status === 'joined') return `Il processo ${requestId} è stato riunito ad altro processo e non è più attivo.`;
  return entry;
}

export interface ReassignInput {
  requestId: string;
  cause: 'astensione' | 'riassegnazione';
  reason: string;
  actor: Actor;
  /** The new request date the search counts from (the seed: "inserita la nuova data di richiesta fissazione"). */
  on: string;
}

/**
 * Abstention or the tribunal's own reassignment (direct summons included: the original could not):
 * a new automatic decision excluding every judge or panel the case has left, the old slot freed.
 */
export function planReassignment(state: EngineState, input: ReassignInput, draw: DrawSource | null): Plan {
  const entry = findActive(state, input.requestId);
  if (typeof entry === 'string') return { ok: false, message: entry };
  if (input.cause === 'astensione' && entry.status !== 'assigned') {
    return { ok: false, message: `Il processo ${input.requestId} non è assegnato: non c'è un giudice o collegio che possa astenersi.` };
  }
  const previous = previousOf(state, entry);
  const excluded = [...entry.excluded, ...(previous.candidateId !== null && !entry.excluded.includes(previous.candidateId) ? [previous.candidateId] : [])];
  const decision = decideAssignment(state, { request: entry.request, on: input.on, excluded, draw });
  return { ok: true, body: { kind: 'reassignment', actor: input.actor, cause: input.cause, reason: input.reason, request: entry.request, previous, decision } };
}

export function planCancellation(state: EngineState, requestId: string, reason: string, actor: Actor): Plan {
  const entry = findActive(state, requestId);
  if (typeof entry === 'string') return { ok: false, message: entry };
  return { ok: true, body: { kind: 'cancellation', actor, reason, requestId, previous: previousOf(state, entry) } };
}

/**
 * Joinder: the joined proceedings become inactive (their slots and queue places given back); the
 * surviving one keeps its judge and date, takes every defendant and charge, and is reweighed: when its
 * class changes, its place moves to the new class's queue.
 */
export function planJoinder(state: EngineState, intoId: string, joinedIds: readonly string[], reason: string, actor: Actor): Plan {
  const into = findActive(state, intoId);
  if (typeof into === 'string') return { ok: false, message: into };
  if (joinedIds.length === 0) return { ok: false, message: 'Indica almeno un processo da riunire.' };
  const joined: CaseEntry[] = [];
  for (const [k, id] of joinedIds.entries()) {
    if (id === intoId) return { ok: false, message: `Il processo ${id} non può essere riunito a se stesso.` };
    // Listed twice, its defendants and charges would be counted twice in the new weight.
    if (joinedIds.indexOf(id) !== k) return { ok: false, message: `Il processo ${id} è indicato due volte tra quelli da riunire.` };
    const entry = findActive(state, id);
    if (typeof entry === 'string') return { ok: false, message: entry };
    joined.push(entry);
  }
  const request: HearingRequest = {
    ...into.request,
    defendants: [...into.request.defendants, ...joined.flatMap((j) => j.request.defendants)],
    charges: [...into.request.charges, ...joined.flatMap((j) => j.request.charges)],
  };
  const weight = computeWeight(request, state.model.config.weightScoring);
  const klass = classifyWeight(weight.value, state.model.config.weightClasses);
  return {
    ok: true,
    body: {
      kind: 'joinder', actor, reason, intoId, joinedIds: [...joinedIds], previous: joined.map((j) => previousOf(state, j)), request,
      weight: weight.value, weightClass: klass.weightClass.id, previousWeight: into.weight,
      previousWeightClass: state.model.config.weightClasses[into.classIndex]?.id ?? '',
    },
  };
}

export interface BackfillInput {
  request: HearingRequest;
  judgeId?: string;
  panelId?: string;
  hearingDate: string;
  reason: string;
  actor: Actor;
}

/**
 * Why a hand-made assignment breaks a rule no paper shift may break, or null: a hearing not after the
 * request, a collegial case to a single judge (or the reverse), a judge or panel outside the matter's sections.
 */
function refuseOutOfRules(state: EngineState, input: BackfillInput, candidate: Candidate): string | null {
  const { request } = input;
  if (input.hearingDate <= request.requestedOn) {
    return `La data dell'udienza (${formatDayIt(input.hearingDate)}) non viene dopo quella della richiesta (${formatDayIt(request.requestedOn)}): controlla la data.`;
  }
  const config = state.model.config;
  const collegial = isCollegialCase(request, config);
  if (collegial !== (candidate.kind === 'panel')) {
    return collegial
      ? `Il processo ${request.id} è di competenza collegiale: va assegnato a un collegio, non a un giudice monocratico.`
      : `Il processo ${request.id} è di competenza monocratica: va assegnato a un giudice, non a un collegio.`;
  }
  const matter = config.subjectMatters.find((m) => m.id === request.subjectMatter);
  if (!matter) return refuseUnknownMatter(request, config);
  if (!listCompetentCandidates([candidate], matter, collegial).length) {
    const who = describeCandidate(state.model, candidate);
    const sections = matter.sectionIds.map((s) => config.sections.find((x) => x.id === s)?.name ?? s).join(', ');
    return `${who.charAt(0).toUpperCase()}${who.slice(1)} non è competente per la materia «${matter.name}», che spetta a: ${sections}.`;
  }
  return null;
}

/**
 * An assignment made by hand, entered afterwards: a paper-shift one, or the manual intervention on a case
 * no hearing had room for (status `manual`: the seed's "richiede un intervento manuale"). Counted in the
 * queues (and the hearing, when it has room).
 */
export function planBackfill(state: EngineState, input: BackfillInput): Plan {
  const known = state.cases.get(input.request.id);
  if (known && known.status !== 'manual' && known.status !== 'cancelled') {
    return { ok: false, message: `La richiesta ${input.request.id} è già nel registro GIADA${known.status === 'assigned' ? ' ed è assegnata: per cambiarne giudice o data serve una riassegnazione' : ''}.` };
  }
  const kind = input.panelId !== undefined ? 'panel' : 'judge';
  const id = input.panelId ?? input.judgeId ?? '';
  const candidate = state.model.byKey.get(candidateKey(kind, id));
  if (!candidate) return { ok: false, message: `${kind === 'panel' ? 'Collegio' : 'Giudice'} «${id}» non configurato in GIADA.` };
  const wrong = refuseOutOfRules(state, input, candidate);
  if (wrong) return { ok: false, message: wrong };
  const weight = computeWeight(input.request, state.model.config.weightScoring);
  const klass = classifyWeight(weight.value, state.model.config.weightClasses);
  const hearing = state.model.table.find(candidate.index, toDayNumber(input.hearingDate));
  const slot = backfillSlot(state, candidate.index, hearing, input.request.type === 'citazione_diretta', input.request.urgent);
  const place = hearing < 0
    ? `${dayWithArticle('il', input.hearingDate)} non è un'udienza del calendario: il processo conta nella coda ma non occupa posti`
    : slot === null ? `l'udienza ${dayWithArticle('del', input.hearingDate)} era già piena: il processo conta nella coda oltre la disponibilità` : `posto occupato nell'udienza ${dayWithArticle('del', input.hearingDate)}`;
  const away = hearing >= 0 ? state.model.table.blocked[hearing] : undefined;
  const note = away === undefined ? place : `${place}; attenzione, quel giorno ${away}`;
  return {
    ok: true,
    body: {
      kind: 'backfill', actor: input.actor, reason: input.reason, request: input.request, ownerKind: kind, candidateId: id,
      hearingDate: input.hearingDate, weight: weight.value, weightClass: klass.weightClass.id, slot, note,
    },
  };
}
