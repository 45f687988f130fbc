import { absenceRequestSchema, absenceTypes, type Absence } from '../domain/absence.ts';
import { isCivilDay } from '../domain/civil-day.ts';
import { formatDayIt, formatRangeIt, formatRangesIt } from '../domain/format-day-it.ts';
import { fullName } from '../domain/magistrate.ts';
import { absenceTypeLabels } from '../domain/absence.ts';
import { formatAbsenceConflict, planAbsenceDeclaration } from '../availability/absence-overlap.ts';
import { recordAudit, type Clock, type Store } from '../ports.ts';
import { resolveMagistrate } from './resolve-magistrate.ts';
import { nextId } from './next-id.ts';

export interface DeclareAbsenceInput {
  /** Id, surname or full name. */
  magistrate: string;
  type: string;
  from: string;
  to: string;
  note?: string;
  /** Merge with overlapping or adjacent absences of the same type instead of refusing. */
  merge?: boolean;
  actor: string;
}

export type DeclareAbsenceResult =
  | { ok: true; absence: Absence; mergedIds: string[]; message: string }
  | { ok: false; code: 'invalid' | 'unknown_magistrate' | 'conflict'; message: string };

/** What is wrong with the input, in Italian, or null. Checked before anything is written. */
export function checkAbsenceInput(input: Pick<DeclareAbsenceInput, 'type' | 'from' | 'to'>): string | null {
  if (!(absenceTypes as readonly string[]).includes(input.type)) {
    return `il tipo "${input.type}" non esiste: usa ferie, malattia, congedo, formazione o altro.`;
  }
  for (const [label, value] of [['di inizio', input.from], ['di fine', input.to]] as const) {
    if (!isCivilDay(value)) return `la data ${label} "${value}" non è valida: scrivila come AAAA-MM-GG (es. 2027-03-03).`;
  }
  if (input.from > input.to) {
    return `l'intervallo è rovesciato: la data di fine (${formatDayIt(input.to)}) precede quella di inizio (${formatDayIt(input.from)}).`;
  }
  return null;
}

/**
 * Why an absence cannot be the magistrate's: it lies wholly before they take up service or after they leave the office
 * (an absence that only straddles either day is recorded). Null when it can.
 */
export function outsideServiceProblem(magistrate: { name: string; surname: string; serviceStart?: string; serviceEnd?: string }, from: string, to: string): string | null {
  const who = `${magistrate.name} ${magistrate.surname}`;
  if (magistrate.serviceEnd !== undefined && from > magistrate.serviceEnd) {
    return `${who} lascia l'ufficio ${formatRangeIt(magistrate.serviceEnd, magistrate.serviceEnd)}, prima dell'inizio dell'assenza (${formatDayIt(from)}). Controlla le date o il magistrato.`;
  }
  if (magistrate.serviceStart !== undefined && to < magistrate.serviceStart) {
    return `${who} prende servizio ${formatRangeIt(magistrate.serviceStart, magistrate.serviceStart)}, dopo la fine dell'assenza (${formatDayIt(to)}). Controlla le date o il magistrato.`;
  }
  return null;
}

/** Refusal: audited, nothing else written. */
async function refuse(store: Store, clock: Clock, input: DeclareAbsenceInput, code: 'invalid' | 'unknown_magistrate' | 'conflict', message: string): Promise<{ ok: false; code: 'invalid' | 'unknown_magistrate' | 'conflict'; message: string }> {
  await recordAudit(store, {
    at: clock.now().toISOString(), actor: input.actor, action: 'absence.declare', subject: `magistrate:${input.magistrate}`,
    details: { type: input.type, from: input.from, to: input.to, reason: code }, refused: true,
  });
  return { ok: false, code, message };
}

/** The note of a merged absence: those of the absences it absorbs and its own, each once, in order. */
function mergeNotes(notes: readonly string[]): string {
  return [...new Set(notes.map((n) => n.trim()).filter((n) => n !== ''))].join('; ');
}

/**
 * Records an absence. Absences of one magistrate never overlap: an overlap is refused with the
 * conflicting dates, or merged when it is of the same type and `merge` was chosen.
 */
