import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTurnario, type Turnario } from '../../../adapters/compose/index.ts';
import type { CronLike } from '../../../jobs/schedule.ts';
import { openLowdbStore } from '../../../adapters/store/index.ts';
import { FixedClock } from '../../../src/ports.ts';
import { startConnectorStandIn, type ConnectorStandIn } from '../teams/connector-stand-in.ts';
import { SlackStandIn } from '../slack/slack-stand-in.ts';

/**
 * The one process of `npm start`, started on port 0 with a temp data dir: it answers HTTP, routes
 * notifications to every platform that reaches the person, and shuts down cleanly (port closed, store
 * lock released, jobs unregistered).
 */

let dir: string;
let running: Turnario | null = null;
const clock = new FixedClock(new Date('2026-11-23T09:00:00Z'));
const infos: string[] = [];
const errors: string[] = [];
const log = { info: (line: string) => infos.push(line), error: (message: string) => errors.push(message) };

/** Records node-cron registrations instead of waking every minute. */
function cronRecorder(): CronLike & { registered: string[]; stopped: number } {
  const recorder = {
    registered: [] as string[],
    stopped: 0,
    schedule(expression: string) {
      recorder.registered.push(expression);
      return { stop: () => { recorder.stopped += 1; }, destroy: () => {} };
    },
  };
  return recorder as CronLike & { registered: string[]; stopped: number };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-compose-'));
  infos.length = 0;
  errors.length = 0;
});

afterEach(async () => {
  await running?.stop();
  running = null;
  await rm(dir, { recursive: true, force: true });
});

