import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '../http/server.ts';
import { FeedCache } from '../../src/feeds/feed-cache.ts';
import { findFeedToken } from '../../src/feeds/feed-tokens.ts';
import type { Clock, Store } from '../../src/ports.ts';
import { isStaffKey, isStaffRequest, STAFF_COOKIE, staffProof, viewerOfToken, type Viewer } from './access.ts';
import { homePage, loginPage, officesPage, sendBadLink, sendMessage, sendNotFound } from './pages.ts';
import { readForm, redirect, sendFile, sendHtml } from './respond.ts';
import { serveView } from './views.ts';

export interface WebDeps {
  store: Store;
  clock: Clock;
  /** `TURNARIO_STAFF_KEY` (the staff's key), `TURNARIO_PUBLIC_URL` (https → secure cookie). */
  env: Record<string, string | undefined>;
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** `/calendario/<token>/equita` → [token, '/equita']. */
function splitAfter(prefix: string, path: string): [string, string] {
  const tail = path.slice(prefix.length);
  const slash = tail.indexOf('/');
  return slash < 0 ? [tail, ''] : [tail.slice(0, slash), tail.slice(slash)];
}

/**
 * The read-only web views and iCal feeds, as routes of the one HTTP server:
 *
 * | path | who |
 * |---|---|
 * | `GET /ical/<token>.ics` | a magistrate's or an office's feed (published duties) |
 * | `GET /calendario/<token>[/equita|/giada][.csv]` | the month view; with an office token also the reports |
 * | `GET /personale[/<office>[/equita|/giada][.csv]]` | staff, after the staff key: provisional versions too |
 * | `GET`/`POST /accesso`, `POST /uscita` | the staff key form, and leaving |
 *
 * Unknown or revoked tokens get a 403, unknown pages a 404, both as Italian pages.
 */
export function webRoutes(deps: WebDeps): Route[] {
  const staffKey = () => deps.env.TURNARIO_STAFF_KEY;
  const feeds = new FeedCache();
  const secure = () => (deps.env.TURNARIO_PUBLIC_URL ?? '').startsWith('https://');

  async function serveFor(viewer: Viewer, rest: string, url: URL, res: ServerResponse): Promise<void> {
    if (!(await serveView(deps, viewer, rest, url, res))) sendNotFound(res);
  }

  function askForKey(req: IncomingMessage, res: ServerResponse, url: URL): boolean {
    if (!staffKey()) {
      sendMessage(res, 403, 'Accesso del personale non configurato',
        'L\'accesso del personale non è attivo: chi amministra turnario deve impostare la chiave del personale (variabile TURNARIO_STAFF_KEY) e riavviare il servizio.');
      return true;
    }
    if (isStaffRequest(req, staffKey())) return false;
    sendHtml(res, 401, loginPage(url.pathname + url.search, null));
    return true;
  }

  return [
    { method: 'GET', path: '/', handle: (_req, res) => sendHtml(res, 200, homePage()) },
    {
      method: 'GET', path: '/ical/*',
      handle(_req, res, url) {
        const match = /^\/ical\/([^/]+)\.ics$/.exec(url.pathname);
        const found = match && TOKEN.test(match[1]!) ? findFeedToken(deps.store.snapshot(), match[1]!) : null;
        const doc = found ? feeds.document(deps.store.snapshot(), { officeId: found.officeId, ...(found.magistrateId ? { magistrateId: found.magistrateId } : {}) }, deps.clock.now()) : null;
        if (!doc) return sendBadLink(res);
        sendFile(res, 'text/calendar; charset=utf-8', doc.fileName, doc.ics, true);
      },
    },
    {
      method: 'GET', path: '/calendario/*',
      async handle(_req, res, url) {
        const [token, rest] = splitAfter('/calendario/', url.pathname);
        const viewer = TOKEN.test(token) ? viewerOfToken(deps.store.snapshot(), token) : null;
        if (!viewer) return sendBadLink(res);
        await serveFor(viewer, rest, url, res);
      },
    },
    {
      method: 'GET', path: '/personale',
      handle(req, res, url) {
        if (!askForKey(req, res, url)) sendHtml(res, 200, officesPage(deps.store.snapshot()));
      },
    },
    {
      method: 'GET', path: '/personale/*',
      async handle(req, res, url) {
        if (askForKey(req, res, url)) return;
        const [officeId, rest] = splitAfter('/personale/', url.pathname);
        if (!deps.store.snapshot().offices[officeId]) return sendNotFound(res);
        await serveFor({ officeId, staff: true, base: `/personale/${officeId}` }, rest, url, res);
      },
    },
    { method: 'GET', path: '/accesso', handle: (_req, res, url) => sendHtml(res, 200, loginPage(url.searchParams.get('torna') ?? '/personale', null)) },
    {
      method: 'POST', path: '/accesso',
      async handle(req, res) {
        const form = await readForm(req);
        const back = form?.get('torna') ?? '';
        const target = back.startsWith('/personale') ? back : '/personale';
        if (!staffKey()) return sendMessage(res, 403, 'Accesso del personale non configurato', 'L\'accesso del personale non è attivo: chi amministra turnario deve impostare la chiave del personale (variabile TURNARIO_STAFF_KEY).');
        if (!form || !isStaffKey(staffKey(), form.get('chiave') ?? '')) return sendHtml(res, 403, loginPage(target, 'La chiave del personale non è corretta. Riprova, facendo attenzione a maiuscole e minuscole.'));
        redirect(res, target, { 'set-cookie': `${STAFF_COOKIE}=${staffProof(staffKey()!)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200${secure() ? '; Secure' : ''}` });
      },
    },
    {
      method: 'POST', path: '/uscita',
      handle: (_req, res) => redirect(res, '/', { 'set-cookie': `${STAFF_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0` }),
    },
  ];
}
