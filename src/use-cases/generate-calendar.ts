import type { CalendarVersion } from '../domain/calendar.ts';
import { addDays, isCivilDay } from '../domain/civil-day.ts';
import { formatDayIt, formatRangeIt } from '../domain/format-day-it.ts';
import { buildCalendarContext, canHoldSlot, withoutEdgeBans, type CalendarContext } from '../calendar/calendar-context.ts';
import { solveCalendar } from '../calendar/compile/solve-calendar.ts';
import { fairnessHistoryFrom } from '../calendar/fairness-history.ts';
import { latestVersion, otherPublishedPeriods, periodsOverlapping, saveProvisional } from '../calendar/versions/calendar-versions.ts';
import { boundaryViolations, edgeBans } from '../calendar/boundary-violations.ts';
import { edgeLimitCounts } from '../calendar/edge-limit-counts.ts';
import { edgeTurns } from '../calendar/edge-turns.ts';
import { publishedNeighbours, type EdgeNeighbour } from '../calendar/edge-neighbours.ts';
import { continuationsBySlot, edgeContinuations } from '../calendar/edge-continuations.ts';
import { brokenContinuations } from '../calendar/continuation-pins.ts';
import { describeBrokenContinuation } from '../calendar/continuation-text.ts';
import { formatViolationLine } from '../calendar/rules/violation-line.ts';
import { toAssignments, toDuties } from '../calendar/versions/duties.ts';
import type { Assignment } from '../calendar/assignment.ts';
import { nameOf, serviceName, slotWhen } from '../calendar/rules/holdings.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { StoreState } from '../domain/store-state.ts';
import type { Clock, Store } from '../ports.ts';

export interface PeriodRequest {
  officeId?: string;
  from: string;
  to: string;
}

export type ContextResult = { ok: true; ctx: CalendarContext; officeId: string } | { ok: false; message: string };

/** The office (the only Procura when not named) and the period, checked, as a calendar context. */
export function calendarContextFor(state: DeepReadonly<StoreState>, request: PeriodRequest): ContextResult {
  for (const [label, value] of [['iniziale', request.from], ['finale', request.to]] as const) {
    if (!isCivilDay(value)) return { ok: false, message: `La data ${label} "${value}" non è valida: scrivila come AAAA-MM-GG.` };
  }
  if (request.from > request.to) {
    return { ok: false, message: `L'intervallo è rovesciato: la data finale (${formatDayIt(request.to)}) precede quella iniziale (${formatDayIt(request.from)}).` };
  }
  const withServices = Object.values(state.offices).filter((o) => o.services.length > 0);
  const config = request.officeId ? state.offices[request.officeId] : withServices.length === 1 ? withServices[0] : undefined;
  if (!config) {
    const known = withServices.map((o) => o.office.id).join(', ') || 'nessuno';
    return { ok: false, message: request.officeId ? `Nessun ufficio con id "${request.officeId}". Uffici con servizi: ${known}.` : `Indica l'ufficio con --office (uffici con servizi: ${known}).` };
  }
  if (config.services.length === 0) return { ok: false, message: `L'ufficio "${config.office.id}" non ha servizi da mettere in calendario.` };
  return { ok: true, ctx: buildCalendarContext(config, request.from, request.to, state.absences), officeId: config.office.id };
}

/** The blocks the published calendars next to the period hold and the period continues. */
function publishedContinuations(state: DeepReadonly<StoreState>, officeId: string, ctx: CalendarContext) {
  const neighbours = otherPublishedPeriods(state, { officeId, from: ctx.from, to: ctx.to });
  return neighbours.length === 0 ? [] : edgeContinuations(state.offices[officeId]!, ctx, neighbours);
}

/**
 * The context with the blocks the edge with a published calendar next to the period cut in two whose other piece is
 * held there (continuations): enough for an explanation to say a duty continues a block begun next door. `joined`, when
 * the caller has the published neighbours joined already (`publishedNeighbours`), gives them without computing again.
 */
export function withContinuations(state: DeepReadonly<StoreState>, officeId: string, ctx: CalendarContext, joined?: readonly EdgeNeighbour[]): CalendarContext {
  const continuations = joined ? joined.flatMap((n) => n.continuations) : publishedContinuations(state, officeId, ctx);
  return continuations.length === 0 ? ctx : { ...ctx, continuations: continuationsBySlot(continuations) };
}

