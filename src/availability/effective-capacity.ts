import type { Absence } from '../domain/absence.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import { eachDay, type CivilDay } from '../domain/civil-day.ts';
import type { Exemption } from '../domain/exemption.ts';
import type { Magistrate } from '../domain/magistrate.ts';
import type { Office } from '../domain/office.ts';
import { headRoles, roleLabels } from '../domain/role.ts';
import {
  describeAbsence,
  describeExemption,
  describeExemptionNotCumulated,
  describeHeadWorkload,
  describeLeftService,
  describeNotYetInService,
  describeWorkPercent,
  formatPercentIt,
} from './describe-availability.ts';
import { exemptionsInForce } from './exemptions.ts';

export interface CapacityContext {
  office: Pick<Office, 'headWorkloadPercent'>;
  /** Absences of the office (any magistrate, any status): only the active ones of this magistrate count. */
  absences: readonly DeepReadonly<Absence>[];
}

export type CapacityMagistrate = DeepReadonly<Pick<Magistrate, 'id' | 'role' | 'serviceStart' | 'serviceEnd' | 'workPercent' | 'exemptions'>>;

/** One reason the capacity is below 100, with its Italian sentence. */
export type CapacityFactor =
  | { kind: 'not_yet_in_service'; serviceStart: CivilDay; text: string }
  | { kind: 'left_service'; serviceEnd: CivilDay; text: string }
  | { kind: 'absence'; absence: DeepReadonly<Absence>; text: string }
  | { kind: 'head_of_office'; percent: number; text: string }
  | { kind: 'work_percent'; percent: number; text: string }
  | { kind: 'exemption'; exemption: DeepReadonly<Exemption>; text: string }
  /** In force but not applied: exemptions are not cumulative. */
  | { kind: 'exemption_not_cumulated'; exemption: DeepReadonly<Exemption>; text: string };

export interface CapacityExplanation {
  magistrateId: string;
  day: CivilDay;
  /** 0–100: the share of a full-time magistrate's ordinary workload. */
  capacity: number;
  factors: CapacityFactor[];
  /** "capacità 36%: …; …", the factors in one Italian sentence. */
  text: string;
}

function roundCapacity(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function summarise(capacity: number, factors: CapacityFactor[]): string {
  const head = `capacità ${formatPercentIt(capacity)}`;
  if (factors.length === 0) return `${head}: pieno carico`;
  return `${head}: ${factors.map((f) => f.text).join('; ')}`;
}

function explanation(magistrate: CapacityMagistrate, day: CivilDay, capacity: number, factors: CapacityFactor[]): CapacityExplanation {
  return { magistrateId: magistrate.id, day, capacity, factors, text: summarise(capacity, factors) };
}

/** The active absence of this magistrate covering `day`, if any (absences never overlap). */
export function absenceOn(magistrateId: string, day: CivilDay, absences: readonly DeepReadonly<Absence>[]): DeepReadonly<Absence> | null {
  return absences.find((a) => a.status === 'active' && a.magistrateId === magistrateId && a.from <= day && day <= a.to) ?? null;
}

/**
 * The capacity of `magistrate` on `day` and why. Zero outside the service span or during an active
 * absence; otherwise the base share (workPercent; for the head of office, the office's
 * headWorkloadPercent of that) reduced by the one applicable exemption.
 */
export function explainCapacity(magistrate: CapacityMagistrate, day: CivilDay, ctx: CapacityContext): CapacityExplanation {
  if (magistrate.serviceStart !== undefined && day < magistrate.serviceStart) {
    const serviceStart = magistrate.serviceStart;
    return explanation(magistrate, day, 0, [{ kind: 'not_yet_in_service', serviceStart, text: describeNotYetInService(serviceStart) }]);
  }
  if (magistrate.serviceEnd !== undefined && day > magistrate.serviceEnd) {
    const serviceEnd = magistrate.serviceEnd;
    return explanation(magistrate, day, 0, [{ kind: 'left_service', serviceEnd, text: describeLeftService(serviceEnd) }]);
  }
  const absence = absenceOn(magistrate.id, day, ctx.absences);
  if (absence) return explanation(magistrate, day, 0, [{ kind: 'absence', absence, text: describeAbsence(absence) }]);

  const factors: CapacityFactor[] = [];
  let base = 100;
  if (headRoles.has(magistrate.role)) {
    // The head's own share replaces the full share; part time and exemptions still apply on top of it.
    const percent = ctx.office.headWorkloadPercent;
    base = percent;
    factors.push({ kind: 'head_of_office', percent, text: describeHeadWorkload(roleLabels[magistrate.role], percent) });
  }
  if (magistrate.workPercent < 100) {
    base = (base * magistrate.workPercent) / 100;
    factors.push({ kind: 'work_percent', percent: magistrate.workPercent, text: describeWorkPercent(magistrate.workPercent) });
  }
  const [applied, ...notCumulated] = exemptionsInForce(magistrate, day);
  let capacity = base;
  if (applied) {
    capacity = (base * (100 - applied.percentage)) / 100;
    factors.push({ kind: 'exemption', exemption: applied, text: describeExemption(applied) });
    for (const exemption of notCumulated) {
      factors.push({ kind: 'exemption_not_cumulated', exemption, text: describeExemptionNotCumulated(exemption) });
    }
  }
  return explanation(magistrate, day, roundCapacity(capacity), factors);
}

/** The capacity (0–100) of `magistrate` on `day`; `explainCapacity` says why. */
export function effectiveCapacity(magistrate: CapacityMagistrate, day: CivilDay, ctx: CapacityContext): number {
  return explainCapacity(magistrate, day, ctx).capacity;
}

/** The mean daily capacity over every day from `from` to `to`, both included. */
export function averageCapacity(magistrate: CapacityMagistrate, from: CivilDay, to: CivilDay, ctx: CapacityContext): number {
  if (from > to) throw new RangeError(`averageCapacity: intervallo rovesciato ${from} > ${to}`);
  const days = eachDay(from, to);
  const total = days.reduce((sum, day) => sum + effectiveCapacity(magistrate, day, ctx), 0);
  return roundCapacity(total / days.length);
}
