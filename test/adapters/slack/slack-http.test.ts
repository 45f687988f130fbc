import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SLACK_FAILURE_TEXT } from '../../../adapters/slack/failures.ts';
import { createSlackFront, SLACK_PATH } from '../../../adapters/slack/index.ts';
import { createHttpServer } from '../../../adapters/http/index.ts';
import { directMessage, OFFICE_CHANNEL, people, startHarness, type Harness } from './harness.ts';
import { postEvent, postInteraction, SIGNING_SECRET } from './signed-request.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const stateOf = () => JSON.stringify(h.store.snapshot());

describe('Slack over HTTP: authenticity', () => {
  it('answers 401 to a request signed with another secret, and changes nothing', async () => {
    const before = stateOf();
    const sent = await postEvent(h.url, 'Ev900', directMessage(people.rossi, 'sarò in ferie dal 14 al 18 dicembre'), { secret: 'un-altro-segreto' });
    expect(sent.status).toBe(401);
    expect(h.api.callsTo('chat.postMessage')).toEqual([]);
    expect(stateOf()).toBe(before);
    expect(h.logged.some((l) => /verify|signature/i.test(l.message))).toBe(true);
  });

  it('answers 401 to a correctly signed request whose timestamp is more than five minutes old, and changes nothing', async () => {
    const before = stateOf();
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const sent = await postEvent(h.url, 'Ev901', directMessage(people.rossi, 'sarò in ferie dal 14 al 18 dicembre'), { timestamp: sixMinutesAgo });
    expect(sent.status).toBe(401);
    expect(h.api.callsTo('chat.postMessage')).toEqual([]);
    expect(stateOf()).toBe(before);
  });

  it('accepts a correctly signed request four minutes old (inside Slack\'s window)', async () => {
    const fourMinutesAgo = Math.floor(Date.now() / 1000) - 4 * 60;
    const sent = await postEvent(h.url, 'Ev902', directMessage(people.rossi, 'aiuto'), { timestamp: fourMinutesAgo });
    expect(sent.status).toBe(200);
    await h.api.waitFor('chat.postMessage');
  });

  it('answers Slack\'s URL verification with the challenge', async () => {
    const response = await fetch(h.url, { method: 'POST' }); // unsigned: refused
    expect(response.status).toBe(401);
    const body = JSON.stringify({ token: 'x', challenge: 'sfida-123', type: 'url_verification' });
    const { sign } = await import('./signed-request.ts');
    const ts = Math.floor(Date.now() / 1000);
    const verified = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) }, body });
    expect(verified.status).toBe(200);
    expect(await verified.text()).toContain('sfida-123');
  });
});

describe('Slack over HTTP: retries and Web API errors', () => {
  it('answers a retried event once (same event id, x-slack-retry-num)', async () => {
    const event = directMessage(people.rossi, 'sarò in ferie dal 14 al 18 dicembre');
    expect((await postEvent(h.url, 'Ev910', event)).status).toBe(200);
    const retried = await postEvent(h.url, 'Ev910', event, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retried.status).toBe(200);
    // A later message of the same person: once it is answered, the retry would have been too.
    await postEvent(h.url, 'Ev911', directMessage(people.rossi, 'aiuto', '1763890009.000900'));
    await h.api.waitFor('chat.postMessage', 2);
    await h.conversation.idle();
    const answers = h.api.callsTo('chat.postMessage').map((c) => String(c.args.text));
    expect(answers.filter((t) => /ferie/i.test(t) && /Confermi/.test(t))).toHaveLength(1);
    expect(answers).toHaveLength(2);
    const pendings = Object.values(h.store.snapshot().conversations) as { kind: string }[];
    expect(pendings.filter((p) => p.kind === 'absence_declare')).toHaveLength(1);
  });

  it('waits as Slack says when rate-limited (Retry-After: 1) and then delivers the answer', async () => {
    h.api.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    await postEvent(h.url, 'Ev920', directMessage(people.rossi, 'aiuto'));
    const [limited, delivered] = await h.api.waitFor('chat.postMessage', 2);
    expect(delivered!.at - limited!.at).toBeGreaterThanOrEqual(950);
    expect(delivered!.args).toEqual(limited!.args);
    expect(delivered!.response).toMatchObject({ ok: true });
    expect(h.logged.filter((l) => l.message.startsWith('Slack:'))).toEqual([]);
  });

  it('logs another Web API error with its context and tells the person in Italian, without internals', async () => {
    await postEvent(h.url, 'Ev930', directMessage(people.rossi, 'sarò in ferie dal 14 al 18 dicembre'));
    const [question] = await h.api.waitFor('chat.postMessage');
    const button = (question!.args.blocks as { elements?: { action_id: string; value: string }[] }[]).flatMap((b) => b.elements ?? [])[0]!;
    h.api.failNext('chat.update', { status: 200, body: { ok: false, error: 'message_not_found' } });
    await postInteraction(h.url, {
      type: 'block_actions', user: { id: people.rossi }, trigger_id: 't',
      container: { type: 'message', channel_id: question!.args.channel, message_ts: question!.response.ts, is_ephemeral: false },
      actions: [{ type: 'button', action_id: button.action_id, value: button.value, block_id: 'b', action_ts: '1' }],
    });
    const [told] = await h.api.waitForMatching('chat.postMessage', (c) => c.args.text === SLACK_FAILURE_TEXT);
    expect(told!.args.channel).toBe(`D${people.rossi}`);
    expect(SLACK_FAILURE_TEXT).not.toMatch(/message_not_found|Error|HTTP/);
    const logged = h.logged.find((l) => l.message.includes('pulsante'))!;
    expect(logged.message).toContain(people.rossi);
    expect(logged.message).toContain('rossi-mario');
    expect(logged.message).toContain('"message_not_found"');
    // The core did act: the absence is recorded even though Slack could not update the message.
    expect(h.store.snapshot().absences.some((a) => a.magistrateId === 'rossi-mario' && a.from === '2026-12-14')).toBe(true);
  });

  it('rejects a notification Slack refuses, after logging it with its context', async () => {
    h.api.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'channel_not_found' } });
    await expect(h.front.notifier.send({ to: { kind: 'office', officeId: 'procura-napoli' }, text: 'Avviso.', key: 'prova:1' })).rejects.toThrow();
    expect(h.api.callsTo('chat.postMessage')[0]!.args.channel).toBe(OFFICE_CHANNEL);
    expect(h.logged.map((l) => l.message)).toEqual([expect.stringMatching(/notifica prova:1 per l'ufficio procura-napoli non consegnata \(Slack ha risposto "channel_not_found"\)/)]);
  });
});

