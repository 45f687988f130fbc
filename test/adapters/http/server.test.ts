import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer, type Route } from '../../../adapters/http/index.ts';

const started: HttpServer[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

async function serve(routes: Route[], errors: string[] = []): Promise<{ server: HttpServer; base: string }> {
  const server = createHttpServer({ routes, log: { error: (message) => errors.push(message) } });
  started.push(server);
  const { port } = await server.listen(0, '127.0.0.1');
  return { server, base: `http://127.0.0.1:${port}` };
}

const text = (body: string): Route['handle'] => (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
};

describe('the one HTTP server', () => {
  it('routes exact paths before prefixes, and the longest prefix first', async () => {
    const { base } = await serve([
      { method: 'GET', path: '/a/*', handle: text('prefisso corto') },
      { method: 'GET', path: '/a/b/*', handle: text('prefisso lungo') },
      { method: 'GET', path: '/a/b/c', handle: text('esatto') },
    ]);
    expect(await (await fetch(`${base}/a/b/c`)).text()).toBe('esatto');
    expect(await (await fetch(`${base}/a/b/d`)).text()).toBe('prefisso lungo');
    expect(await (await fetch(`${base}/a/x`)).text()).toBe('prefisso corto');
  });

  it('answers unknown paths with a 404 and wrong methods with a 405, in Italian', async () => {
    const { base } = await serve([{ method: 'GET', path: '/solo-get', handle: text('ok') }]);
    const missing = await fetch(`${base}/nulla`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Pagina non trovata');
    const wrong = await fetch(`${base}/solo-get`, { method: 'POST', body: 'x' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
    expect(await wrong.text()).toContain('non consentita');
  });

  it('gives the handler the raw request with its body still unread', async () => {
    const echo: Route['handle'] = async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      res.end(`${req.headers['x-firma']}|${Buffer.concat(chunks).toString('utf8')}`);
    };
    const { base } = await serve([{ method: 'POST', path: '/slack/events', handle: echo }]);
    const res = await fetch(`${base}/slack/events`, { method: 'POST', headers: { 'x-firma': 'v0=abc' }, body: '{"type":"url_verification"}' });
    expect(await res.text()).toBe('v0=abc|{"type":"url_verification"}');
  });

  it('logs a failing handler and answers 500 in Italian without internals', async () => {
    const errors: string[] = [];
    const { base } = await serve([{ method: 'GET', path: '/rotto', handle: async () => { throw new Error('segreto interno /var/lib/x'); } }], errors);
    const res = await fetch(`${base}/rotto`);
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).toContain('errore interno');
    expect(body).not.toContain('segreto');
    expect(errors).toEqual(['Errore nel gestire GET /rotto']);
  });

  it('accepts routes added after listening, and HEAD on GET routes', async () => {
    const { server, base } = await serve([]);
    expect((await fetch(`${base}/dopo`)).status).toBe(404);
    server.addRoutes([{ method: 'GET', path: '/dopo', handle: text('aggiunta') }]);
    expect(await (await fetch(`${base}/dopo`)).text()).toBe('aggiunta');
    expect((await fetch(`${base}/dopo`, { method: 'HEAD' })).status).toBe(200);
  });
});
