import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Blocks, buttonsOf, posted, press } from './block-kit.ts';
import { directMessage, publishNextWeek, startHarness, type Harness } from './harness.ts';
import { postEvent, postInteraction } from './signed-request.ts';

/** Slack over real HTTP: a duty swap asked by DM, accepted by the colleague from the button or from the App Home. */

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('Slack: swap', () => {
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
    const request = await posted(h, 2);
    const toOwner = await posted(h, 1);
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

    await press(h, colleague.chat.slackUserId!, ask, buttons[0]!);
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
});
