import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../../adapters/http/index.ts';
import { createTeamsFront } from '../../../adapters/teams/index.ts';
import { FixedClock } from '../../../src/ports.ts';
import { ROSSI, startTeamsHarness, type TeamsHarness } from './teams-harness.ts';

/** Teams over real HTTP: requests refused (no token when an app id is set, a body that is not JSON) and incomplete settings. */

let h: TeamsHarness;
beforeAll(async () => {
  h = await startTeamsHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('Teams: authentication, bad requests and settings', () => {
  it('refuses a request without a token with 401 when an app id is set', async () => {
    const built = createTeamsFront({ conversation: h.conversation, store: h.store, clock: new FixedClock(new Date('2026-11-23T09:00:00Z')), env: { MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'segreto' }, log: () => {} });
    if (!built.ok) throw new Error(built.message);
    expect(built.front.mode).toBe('azure');
    const secured = createHttpServer({ routes: built.front.routes, log: { error: () => {} } });
    const { port } = await secured.listen(0);
    try {
      const before = h.connector.calls.length;
      const res = await h.post(h.activity(ROSSI, { type: 'message', text: 'i miei turni' }), {}, `http://127.0.0.1:${port}`);
      expect(res.status).toBe(401);
      expect(h.connector.calls).toHaveLength(before);
    } finally {
      await secured.close();
    }
  });

  it('rejects a body that is not JSON with an Italian 400', async () => {
    const res = await fetch(`${h.base}/api/messages`, { method: 'POST', body: 'non json' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('non è un JSON valido');
  });

  it('names the wrong variable when the settings are incomplete', () => {
    const built = createTeamsFront({ conversation: h.conversation, store: h.store, clock: new FixedClock(new Date()), env: { MicrosoftAppId: 'x', MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 'p' }, log: () => {} });
    expect(built).toEqual({ ok: false, message: expect.stringContaining('MicrosoftAppTenantId') });
  });
});

describe('Teams: the log of this file', () => {
  it('holds no error after every test above', () => {
    expect(h.errors).toEqual([]);
  });
});
