import type { CalendarVersion } from '../../domain/calendar.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import type { Clock, Store } from '../../ports.ts';
import type { Assignment, Violation } from '../assignment.ts';
import type { CalendarContext } from '../calendar-context.ts';
import { boundaryViolations } from '../boundary-violations.ts';
import { publishedNeighbours, type EdgeNeighbour } from '../edge-neighbours.ts';
import { edgeBlockRule } from '../rules/edge-block-rule.ts';
import { newViolations } from '../rules/new-violations.ts';
import { checkRules, rulesOf } from '../rules/index.ts';
import { nameOf, serviceName, slotWhen } from '../rules/holdings.ts';
import { formatViolationLine } from '../rules/violation-line.ts';
import { latestVersion, saveProvisional, type PeriodKey } from './calendar-versions.ts';
import { toAssignments, toDuties } from './duties.ts';
import { diffVersions } from './diff-versions.ts';
import { formatDutyChange } from './format-duty-change.ts';

/** A place in the calendar: a slot and who holds it. */
export interface Place {
  slotId: string;
  magistrateId: string;
}

export type CalendarEdit =
  | { kind: 'assign'; slotId: string; magistrateId: string }
  | { kind: 'unassign'; place: Place }
  | { kind: 'swap'; first: Place; second: Place }
  /** Hands one place over to another magistrate (a colleague takes the duty). */
  | { kind: 'reassign'; place: Place; magistrateId: string }
  | { kind: 'pin'; place: Place; pinned: boolean };

export type EditResult =
  | { ok: true; version: CalendarVersion; warnings: Violation[]; message: string }
  | { ok: false; message: string };

const same = (a: Assignment, p: Place) => a.slotId === p.slotId && a.magistrateId === p.magistrateId;

function describePlace(ctx: CalendarContext, place: Place): string {
  const slot = ctx.slotById.get(place.slotId);
  return slot ? `"${serviceName(ctx, slot.serviceId)}" ${slotWhen(slot)} di ${nameOf(ctx, place.magistrateId)}` : place.slotId;
}

