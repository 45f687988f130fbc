import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The one HTTP server of turnario: the web views, the iCal feeds, and (mounted by their adapters) the
 * Slack and Teams endpoints share it.
 *
 * A route is raw on purpose: `handle` receives Node's own `req`/`res` untouched, with the request body
 * not yet read, so that Bolt's `HTTPReceiver#requestListener` or botbuilder's `CloudAdapter.process`
 * can be mounted as they are (`{ method: 'POST', path: '/slack/events', handle: (req, res) => … }`).
 * `path` is exact (`/ical`) or a prefix ending in `*` (`/ical/*` matches `/ical/abc.ics`); exact
 * routes win over prefixes, longer prefixes over shorter ones. A path with no route gets a 404, a
 * path with routes for other methods a 405, both in Italian. A handler that throws (or rejects) is
 * logged and answered with a 500 in Italian that shows no internals.
 */

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

export interface Route {
  method: HttpMethod;
  path: string;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): void | Promise<void>;
}

export interface HttpLog {
  error(message: string, error?: unknown): void;
}

export interface HttpServer {
  /** Starts listening; port 0 picks a free one. Resolves with the port actually bound. */
  listen(port: number, host?: string): Promise<{ port: number }>;
  close(): Promise<void>;
  /** Adds routes, also after `listen`. */
  addRoutes(routes: readonly Route[]): void;
}

export interface HttpServerOptions {
  routes?: readonly Route[];
  log?: HttpLog;
}

const consoleLog: HttpLog = { error: (message, error) => process.stderr.write(`${message}${error instanceof Error ? `: ${error.stack ?? error.message}` : ''}\n`) };

/** Writes a short Italian plain-text answer, unless the handler already started one. */
export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(`${text}\n`);
}

function matches(route: Route, path: string): boolean {
  return route.path.endsWith('*') ? path.startsWith(route.path.slice(0, -1)) : path === route.path;
}

/** The routes for a path, best first: exact ones, then prefixes from the longest. */
function candidates(routes: readonly Route[], path: string): Route[] {
  const rank = (r: Route) => (r.path.endsWith('*') ? r.path.length : Number.MAX_SAFE_INTEGER);
  return routes.filter((r) => matches(r, path)).sort((a, b) => rank(b) - rank(a));
}

export function createHttpServer(options: HttpServerOptions = {}): HttpServer {
  const routes: Route[] = [...(options.routes ?? [])];
  const log = options.log ?? consoleLog;
  const sockets = new Set<import('node:net').Socket>();

  async function dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = candidates(routes, url.pathname);
    const method = req.method === 'HEAD' ? ['HEAD', 'GET'] : [req.method ?? 'GET'];
    const route = found.find((r) => method.includes(r.method));
    if (!route) {
      if (found.length > 0) {
        sendText(res, 405, 'Operazione non consentita su questo indirizzo.', { allow: [...new Set(found.map((r) => r.method))].join(', ') });
      } else {
        sendText(res, 404, 'Pagina non trovata. Controlla l\'indirizzo: se ti è stato dato un link, copialo per intero.');
      }
      return;
    }
    try {
      await route.handle(req, res, url);
    } catch (error) {
      log.error(`Errore nel gestire ${req.method} ${url.pathname}`, error);
      sendText(res, 500, 'Si è verificato un errore interno. Riprova tra qualche minuto; se il problema continua, avvisa l\'assistenza tecnica dell\'ufficio.');
    }
  }

  const server: Server = createServer((req, res) => {
    void dispatch(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  return {
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve({ port: (server.address() as AddressInfo).port });
        });
      });
    },
    close() {
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive connections would hold the server open.
        for (const socket of sockets) socket.destroy();
      });
    },
    addRoutes(more) {
      routes.push(...more);
    },
  };
}
