import type { ServerResponse } from 'node:http';
import { civilDayAt, isCivilDay } from '../../src/domain/civil-day.ts';
import type { Clock, Store } from '../../src/ports.ts';
import { fairnessCsv } from '../../src/reports/fairness-csv.ts';
import { fairnessView } from '../../src/reports/fairness-view.ts';
import { giadaBalanceCsv, giadaFlowCsv } from '../../src/reports/giada-csv.ts';
import { giadaFlow } from '../../src/reports/giada-flow.ts';
import { readGiadaState } from '../../src/reports/giada-state.ts';
import { monthGridCsv } from '../../src/reports/calendar-csv.ts';
import { monthGrid, parseMonth } from '../../src/reports/month-grid.ts';
import type { Viewer } from './access.ts';
import { fairnessPage } from './fairness-page.ts';
import { giadaPage } from './giada-page.ts';
import { monthPage } from './month-page.ts';
import { sendMessage } from './pages.ts';
import { sendFile, sendHtml } from './respond.ts';

export interface ViewDeps {
  store: Store;
  clock: Clock;
}

const CSV = 'text/csv; charset=utf-8';

/** `dal`/`al` from the query: both valid days in order, or both absent; otherwise an Italian message. */
function readPeriod(url: URL): { ok: true; period: { from: string; to: string } | null } | { ok: false; message: string } {
  const from = url.searchParams.get('dal');
  const to = url.searchParams.get('al');
  if (from === null && to === null) return { ok: true, period: null };
  if (!from || !to) return { ok: false, message: 'Indica sia l\'inizio (dal) sia la fine (al) del periodo, nel formato AAAA-MM-GG.' };
  for (const [label, value] of [['iniziale', from], ['finale', to]] as const) {
    if (!isCivilDay(value)) return { ok: false, message: `La data ${label} «${value}» non è valida: scrivila come AAAA-MM-GG (per esempio 2026-12-01).` };
  }
  if (from > to) return { ok: false, message: 'Il periodo è rovesciato: la data finale precede quella iniziale.' };
  return { ok: true, period: { from, to } };
}

/** The current half-year, the balance watch's default period (as `turnario giada report`). */
function currentSemester(today: string): { from: string; to: string } {
  const first = today.slice(5, 7) <= '06';
  return { from: `${today.slice(0, 4)}-${first ? '01-01' : '07-01'}`, to: `${today.slice(0, 4)}-${first ? '06-30' : '12-31'}` };
}

/**
 * Serves one viewer's page: `rest` is the path after the viewer's base (`''`, `/equita`, `/giada.csv`…).
 * Returns false when there is no such page.
 */
export async function serveView(deps: ViewDeps, viewer: Viewer, rest: string, url: URL, res: ServerResponse): Promise<boolean> {
  const state = deps.store.snapshot();
  const office = state.offices[viewer.officeId];
  if (!office) return false;
  const reports = viewer.magistrateId === undefined;
  switch (rest) {
    case '':
    case '/':
    case '/calendario.csv': {
      const month = url.searchParams.get('mese') ?? civilDayAt(deps.clock.now()).slice(0, 7);
      if (!parseMonth(month)) {
        sendMessage(res, 400, 'Mese non valido', `Il mese «${month}» non è valido: scrivilo come AAAA-MM (per esempio 2026-12).`);
        return true;
      }
      const grid = monthGrid(state, viewer.officeId, month, { includeProvisional: viewer.staff })!;
      if (rest === '/calendario.csv') sendFile(res, CSV, `calendario-${viewer.officeId}-${month}${grid.provisional ? '-provvisorio' : ''}.csv`, monthGridCsv(grid));
      else sendHtml(res, 200, monthPage(state, viewer, grid));
      return true;
    }
    case '/equita':
    case '/equita.csv': {
      if (!reports || office.services.length === 0) return false;
      const asked = readPeriod(url);
      if (!asked.ok) {
        sendMessage(res, 400, 'Periodo non valido', asked.message);
        return true;
      }
      const view = fairnessView(state, viewer.officeId, asked.period, viewer.staff);
      if (!view) {
        sendMessage(res, 404, 'Equità dei carichi', asked.period
          ? 'Non c\'è un calendario per questo periodo: scegli uno dei periodi elencati nella pagina dell\'equità.'
          : `Non c'è ancora un calendario ${viewer.staff ? '' : 'pubblicato '}per questo ufficio: il rapporto sull'equità si basa sui calendari.`);
        return true;
      }
      if (rest === '/equita.csv') sendFile(res, CSV, `equita-${viewer.officeId}-${view.period.from}_${view.period.to}.csv`, fairnessCsv(view));
      else sendHtml(res, 200, fairnessPage(state, viewer, view));
      return true;
    }
    case '/giada':
    case '/giada.csv':
    case '/giada-carichi.csv': {
      if (!reports || !office.giada) return false;
      const asked = readPeriod(url);
      if (!asked.ok) {
        sendMessage(res, 400, 'Periodo non valido', asked.message);
        return true;
      }
      const period = asked.period ?? currentSemester(civilDayAt(deps.clock.now()));
      const engineState = await readGiadaState(deps.store, deps.clock, viewer.officeId);
      if (!engineState) return false;
      const flow = giadaFlow(engineState, period.from, period.to);
      const name = `${viewer.officeId}-${period.from}_${period.to}.csv`;
      if (rest === '/giada.csv') sendFile(res, CSV, `giada-flussi-${name}`, giadaFlowCsv(flow));
      else if (rest === '/giada-carichi.csv') sendFile(res, CSV, `giada-carichi-${name}`, giadaBalanceCsv(flow));
      else sendHtml(res, 200, giadaPage(state, viewer, flow, office.office.name));
      return true;
    }
    default:
      return false;
  }
}

