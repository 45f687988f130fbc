import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFeedToken, revokeFeedToken } from '../../../src/feeds/feed-tokens.ts';
import { parseIcs } from '../../feeds/parse-ics.ts';
import { serveWebFixture, staffCookie, type WebFixture } from './serve-fixture.ts';

let w: WebFixture;
beforeAll(async () => {
  w = await serveWebFixture();
});
afterAll(async () => w?.close());

const get = (path: string, cookie?: string) => fetch(`${w.base}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
const textOf = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('iCal feed over HTTP', () => {
  it('serves a magistrate\'s published duties as text/calendar', async () => {
    const res = await get(`/ical/${w.tokens.rossi}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const { events } = parseIcs(await res.text());
    // Rossi's published duties: the first week's reperibilità, then the udienza and arrest turn of the published second period.
    expect(events.map((e) => `${e.SUMMARY?.value} ${e.DTSTART?.value} ${e.STATUS?.value}`)).toEqual([
      'Turno esterno di reperibilità 20261130 CONFIRMED',
      'Udienza monocratica 20261209T080000Z CONFIRMED',
      'Turno arrestati 20261210T190000Z CONFIRMED',
    ]);
  });

  it('refuses unknown and revoked tokens with an Italian 403', async () => {
    for (const path of ['/ical/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics', '/ical/corto.ics', '/calendario/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']) {
      const res = await get(path);
      expect(res.status, path).toBe(403);
      expect(textOf(await res.text())).toContain('Questo link non è valido o è stato revocato');
    }
  });
});

