import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../adapters/store/index.ts';
import { ensureFeedToken, feedLinksFor, findFeedToken, personalFeedUrl, publicBaseUrl, revokeFeedToken } from '../../src/feeds/index.ts';
import { openFixture, type Fixture } from './fixtures.ts';

let fx: Fixture;
afterEach(async () => fx?.cleanup());
const rossi = { officeId: 'procura-prova', magistrateId: 'rossi-mario' };

describe('feed tokens', () => {
  it('issues one unguessable token per owner, reuses it, and revokes it for good', async () => {
    fx = await openFixture();
    const first = await ensureFeedToken(fx.store, fx.clock, rossi, 'segreteria');
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await ensureFeedToken(fx.store, fx.clock, rossi, 'segreteria')).token).toBe(first.token);
    const office = await ensureFeedToken(fx.store, fx.clock, { officeId: 'procura-prova' }, 'segreteria');
    expect(office.token).not.toBe(first.token);
    expect(findFeedToken(fx.store.snapshot(), first.token)?.magistrateId).toBe('rossi-mario');

    expect((await revokeFeedToken(fx.store, fx.clock, rossi, 'segreteria'))?.token).toBe(first.token);
    expect(findFeedToken(fx.store.snapshot(), first.token)).toBeNull();
    expect(await revokeFeedToken(fx.store, fx.clock, rossi, 'segreteria')).toBeNull();
    const renewed = await ensureFeedToken(fx.store, fx.clock, rossi, 'segreteria');
    expect(renewed.token).not.toBe(first.token);
    expect(findFeedToken(fx.store.snapshot(), office.token)?.magistrateId).toBeUndefined();

    const audit = (await fx.store.readLog('audit')) as { action: string; refused: boolean }[];
    expect(audit.filter((a) => a.action.startsWith('feed.')).map((a) => `${a.action}${a.refused ? ' (rifiutata)' : ''}`))
      .toEqual(['feed.create', 'feed.create', 'feed.revoke', 'feed.revoke (rifiutata)', 'feed.create']);
  });

  it('keeps tokens across a restart, and opens a store written before tokens existed', async () => {
    fx = await openFixture();
    const { token } = await ensureFeedToken(fx.store, fx.clock, rossi, 'segreteria');
    await fx.store.close();
    const file = join(fx.dir, 'turnario.json');
    const reopened = await openLowdbStore({ dir: fx.dir, warn: () => {} });
    expect(findFeedToken(reopened.snapshot(), token)?.magistrateId).toBe('rossi-mario');
    await reopened.close();
    const old = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    delete old.feedTokens;
    await writeFile(file, JSON.stringify(old));
    const legacy = await openLowdbStore({ dir: fx.dir, warn: () => {} });
    expect(legacy.snapshot().feedTokens).toEqual([]);
    fx.store = legacy;
  });

  it('builds the links from TURNARIO_PUBLIC_URL or the local port', async () => {
    fx = await openFixture();
    expect(publicBaseUrl({})).toBe('http://127.0.0.1:3000');
    expect(publicBaseUrl({ PORT: '8080' })).toBe('http://127.0.0.1:8080');
    expect(publicBaseUrl({ TURNARIO_PUBLIC_URL: 'https://turni.procura.example/', PORT: '8080' })).toBe('https://turni.procura.example');
    const links = await feedLinksFor(fx.store, fx.clock, { TURNARIO_PUBLIC_URL: 'https://turni.procura.example' }, rossi, 'rossi-mario');
    const { token } = findFeedToken(fx.store.snapshot(), links.ical.split('/ical/')[1]!.replace('.ics', ''))!;
    expect(links).toEqual({ ical: `https://turni.procura.example/ical/${token}.ics`, web: `https://turni.procura.example/calendario/${token}` });
  });

  it('gives the chat a magistrate\'s iCal link, and none to someone who is not a magistrate of the office', async () => {
    fx = await openFixture();
    const feedUrl = personalFeedUrl(fx.store, fx.clock, { PORT: '8080' });
    const url = await feedUrl('procura-prova', 'rossi-mario');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:8080\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await feedUrl('procura-prova', 'rossi-mario')).toBe(url);
    expect(await feedUrl('procura-prova', 'segretaria-anna')).toBeNull();
    expect(await feedUrl('altro-ufficio', 'rossi-mario')).toBeNull();
    const audit = (await fx.store.readLog('audit')) as { action: string; actor: string }[];
    expect(audit.filter((a) => a.action === 'feed.create').map((a) => a.actor)).toEqual(['chat:rossi-mario']);
  });
});