describe('the composition (npm start)', () => {
  it('starts with no variables set, answers /health and an Italian 404, and shuts down cleanly', async () => {
    const cron = cronRecorder();
    running = await startTurnario({ env: {}, dataDir: join(dir, 'store'), port: 0, clock, log, jobs: { cron } });
    expect(running.fronts).toEqual([]);
    expect(infos).toContain('Primo avvio: caricati gli uffici dimostrativi (procura-napoli, tribunale-napoli).');
    expect(infos.some((l) => l.includes('Pubblicato come calendario dimostrativo'))).toBe(true);
    expect(cron.registered).toHaveLength(1);

    const base = `http://127.0.0.1:${running.port}`;
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    const report = (await health.json()) as { status: string; store: { offices: string[]; calendars: number }; jobs: { status: string; since: string | null }; fronts: string[] };
    expect(report.status).toBe('ok');
    expect(report.store.offices).toEqual(['procura-napoli', 'tribunale-napoli']);
    expect(report.store.calendars).toBeGreaterThanOrEqual(1);
    expect(report.jobs.status).toBe('attivi');
    // The web views share the server.
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toContain('text/html');
    const missing = await fetch(`${base}/niente`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Pagina non trovata');
    // The Teams endpoint is not mounted without Teams settings.
    expect((await fetch(`${base}/api/messages`, { method: 'POST', body: '{}' })).status).toBe(404);

    await running.stop();
    running = null;
    expect(cron.stopped).toBe(1);
    await expect(fetch(`${base}/health`)).rejects.toThrow();
    // The lock is released: the store opens again, and a second start does not reseed.
    const reopened = await openLowdbStore({ dir: join(dir, 'store') });
    await reopened.close();
    infos.length = 0;
    running = await startTurnario({ env: {}, dataDir: join(dir, 'store'), port: 0, clock, log, jobs: false });
    expect(infos.some((l) => l.startsWith('Primo avvio'))).toBe(false);
    expect(((await (await fetch(`http://127.0.0.1:${running.port}/health`)).json()) as { jobs: { status: string } }).jobs.status).toBe('disattivati');
  });

  it('runs console and Teams (local mode) together and fans a notification out to both', async () => {
    const connector: ConnectorStandIn = await startConnectorStandIn();
    try {
      const input = new PassThrough();
      const output = new PassThrough();
      let printed = '';
      output.on('data', (chunk) => (printed += String(chunk)));
      running = await startTurnario({
        env: { TURNARIO_TEAMS_LOCAL: '1' }, dataDir: join(dir, 'store'), port: 0, clock, log, jobs: false,
        console: { input, output, as: 'conti' },
      });
      expect(running.fronts).toEqual(['console', 'teams']);
      expect(infos.some((l) => l.startsWith('Teams: modalità locale'))).toBe(true);

      // Rossi writes to the bot in Teams: answered through the connector, and his chat is remembered.
      const rossi = '88a5f028-aa89-46bf-835a-eef4c9c91204';
      const res = await fetch(`http://127.0.0.1:${running.port}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', id: 'm1', channelId: 'msteams', serviceUrl: connector.url, text: 'i miei turni la prossima settimana',
          from: { id: `29:${rossi}`, aadObjectId: rossi, name: 'Mario Rossi' }, recipient: { id: '28:bot', name: 'turnario' },
          conversation: { id: 'a:rossi', conversationType: 'personal' },
        }),
      });
      expect(res.status).toBe(200);
      expect(connector.calls).toHaveLength(1);
      expect(JSON.stringify(connector.calls[0]!.body)).toContain('dal 30 novembre al 6 dicembre');

      const to = { kind: 'magistrate' as const, officeId: 'procura-napoli', magistrateId: 'rossi-mario' };
      expect(running.notifier.routesFor(to)).toEqual(['console', 'teams']);
      expect(running.notifier.routesFor({ ...to, magistrateId: 'bianchi-laura' })).toEqual(['console']);
      await running.notifier.send({ to, text: 'Promemoria: mercoledì 25 novembre sei di turno arrestati.' });
      expect(connector.calls).toHaveLength(2);
      expect(JSON.stringify(connector.calls[1]!.body)).toContain('Promemoria: mercoledì 25 novembre sei di turno arrestati.');
      expect(printed).toContain('[Notifica per Mario Rossi]\n  Promemoria: mercoledì 25 novembre sei di turno arrestati.');

      // "il mio calendario" in the console gives a feed link on this very server.
      input.write('il mio calendario\n');
      await new Promise<void>((resolve) => {
        const check = () => (/\/ical\/[A-Za-z0-9_-]+\.ics/.test(printed) ? resolve() : output.once('data', check));
        check();
      });
      const link = /http:\/\/127\.0\.0\.1:(\d+)(\/ical\/[A-Za-z0-9_-]+\.ics)/.exec(printed)!;
      expect(Number(link[1])).toBe(running.port);
      const feed = await fetch(`http://127.0.0.1:${running.port}${link[2]}`);
      expect(feed.status).toBe(200);
      expect(await feed.text()).toContain('BEGIN:VCALENDAR');

      // "esci" in the console ends its session; stop() then closes the rest.
      input.write('esci\n');
      await running.consoleDone;
      expect(printed).toContain('Arrivederci.');
      expect(errors).toEqual([]);
    } finally {
      await running?.stop();
      running = null;
      await connector.close();
    }
  });

  it('runs Slack and Teams on the one server and routes notifications by what each platform reaches', async () => {
    const slack = new SlackStandIn();
    await slack.start();
    try {
      running = await startTurnario({
        env: { SLACK_BOT_TOKEN: 'xoxb-prova', SLACK_SIGNING_SECRET: 'segreto-di-prova', SLACK_API_URL: slack.apiUrl, TURNARIO_TEAMS_LOCAL: '1' },
        dataDir: join(dir, 'store'), port: 0, clock, log, jobs: false,
      });
      expect(running.fronts).toEqual(['slack', 'teams']);
      expect(slack.callsTo('auth.test')).toHaveLength(1);
      expect(infos).toContain('Slack: attivo su POST /slack/events');
      // Bolt verifies signatures on the shared server: an unsigned request is refused.
      const unsigned = await fetch(`http://127.0.0.1:${running.port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"event_callback"}' });
      expect(unsigned.status).toBe(401);

      // Rossi has a Slack id and no Teams conversation yet; the office has a Slack channel.
      const rossi = { kind: 'magistrate' as const, officeId: 'procura-napoli', magistrateId: 'rossi-mario' };
      expect(running.notifier.routesFor(rossi)).toEqual(['slack']);
      await running.notifier.send({ to: rossi, text: 'Promemoria: mercoledì 25 novembre sei di turno arrestati.' });
      const [dm] = slack.callsTo('chat.postMessage');
      expect(dm!.args.channel).toBe('DU0HX7M41KL');
      await running.notifier.send({ to: { kind: 'office', officeId: 'procura-napoli' }, text: 'Pubblicato il calendario di gennaio 2027.' });
      expect(slack.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['DU0HX7M41KL', 'C0TURNINA1']);
      // The Tribunale has no announcement channel anywhere: nobody to deliver to, nothing sent.
      expect(running.notifier.routesFor({ kind: 'office', officeId: 'tribunale-napoli' })).toEqual([]);
    } finally {
      await running?.stop();
      running = null;
      await slack.stop();
    }
  });

  it('refuses to start when Slack does not accept the token, in Italian, and leaves the store closed', async () => {
    const slack = new SlackStandIn();
    await slack.start();
    slack.failNext('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } });
    try {
      await expect(startTurnario({
        env: { SLACK_BOT_TOKEN: 'xoxb-sbagliato', SLACK_SIGNING_SECRET: 'segreto', SLACK_API_URL: slack.apiUrl },
        dataDir: join(dir, 'store'), port: 0, clock, log, jobs: false,
      })).rejects.toThrow('Slack non è partito: il collegamento con il servizio non è riuscito.');
      const reopened = await openLowdbStore({ dir: join(dir, 'store') });
      await reopened.close();
    } finally {
      await slack.stop();
    }
  });

  it('refuses to start with wrong Teams settings, naming the variable, and leaves the store closed', async () => {
    await expect(startTurnario({ env: { MicrosoftAppId: 'app', MicrosoftAppType: 'Qualcosa', MicrosoftAppPassword: 'x' }, dataDir: join(dir, 'store'), port: 0, clock, log, jobs: false }))
      .rejects.toThrow('Teams non può partire: MicrosoftAppType: atteso uno tra MultiTenant, SingleTenant, UserAssignedMSI, trovato "Qualcosa".');
    const reopened = await openLowdbStore({ dir: join(dir, 'store') });
    await reopened.close();
  });
});
