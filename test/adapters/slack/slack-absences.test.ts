import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Blocks, buttonsOf, posted, press } from './block-kit.ts';
import { directMessage, people, startHarness, type Harness } from './harness.ts';
import { postCommand, postEvent, postInteraction } from './signed-request.ts';

/** Slack over real HTTP: an absence declared by sentence or through the modal is recorded only once confirmed. */

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('Slack: absences', () => {
  it('declares an absence from a sentence and records it only when the confirmation button is pressed; the message is updated', async () => {
    const before = h.store.snapshot().absences.length;
    await postEvent(h.url, 'Ev010', directMessage(people.rossi, 'sarò in ferie dal 14 al 18 dicembre'));
    const question = await posted(h, 1);
    expect(String(question.args.text)).toMatch(/ferie/i);
    const buttons = buttonsOf(question.args);
    expect(buttons.map((b) => b.text.text)).toEqual(['Conferma', 'Annulla']);
    expect(h.store.snapshot().absences.length).toBe(before);

    const pressed = await press(h, people.rossi, question, buttons[0]!);
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
    const question = await posted(h, 1);
    expect(question.channel).toBe(`D${people.rossi}`);
    await press(h, people.rossi, question, buttonsOf(question.args)[0]!);
    await h.api.waitFor('chat.update');
    const recorded = h.store.snapshot().absences.slice(before);
    expect(recorded.map((a) => [a.magistrateId, a.type, a.from, a.to, a.note])).toEqual([['rossi-mario', 'formazione', '2026-12-08', '2026-12-10', 'corso SSM']]);
  });
});