/**
 * The context with what the published calendars next to the period impose across its edges: the places its magistrates
 * may not hold (hard rules across the edge), the blocks the edge cut in two (continuations), the duties already held
 * in the weeks and months the edge cuts (limits count them) and the duties nearest the edges (recommended gaps are
 * measured from them), so that generating and
 * replanning keep the rules and give a block cut by the edge to one magistrate. `neighbours`, when the caller has
 * them already (the generation reads them again for the boundary violations), are not joined a second time.
 */
export function withEdgeBans(state: DeepReadonly<StoreState>, officeId: string, ctx: CalendarContext,
  neighbours: readonly EdgeNeighbour[] = publishedNeighbours(state, officeId, ctx)): CalendarContext {
  if (neighbours.length === 0) return ctx;
  const continuations = neighbours.flatMap((n) => n.continuations);
  const limitCounts = edgeLimitCounts(ctx, neighbours);
  const turns = edgeTurns(ctx, neighbours);
  return {
    ...ctx, edgeBans: edgeBans(ctx, neighbours),
    ...(continuations.length > 0 ? { continuations: continuationsBySlot(continuations) } : {}),
    ...(limitCounts.size > 0 ? { edgeLimitCounts: limitCounts } : {}),
    ...(turns.size > 0 ? { edgeTurns: turns } : {}),
  };
}

export type GenerateResult = { ok: true; version: CalendarVersion; ctx: CalendarContext; message: string } | { ok: false; message: string };

/** How long the solver may improve the construction: a move budget (reproducible) and a time cap. */
export interface GenerateOptions {
  seed?: number;
  /** Moves; default 300 per place to fill, between 20 000 and 3 000 000. */
  iterations?: number;
  /** Safety cap in seconds (default 45); only when it strikes does the result depend on the machine. */
  seconds?: number;
}

/**
 * The duties the head pinned in the period's latest version (edits pin what they touch): a new generation keeps them,
 * except those whose magistrate can no longer hold them (absent, no longer eligible), which are listed.
 */
function keptPins(ctx: CalendarContext, previous: readonly Assignment[]): { kept: Assignment[]; dropped: Assignment[] } {
  const kept: Assignment[] = [];
  const dropped: Assignment[] = [];
  for (const a of previous) {
    if (!a.pinned) continue;
    const slot = ctx.slotById.get(a.slotId);
    (slot && canHoldSlot(withoutEdgeBans(ctx), a.magistrateId, slot) ? kept : dropped).push(a);
  }
  return { kept, dropped };
}

function describePin(ctx: CalendarContext, a: Assignment): string {
  const slot = ctx.slotById.get(a.slotId);
  return slot ? `"${serviceName(ctx, slot.serviceId)}" ${slotWhen(slot)} di ${nameOf(ctx, a.magistrateId)}` : a.slotId;
}

/**
 * A period that shares days with the calendar of another period is refused: the same day would have two calendars,
 * and once both are published every view (iCal, reminders) would show both holders of a duty. The scheduled
 * generation skips such a period for the same reason. The message names the calendars and a period that would fit.
 */
function overlapRefusal(state: DeepReadonly<StoreState>, officeId: string, from: string, to: string): string | null {
  const others = periodsOverlapping(state, officeId, from, to).filter((p) => p.from !== from || p.to !== to);
  if (others.length === 0) return null;
  const named = others.map((p) => formatRangeIt(p.from, p.to)).join(', ');
  const start = others.reduce((day, p) => (p.from <= day && p.to >= day ? addDays(p.to, 1) : day), from);
  const end = others.reduce((day, p) => (p.from > from && p.from <= day ? addDays(p.from, -1) : day), to);
  const free = (a: string, b: string) => a <= b && periodsOverlapping(state, officeId, a, b).length === 0;
  const fits = free(start, to) ? ` (per esempio ${formatRangeIt(start, to)})` : free(from, end) ? ` (per esempio ${formatRangeIt(from, end)})` : '';
  return `Il periodo ${formatRangeIt(from, to)} si sovrappone ${others.length === 1 ? 'al calendario' : 'ai calendari'} ${named}: un giorno non può avere due calendari. `
    + `Scegli un periodo che non lo tocchi${fits}, oppure modifica ${others.length === 1 ? 'quel calendario' : 'quei calendari'}.`;
}

