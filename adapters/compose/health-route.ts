import type { Route } from '../http/index.ts';
import type { Store } from '../../src/ports.ts';

/** What `GET /health` reports: the store, the scheduled jobs, the chat fronts that run. */
export interface HealthSource {
  store: Store;
  dataDir: string;
  fronts: () => string[];
  jobs: () => 'attivi' | 'disattivati' | 'fermati';
  startedAt: Date;
}

export function healthReport(source: HealthSource): Record<string, unknown> {
  const state = source.store.snapshot();
  return {
    status: 'ok',
    startedAt: source.startedAt.toISOString(),
    store: { dir: source.dataDir, offices: Object.keys(state.offices).sort(), calendars: state.calendars.length, absences: state.absences.length },
    jobs: { status: source.jobs(), since: state.jobs.since ?? null, lastTickAt: state.jobs.lastTickAt ?? null },
    fronts: source.fronts(),
  };
}

export function healthRoute(source: HealthSource): Route {
  return {
    method: 'GET',
    path: '/health',
    handle(_req, res) {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`${JSON.stringify(healthReport(source), null, 2)}\n`);
    },
  };
}