export async function declareAbsence(store: Store, clock: Clock, input: DeclareAbsenceInput): Promise<DeclareAbsenceResult> {
  const resolved = resolveMagistrate(store.snapshot(), input.magistrate);
  if (!resolved.ok) return refuse(store, clock, input, 'unknown_magistrate', resolved.message);
  const { magistrate } = resolved.found;
  const problem = checkAbsenceInput(input);
  if (problem) return refuse(store, clock, input, 'invalid', `Assenza non registrata: ${problem}`);
  const outside = outsideServiceProblem(magistrate, input.from, input.to);
  if (outside) return refuse(store, clock, input, 'invalid', `Assenza non registrata: ${outside}`);
  const request = absenceRequestSchema.parse({ magistrateId: magistrate.id, type: input.type, from: input.from, to: input.to, note: input.note ?? '' });
  const now = clock.now().toISOString();
  const outcome = await store.update((draft) => {
    const plan = planAbsenceDeclaration(draft.absences, request, { mergeSameType: input.merge === true });
    if (plan.kind === 'conflict') return { plan };
    const mergedIds = plan.kind === 'merge' ? plan.absorbed : [];
    const absorbedNotes = draft.absences.filter((a) => mergedIds.includes(a.id)).map((a) => a.note);
    const absence: Absence = {
      id: nextId(draft, 'absence', 'ass'), magistrateId: request.magistrateId, type: request.type,
      from: plan.from, to: plan.to, note: mergeNotes([...absorbedNotes, request.note]), declaredBy: input.actor, declaredAt: now, status: 'active',
    };
    for (const old of draft.absences) {
      if (mergedIds.includes(old.id)) Object.assign(old, { status: 'cancelled', cancelledBy: input.actor, cancelledAt: now });
    }
    draft.absences.push(absence);
    return { plan, absence, mergedIds };
  });
  if (outcome.plan.kind === 'conflict') {
    return refuse(store, clock, input, 'conflict', formatAbsenceConflict(outcome.plan, request, fullName(magistrate)));
  }
  const { absence, mergedIds } = outcome as { absence: Absence; mergedIds: string[] };
  await recordAudit(store, {
    at: now, actor: input.actor, action: 'absence.declare', subject: `absence:${absence.id}`,
    details: { magistrateId: absence.magistrateId, type: absence.type, from: absence.from, to: absence.to, merged: mergedIds },
  });
  const what = `Assenza registrata: ${absenceTypeLabels[absence.type]} di ${fullName(magistrate)} ${formatRangeIt(absence.from, absence.to)} (id ${absence.id})`;
  const message = mergedIds.length > 0 ? `${what}, che comprende ${mergedIds.length === 1 ? 'l\'assenza' : 'le assenze'} ${mergedIds.join(', ')}.` : `${what}.`;
  return { ok: true, absence, mergedIds, message };
}


export interface DeclareAbsencesInput extends Omit<DeclareAbsenceInput, 'from' | 'to' | 'merge'> {
  /** Periods apart, each recorded as an absence of its own ("ferie il 3 e il 10 marzo"). */
  periods: readonly { from: string; to: string }[];
}

export type DeclareAbsencesResult =
  | { ok: true; absences: Absence[]; message: string }
  | { ok: false; code: 'invalid' | 'unknown_magistrate' | 'conflict'; message: string };

/**
 * Records several absences of one magistrate and type at once, all or none: every period is checked, and in one store
 * update each is planned against the absences already held and the periods before it; one invalid or overlapping period
 * refuses them all, saying which one, and nothing is written. No merging: a period overlapping an absence is refused.
 */
export async function declareAbsences(store: Store, clock: Clock, input: DeclareAbsencesInput): Promise<DeclareAbsencesResult> {
  const first = input.periods[0];
  const asOne = { ...input, from: first?.from ?? '', to: input.periods[input.periods.length - 1]?.to ?? '' };
  const resolved = resolveMagistrate(store.snapshot(), input.magistrate);
  if (!resolved.ok) return refuse(store, clock, asOne, 'unknown_magistrate', resolved.message);
  const { magistrate } = resolved.found;
  if (first === undefined) return refuse(store, clock, asOne, 'invalid', 'Assenze non registrate: nessun periodo indicato.');
  for (const period of input.periods) {
    const problem = checkAbsenceInput({ type: input.type, from: period.from, to: period.to });
    if (problem) return refuse(store, clock, asOne, 'invalid', `Assenze non registrate, nessuna: per il periodo ${formatRangeIt(period.from, period.to)}, ${problem}`);
    const outside = outsideServiceProblem(magistrate, period.from, period.to);
    if (outside) return refuse(store, clock, asOne, 'invalid', `Assenze non registrate, nessuna: per il periodo ${formatRangeIt(period.from, period.to)}, ${outside}`);
  }
  const requests = input.periods.map((p) => absenceRequestSchema.parse({ magistrateId: magistrate.id, type: input.type, from: p.from, to: p.to, note: input.note ?? '' }));
  const now = clock.now().toISOString();
  const outcome = await store.update((draft) => {
    // Every period planned first, against the absences held and the periods before it; only then anything written.
    const held: Absence[] = [...draft.absences];
    for (const request of requests) {
      const plan = planAbsenceDeclaration(held, request, { mergeSameType: false });
      if (plan.kind === 'conflict') return { conflict: { plan, request }, added: [] };
      held.push({ ...request, id: `planned-${held.length}`, declaredBy: input.actor, declaredAt: now, status: 'active' });
    }
    const added = requests.map((request): Absence => {
      const absence: Absence = {
        id: nextId(draft, 'absence', 'ass'), magistrateId: request.magistrateId, type: request.type,
        from: request.from, to: request.to, note: request.note, declaredBy: input.actor, declaredAt: now, status: 'active',
      };
      draft.absences.push(absence);
      return absence;
    });
    return { conflict: undefined, added };
  });
  if (outcome.conflict) {
    const { plan, request } = outcome.conflict;
    return refuse(store, clock, asOne, 'conflict', `Assenze non registrate, nessuna: ${formatAbsenceConflict(plan, request, fullName(magistrate))}`);
  }
  const absences = outcome.added;
  for (const absence of absences) {
    await recordAudit(store, {
      at: now, actor: input.actor, action: 'absence.declare', subject: `absence:${absence.id}`,
      details: { magistrateId: absence.magistrateId, type: absence.type, from: absence.from, to: absence.to, merged: [] },
    });
  }
  const message = `Assenze registrate: ${absenceTypeLabels[input.type as Absence['type']]} di ${fullName(magistrate)} ${formatRangesIt(absences)} (id ${absences.map((a) => a.id).join(', ')}).`;
  return { ok: true, absences, message };
}
