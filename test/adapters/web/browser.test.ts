import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWebFixture, STAFF_KEY, type WebFixture } from './serve-fixture.ts';

/**
 * The web views in a real headless Chromium (Debian's `chromium`, driven by playwright-core), with
 * JavaScript disabled: the pages must work without it. Screenshots and a print PDF are kept in
 * test/artifacts/web/ (git-ignored). Without Chromium the tests are skipped with a message, unless
 * TURNARIO_REQUIRE_BROWSER=1 (as in .ci/run), where its absence fails.
 */
const candidates = [process.env.TURNARIO_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
const executablePath = candidates.find((p) => existsSync(p));
const required = process.env.TURNARIO_REQUIRE_BROWSER === '1';
const artifacts = join('test', 'artifacts', 'web');

if (!executablePath && !required) {
  process.stderr.write('Test nel browser saltati: Chromium non trovato. Per abilitarli installa il pacchetto Debian "chromium" (sudo apt-get install -y chromium) oppure indica il percorso con TURNARIO_CHROMIUM=/percorso/chromium.\n');
}

describe.skipIf(!executablePath && !required)('web views in headless Chromium', () => {
  let w: WebFixture;
  let browser: Browser;

  beforeAll(async () => {
    if (!executablePath) throw new Error(`TURNARIO_REQUIRE_BROWSER=1 but no Chromium among: ${candidates.join(', ')}. Install Debian's "chromium" package.`);
    await mkdir(artifacts, { recursive: true });
    w = await serveWebFixture();
    // Chromium refuses its sandbox when run as root (CI containers).
    browser = await chromium.launch({ executablePath, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
  });
  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  const newPage = async () => (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 }, locale: 'it-IT' })).newPage();

  it('lets the staff in through the key form and shows the provisional month, watermarked, with the uncovered night in red', async () => {
    const page = await newPage();
    const first = await page.goto(`${w.base}/personale/procura-prova?mese=2026-12`);
    expect(first?.status()).toBe(401);
    await page.getByLabel('Chiave del personale').fill(STAFF_KEY);
    await page.getByRole('button', { name: 'Entra' }).click();
    await page.waitForURL(`${w.base}/personale/procura-prova?mese=2026-12`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Calendario dei turni – dicembre 2026');
    expect(await page.locator('.filigrana').isVisible()).toBe(true);
    const uncovered = page.locator('td.scoperto');
    expect(await uncovered.count()).toBe(1);
    expect(await uncovered.textContent()).toBe('SCOPERTOTutti i sostituti sono in ferie o già di turno.');
    expect(await uncovered.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(176, 0, 32)');
    const holiday = page.locator('tr.festivo', { hasText: 'Immacolata Concezione' });
    expect(await holiday.locator('td').nth(1).textContent()).toBe('Bianchi Luca');
    await page.screenshot({ path: join(artifacts, 'mese-personale.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.locator('.filigrana').isVisible()).toBe(true);
    await page.pdf({ path: join(artifacts, 'mese-personale-stampa.pdf'), format: 'A4', landscape: true, printBackground: true });
    await page.context().close();
  });

  it('shows a magistrate the published month only, their turns marked', async () => {
    const page = await newPage();
    await page.goto(`${w.base}/calendario/${w.tokens.rossi}?mese=2026-12`);
    expect(await page.locator('.filigrana').count()).toBe(0);
    expect(await page.locator('mark').allTextContents()).toEqual(['Rossi Mario', 'Rossi Mario', 'Rossi Mario', 'Rossi Mario', 'Rossi Mario', 'Rossi Mario', 'Rossi Mario', 'Rossi Mario']);
    expect(await page.locator('td.scoperto').count()).toBe(0);
    await page.getByRole('link', { name: 'gennaio 2027 →' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Calendario dei turni – gennaio 2027');
    expect(await page.locator('.messaggio').textContent()).toBe('Non c\'è ancora un calendario pubblicato per gennaio 2027.');
    await page.goto(`${w.base}/calendario/${w.tokens.rossi}?mese=2026-12`);
    await page.screenshot({ path: join(artifacts, 'mese-magistrato.png'), fullPage: true });
    await page.context().close();
  });

  it('draws the fairness report as SVG bars with load and target', async () => {
    const page = await newPage();
    await page.goto(`${w.base}/calendario/${w.tokens.office}/equita?dal=2026-11-30&al=2026-12-06`);
    expect(await page.locator('h1').textContent()).toBe('Equità dei carichi');
    expect(await page.locator('h2').allTextContents()).toEqual(['Carico rispetto all\'obiettivo', 'Turni per magistrato', 'Cumulato']);
    const chart = page.getByRole('img', { name: 'Reperibilità: carico ricevuto e obiettivo per magistrato', exact: true });
    expect(await chart.isVisible()).toBe(true);
    // One bar and one target tick per magistrate with a reperibilità target.
    expect(await chart.locator('rect').count()).toBe(3);
    expect(await chart.locator('line').count()).toBe(3);
    const bars = await chart.locator('rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
    expect(bars.filter((x) => x > 0)).toHaveLength(1);
    const row = page.locator('table').nth(2).locator('tr', { hasText: 'Mario Rossi' });
    expect(await row.locator('td').nth(1).textContent()).toBe('1');
    await page.screenshot({ path: join(artifacts, 'equita.png'), fullPage: true });
    await page.context().close();
  });
});
