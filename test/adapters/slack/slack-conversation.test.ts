import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replyText } from '../../../src/conversation/index.ts';
import { generateCalendar } from '../../../src/use-cases/generate-calendar.ts';
import { formButtonValues } from '../../../adapters/slack/parse.ts';
import { directMessage, OFFICE_CHANNEL, people, publishNextWeek, startHarness, type Harness } from './harness.ts';
import { postCommand, postEvent, postInteraction } from './signed-request.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

type Blocks = { type: string; text?: { text: string }; elements?: { action_id: string; value: string; text: { text: string } }[]; block_id?: string; element?: Record<string, unknown> }[];
const blocksOf = (args: Record<string, unknown>) => args.blocks as Blocks;
const buttonsOf = (args: Record<string, unknown>) => blocksOf(args).flatMap((b) => b.elements ?? []);
const allText = (args: Record<string, unknown>) => blocksOf(args).map((b) => b.text?.text ?? '').join('\n');

/** Presses a button of a message posted in a DM channel. */
function press(user: string, message: { channel: string; ts: string }, button: { action_id: string; value: string }) {
  return postInteraction(h.url, {
    type: 'block_actions', user: { id: user }, trigger_id: `trig-${button.action_id}`,
    container: { type: 'message', channel_id: message.channel, message_ts: message.ts, is_ephemeral: false },
    channel: { id: message.channel }, message: { ts: message.ts },
    actions: [{ type: 'button', action_id: button.action_id, value: button.value, block_id: 'b', action_ts: '1' }],
  });
}

/** What the stand-in answered to the n-th chat.postMessage (its channel and ts). */
async function posted(n: number): Promise<{ channel: string; ts: string; args: Record<string, unknown> }> {
  const calls = await h.api.waitFor('chat.postMessage', n);
  const call = calls[n - 1]!;
  return { channel: String(call.args.channel), ts: String(call.response.ts), args: call.args };
}

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

