import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blocksOf } from './block-kit.ts';
import { OFFICE_CHANNEL, people, startHarness, type Harness } from './harness.ts';

/** Slack over real HTTP: the notifier reaches a person by DM and the office in its announcement channel. */

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('Slack: notifier', () => {
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
