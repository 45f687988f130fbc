import { readFile } from 'node:fs/promises';
import { createHttpServer, type HttpServer } from '../../../adapters/http/index.ts';
import { webRoutes } from '../../../adapters/web/index.ts';
import { parseOfficeConfigText } from '../../../src/domain/parse-office-config.ts';
import { ensureFeedToken } from '../../../src/feeds/feed-tokens.ts';
import { buildGiadaSetup, GiadaEngine } from '../../../src/giada/index.ts';
import { FixedClock, MemoryNotifier } from '../../../src/ports.ts';
import { duty, openFixture, type Fixture } from '../../feeds/fixtures.ts';

export const STAFF_KEY = 'chiave-del-personale-di-prova';

export interface WebFixture {
  fx: Fixture;
  server: HttpServer;
  base: string;
  tokens: { rossi: string; office: string };
  errors: string[];
  close(): Promise<void>;
}

/**
 * A real lowdb store with the test Procura (December 2026: a published period, then a provisional
 * one with an uncovered night; August 2027 empty), the demo Tribunale with a few GIADA requests,
 * and the web routes served on 127.0.0.1.
 */
export async function serveWebFixture(): Promise<WebFixture> {
  const fx = await openFixture();
  await fx.version('2026-11-30', '2026-12-06', [duty('reperibilita', 'rossi-mario', '2026-11-30', '2026-12-06'), duty('udienza', 'bianchi-luca', '2026-12-01'), duty('arrestati', 'verdi-anna', '2026-12-05')]);
  await fx.version('2026-12-07', '2026-12-13', [duty('reperibilita', 'bianchi-luca', '2026-12-07', '2026-12-13'), duty('udienza', 'rossi-mario', '2026-12-09'), duty('arrestati', 'rossi-mario', '2026-12-10')]);
  await fx.version('2026-12-07', '2026-12-13', [duty('reperibilita', 'bianchi-luca', '2026-12-07', '2026-12-13'), duty('udienza', 'verdi-anna', '2026-12-09')], {
    publish: false, uncovered: [{ serviceId: 'arrestati', from: '2026-12-10', to: '2026-12-10', missing: 1, reason: 'Tutti i sostituti sono in ferie o già di turno.' }],
  });
  const parsed = parseOfficeConfigText(await readFile('data/demo/tribunale-napoli.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const tribunal = parsed.value;
  await fx.store.update((draft) => {
    draft.offices[tribunal.office.id] = tribunal;
  });
  const giadaClock = new FixedClock(new Date('2027-01-15T08:00:00Z'));
  const engine = await GiadaEngine.open({ store: fx.store, clock: giadaClock, notifier: new MemoryNotifier(), setup: buildGiadaSetup(tribunal) });
  for (let i = 1; i <= 6; i++) {
    const outcome = await engine.request({
      id: `R${i}`, type: 'citazione_diretta', requestedOn: i <= 4 ? '2027-01-15' : '2027-02-10', defendants: [{ detained: false }],
      charges: Array.from({ length: i }, () => ({ code: '624 c.p.' })), subjectMatter: 'reati-comuni', urgent: false, requestedBy: { profile: 'pm', userId: 'pm1' },
    });
    if (!outcome.ok) throw new Error(outcome.message);
  }
  const rossi = (await ensureFeedToken(fx.store, fx.clock, { officeId: 'procura-prova', magistrateId: 'rossi-mario' }, 'test')).token;
  const office = (await ensureFeedToken(fx.store, fx.clock, { officeId: 'procura-prova' }, 'test')).token;
  const errors: string[] = [];
  const clock = new FixedClock(new Date('2026-12-03T10:00:00Z'));
  const server = createHttpServer({ routes: webRoutes({ store: fx.store, clock, env: { TURNARIO_STAFF_KEY: STAFF_KEY } }), log: { error: (m, e) => errors.push(`${m}: ${String(e)}`) } });
  const { port } = await server.listen(0, '127.0.0.1');
  return {
    fx, server, base: `http://127.0.0.1:${port}`, tokens: { rossi, office }, errors,
    async close() {
      await server.close();
      await fx.cleanup();
    },
  };
}

/** Logs in with the staff key and returns the cookie header to send. */
export async function staffCookie(base: string, key = STAFF_KEY): Promise<string> {
  const res = await fetch(`${base}/accesso`, { method: 'POST', body: new URLSearchParams({ chiave: key, torna: '/personale' }), redirect: 'manual' });
  if (res.status !== 303) throw new Error(`login refused: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}