/** The duty of a place without its holder ('il turno "Turno arrestati" il 9 gennaio 2027'). */
function describeDuty(ctx: CalendarContext, slotId: string): string {
  const slot = ctx.slotById.get(slotId);
  return slot ? `il turno "${serviceName(ctx, slot.serviceId)}" ${slotWhen(slot)}` : `il turno ${slotId}`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Applies an edit to a list of assignments, or says in Italian why it cannot be applied. */
export function applyEdit(ctx: CalendarContext, assignments: readonly Assignment[], edit: CalendarEdit): { ok: true; assignments: Assignment[] } | { ok: false; message: string } {
  const list = assignments.map((a) => ({ ...a }));
  const find = (p: Place) => list.findIndex((a) => same(a, p));
  const requirePlace = (p: Place) => (find(p) < 0 ? `Non trovo il turno ${describePlace(ctx, p)} nella versione attuale del calendario.` : null);
  switch (edit.kind) {
    case 'assign': {
      if (!ctx.slotById.has(edit.slotId)) return { ok: false, message: `Il turno "${edit.slotId}" non esiste nel periodo.` };
      if (!ctx.magistrates.has(edit.magistrateId)) return { ok: false, message: `Il magistrato "${edit.magistrateId}" non fa parte dell'ufficio.` };
      if (find(edit) >= 0) return { ok: false, message: `${capitalized(describeDuty(ctx, edit.slotId))} è già di ${nameOf(ctx, edit.magistrateId)}: non c'è nulla da cambiare.` };
      list.push({ slotId: edit.slotId, magistrateId: edit.magistrateId, pinned: true });
      return { ok: true, assignments: list };
    }
    case 'unassign': {
      const missing = requirePlace(edit.place);
      if (missing) return { ok: false, message: missing };
      list.splice(find(edit.place), 1);
      return { ok: true, assignments: list };
    }
    case 'pin': {
      const missing = requirePlace(edit.place);
      if (missing) return { ok: false, message: missing };
      if ((list[find(edit.place)]!.pinned === true) === edit.pinned) {
        return { ok: false, message: `${capitalized(describeDuty(ctx, edit.place.slotId))} di ${nameOf(ctx, edit.place.magistrateId)} ${edit.pinned ? 'è già fissato' : 'non è fissato'}: non c'è nulla da cambiare.` };
      }
      list[find(edit.place)]!.pinned = edit.pinned;
      return { ok: true, assignments: list };
    }
    case 'reassign': {
      const missing = requirePlace(edit.place);
      if (missing) return { ok: false, message: missing };
      if (!ctx.magistrates.has(edit.magistrateId)) return { ok: false, message: `Il magistrato "${edit.magistrateId}" non fa parte dell'ufficio.` };
      const taken: Place = { slotId: edit.place.slotId, magistrateId: edit.magistrateId };
      if (find(taken) >= 0) return { ok: false, message: `${capitalized(describeDuty(ctx, taken.slotId))} è già di ${nameOf(ctx, taken.magistrateId)}: non c'è nulla da cambiare.` };
      list[find(edit.place)] = { slotId: edit.place.slotId, magistrateId: edit.magistrateId, pinned: true };
      return { ok: true, assignments: list };
    }
    case 'swap': {
      const missing = requirePlace(edit.first) ?? requirePlace(edit.second);
      if (missing) return { ok: false, message: missing };
      if (edit.first.magistrateId === edit.second.magistrateId) {
        return { ok: false, message: `Entrambi i turni sono di ${nameOf(ctx, edit.first.magistrateId)}: scambiarli non cambia nulla. Per dare un turno a un collega usa "reassign".` };
      }
      const a = list[find(edit.first)]!;
      const b = list[find(edit.second)]!;
      [a.magistrateId, b.magistrateId] = [b.magistrateId, a.magistrateId];
      a.pinned = true;
      b.pinned = true;
      return { ok: true, assignments: list };
    }
  }
}

/** Uncovered places stay reported until an edit fills them. */
function stillUncovered(ctx: CalendarContext, uncovered: DeepReadonly<CalendarVersion['uncovered']>, assignments: readonly Assignment[]): CalendarVersion['uncovered'] {
  return uncovered.flatMap((u) => {
    const slotId = `${u.serviceId}@${u.from}`;
    const filled = assignments.filter((a) => a.slotId === slotId).length;
    const missing = (ctx.slotById.get(slotId)?.required ?? 0) - filled;
    return missing > 0 ? [{ ...u, missing }] : [];
  });
}

/**
 * Applies an edit and lists the rules it breaks that were not broken before: the office's rules, when `ctx` carries
 * its continuations (`withContinuations`), a block cut by the period's edge kept whole (`edgeBlockRule`), and, given the
 * published calendars next to the period (`publishedNeighbours`), the rules it breaks together with their duties across
 * the edge (`boundaryViolations`). What the head's edit warns of and what a swap agreed in the chat must have approved:
 * one check for both.
 */
export function checkEdit(ctx: CalendarContext, before: readonly Assignment[], edit: CalendarEdit, neighbours: readonly EdgeNeighbour[] = []):
  { ok: true; assignments: Assignment[]; warnings: Violation[] } | { ok: false; message: string } {
  const applied = applyEdit(ctx, before, edit);
  if (!applied.ok) return applied;
  const rules = [...rulesOf(ctx), edgeBlockRule()];
  const within = newViolations(checkRules(ctx, before, rules), checkRules(ctx, applied.assignments, rules));
  // With the published calendars next to the period: the turno arrestati of 1 April given to whoever had 31 March's.
  const across = (assignments: readonly Assignment[]) => boundaryViolations(ctx, assignments, neighbours).flatMap((f) => f.violations);
  const edge = neighbours.length === 0 ? [] : newViolations(across(before), across(applied.assignments));
  return { ok: true, assignments: applied.assignments, warnings: [...within, ...edge] };
}

/**
 * Edits the calendar of a period on behalf of the head: the change becomes a new provisional version
 * (a published version is never touched), with warnings for every rule it breaks, listed by rule, splitting a block
 * cut by the period's edge among them (`edgeBlockRule`, when `ctx` carries the continuations).
 * Edited places are pinned, so that regenerating or replanning keeps them.
 */
export async function editCalendar(store: Store, clock: Clock, ctx: CalendarContext, key: PeriodKey, edit: CalendarEdit, reason: string, actor: string): Promise<EditResult> {
  const current = latestVersion(store.snapshot(), key);
  if (!current) return { ok: false, message: 'Non c\'è ancora un calendario per questo periodo: generane prima uno provvisorio.' };
  if (reason.trim() === '') return { ok: false, message: 'Indica il motivo della modifica: resta nel registro delle operazioni.' };
  const before = toAssignments(current.duties);
  const applied = checkEdit(ctx, before, edit, publishedNeighbours(store.snapshot(), key.officeId, ctx));
  if (!applied.ok) return applied;
  const { warnings } = applied;
  const version = await saveProvisional(store, clock, {
    ...key, duties: toDuties(ctx, applied.assignments), uncovered: stillUncovered(ctx, current.uncovered, applied.assignments), actor, basedOn: current.id,
    action: 'calendar.edit', details: { edit, reason, warnings: warnings.map((w) => w.message) },
  });
  // What changed, as the replan and the publication say it; a pin changes no holder, so it is said in words.
  const changes = edit.kind === 'pin'
    ? [`- ${capitalized(describeDuty(ctx, edit.place.slotId))} di ${nameOf(ctx, edit.place.magistrateId)} ${edit.pinned ? 'ora è fissato: rigenerazioni e ripianificazioni non lo spostano' : 'non è più fissato'}`]
    : diffVersions(current.duties, version.duties).changes.map((c) => {
      const held = applied.assignments.filter((a) => a.slotId === c.slotId).length;
      return formatDutyChange(ctx, c, held >= (ctx.slotById.get(c.slotId)?.required ?? 0));
    });
  const head = `Modifica salvata nella versione provvisoria ${version.number}:\n${changes.join('\n')}`;
  const message = warnings.length === 0
    ? head
    : `${head}\nLa modifica viola ${warnings.length === 1 ? 'una regola' : `${warnings.length} regole`}:\n${warnings.map(formatViolationLine).join('\n')}`;
  return { ok: true, version, warnings, message };
}