describe('web views by token', () => {
  it('shows a magistrate the published month with their own turns marked, and no reports', async () => {
    const res = await get(`/calendario/${w.tokens.rossi}?mese=2026-12`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const body = await res.text();
    expect(body).not.toContain('<script');
    expect(body).toContain('<mark>Rossi Mario</mark>');
    expect(body).not.toContain('PROVVISORIO');
    expect(textOf(body)).toContain('versione 1, pubblicata');
    expect(body).not.toContain('/equita');
    expect((await get(`/calendario/${w.tokens.rossi}/equita`)).status).toBe(404);
    expect(textOf(await (await get(`/calendario/${w.tokens.rossi}/equita`)).text())).toContain('Questa pagina non esiste');
  });

  it('gives an office token the reports, never the provisional versions', async () => {
    const fairness = await get(`/calendario/${w.tokens.office}/equita`);
    expect(fairness.status).toBe(200);
    const body = await fairness.text();
    expect(textOf(body)).toContain('Periodo dal 7 dicembre 2026 al 13 dicembre 2026, versione 1 pubblicata');
    expect(body).toContain('<svg class="grafico" role="img" aria-label="Reperibilità: carico ricevuto e obiettivo per magistrato"');
    const csv = await get(`/calendario/${w.tokens.office}/calendario.csv?mese=2026-12`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="calendario-procura-prova-2026-12.csv"');
    expect(await csv.text()).toContain('2026-12-10;giovedì;;Turno arrestati;Rossi Mario;');
  });

  it('answers a malformed month or period with a 400 that says how to write it', async () => {
    const month = await get(`/calendario/${w.tokens.office}?mese=dicembre`);
    expect(month.status).toBe(400);
    expect(textOf(await month.text())).toContain('Il mese «dicembre» non è valido: scrivilo come AAAA-MM (per esempio 2026-12).');
    const period = await get(`/calendario/${w.tokens.office}/equita?dal=2026-12-13&al=2026-12-07`);
    expect(period.status).toBe(400);
    expect(textOf(await period.text())).toContain('Il periodo è rovesciato');
  });
});

describe('staff access', () => {
  it('asks for the key, refuses a wrong one, and then shows provisional versions watermarked', async () => {
    const ask = await get('/personale/procura-prova?mese=2026-12');
    expect(ask.status).toBe(401);
    const form = await ask.text();
    expect(form).toContain('<form class="accesso" method="post" action="/accesso">');
    expect(form).toContain('value="/personale/procura-prova?mese=2026-12"');

    const wrong = await fetch(`${w.base}/accesso`, { method: 'POST', body: new URLSearchParams({ chiave: 'sbagliata', torna: '/personale' }), redirect: 'manual' });
    expect(wrong.status).toBe(403);
    expect(textOf(await wrong.text())).toContain('La chiave del personale non è corretta');

    const ok = await fetch(`${w.base}/accesso`, { method: 'POST', body: new URLSearchParams({ chiave: 'chiave-del-personale-di-prova', torna: '/personale/procura-prova?mese=2026-12' }), redirect: 'manual' });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/personale/procura-prova?mese=2026-12');
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    expect(cookie).not.toContain('chiave-del-personale-di-prova');

    const month = await get('/personale/procura-prova?mese=2026-12', cookie.split(';')[0]);
    const body = await month.text();
    expect(month.status).toBe(200);
    expect(body).toContain('<div class="filigrana" aria-hidden="true">PROVVISORIO</div>');
    expect(body).toMatch(/<td class="scoperto">SCOPERTO<span class="motivo">Tutti i sostituti sono in ferie o già di turno.<\/span><\/td>/);
    expect(body).not.toContain('<mark>');
  });

  it('refuses a forged cookie and a login redirect outside the staff pages', async () => {
    expect((await get('/personale', 'turnario_personale=falso')).status).toBe(401);
    const res = await fetch(`${w.base}/accesso`, { method: 'POST', body: new URLSearchParams({ chiave: 'chiave-del-personale-di-prova', torna: 'https://altrove.example/' }), redirect: 'manual' });
    expect(res.headers.get('location')).toBe('/personale');
  });

  it('lists the offices and serves the GIADA report and its CSV', async () => {
    const cookie = await staffCookie(w.base);
    const home = textOf(await (await get('/personale', cookie)).text());
    expect(home).toContain('Procura della Repubblica di Prova');
    expect(home).toContain('Tribunale di Napoli');
    const giada = await get('/personale/tribunale-napoli/giada?dal=2027-01-01&al=2027-06-30', cookie);
    expect(giada.status).toBe(200);
    const page = textOf(await giada.text());
    expect(page).toContain('Processi assegnati per mese e classe di peso');
    expect(page).toMatch(/gennaio 2027 (\d+ ){4}4 /);
    expect(page).toContain('Richieste di prima udienza dal 1° gennaio al 30 giugno 2027;');
    expect(page).toMatch(/Differenza tra il più e il meno carico: [\d,]+% della media \(tolleranza 10,0%\); il giro di rotazione in corso ne spiega fino a [\d,]+ per tempo pieno\./);
    const eighth = textOf(await (await get('/personale/tribunale-napoli/giada?dal=2026-12-08&al=2027-01-11', cookie)).text()).replaceAll('&#39;', "'");
    expect(eighth).toContain("Richieste di prima udienza dall'8 dicembre 2026 all'11 gennaio 2027;");
    const csv = (await (await get('/personale/tribunale-napoli/giada.csv?dal=2027-01-01&al=2027-03-31', cookie)).text()).split('\r\n');
    expect(csv[0]).toContain('Mese;Processi I classe (peso 0–2)');
    expect(csv[1]).toMatch(/^2027-01;(\d+;){4}4;/);
    expect(csv[2]).toMatch(/^2027-02;(\d+;){4}2;/);
    expect((await get('/personale/procura-prova/giada', cookie)).status).toBe(404);
    expect((await get('/personale/nessuno', cookie)).status).toBe(404);
  });

  it('closes the staff pages when no key is configured', async () => {
    const { createHttpServer } = await import('../../../adapters/http/index.ts');
    const { webRoutes } = await import('../../../adapters/web/index.ts');
    const server = createHttpServer({ routes: webRoutes({ store: w.fx.store, clock: w.fx.clock, env: {} }) });
    const { port } = await server.listen(0);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/personale`);
      expect(res.status).toBe(403);
      expect(textOf(await res.text())).toContain('TURNARIO_STAFF_KEY');
    } finally {
      await server.close();
    }
  });
});

describe('revocation', () => {
  it('stops a revoked link at once', async () => {
    // A link of its own, so the other tests' links stay valid whatever order they run in.
    const who = { officeId: 'procura-prova', magistrateId: 'bianchi-luca' };
    const token = (await ensureFeedToken(w.fx.store, w.fx.clock, who, 'test')).token;
    expect((await get(`/ical/${token}.ics`)).status).toBe(200);
    await revokeFeedToken(w.fx.store, w.fx.clock, who, 'segreteria');
    expect((await get(`/ical/${token}.ics`)).status).toBe(403);
    expect((await get(`/calendario/${token}`)).status).toBe(403);
    expect((await get(`/ical/${w.tokens.rossi}.ics`)).status).toBe(200);
    expect(w.errors).toEqual([]);
  });
});
