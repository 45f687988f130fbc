/** The one stylesheet of the web views: readable on screen, faithful on paper (offices print the month). */
export const pageStyles = `
:root { --bordo: #c8ccd2; --testo: #1d2329; --tenue: #5b6570; --festivo: #fdecea; --weekend: #f3f4f6; --feriale: #fff7e0; --scoperto: #b00020; --mio: #fff2a8; --barra: #2f6db5; --obiettivo: #111; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--testo); margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem; line-height: 1.35; }
header h1 { margin: 0.2rem 0 0.6rem; font-size: 1.5rem; }
.ufficio { margin: 0; color: var(--tenue); font-size: 0.95rem; }
nav { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; margin: 0.5rem 0 1rem; }
nav a, .periodi a { color: var(--barra); }
a[aria-current="page"] { font-weight: bold; text-decoration: none; color: var(--testo); }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid var(--bordo); padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #eef1f5; }
td.numero, th.numero { text-align: right; font-variant-numeric: tabular-nums; }
.mese td.giorno { white-space: nowrap; }
.mese tr.weekend td { background: var(--weekend); }
.mese tr.festivo td { background: var(--festivo); }
.mese tr.feriale td.giorno { background: var(--feriale); }
.mese .nota-giorno { display: block; font-size: 0.8em; color: var(--tenue); }
.mese td.scoperto { background: #fde0e4; color: var(--scoperto); font-weight: bold; border: 2px solid var(--scoperto); }
.mese td.scoperto .motivo { display: block; font-weight: normal; font-size: 0.8em; }
.mese mark { background: var(--mio); font-weight: bold; }
.legenda { display: flex; flex-wrap: wrap; gap: 0.5rem 1.2rem; font-size: 0.85rem; padding: 0; list-style: none; }
.legenda span.campione { display: inline-block; width: 1em; height: 1em; vertical-align: -0.15em; margin-right: 0.3em; border: 1px solid var(--bordo); }
.grafico { max-width: 100%; height: auto; }
.grafico text { font-family: inherit; font-size: 12px; fill: var(--testo); }
.avviso-provvisorio { color: var(--scoperto); font-weight: bold; }
.filigrana { position: fixed; top: 40%; left: 0; right: 0; text-align: center; font-size: 8rem; font-weight: bold; color: rgba(176, 0, 32, 0.10); transform: rotate(-25deg); pointer-events: none; z-index: 10; }
.messaggio { padding: 0.8rem 1rem; border-left: 4px solid var(--barra); background: #f2f6fb; }
.errore { border-left-color: var(--scoperto); background: #fdf0f2; }
form.accesso label { display: block; margin: 0.5rem 0 0.2rem; }
form.accesso input[type=password] { font-size: 1rem; padding: 0.3rem; width: 20rem; max-width: 100%; }
form.accesso button { margin-top: 0.6rem; font-size: 1rem; padding: 0.3rem 1rem; }
footer { margin-top: 2rem; font-size: 0.8rem; color: var(--tenue); }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { max-width: none; padding: 0; font-size: 9pt; }
  .no-print, nav, footer { display: none !important; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  table { page-break-inside: auto; margin-bottom: 0.5rem; }
  tr { page-break-inside: avoid; }
  thead { display: table-header-group; }
  th, td { padding: 1px 3px; }
  a { color: inherit; text-decoration: none; }
  .filigrana { font-size: 6rem; color: rgba(176, 0, 32, 0.12); }
  section { page-break-inside: avoid; }
}
`;
