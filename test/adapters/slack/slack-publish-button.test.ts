import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCalendar } from '../../../src/use-cases/generate-calendar.ts';
import { buttonsOf, posted, press } from './block-kit.ts';
import { directMessage, people, startHarness, type Harness } from './harness.ts';
import { postEvent } from './signed-request.ts';

/** Slack over real HTTP: the head publishes a provisional calendar from the Pubblica button. */

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('Slack: publishing from a button', () => {
  it('lets the head publish a provisional calendar from the Pubblica button; the message then says it is published', async () => {
    const generated = await generateCalendar(h.store, h.clock, { officeId: 'procura-napoli', from: '2026-12-07', to: '2026-12-13' }, 'test', { seconds: 1, iterations: 100 });
    expect(generated.ok).toBe(true);
    await postEvent(h.url, 'Ev025', directMessage(people.conti, 'pubblica il calendario dal 7 al 13 dicembre'));
    const question = await posted(h, 1);
    const buttons = buttonsOf(question.args);
    expect(buttons.map((b) => b.text.text)).toEqual(['Pubblica', 'Annulla']);
    expect(buttons[0]!.action_id).toMatch(/^turnario:publish:/);
    const published = () => h.store.snapshot().calendars.filter((v) => v.from === '2026-12-07' && v.status === 'published');
    expect(published()).toEqual([]);
    await press(h, people.conti, question, buttons[0]!);
    const [update] = await h.api.waitFor('chat.update');
    expect(update!.args).toMatchObject({ channel: `D${people.conti}`, ts: question.ts });
    expect(buttonsOf(update!.args)).toEqual([]);
    await h.conversation.idle();
    expect(published()).toHaveLength(1);
  });
});
