import { toCsv } from './csv.ts';
import type { GiadaFlow } from './giada-flow.ts';

/** Cases per month and class, hearings and saturation, as CSV. */
export function giadaFlowCsv(flow: GiadaFlow): string {
  return toCsv(
    ['Mese', ...flow.classes.map((c) => `Processi ${c.name}`), 'Processi totali', 'Udienze', 'Udienze sature', 'Riempimento medio %'],
    flow.months.map((m) => [m.month, ...flow.classes.map((c) => m.byClass[c.id] ?? 0), m.total, m.hearings, m.saturated, m.meanFillPercent]),
  );
}

/** Load per judge and panel (balance watch), as CSV. */
export function giadaBalanceCsv(flow: GiadaFlow): string {
  return toCsv(
    ['Tipo', 'Nome', 'Capacità %', 'Processi', 'Carico ponderato', 'Carico per tempo pieno', ...flow.classes.map((c) => `Processi ${c.name}`)],
    flow.balance.pools.flatMap((pool) => pool.rows.map((r) => [
      pool.kind === 'judge' ? 'giudice' : 'collegio', r.name, r.capacity, r.cases, r.weightedLoad, r.loadPerFte, ...flow.classes.map((c) => r.byClass[c.id]?.cases ?? 0),
    ])),
  );
}
