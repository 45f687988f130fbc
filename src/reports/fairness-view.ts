import { buildCalendarContext, type CalendarContext } from '../calendar/calendar-context.ts';
import { fairnessReport } from '../calendar/fairness-report.ts';
import { nameOf } from '../calendar/rules/holdings.ts';
import { slotIdOf, toAssignments } from '../calendar/versions/duties.ts';
import type { CalendarVersion } from '../domain/calendar.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import { serviceKindLabels, type ServiceKind } from '../domain/service.ts';
import type { StoreState } from '../domain/store-state.ts';

type Version = DeepReadonly<CalendarVersion>;

export interface PeriodRef {
  from: string;
  to: string;
  number: number;
  status: CalendarVersion['status'];
}

/** Load against target for one magistrate and service kind. */
export interface LoadRow {
  magistrateId: string;
  name: string;
  kind: ServiceKind;
  load: number;
  target: number;
  duties: number;
}

/** One magistrate's turns in the period: per kind, and how many fall on weekends or holidays. */
export interface PersonTurns {
  magistrateId: string;
  name: string;
  byKind: Partial<Record<ServiceKind, number>>;
  /** Turns holding a weekend day or a holiday, per kind and in all. */
  festiveByKind: Partial<Record<ServiceKind, number>>;
  festive: number;
  total: number;
}

export interface FairnessView {
  officeId: string;
  officeName: string;
  period: PeriodRef;
  kinds: { kind: ServiceKind; label: string; totalLoad: number; maxDeviation: number; meanDeviation: number }[];
  rows: LoadRow[];
  turns: PersonTurns[];
  /** Load and target summed over every published period up to this one (this one included). */
  cumulative: { periods: PeriodRef[]; rows: LoadRow[] };
}

/** The periods of an office with a calendar, newest first, with their latest version (or latest published one). */
export function calendarPeriods(state: DeepReadonly<StoreState>, officeId: string, includeProvisional: boolean): Version[] {
  const latest = new Map<string, Version>();
  for (const c of state.calendars) {
    // A withdrawn replan proposal is history: the period shows its published version.
    if (c.officeId !== officeId || c.status === 'withdrawn' || (!includeProvisional && c.status !== 'published')) continue;
    const key = `${c.from}/${c.to}`;
    const known = latest.get(key);
    if (!known || known.number < c.number) latest.set(key, c);
  }
  return [...latest.values()].sort((a, b) => (a.to === b.to ? (a.from < b.from ? 1 : -1) : a.to < b.to ? 1 : -1));
}

const ref = (v: Version): PeriodRef => ({ from: v.from, to: v.to, number: v.number, status: v.status });

function loadRows(ctx: CalendarContext, version: Version): LoadRow[] {
  return fairnessReport(ctx, toAssignments(version.duties)).rows.map((r) => ({ magistrateId: r.magistrateId, name: r.name, kind: r.kind, load: r.load, target: r.target, duties: r.duties }));
}

function turnsOf(ctx: CalendarContext, version: Version): PersonTurns[] {
  const people = new Map<string, PersonTurns>();
  for (const d of version.duties) {
    const kind = ctx.services.get(d.serviceId)?.kind;
    if (!kind) continue;
    const person = people.get(d.magistrateId) ?? { magistrateId: d.magistrateId, name: nameOf(ctx, d.magistrateId), byKind: {}, festiveByKind: {}, festive: 0, total: 0 };
    person.byKind[kind] = (person.byKind[kind] ?? 0) + 1;
    person.total += 1;
    if ((ctx.slotById.get(slotIdOf(d))?.festiveDays ?? 0) > 0) {
      person.festive += 1;
      person.festiveByKind[kind] = (person.festiveByKind[kind] ?? 0) + 1;
    }
    people.set(d.magistrateId, person);
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'it'));
}

/**
 * The fairness report of one period as the web view and the CSV show it: load against target by
 * magistrate and kind (the Calendar's own `fairnessReport`), turns by kind with weekend and holiday
 * turns, and the same loads summed over the office's published periods up to this one.
 * Null when the office or the period has no calendar.
 */
export function fairnessView(state: DeepReadonly<StoreState>, officeId: string, period: { from: string; to: string } | null, includeProvisional: boolean): FairnessView | null {
  const config = state.offices[officeId];
  if (!config) return null;
  const periods = calendarPeriods(state, officeId, includeProvisional);
  const version = period ? periods.find((v) => v.from === period.from && v.to === period.to) : periods[0];
  if (!version) return null;
  const contextOf = (v: Version) => buildCalendarContext(config, v.from, v.to, state.absences);
  const ctx = contextOf(version);
  const report = fairnessReport(ctx, toAssignments(version.duties));
  const history = calendarPeriods(state, officeId, false).filter((v) => v.to <= version.to && !(v.from === version.from && v.to === version.to));
  const included = [version, ...history];
  const sums = new Map<string, LoadRow>();
  for (const v of included) {
    for (const r of v === version ? loadRows(ctx, v) : loadRows(contextOf(v), v)) {
      const key = `${r.magistrateId}|${r.kind}`;
      const known = sums.get(key) ?? { ...r, load: 0, target: 0, duties: 0 };
      known.load += r.load;
      known.target += r.target;
      known.duties += r.duties;
      sums.set(key, known);
    }
  }
  return {
    officeId, officeName: config.office.name, period: ref(version),
    kinds: report.summary.map((s) => ({ ...s, label: serviceKindLabels[s.kind] })),
    rows: loadRows(ctx, version),
    turns: turnsOf(ctx, version),
    cumulative: {
      periods: included.map(ref).sort((a, b) => (a.from < b.from ? -1 : 1)),
      rows: [...sums.values()].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'it') : a.kind < b.kind ? -1 : 1)),
    },
  };
}
