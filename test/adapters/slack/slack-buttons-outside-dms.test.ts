import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formButtonValues } from '../../../adapters/slack/parse.ts';
import { buttonsOf, posted, press } from './block-kit.ts';
import { directMessage, people, startHarness, type Harness } from './harness.ts';
import { postCommand, postEvent, postInteraction } from './signed-request.ts';

/** Slack over real HTTP: buttons on ephemeral and channel messages, second presses, and the fallback when a modal cannot open. */

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('Slack: buttons outside DMs', () => {
  it('replaces an ephemeral /turni answer through its response URL when its button is pressed', async () => {
    await postCommand(h.url, { command: '/turni', text: 'sarò in ferie dal 14 al 18 dicembre', user_id: people.rossi, channel_id: 'C0GENERALE', response_url: h.api.responseUrl('cmd3'), trigger_id: 'trig-3' });
    const [question] = await h.api.waitFor('response_url/cmd3');
    const confirm = buttonsOf(question!.args)[0]!;
    await postInteraction(h.url, {
      type: 'block_actions', user: { id: people.rossi }, trigger_id: 't', response_url: h.api.responseUrl('press3'),
      container: { type: 'message', channel_id: 'C0GENERALE', message_ts: '1763890005.000500', is_ephemeral: true },
      actions: [{ type: 'button', action_id: confirm.action_id, value: confirm.value, block_id: 'b', action_ts: '1' }],
    });
    const [replaced] = await h.api.waitFor('response_url/press3');
    expect(replaced!.args.replace_original).toBe(true);
    expect(buttonsOf(replaced!.args)).toEqual([]);
    expect(h.api.callsTo('chat.update')).toEqual([]);
    expect(h.store.snapshot().absences.some((a) => a.magistrateId === 'rossi-mario' && a.from === '2026-12-14')).toBe(true);
  });

  it('tells a second press of the same button to the presser alone, leaving the message as the first press left it', async () => {
    await postEvent(h.url, 'Ev041', directMessage(people.rossi, 'sarò in ferie dal 14 al 18 dicembre'));
    const question = await posted(h, 1);
    const confirm = buttonsOf(question.args)[0]!;
    await press(h, people.rossi, question, confirm);
    await h.api.waitFor('chat.update');
    await press(h, people.rossi, question, confirm);
    const [told] = await h.api.waitFor('chat.postEphemeral');
    expect(told!.args).toMatchObject({ channel: question.channel, user: people.rossi });
    expect(h.api.callsTo('chat.update')).toHaveLength(1);
    expect(h.store.snapshot().absences.filter((a) => a.magistrateId === 'rossi-mario' && a.from === '2026-12-14')).toHaveLength(1);
  });

  it('when /turni cannot open the modal (trigger expired), answers with a button that opens it', async () => {
    h.api.failNext('views.open', { status: 200, body: { ok: false, error: 'expired_trigger_id' } });
    await postCommand(h.url, { command: '/turni', text: 'sarò in ferie', user_id: people.rossi, channel_id: 'C0GENERALE', response_url: h.api.responseUrl('cmd4'), trigger_id: 'old' });
    const [answer] = await h.api.waitFor('response_url/cmd4');
    expect(buttonsOf(answer!.args).map((b) => b.action_id)).toEqual(['turnario-form:absence']);
    expect(formButtonValues(buttonsOf(answer!.args)[0]!.value)).toEqual({ type: 'ferie' });
    expect(h.logged.some((l) => l.message.includes('"expired_trigger_id"'))).toBe(true);
  });

  it('in a channel, answers a colleague pressing someone else\'s button privately and leaves the message; the owner\'s press updates it', async () => {
    await postEvent(h.url, 'Ev040', { type: 'app_mention', user: people.rossi, channel: 'C0GENERALE', text: '<@UTURNARIO1> sarò in ferie dal 14 al 18 dicembre', ts: '1763890006.000600' });
    const question = await posted(h, 1);
    expect(question.channel).toBe('C0GENERALE');
    const confirm = buttonsOf(question.args)[0]!;
    await press(h, people.bianchi, question, confirm);
    const [privately] = await h.api.waitFor('chat.postEphemeral');
    expect(privately!.args).toMatchObject({ channel: 'C0GENERALE', user: people.bianchi });
    expect(h.api.callsTo('chat.update')).toEqual([]);
    expect(h.store.snapshot().absences.some((a) => a.magistrateId === 'rossi-mario' && a.from === '2026-12-14')).toBe(false);

    await press(h, people.rossi, question, confirm);
    const [update] = await h.api.waitFor('chat.update');
    expect(update!.args).toMatchObject({ channel: 'C0GENERALE', ts: question.ts });
    expect(h.store.snapshot().absences.some((a) => a.magistrateId === 'rossi-mario' && a.from === '2026-12-14')).toBe(true);
  });
});