describe('Slack: absences', () => {
  it('declares an absence from a sentence and records it only when the confirmation button is pressed; the message is updated', async () => {
    const before = h.store.snapshot().absences.length;
    await postEvent(h.url, 'Ev010', directMessage(people.rossi, 'sarò in ferie dal 14 al 18 dicembre'));
    const question = await posted(1);
    expect(String(question.args.text)).toMatch(/ferie/i);
    const buttons = buttonsOf(question.args);
    expect(buttons.map((b) => b.text.text)).toEqual(['Conferma', 'Annulla']);
    expect(h.store.snapshot().absences.length).toBe(before);

    const pressed = await press(people.rossi, question, buttons[0]!);
    expect(pressed.status).toBe(200);
    const [update] = await h.api.waitFor('chat.update');
    expect(update!.args).toMatchObject({ channel: question.channel, ts: question.ts });
    expect(buttonsOf(update!.args)).toEqual([]);
    expect(String(update!.args.text)).toMatch(/registrat/i);
    const recorded = h.store.snapshot().absences.slice(before);
    expect(recorded.map((a) => [a.magistrateId, a.type, a.from, a.to, a.status])).toEqual([['rossi-mario', 'ferie', '2026-12-14', '2026-12-18', 'active']]);
  });

  it('opens the absence modal from /turni, shows a problem inside the modal, then confirms from the DM', async () => {
    const before = h.store.snapshot().absences.length;
    await postCommand(h.url, { command: '/turni', text: 'sarò in ferie', user_id: people.rossi, channel_id: 'C0GENERALE', response_url: h.api.responseUrl('cmd2'), trigger_id: 'trig-modal' });
    const [opened] = await h.api.waitFor('views.open');
    expect(opened!.args.trigger_id).toBe('trig-modal');
    const view = opened!.args.view as { callback_id: string; private_metadata: string; blocks: Blocks; title: { text: string } };
    expect(view.callback_id).toBe('turnario-form:absence');
    const inputs = view.blocks.filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.block_id)).toEqual(['type', 'from', 'to', 'note']);
    expect(inputs[0]!.element).toMatchObject({ type: 'static_select', initial_option: { value: 'ferie' } });

    const submit = (from: string, to: string) => postInteraction(h.url, {
      type: 'view_submission', user: { id: people.rossi }, trigger_id: 'trig-sub',
      view: {
        id: 'V1', callback_id: view.callback_id, private_metadata: view.private_metadata,
        state: { values: {
          type: { type: { type: 'static_select', selected_option: { value: 'formazione' } } },
          from: { from: { type: 'datepicker', selected_date: from } },
          to: { to: { type: 'datepicker', selected_date: to } },
          note: { note: { type: 'plain_text_input', value: 'corso SSM' } },
        } },
      },
    });
    const wrong = await submit('2026-12-10', '2026-12-08');
    expect(wrong.status).toBe(200);
    const update = JSON.parse(wrong.body) as { response_action: string; view: { blocks: Blocks } };
    expect(update.response_action).toBe('update');
    const shown = update.view.blocks.map((b) => b.text?.text ?? '').join('\n');
    expect(shown).toMatch(/assenza/i);
    expect(update.view.blocks.find((b) => b.block_id === 'from')!.element).toMatchObject({ initial_date: '2026-12-10' });
    expect(h.store.snapshot().absences.length).toBe(before);

    const right = await submit('2026-12-08', '2026-12-10');
    expect(right.body).toBe('');
    const question = await posted(1);
    expect(question.channel).toBe(`D${people.rossi}`);
    await press(people.rossi, question, buttonsOf(question.args)[0]!);
    await h.api.waitFor('chat.update');
    const recorded = h.store.snapshot().absences.slice(before);
    expect(recorded.map((a) => [a.magistrateId, a.type, a.from, a.to, a.note])).toEqual([['rossi-mario', 'formazione', '2026-12-08', '2026-12-10', 'corso SSM']]);
  });
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
    const question = await posted(1);
    const confirm = buttonsOf(question.args)[0]!;
    await press(people.rossi, question, confirm);
    await h.api.waitFor('chat.update');
    await press(people.rossi, question, confirm);
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
    const question = await posted(1);
    expect(question.channel).toBe('C0GENERALE');
    const confirm = buttonsOf(question.args)[0]!;
    await press(people.bianchi, question, confirm);
    const [privately] = await h.api.waitFor('chat.postEphemeral');
    expect(privately!.args).toMatchObject({ channel: 'C0GENERALE', user: people.bianchi });
    expect(h.api.callsTo('chat.update')).toEqual([]);
    expect(h.store.snapshot().absences.some((a) => a.magistrateId === 'rossi-mario' && a.from === '2026-12-14')).toBe(false);

    await press(people.rossi, question, confirm);
    const [update] = await h.api.waitFor('chat.update');
    expect(update!.args).toMatchObject({ channel: 'C0GENERALE', ts: question.ts });
    expect(h.store.snapshot().absences.some((a) => a.magistrateId === 'rossi-mario' && a.from === '2026-12-14')).toBe(true);
  });
});

