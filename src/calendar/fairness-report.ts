import type { ServiceKind } from '../domain/service.ts';
import { serviceKindLabels } from '../domain/service.ts';
import type { Assignment } from './assignment.ts';
import type { CalendarContext } from './calendar-context.ts';
import { kindTarget, receivedLoad, serviceKindsOf, type FairnessHistory } from './fairness-targets.ts';
import { nameOf } from './rules/holdings.ts';
import { numberIt, signedIt } from '../domain/format-number-it.ts';

export interface FairnessRow {
  magistrateId: string;
  name: string;
  kind: ServiceKind;
  load: number;
  target: number;
  deviation: number;
  duties: number;
}

export interface FairnessReport {
  rows: FairnessRow[];
  /** Per kind: the largest and the mean absolute deviation from target, in load points. */
  summary: { kind: ServiceKind; totalLoad: number; maxDeviation: number; meanDeviation: number }[];
}

/** Per magistrate and service kind: load received, target and deviation (only those with a target or a duty). */
export function fairnessReport(ctx: CalendarContext, assignments: readonly Assignment[], history?: FairnessHistory): FairnessReport {
  const got = receivedLoad(ctx, assignments);
  const counts = new Map<string, number>();
  for (const a of assignments) {
    const kind = ctx.services.get(ctx.slotById.get(a.slotId)?.serviceId ?? '')?.kind;
    if (kind) counts.set(`${a.magistrateId}|${kind}`, (counts.get(`${a.magistrateId}|${kind}`) ?? 0) + 1);
  }
  const rows: FairnessRow[] = [];
  const summary: FairnessReport['summary'] = [];
  for (const kind of serviceKindsOf(ctx)) {
    const t = kindTarget(ctx, kind, history);
    const deviations: number[] = [];
    for (const m of ctx.magistrates.values()) {
      const target = t.target.get(m.id) ?? 0;
      const load = got.get(m.id)?.get(kind) ?? 0;
      if (target === 0 && load === 0) continue;
      const deviation = load - target;
      deviations.push(Math.abs(deviation));
      rows.push({ magistrateId: m.id, name: nameOf(ctx, m.id), kind, load, target, deviation, duties: counts.get(`${m.id}|${kind}`) ?? 0 });
    }
    summary.push({
      kind, totalLoad: t.totalLoad,
      maxDeviation: deviations.length ? Math.max(...deviations) : 0,
      meanDeviation: deviations.length ? deviations.reduce((a, b) => a + b, 0) / deviations.length : 0,
    });
  }
  return { rows, summary };
}

const number = (v: number) => numberIt(v);

/** The report as Italian text lines, one block per kind. */
export function formatFairnessReport(report: FairnessReport): string[] {
  const lines: string[] = [];
  for (const s of report.summary) {
    lines.push(`${serviceKindLabels[s.kind]} – carico totale ${number(s.totalLoad)}; scarto massimo ${number(s.maxDeviation)}, medio ${number(s.meanDeviation)}`);
    for (const r of report.rows.filter((x) => x.kind === s.kind)) {
      lines.push(`  ${r.name.padEnd(24)} turni ${String(r.duties).padStart(3)}  carico ${number(r.load).padStart(6)}  obiettivo ${number(r.target).padStart(6)}  scarto ${signedIt(r.deviation)}`);
    }
  }
  return lines;
}

/**
 * What the report's figures mean, for a reader who has not seen the code: load in points (festive days weigh more),
 * the target and what it follows, the deviation, and which services a kind gathers when it gathers several.
 */
export function explainFairnessReport(ctx: CalendarContext, history?: FairnessHistory): string[] {
  const counted = history && Object.keys(history.due).length > 0 ? ' e a quanto ha già svolto nei periodi pubblicati prima' : '';
  const festive = [...ctx.services.values()].some((s) => s.loadWeight.weekend > s.loadWeight.weekday || s.loadWeight.holiday > s.loadWeight.weekday);
  const points = festive ? 'in punti: sabati, domeniche e festivi pesano di più' : 'in punti';
  const lines = [`Per ogni tipo di servizio: turni e carico di ciascuno (${points}), obiettivo in proporzione alla sua capacità${counted}, scarto tra carico e obiettivo.`];
  for (const kind of serviceKindsOf(ctx)) {
    const names = [...ctx.services.values()].filter((s) => s.kind === kind).map((s) => `"${s.name}"`);
    if (names.length > 1) lines.push(`"${serviceKindLabels[kind].charAt(0).toUpperCase()}${serviceKindLabels[kind].slice(1)}" comprende ${names.slice(0, -1).join(', ')} e ${names.at(-1)}.`);
  }
  return lines;
}
