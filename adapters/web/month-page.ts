import type { DeepReadonly } from '../../src/domain/deep-readonly.ts';
import { formatDayIt, formatMonthIt, weekdayNamesIt } from '../../src/domain/format-day-it.ts';
import type { StoreState } from '../../src/domain/store-state.ts';
import { shiftMonth, type MonthGrid } from '../../src/reports/month-grid.ts';
import type { Viewer } from './access.ts';
import { html, page } from './html.ts';
import { viewerNav } from './nav.ts';

function versionsNote(grid: MonthGrid, staff: boolean) {
  if (grid.versions.length === 0) return html`<p class="messaggio">Non c'è ancora un calendario ${staff ? '' : 'pubblicato '}per ${grid.label}.</p>`;
  return html`<p>${grid.versions.map((v, i) => html`${i > 0 ? '; periodo' : 'Periodo'} dal ${formatDayIt(v.from)} al ${formatDayIt(v.to)}: versione ${v.number}, ${v.status === 'published' ? 'pubblicata' : 'provvisoria'}`)}.</p>`;
}

/** The month view: one row per day, one column per service, uncovered places in red. */
export function monthPage(state: DeepReadonly<StoreState>, viewer: Viewer, grid: MonthGrid): string {
  const mine = viewer.magistrateId;
  const query = (month: string) => `${viewer.base}?mese=${month}`;
  const nav = viewerNav(state, viewer, 'calendario', html`
    <a href="${query(shiftMonth(grid.month, -1))}" rel="prev">← ${formatMonthIt(shiftMonth(grid.month, -1))}</a>
    <a href="${query(shiftMonth(grid.month, 1))}" rel="next">${formatMonthIt(shiftMonth(grid.month, 1))} →</a>
    <a href="${viewer.base}/calendario.csv?mese=${grid.month}">Scarica in CSV</a>`);
  const rows = grid.days.map((d, i) => {
    const classes = [d.weekend ? 'weekend' : '', d.holiday ? 'festivo' : '', d.summerSuspension ? 'feriale' : ''].filter(Boolean).join(' ');
    return html`<tr${classes ? html` class="${classes}"` : ''}>
<td class="giorno">${weekdayNamesIt[d.weekday - 1]} ${Number(d.day.slice(8))}${d.holiday ? html`<span class="nota-giorno">${d.holiday}</span>` : ''}${d.summerSuspension && d.day.endsWith('-01') ? html`<span class="nota-giorno">inizio sospensione feriale</span>` : ''}</td>
${grid.rows.map((r) => {
    const cell = r.cells[i]!;
    const names = cell.names.map((n, k) => html`${k > 0 ? ', ' : ''}${n.magistrateId === mine ? html`<mark>${n.name}</mark>` : n.name}`);
    if (cell.uncovered) {
      return html`<td class="scoperto">${names}${cell.names.length > 0 ? ' + ' : ''}SCOPERTO${cell.uncovered.missing > 1 ? ` (${cell.uncovered.missing} posti)` : ''}<span class="motivo">${cell.uncovered.reason}</span></td>`;
    }
    return html`<td>${names}</td>`;
  })}
</tr>`;
  });
  const body = html`
${versionsNote(grid, viewer.staff)}
<ul class="legenda">
  <li><span class="campione" style="background:#f3f4f6"></span>sabato e domenica</li>
  <li><span class="campione" style="background:#fdecea"></span>festività</li>
  <li><span class="campione" style="background:#fff7e0"></span>sospensione feriale (1–31 agosto)</li>
  <li><span class="campione" style="background:#fde0e4;border-color:#b00020"></span>turno scoperto</li>
  ${mine ? html`<li><span class="campione" style="background:#fff2a8"></span>i tuoi turni</li>` : ''}
</ul>
<table class="mese">
<caption class="no-print" style="text-align:left">Turni di ${grid.label}</caption>
<thead><tr><th scope="col">Giorno</th>${grid.rows.map((r) => html`<th scope="col">${r.serviceName}</th>`)}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  return page({ title: `Calendario dei turni – ${grid.label}`, office: grid.officeName, nav, watermark: grid.provisional }, body);
}
