import type { Absence, AbsenceRequest } from '../domain/absence.ts';
import { addDays, type CivilDay } from '../domain/civil-day.ts';
import { intersectRanges, rangesOverlap } from '../domain/date-range.ts';
import { formatRangeIt } from '../domain/format-day-it.ts';
import { describeAbsenceHeld } from './describe-availability.ts';

/**
 * Pure logic for declaring an absence. Absences of one magistrate never overlap: a request that
 * overlaps an active absence is either merged into it (same type, merging chosen) or refused with the
 * conflicting dates.
 */

export type AbsenceDraft = Pick<AbsenceRequest, 'magistrateId' | 'type' | 'from' | 'to'>;

/** An existing absence and the days it shares with the request. */
export interface AbsenceConflict {
  absence: Absence;
  from: CivilDay;
  to: CivilDay;
}

export type AbsencePlan =
  | { kind: 'create'; from: CivilDay; to: CivilDay }
  /** Replace the absorbed absences with one of the request's type spanning `from`–`to`. */
  | { kind: 'merge'; absorbed: string[]; from: CivilDay; to: CivilDay }
  /** `mergeable`: every conflict has the request's type, so merging would solve it. */
  | { kind: 'conflict'; conflicts: AbsenceConflict[]; mergeable: boolean };

function checkDraft(request: AbsenceDraft): void {
  if (request.from > request.to) throw new RangeError(`Assenza con intervallo rovesciato: ${request.from} > ${request.to}`);
}

function activeOf(existing: readonly Absence[], magistrateId: string): Absence[] {
  return existing
    .filter((a) => a.status === 'active' && a.magistrateId === magistrateId)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The active absences of the request's magistrate that share at least one day with it, by start. */
export function findOverlaps(existing: readonly Absence[], request: AbsenceDraft): Absence[] {
  checkDraft(request);
  return activeOf(existing, request.magistrateId).filter((a) => rangesOverlap(a, request));
}

function touches(a: { from: CivilDay; to: CivilDay }, b: { from: CivilDay; to: CivilDay }): boolean {
  return rangesOverlap(a, b) || addDays(a.to, 1) === b.from || addDays(b.to, 1) === a.from;
}

/**
 * The same-type absences that overlap or are adjacent to the request, grown to a fixed point (an
 * absorbed absence may itself touch another one), and the resulting span.
 */
function mergeSpan(candidates: Absence[], request: AbsenceDraft): { absorbed: Absence[]; from: CivilDay; to: CivilDay } {
  let span = { from: request.from, to: request.to };
  const absorbed: Absence[] = [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const absence of candidates) {
      if (absorbed.includes(absence) || !touches(absence, span)) continue;
      absorbed.push(absence);
      span = { from: absence.from < span.from ? absence.from : span.from, to: absence.to > span.to ? absence.to : span.to };
      grew = true;
    }
  }
  absorbed.sort((a, b) => (a.from < b.from ? -1 : 1));
  return { absorbed, ...span };
}

/**
 * What declaring `request` should do. Overlapping absences of another type are always a conflict;
 * overlapping ones of the same type are merged only when `mergeSameType`; adjacent same-type ones
 * are merged when `mergeSameType`, and otherwise simply left beside the new one.
 */
export function planAbsenceDeclaration(
  existing: readonly Absence[],
  request: AbsenceDraft,
  options: { mergeSameType: boolean },
): AbsencePlan {
  const overlaps = findOverlaps(existing, request);
  const allSameType = overlaps.every((a) => a.type === request.type);
  if (overlaps.length > 0 && (!options.mergeSameType || !allSameType)) {
    const conflicts = overlaps.map((absence) => ({ absence, ...intersectRanges(absence, request)! }));
    return { kind: 'conflict', conflicts, mergeable: allSameType };
  }
  if (options.mergeSameType) {
    const sameType = activeOf(existing, request.magistrateId).filter((a) => a.type === request.type);
    const { absorbed, from, to } = mergeSpan(sameType, request);
    if (absorbed.length > 0) return { kind: 'merge', absorbed: absorbed.map((a) => a.id), from, to };
  }
  return { kind: 'create', from: request.from, to: request.to };
}

function joinIt(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} e ${parts[parts.length - 1]}`;
}

/**
 * "Hai già ferie dal 3 al 7 marzo 2027: la nuova assenza (dal 5 al 10 marzo 2027) si sovrappone
 * dal 5 al 7 marzo 2027." With `who`, the sentence speaks of that person ("Mario Rossi ha già …").
 */
export function formatAbsenceConflict(
  plan: Extract<AbsencePlan, { kind: 'conflict' }>,
  request: AbsenceDraft,
  who?: string,
): string {
  const subject = who === undefined ? 'Hai già' : `${who} ha già`;
  const held = joinIt(plan.conflicts.map((c) => describeAbsenceHeld(c.absence)));
  const shared = joinIt(plan.conflicts.map((c) => formatRangeIt(c.from, c.to)));
  const lines = [
    `${subject} ${held}: la nuova assenza (${formatRangeIt(request.from, request.to)}) si sovrappone ${shared}.`,
  ];
  if (plan.mergeable) {
    lines.push('Posso unire i periodi in uno solo, oppure puoi correggere le date.');
  } else {
    lines.push("Correggi le date, oppure annulla prima l'assenza già registrata.");
  }
  return lines.join(' ');
}