describe('Slack: swap, App Home, notifier', () => {
  /** Publishes next week and has a sostituto ask a free colleague to take a one-day duty, by DM. */
  async function askSwap() {
    await publishNextWeek(h);
    const config = h.store.snapshot().offices['procura-napoli']!;
    const version = h.store.snapshot().calendars.find((v) => v.officeId === 'procura-napoli' && v.status === 'published')!;
    const sostituti = config.magistrates.filter((m) => m.role === 'sostituto' && m.chat.slackUserId);
    // A one-day duty of a sostituto who has no other duty that day, and a colleague free that day.
    const duty = version.duties.find((d) => d.from === d.to && d.from > '2026-11-30' && sostituti.some((m) => m.id === d.magistrateId)
      && version.duties.filter((o) => o.magistrateId === d.magistrateId && o.from <= d.from && o.to >= d.from).length === 1)!;
    const owner = sostituti.find((m) => m.id === duty.magistrateId)!;
    const colleague = sostituti.find((m) => m.id !== owner.id && !version.duties.some((o) => o.magistrateId === m.id && o.from <= duty.from && o.to >= duty.from))!;
    const day = Number(duty.from.slice(8));
    await postEvent(h.url, 'Ev020', directMessage(owner.chat.slackUserId!, `scambierei il turno del ${day} dicembre con ${colleague.surname}`));
    const request = await posted(2);
    const toOwner = await posted(1);
    // One of the two posts is the request to the colleague (through the notifier), the other the answer to the owner.
    const [ask, answer] = request.channel === `D${colleague.chat.slackUserId}` ? [request, toOwner] : [toOwner, request];
    return { duty, owner, colleague, ask, answer };
  }

  /** The swap was carried out (a new published version gives the duty to the colleague) or sent to the head, as the core decided. */
  function expectSwapSettled(duty: { serviceId: string; from: string }, colleagueId: string) {
    const state = h.store.snapshot();
    const swap = (Object.values(state.conversations) as { kind: string; status: string; payload: { warnings?: string[] } }[]).find((p) => p.kind === 'swap')!;
    expect(swap.status).toBe('done');
    if ((swap.payload.warnings ?? []).length === 0) {
      const latest = state.calendars.filter((v) => v.status === 'published' && v.from === '2026-11-30').at(-1)!;
      expect(latest.duties.find((d) => d.serviceId === duty.serviceId && d.from === duty.from)!.magistrateId).toBe(colleagueId);
    } else {
      expect((Object.values(state.conversations) as { kind: string }[]).some((p) => p.kind === 'swap_approval')).toBe(true);
    }
  }

  it('asks the colleague with buttons and carries out the swap when the colleague accepts from the button', async () => {
    const { duty, colleague, ask, answer } = await askSwap();
    expect(ask.channel).toBe(`D${colleague.chat.slackUserId}`);
    expect(String(answer.args.text)).toContain(`Ho chiesto a ${colleague.name} ${colleague.surname}`);
    const buttons = buttonsOf(ask.args);
    expect(buttons.map((b) => b.text.text)).toEqual(['Accetto', 'Non posso']);

    await press(colleague.chat.slackUserId!, ask, buttons[0]!);
    const [update] = await h.api.waitFor('chat.update');
    expect(update!.args).toMatchObject({ channel: ask.channel, ts: ask.ts });
    expect(buttonsOf(update!.args).filter((b) => b.action_id.includes(':accept:'))).toEqual([]);
    await h.conversation.idle();
    expectSwapSettled(duty, colleague.id);
  });

  it('lets the colleague accept from the Home: the Home is published again without the question and the outcome arrives by DM', async () => {
    const { duty, colleague } = await askSwap();
    const slackId = colleague.chat.slackUserId!;
    await postEvent(h.url, 'Ev021', { type: 'app_home_opened', user: slackId, channel: `D${slackId}`, tab: 'home', event_ts: '1763890007.000700' });
    const [home] = await h.api.waitFor('views.publish');
    const accept = (home!.args.view as { blocks: Blocks }).blocks.flatMap((b) => b.elements ?? []).find((b) => b.action_id.startsWith('turnario:accept:'))!;
    expect(accept.text.text).toBe('Accetta lo scambio');
    const postsBefore = h.api.callsTo('chat.postMessage').length;
    await postInteraction(h.url, {
      type: 'block_actions', user: { id: slackId }, trigger_id: 't', container: { type: 'view', view_id: 'VHOME' },
      actions: [{ type: 'button', action_id: accept.action_id, value: accept.value, block_id: 'b', action_ts: '1' }],
    });
    const [, again] = await h.api.waitFor('views.publish', 2);
    expect((again!.args.view as { blocks: Blocks }).blocks.flatMap((b) => b.elements ?? []).some((b) => b.action_id === accept.action_id)).toBe(false);
    const [outcome] = await h.api.waitForMatching('chat.postMessage', (c) => c.args.channel === `D${slackId}` && h.api.calls.indexOf(c) > h.api.calls.indexOf(home!));
    expect(h.api.callsTo('chat.postMessage').length).toBeGreaterThan(postsBefore);
    expect(String(outcome!.args.text)).not.toBe('');
    await h.conversation.idle();
    expectSwapSettled(duty, colleague.id);
  });

  it('lets the head publish a provisional calendar from the Pubblica button; the message then says it is published', async () => {
    const generated = await generateCalendar(h.store, h.clock, { officeId: 'procura-napoli', from: '2026-12-07', to: '2026-12-13' }, 'test', { seconds: 1, iterations: 100 });
    expect(generated.ok).toBe(true);
    await postEvent(h.url, 'Ev025', directMessage(people.conti, 'pubblica il calendario dal 7 al 13 dicembre'));
    const question = await posted(1);
    const buttons = buttonsOf(question.args);
    expect(buttons.map((b) => b.text.text)).toEqual(['Pubblica', 'Annulla']);
    expect(buttons[0]!.action_id).toMatch(/^turnario:publish:/);
    const published = () => h.store.snapshot().calendars.filter((v) => v.from === '2026-12-07' && v.status === 'published');
    expect(published()).toEqual([]);
    await press(people.conti, question, buttons[0]!);
    const [update] = await h.api.waitFor('chat.update');
    expect(update!.args).toMatchObject({ channel: `D${people.conti}`, ts: question.ts });
    expect(buttonsOf(update!.args)).toEqual([]);
    await h.conversation.idle();
    expect(published()).toHaveLength(1);
  });

  it('publishes the App Home on app_home_opened, with the core\'s overview and the form buttons', async () => {
    await postEvent(h.url, 'Ev030', { type: 'app_home_opened', user: people.rossi, channel: `D${people.rossi}`, tab: 'home', event_ts: '1763890002.000300' });
    const [published] = await h.api.waitFor('views.publish');
    expect(published!.args.user_id).toBe(people.rossi);
    const view = published!.args.view as { type: string; blocks: Blocks };
    expect(view.type).toBe('home');
    expect(view.blocks[0]).toMatchObject({ type: 'header', text: { text: 'turnario — Mario Rossi' } });
    expect(allText(view)).toContain('I tuoi turni');
    const labels = view.blocks.flatMap((b) => b.elements ?? []).map((b) => b.text.text);
    expect(labels).toContain('Comunica un\'assenza');
  });

  it('opens the form from a Home button as a modal', async () => {
    await postInteraction(h.url, {
      type: 'block_actions', user: { id: people.rossi }, trigger_id: 'trig-home', container: { type: 'view', view_id: 'V9' }, view: { id: 'V9', type: 'home' },
      actions: [{ type: 'button', action_id: 'turnario-form:absence', value: '{}', block_id: 'b', action_ts: '1' }],
    });
    const [opened] = await h.api.waitFor('views.open');
    expect(opened!.args.trigger_id).toBe('trig-home');
    expect((opened!.args.view as { callback_id: string }).callback_id).toBe('turnario-form:absence');
  });

  it('requests a GIADA first-hearing date through the modal: a wrong number stays in the modal, a right request is answered by DM', async () => {
    await postEvent(h.url, 'Ev031', { type: 'app_home_opened', user: people.rossi, channel: `D${people.rossi}`, tab: 'home', event_ts: '1763890003.000300' });
    const [published] = await h.api.waitFor('views.publish');
    const giadaButton = (published!.args.view as { blocks: Blocks }).blocks.flatMap((b) => b.elements ?? []).find((b) => b.action_id === 'turnario-form:giada_request')!;
    expect(giadaButton.text.text).toBe('Richiesta data prima udienza (GIADA)');
    await postInteraction(h.url, {
      type: 'block_actions', user: { id: people.rossi }, trigger_id: 'trig-giada', container: { type: 'view', view_id: 'V9' },
      actions: [{ type: 'button', action_id: giadaButton.action_id, value: giadaButton.value, block_id: 'b', action_ts: '1' }],
    });
    const [opened] = await h.api.waitFor('views.open');
    const view = opened!.args.view as { callback_id: string; private_metadata: string; blocks: Blocks };
    const subject = view.blocks.find((b) => b.block_id === 'subjectMatter')!.element as { options: { value: string }[] };
    const submit = (free: string) => postInteraction(h.url, {
      type: 'view_submission', user: { id: people.rossi },
      view: { id: 'V2', callback_id: view.callback_id, private_metadata: view.private_metadata, state: { values: {
        reference: { reference: { type: 'plain_text_input', value: '1234/2026' } },
        type: { type: { type: 'static_select', selected_option: { value: 'citazione_diretta' } } },
        subjectMatter: { subjectMatter: { type: 'static_select', selected_option: { value: subject.options[0]!.value } } },
        free: { free: { type: 'number_input', value: free } },
        detained: { detained: { type: 'number_input', value: '0' } },
        charges: { charges: { type: 'plain_text_input', value: '640' } },
        urgent: { urgent: { type: 'checkboxes', selected_options: [] } },
      } } },
    });
    const wrong = JSON.parse((await submit('-1')).body) as { response_action: string; view: { blocks: Blocks } };
    expect(wrong.response_action).toBe('update');
    expect(wrong.view.blocks.map((b) => b.text?.text ?? '').join('\n')).toContain('Imputati liberi');
    const ledger = async () => ((await h.store.readLog('giada-ledger')) as { kind: string }[]).filter((r) => r.kind !== 'setup');
    expect(await ledger()).toEqual([]);

    expect((await submit('1')).body).toBe('');
    const [answer] = await h.api.waitFor('chat.postMessage');
    expect(answer!.args.channel).toBe(`D${people.rossi}`);
    expect(String(answer!.args.text)).toMatch(/^Prima udienza fissata/);
    expect(await ledger()).toHaveLength(1);
  });

  it('notifies a person by DM (channel opened once, then remembered) and the office in its announcement channel', async () => {
    const notifier = h.front.notifier;
    const to = { kind: 'magistrate' as const, officeId: 'procura-napoli', magistrateId: 'bianchi-laura' };
    expect(notifier.reaches(to)).toBe(true);
    expect(notifier.reaches({ kind: 'office', officeId: 'tribunale-napoli' })).toBe(false);
    await notifier.send({ to, text: 'Promemoria: domani sei di turno.' });
    await notifier.send({ to, text: 'Secondo promemoria.', reply: { kind: 'answer', title: 'Promemoria', sections: [{ lines: ['Domani sei di turno.'] }], actions: [] } });
    await notifier.send({ to: { kind: 'office', officeId: 'procura-napoli' }, text: 'Pubblicato il calendario di dicembre.' });
    expect(h.api.callsTo('conversations.open').map((c) => c.args.users)).toEqual([people.bianchi]);
    const posts = h.api.callsTo('chat.postMessage').map((c) => c.args);
    expect(posts.map((p) => p.channel)).toEqual([`D${people.bianchi}`, `D${people.bianchi}`, OFFICE_CHANNEL]);
    expect(posts[0]).toMatchObject({ text: 'Promemoria: domani sei di turno.' });
    expect(posts[0]!.blocks).toBeUndefined();
    expect(posts[1]).toMatchObject({ text: 'Secondo promemoria.' });
    expect(blocksOf(posts[1]!)[0]).toMatchObject({ type: 'header', text: { text: 'Promemoria' } });
    expect(posts[2]).toMatchObject({ text: 'Pubblicato il calendario di dicembre.' });
  });
});