describe('Slack front: start-up', () => {
  const deps = () => ({ conversation: h.conversation, store: h.store, clock: h.clock, log: () => {}, retryConfig: { retries: 0 } });

  it('refuses to start, in Italian, when Slack does not accept the bot token', async () => {
    h.api.failNext('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } });
    const built = createSlackFront({ ...deps(), env: { SLACK_BOT_TOKEN: 'xoxb-sbagliato', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: h.api.apiUrl } });
    if (!built.ok) throw new Error(built.message);
    await expect(built.front.start()).rejects.toThrow('Slack non accetta SLACK_BOT_TOKEN o non risponde (Slack ha risposto "invalid_auth")');
  });

  it('answers 503 until started, then serves the events', async () => {
    const built = createSlackFront({ ...deps(), env: { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: h.api.apiUrl } });
    if (!built.ok) throw new Error(built.message);
    const server = createHttpServer({ routes: built.front.routes });
    const { port } = await server.listen(0);
    try {
      const url = `http://127.0.0.1:${port}${SLACK_PATH}`;
      const early = await postEvent(url, 'Ev960', directMessage(people.rossi, 'aiuto'));
      expect(early.status).toBe(503);
      expect(early.body).toContain('turnario si sta avviando');
      await built.front.start();
      expect((await postEvent(url, 'Ev960', directMessage(people.rossi, 'aiuto'))).status).toBe(200);
      await h.api.waitFor('chat.postMessage');
    } finally {
      await server.close();
    }
  });

  it('in Socket Mode mounts no route and connects only when started', () => {
    const built = createSlackFront({ ...deps(), env: { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: h.api.apiUrl } });
    if (!built.ok) throw new Error(built.message);
    expect(built.front.mode).toBe('socket');
    expect(built.front.routes).toEqual([]);
    expect(h.api.callsTo('apps.connections.open')).toEqual([]);
  });
});

describe('Slack members recognised by the e-mail of their profile', () => {
  it('recognises a member whose id is not in the office file by the profile e-mail, then reaches them by DM', async () => {
    // Rossi's Slack id is removed from the office file: only his e-mail remains there.
    await h.store.update((draft) => {
      delete draft.offices['procura-napoli']!.magistrates.find((m) => m.id === 'rossi-mario')!.chat.slackUserId;
    });
    const rossi = { kind: 'magistrate' as const, officeId: 'procura-napoli', magistrateId: 'rossi-mario' };
    expect(h.front.notifier.reaches(rossi)).toBe(false);
    h.api.emails.set('U0NEWROSSI', 'Mario.Rossi@giustizia.it');

    await postEvent(h.url, 'Ev950', { type: 'message', channel_type: 'im', channel: 'DNEWROSSI', user: 'U0NEWROSSI', text: 'aiuto', ts: '1763890010.000100' });
    const [answer] = await h.api.waitFor('chat.postMessage');
    expect(String(answer!.args.text)).not.toContain('Non riconosco');
    expect(h.store.snapshot().chatLinks['slack:rossi-mario']).toEqual({ userId: 'U0NEWROSSI', channelId: 'DNEWROSSI' });

    expect(h.front.notifier.reaches(rossi)).toBe(true);
    await h.front.notifier.send({ to: rossi, text: 'Promemoria.' });
    expect(h.api.callsTo('chat.postMessage').at(-1)!.args).toMatchObject({ channel: 'DNEWROSSI', text: 'Promemoria.' });
    // One profile lookup per member: a second message does not ask again.
    await postEvent(h.url, 'Ev951', { type: 'message', channel_type: 'im', channel: 'DNEWROSSI', user: 'U0NEWROSSI', text: 'grazie', ts: '1763890011.000100' });
    await h.api.waitFor('chat.postMessage', 3);
    expect(h.api.callsTo('users.info')).toHaveLength(1);
  });

  it('keeps an unknown member unknown when the profile has no matching e-mail', async () => {
    h.api.emails.set(people.stranger, 'qualcuno@altrove.it');
    await postEvent(h.url, 'Ev952', directMessage(people.stranger, 'i miei turni'));
    const [answer] = await h.api.waitFor('chat.postMessage');
    expect(String(answer!.args.text)).toContain('Non riconosco il tuo account Slack');
    expect(h.store.snapshot().chatLinks).toEqual({});
  });
});