function defaultIterations(places: number): number {
  return Math.min(3_000_000, Math.max(20_000, 300 * places));
}

/**
 * Generates a provisional calendar for a period and stores it as a new version: the fairness-driven
 * construction improved by the roster solver, with the fairness balance of the periods already
 * published for the office.
 */
export async function generateCalendar(store: Store, clock: Clock, request: PeriodRequest, actor: string, options: GenerateOptions = {}): Promise<GenerateResult> {
  const state = store.snapshot();
  const found = calendarContextFor(state, request);
  if (!found.ok) return found;
  const { officeId } = found;
  // The published calendars next door, joined to the period once: for the edge bans now, the boundary check later.
  const neighbours = publishedNeighbours(state, officeId, found.ctx);
  const ctx = withEdgeBans(state, officeId, found.ctx, neighbours);
  const overlap = overlapRefusal(state, officeId, request.from, request.to);
  if (overlap) return { ok: false, message: overlap };
  const places = ctx.slots.reduce((sum, s) => sum + s.required, 0);
  const history = fairnessHistoryFrom(state, officeId, request.from);
  const previous = latestVersion(state, { officeId, from: request.from, to: request.to });
  const { kept: pinned, dropped } = keptPins(ctx, previous ? toAssignments(previous.duties) : []);
  const solved = await solveCalendar(ctx, {
    history, pinned, seed: options.seed ?? 1, iterations: options.iterations ?? defaultIterations(places), seconds: options.seconds ?? 45,
  });
  const { assignments, uncovered } = solved;
  const version = await saveProvisional(store, clock, {
    officeId, from: request.from, to: request.to, duties: toDuties(ctx, assignments), uncovered, actor, action: 'calendar.generate',
    details: { chosen: solved.chosen, iterations: solved.stats.iterations, fairnessCost: Math.round(solved[solved.chosen === 'solver' ? 'solved' : 'construction'].cost) },
  });
  const open = uncovered.reduce((sum, u) => sum + u.missing, 0);
  const gaps = open === 0 ? 'tutti i turni sono coperti' : open === 1 ? '1 turno resta scoperto (area critica)' : `${open} turni restano scoperti (aree critiche)`;
  const pins = pinned.length === 0 ? '' : pinned.length === 1 ? ' Ho mantenuto il turno fissato dal capo dell\'ufficio.' : ` Ho mantenuto i ${pinned.length} turni fissati dal capo dell'ufficio.`;
  const lost = dropped.length === 0 ? '' : ` ${dropped.length === 1 ? 'Un turno fissato non è più possibile' : `${dropped.length} turni fissati non sono più possibili`} (assenza o idoneità) ${dropped.length === 1 ? 'ed è stato riassegnato' : 'e sono stati riassegnati'}: ${dropped.map((a) => describePin(ctx, a)).join('; ')}.`;
  const edges = boundaryViolations(ctx, assignments, neighbours);
  const edgeLines = edges.flatMap((e) => [
    `Attenzione: insieme al calendario pubblicato ${formatRangeIt(e.neighbour.from, e.neighbour.to)} (versione ${e.neighbour.number}), a cavallo tra i due periodi, ${e.violations.length === 1 ? 'è violata una regola' : `sono violate ${e.violations.length} regole`}, che puoi correggere modificando questa versione:`,
    ...e.violations.map(formatViolationLine),
  ]);
  // A block begun (or continued) in a published calendar next to the period whose holder could not keep this piece.
  const splitLines = brokenContinuations(ctx, assignments, pinned).map((b) => describeBrokenContinuation(ctx, b, assignments));
  const summary = `Calendario provvisorio ${formatRangeIt(request.from, request.to)} generato (versione ${version.number}): ${version.duties.length} turni assegnati su ${places}, ${gaps}.${pins}${lost}`;
  return { ok: true, version, ctx, message: [summary, ...splitLines, ...edgeLines].join('\n') };
}
