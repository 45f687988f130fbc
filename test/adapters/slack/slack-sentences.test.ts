import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replyText } from '../../../src/conversation/index.ts';
import { allText, blocksOf } from './block-kit.ts';
import { directMessage, people, publishNextWeek, startHarness, type Harness } from './harness.ts';
import { postCommand, postEvent } from './signed-request.ts';

/** Slack over real HTTP: sentences written to turnario (DM, mention, /turni) get the core's reply; unknown members are told how to be enabled. */

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('Slack: sentences', () => {
  it('answers a direct message in the DM with the core\'s reply as Block Kit, and remembers the DM channel', async () => {
    await publishNextWeek(h);
    const state = h.store.snapshot();
    const onDuty = state.calendars.find((v) => v.status === 'published')!.duties[0]!.magistrateId;
    const person = state.offices['procura-napoli']!.magistrates.find((m) => m.id === onDuty)!;
    const slackId = person.chat.slackUserId!;
    const sent = await postEvent(h.url, 'Ev001', directMessage(slackId, 'i miei turni la prossima settimana'));
    expect(sent.status).toBe(200);
    const [answer] = await h.api.waitFor('chat.postMessage');
    expect(answer!.args.channel).toBe(`D${slackId}`);
    const expected = await h.conversation.handleText({ platform: 'slack', id: slackId }, 'i miei turni la prossima settimana');
    expect(replyText(expected)).toMatch(/30 novembre/);
    expect(replyText(expected)).not.toMatch(/Nessun turno/);
    expect(answer!.args.text).toBe(replyText(expected));
    expect(allText(answer!.args)).toContain(expected.sections[0]!.lines[0]!.slice(0, 20));
    expect(h.store.snapshot().chatLinks[`slack:${person.id}`]).toEqual({ userId: slackId, channelId: `D${slackId}` });
  });

  it('answers a mention in the thread of the message, without the mention in the sentence', async () => {
    await postEvent(h.url, 'Ev002', { type: 'app_mention', user: people.rossi, channel: 'C0GENERALE', text: '<@UTURNARIO1> chi è reperibile sabato?', ts: '1763890001.000200' });
    const [answer] = await h.api.waitFor('chat.postMessage');
    expect(answer!.args).toMatchObject({ channel: 'C0GENERALE', thread_ts: '1763890001.000200' });
    expect(answer!.args.text).toBe(replyText(await h.conversation.handleText({ platform: 'slack', id: people.rossi }, 'chi è reperibile sabato?')));
  });

  it('acknowledges /turni at once and answers in the same conversation through the response URL, visible to the writer only', async () => {
    await publishNextWeek(h);
    const sent = await postCommand(h.url, { command: '/turni', text: 'chi è reperibile il 5 dicembre', user_id: people.rossi, channel_id: 'C0GENERALE', response_url: h.api.responseUrl('cmd1'), trigger_id: 'trig-1' });
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    const [answer] = await h.api.waitFor('response_url/cmd1');
    expect(answer!.args.response_type).toBe('ephemeral');
    const expected = await h.conversation.handleText({ platform: 'slack', id: people.rossi }, 'chi è reperibile il 5 dicembre');
    expect(replyText(expected)).toMatch(/reperibil/i);
    expect(answer!.args.text).toBe(replyText(expected));
    expect(blocksOf(answer!.args).length).toBeGreaterThan(0);
  });

  it('tells an unknown Slack member how to be enabled, and records nothing about them', async () => {
    await postEvent(h.url, 'Ev003', directMessage(people.stranger, 'i miei turni'));
    const [answer] = await h.api.waitFor('chat.postMessage');
    expect(String(answer!.args.text)).toContain(`Non riconosco il tuo account Slack (${people.stranger})`);
    expect(String(answer!.args.text)).toContain('segreteria');
    expect(Object.keys(h.store.snapshot().chatLinks)).toEqual([]);
  });
});
