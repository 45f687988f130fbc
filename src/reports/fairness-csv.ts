import { serviceKindLabels } from '../domain/service.ts';
import { toCsv } from './csv.ts';
import type { FairnessView } from './fairness-view.ts';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The fairness report as CSV: one line per magistrate and kind, for the period and cumulated. */
export function fairnessCsv(view: FairnessView): string {
  const turns = new Map(view.turns.map((t) => [t.magistrateId, t]));
  const cumulative = new Map(view.cumulative.rows.map((r) => [`${r.magistrateId}|${r.kind}`, r]));
  return toCsv(
    ['Magistrato', 'Tipo di servizio', 'Turni', 'Carico', 'Obiettivo', 'Scarto', 'Turni festivi o nel fine settimana', 'Carico cumulato', 'Obiettivo cumulato', 'Scarto cumulato'],
    view.rows.map((r) => {
      const c = cumulative.get(`${r.magistrateId}|${r.kind}`);
      return [r.name, capitalized(serviceKindLabels[r.kind]), r.duties, r.load, r.target, r.load - r.target, turns.get(r.magistrateId)?.festiveByKind[r.kind] ?? 0, c?.load ?? null, c?.target ?? null, c ? c.load - c.target : null];
    }),
  );
}
