import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allText, type Blocks } from './block-kit.ts';
import { people, startHarness, type Harness } from './harness.ts';
import { postEvent, postInteraction } from './signed-request.ts';

/** Slack over real HTTP: the App Home, its form buttons and the modals they open (absence, GIADA request). */

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('Slack: App Home', () => {
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
});
