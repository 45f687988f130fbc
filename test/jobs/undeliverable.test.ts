import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FanOutNotifier } from '../../adapters/compose/fan-out-notifier.ts';
import { publicationAnnouncementJob } from '../../jobs/publication-announcement.ts';
import { runDue } from '../../jobs/run-due.ts';
import { BOT, CONTI, startTeamsHarness, type TeamsHarness } from '../adapters/teams/teams-harness.ts';
import { rome } from './helpers.ts';

/**
 * A message no chat platform can deliver (a Teams channel named in the office file but never linked by
 * adding the bot to it, a magistrate who never wrote to the bot) is recorded as undeliverable, with what
 * to do, and not as sent; once the channel is linked, the next message goes out. Real Teams notifier,
 * the connector stand-in on 127.0.0.1.
 */

const CHANNEL = '19:annunci-procura@thread.tacv2';
let h: TeamsHarness;
beforeEach(async () => {
  h = await startTeamsHarness();
  await h.store.update((draft) => {
    draft.offices['procura-napoli']!.announcements.teamsChannelId = CHANNEL;
    // The scheduler ran before the harness published November–December (10:00 Rome).
    draft.jobs.since = rome('2026-11-23', '09:00').toISOString();
  });
});
afterEach(async () => {
  await h.close();
});

function fanOut(): FanOutNotifier {
  const notifier = new FanOutNotifier({ error: () => undefined });
  notifier.add({ name: 'teams', notifier: h.front.notifier, reaches: (to) => h.front.notifier.reaches(to) });
  return notifier;
}

describe('a job message no chat platform reaches', () => {
  it('is recorded as undeliverable, saying why, and the linked recipients still get theirs', async () => {
    // Only Conti has written to the bot: his personal chat is linked, the office channel is not.
    await h.post(h.activity(CONTI, { type: 'message', text: 'aiuto' }));
    const before = h.connector.calls.length;
    const tick = await runDue({ store: h.store, notifier: fanOut() }, rome('2026-11-23', '10:30'), { jobs: [publicationAnnouncementJob] });
    const byKey = new Map(tick.runs.map((r) => [r.key.split(':').at(-1)!, r]));
    expect(byKey.get('office')).toMatchObject({ outcome: 'failed' });
    expect(byKey.get('office')!.detail).toBe('non recapitabile: nessuna piattaforma di chat raggiunge il canale dell\'ufficio (su Slack serve announcements.slackChannelId nel file dell\'ufficio, su Teams va aggiunto il bot al canale); non lo riprovo');
    expect(byKey.get('rossi-mario')).toMatchObject({ outcome: 'failed', detail: 'non recapitabile: nessuna piattaforma di chat raggiunge Mario Rossi (manca l\'account Slack o Teams collegato); non lo riprovo' });
    expect(byKey.get('conti-nicola')).toMatchObject({ outcome: 'sent' });
    // Exactly one message left: Conti's.
    expect(h.connector.calls.length - before).toBe(1);
    expect(h.store.snapshot().jobs.records[tick.runs.find((r) => r.key.endsWith(':office'))!.key]!.status).toBe('failed');
    // Not retried on the next tick.
    expect((await runDue({ store: h.store, notifier: fanOut() }, rome('2026-11-23', '10:31'), { jobs: [publicationAnnouncementJob] })).runs).toEqual([]);
  });

  it('goes out once the bot is added to the office channel', async () => {
    const inChannel = { conversation: { id: `${CHANNEL};messageid=1700000000000`, conversationType: 'channel', isGroup: true }, channelData: { channel: { id: CHANNEL }, team: { id: '19:team@thread.tacv2' } } };
    await h.post(h.activity(CONTI, { type: 'conversationUpdate', membersAdded: [BOT], ...inChannel }));
    const before = h.connector.calls.length;
    const tick = await runDue({ store: h.store, notifier: fanOut() }, rome('2026-11-23', '10:30'), { jobs: [publicationAnnouncementJob] });
    expect(tick.runs.find((r) => r.key.endsWith(':office'))).toMatchObject({ outcome: 'sent' });
    expect(h.connector.calls.slice(before).map((c) => c.conversationId)).toEqual([CHANNEL]);
  });
});
