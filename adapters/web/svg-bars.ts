import { escapeHtml, formatNumber, html, raw, type Html } from './html.ts';

export interface BarRow {
  label: string;
  value: number;
  /** Drawn as a dark tick across the bar: where the value should be. */
  target?: number;
}

/**
 * Horizontal bars drawn on the server as SVG (no script, prints as it shows): one row per label, the
 * value as a bar with its figure, the target as a tick. `title` is the chart's accessible name.
 */
export function barChart(title: string, rows: readonly BarRow[], options: { unit?: string; digits?: number; /** What the tick means, for the legend (default "obiettivo"). */ targetName?: string } = {}): Html {
  const labelWidth = 190;
  const barWidth = 420;
  const rowHeight = 22;
  const top = 8;
  const max = Math.max(1e-9, ...rows.map((r) => Math.max(r.value, r.target ?? 0)));
  const scale = (v: number) => (v / max) * barWidth;
  const height = top * 2 + rows.length * rowHeight + 18;
  const unit = options.unit ? ` ${options.unit}` : '';
  const parts = rows.map((r, i) => {
    const y = top + i * rowHeight;
    const over = r.target !== undefined && r.value > r.target + 1e-9;
    const label = r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label;
    const figure = `${formatNumber(r.value, options.digits ?? 1)}${r.target !== undefined ? ` / ${formatNumber(r.target, options.digits ?? 1)}` : ''}${unit}`;
    return `<g><title>${escapeHtml(`${r.label}: ${figure}`)}</title>`
      + `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(label)}</text>`
      + `<rect x="${labelWidth}" y="${y + 3}" width="${scale(r.value).toFixed(1)}" height="${rowHeight - 8}" fill="${over ? '#c0561b' : '#2f6db5'}"/>`
      + (r.target !== undefined ? `<line x1="${(labelWidth + scale(r.target)).toFixed(1)}" x2="${(labelWidth + scale(r.target)).toFixed(1)}" y1="${y}" y2="${y + rowHeight - 2}" stroke="#111" stroke-width="2.5"/>` : '')
      + `<text x="${labelWidth + barWidth + 8}" y="${y + 15}">${escapeHtml(figure)}</text></g>`;
  });
  const legendY = top + rows.length * rowHeight + 12;
  const legend = rows.some((r) => r.target !== undefined)
    ? `<text x="${labelWidth}" y="${legendY}" font-size="11">${escapeHtml(`barra: carico ricevuto (arancione se oltre ${options.targetName === undefined ? "l'obiettivo" : `la ${options.targetName}`}) · tacca nera: ${options.targetName ?? 'obiettivo'}`)}</text>`
    : '';
  return html`<svg class="grafico" role="img" aria-label="${title}" viewBox="0 0 ${labelWidth + barWidth + 150} ${height}" width="${labelWidth + barWidth + 150}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${title}</title>${raw(parts.join(''))}${raw(legend)}</svg>`;
}

const classColours = ['#2f6db5', '#5aa469', '#e0a526', '#c0561b', '#7a4fb0', '#3aa8b8'];

/** Vertical stacked columns (e.g. cases per month, stacked by weight class), with a legend. */
export function stackedColumns(title: string, columns: readonly { label: string; values: readonly number[] }[], series: readonly string[]): Html {
  const left = 40;
  const columnWidth = 46;
  const plotHeight = 180;
  const width = left + Math.max(1, columns.length) * columnWidth + 20;
  const max = Math.max(1, ...columns.map((c) => c.values.reduce((a, b) => a + b, 0)));
  const bars = columns.map((c, i) => {
    let y = plotHeight + 10;
    const x = left + i * columnWidth + 6;
    const rects = c.values.map((v, k) => {
      const h = (v / max) * plotHeight;
      y -= h;
      return v > 0 ? `<rect x="${x}" y="${y.toFixed(1)}" width="${columnWidth - 12}" height="${h.toFixed(1)}" fill="${classColours[k % classColours.length]}"><title>${escapeHtml(`${c.label} – ${series[k] ?? ''}: ${v}`)}</title></rect>` : '';
    });
    const total = c.values.reduce((a, b) => a + b, 0);
    return `${rects.join('')}<text x="${x + (columnWidth - 12) / 2}" y="${(y - 4).toFixed(1)}" text-anchor="middle" font-size="11">${total}</text>`
      + `<text x="${x + (columnWidth - 12) / 2}" y="${plotHeight + 26}" text-anchor="middle" font-size="11">${escapeHtml(c.label)}</text>`;
  });
  const legend = series.map((s, k) => `<rect x="${left + k * 150}" y="${plotHeight + 38}" width="10" height="10" fill="${classColours[k % classColours.length]}"/><text x="${left + k * 150 + 14}" y="${plotHeight + 47}" font-size="11">${escapeHtml(s)}</text>`);
  const height = plotHeight + 56;
  const fullWidth = Math.max(width, left + series.length * 150);
  return html`<svg class="grafico" role="img" aria-label="${title}" viewBox="0 0 ${fullWidth} ${height}" width="${fullWidth}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${title}</title><line x1="${left}" x2="${width - 10}" y1="${plotHeight + 10}" y2="${plotHeight + 10}" stroke="#999"/>${raw(bars.join(''))}${raw(legend.join(''))}</svg>`;
}
