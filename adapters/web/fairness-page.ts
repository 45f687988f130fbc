import type { DeepReadonly } from '../../src/domain/deep-readonly.ts';
import { formatDayIt } from '../../src/domain/format-day-it.ts';
import { serviceKindLabels, type ServiceKind } from '../../src/domain/service.ts';
import type { StoreState } from '../../src/domain/store-state.ts';
import { calendarPeriods, type FairnessView, type LoadRow } from '../../src/reports/fairness-view.ts';
import type { Viewer } from './access.ts';
import { formatNumber, html, page } from './html.ts';
import { viewerNav } from './nav.ts';
import { barChart } from './svg-bars.ts';
import { signedIt } from '../../src/domain/format-number-it.ts';

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const period = (p: { from: string; to: string }) => `dal ${formatDayIt(p.from)} al ${formatDayIt(p.to)}`;

function loadTable(rows: readonly LoadRow[]) {
  return html`<table>
<thead><tr><th scope="col">Magistrato</th><th scope="col" class="numero">Turni</th><th scope="col" class="numero">Carico</th><th scope="col" class="numero">Obiettivo</th><th scope="col" class="numero">Scarto</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${r.name}</td><td class="numero">${r.duties}</td><td class="numero">${formatNumber(r.load)}</td><td class="numero">${formatNumber(r.target)}</td><td class="numero">${signedIt(r.load - r.target)}</td></tr>`)}</tbody>
</table>`;
}

function kindSection(kind: ServiceKind, rows: readonly LoadRow[], heading: string) {
  const label = capitalized(serviceKindLabels[kind]);
  const own = rows.filter((r) => r.kind === kind);
  if (own.length === 0) return '';
  return html`<section>
<h3>${label}${heading}</h3>
${barChart(`${label}: carico ricevuto e obiettivo per magistrato${heading}`, own.map((r) => ({ label: r.name, value: r.load, target: r.target })))}
${loadTable(own)}
</section>`;
}

/** The fairness report: bars of load against target per kind, turns per person, the cumulative picture. */
export function fairnessPage(state: DeepReadonly<StoreState>, viewer: Viewer, view: FairnessView): string {
  const periods = calendarPeriods(state, viewer.officeId, viewer.staff);
  const kinds = view.kinds.map((k) => k.kind);
  const nav = viewerNav(state, viewer, 'equita', html`<a href="${viewer.base}/equita.csv?dal=${view.period.from}&amp;al=${view.period.to}">Scarica in CSV</a>`);
  const body = html`
<p>Periodo ${period(view.period)}, versione ${view.period.number} ${view.period.status === 'published' ? 'pubblicata' : 'provvisoria'}.
L'obiettivo di ciascuno è la quota del carico del periodo proporzionale alla sua capacità effettiva (esoneri, assenze, tempo parziale); il carico pesa di più i giorni festivi e il fine settimana.</p>
${periods.length > 1 ? html`<p class="periodi no-print">Altri periodi: ${periods.map((p, i) => html`${i > 0 ? ' · ' : ''}<a href="${viewer.base}/equita?dal=${p.from}&amp;al=${p.to}"${p.from === view.period.from && p.to === view.period.to ? html` aria-current="page"` : ''}>${period(p)}</a>`)}</p>` : ''}
<h2>Carico rispetto all'obiettivo</h2>
<table>
<thead><tr><th scope="col">Tipo di servizio</th><th scope="col" class="numero">Carico totale</th><th scope="col" class="numero">Scarto massimo</th><th scope="col" class="numero">Scarto medio</th></tr></thead>
<tbody>${view.kinds.map((k) => html`<tr><td>${capitalized(k.label)}</td><td class="numero">${formatNumber(k.totalLoad)}</td><td class="numero">${formatNumber(k.maxDeviation)}</td><td class="numero">${formatNumber(k.meanDeviation)}</td></tr>`)}</tbody>
</table>
${kinds.map((k) => kindSection(k, view.rows, ''))}
<h2>Turni per magistrato</h2>
<table>
<thead><tr><th scope="col">Magistrato</th>${kinds.map((k) => html`<th scope="col" class="numero">${capitalized(serviceKindLabels[k])}</th>`)}<th scope="col" class="numero">Festivi o nel fine settimana</th><th scope="col" class="numero">Totale</th></tr></thead>
<tbody>${view.turns.map((t) => html`<tr><td>${t.name}</td>${kinds.map((k) => html`<td class="numero">${t.byKind[k] ?? 0}</td>`)}<td class="numero">${t.festive}</td><td class="numero">${t.total}</td></tr>`)}</tbody>
</table>
${barChart('Turni festivi o nel fine settimana per magistrato', view.turns.map((t) => ({ label: t.name, value: t.festive })), { digits: 0 })}
<h2>Cumulato</h2>
<p>Somma dei periodi pubblicati fino a questo: ${view.cumulative.periods.map((p, i) => html`${i > 0 ? '; ' : ''}${period(p)}${p.status === 'provisional' ? ' (provvisorio)' : ''}`)}.</p>
${kinds.map((k) => kindSection(k, view.cumulative.rows, ' – cumulato'))}`;
  return page({ title: 'Equità dei carichi', office: view.officeName, nav, watermark: view.period.status === 'provisional' }, body);
}
