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
