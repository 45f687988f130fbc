import type { DeepReadonly } from '../../src/domain/deep-readonly.ts';
import { formatDayIt, formatRangeIt } from '../../src/domain/format-day-it.ts';
import type { StoreState } from '../../src/domain/store-state.ts';
import { NO_IMBALANCE } from '../../src/giada/balance.ts';
import type { GiadaFlow } from '../../src/reports/giada-flow.ts';
import type { Viewer } from './access.ts';
import { formatNumber, html, page } from './html.ts';
import { viewerNav } from './nav.ts';
import { barChart, stackedColumns } from './svg-bars.ts';
import { formatMonthIt, monthNamesIt } from '../../src/domain/format-day-it.ts';

const shortMonth = (month: string) => `${monthNamesIt[Number(month.slice(5, 7)) - 1]!.slice(0, 3)} ${month.slice(2, 4)}`;

/** The GIADA workload and flow: cases per month by class, hearing saturation, load per judge and panel. */
export function giadaPage(state: DeepReadonly<StoreState>, viewer: Viewer, flow: GiadaFlow, officeName: string): string {
  const nav = viewerNav(state, viewer, 'giada', html`<a href="${viewer.base}/giada.csv?dal=${flow.from}&amp;al=${flow.to}">Scarica in CSV (flussi)</a><a href="${viewer.base}/giada-carichi.csv?dal=${flow.from}&amp;al=${flow.to}">Scarica in CSV (carichi)</a>`);
  const body = html`
<p>Richieste di prima udienza ${formatRangeIt(flow.from, flow.to)}; processi attivi (le riassegnazioni contano per il nuovo titolare).</p>
<form method="get" class="no-print">
<label>Dal <input type="date" name="dal" value="${flow.from}"></label>
<label>al <input type="date" name="al" value="${flow.to}"></label>
<button type="submit">Aggiorna</button>
</form>
<h2>Processi assegnati per mese e classe di peso</h2>
${stackedColumns('Processi assegnati per mese, per classe di peso', flow.months.map((m) => ({ label: shortMonth(m.month), values: flow.classes.map((c) => m.byClass[c.id] ?? 0) })), flow.classes.map((c) => c.name))}
<table>
<thead><tr><th scope="col">Mese</th>${flow.classes.map((c) => html`<th scope="col" class="numero">${c.name}</th>`)}<th scope="col" class="numero">Totale</th><th scope="col" class="numero">Udienze</th><th scope="col" class="numero">Udienze sature</th><th scope="col" class="numero">Riempimento medio</th></tr></thead>
<tbody>${flow.months.map((m) => html`<tr><td>${formatMonthIt(m.month)}</td>${flow.classes.map((c) => html`<td class="numero">${m.byClass[c.id] ?? 0}</td>`)}<td class="numero">${m.total}</td><td class="numero">${m.hearings}</td><td class="numero">${m.saturated}</td><td class="numero">${formatNumber(m.meanFillPercent)}%</td></tr>`)}</tbody>
</table>
<h2>Carico ponderato per tempo pieno</h2>
${flow.balance.pools.map((pool) => {
    const mean = pool.rows.reduce((s, r) => s + r.loadPerFte, 0) / Math.max(1, pool.rows.length);
    return html`<section>
<h3>${pool.kind === 'judge' ? 'Giudici (rito monocratico)' : 'Collegi'}</h3>
${barChart(`${pool.kind === 'judge' ? 'Giudici' : 'Collegi'}: carico ponderato per tempo pieno rispetto alla media`, pool.rows.map((r) => ({ label: r.name, value: r.loadPerFte, target: mean })), { targetName: 'media' })}
<p>Differenza tra il più e il meno carico: ${formatNumber(pool.spreadPercent)}% della media (tolleranza ${formatNumber(flow.balance.tolerancePercent)}%); il giro di rotazione in corso ne spiega fino a ${formatNumber(pool.roundSlack)} per tempo pieno. La tacca nera indica la media.</p>
<table>
<thead><tr><th scope="col">${pool.kind === 'judge' ? 'Giudice' : 'Collegio'}</th><th scope="col" class="numero">Capacità</th><th scope="col" class="numero">Processi</th>${flow.classes.map((c) => html`<th scope="col" class="numero">${c.name}</th>`)}<th scope="col" class="numero">Carico per tempo pieno</th></tr></thead>
<tbody>${pool.rows.map((r) => html`<tr><td>${r.name}</td><td class="numero">${formatNumber(r.capacity, 0)}%</td><td class="numero">${r.cases}</td>${flow.classes.map((c) => html`<td class="numero">${r.byClass[c.id]?.cases ?? 0}</td>`)}<td class="numero">${formatNumber(r.loadPerFte)}</td></tr>`)}</tbody>
</table>
</section>`;
  })}
${flow.balance.alerts.length > 0 ? flow.balance.alerts.map((a) => html`<p class="messaggio errore">${a}</p>`) : html`<p class="messaggio">${NO_IMBALANCE}</p>`}
<h2>Udienze sature</h2>
${flow.saturatedHearings.length === 0 ? html`<p>Nessuna udienza satura nel periodo.</p>` : html`<table>
<thead><tr><th scope="col">Data</th><th scope="col">Giudice o collegio</th><th scope="col" class="numero">Processi</th><th scope="col" class="numero">Disponibilità</th></tr></thead>
<tbody>${flow.saturatedHearings.slice(0, 200).map((h) => html`<tr><td>${formatDayIt(h.date)}</td><td>${h.owner}</td><td class="numero">${h.used}</td><td class="numero">${h.capacity}</td></tr>`)}</tbody>
</table>${flow.saturatedHearings.length > 200 ? html`<p>… e altre ${flow.saturatedHearings.length - 200}.</p>` : ''}`}`;
  return page({ title: 'GIADA: carichi e flussi', office: officeName, nav }, body);
}
