import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT, cardOf, cardText, CONTI, ROSSI, startTeamsHarness, type TeamsHarness } from './teams-harness.ts';

/**
 * Teams over real HTTP: messages in the personal chat and in channels are answered with Adaptive Cards
 * and the personal chat is remembered; the notifier then reaches remembered chats and the office channel.
 * The notifier tests use the chat Rossi's first message stored, so both blocks stay in one file.
 */

let h: TeamsHarness;
beforeAll(async () => {
  h = await startTeamsHarness();
});
afterAll(async () => {
  await h?.close();
});

// The blocks below are steps of one conversation (the notifier reaches the chat Rossi's first message stored):
// they keep their order even when the run shuffles tests.
describe('Teams: one personal chat, in order', { shuffle: false }, () => {
  describe('Teams: messages', () => {
    it('runs in local mode without an app id', () => {
      expect(h.front.mode).toBe('local');
    });

    it('answers a question with an Adaptive Card sent to the connector, and remembers the personal chat', async () => {
      const before = h.connector.calls.length;
      const res = await h.post(h.activity(ROSSI, { type: 'message', text: 'chi è reperibile sabato?' }));
      expect(res.status).toBe(200);
      const sent = h.connector.calls.slice(before);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.method).toBe('POST');
      expect(sent[0]!.conversationId).toBe(`a:personal-${ROSSI.aad}`);
      const card = cardOf(sent[0]!.body);
      expect(card.version).toBe('1.5');
      const text = cardText(card);
      expect(text).toContain('In servizio sabato 28 novembre');
      expect(text).toContain('Turno esterno di reperibilità');
      const expected = await h.conversation.handleText({ platform: 'teams', id: ROSSI.aad }, 'chi è reperibile sabato?');
      for (const line of expected.sections.flatMap((section) => section.lines)) expect(text).toContain(line);
      expect(h.store.snapshot().chatLinks['teams:rossi-mario']).toMatchObject({ reference: { serviceUrl: h.connector.url, conversation: { id: `a:personal-${ROSSI.aad}` } } });
    });

    it('strips the @mention in a channel message and does not remember an unconfigured channel', async () => {
      const before = h.connector.calls.length;
      const res = await h.post(h.activity(ROSSI, {
        type: 'message', text: '<at>turnario</at> grazie mille',
        entities: [{ type: 'mention', mentioned: BOT, text: '<at>turnario</at>' }],
        conversation: { id: '19:generale@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true },
        channelData: { channel: { id: '19:generale@thread.tacv2' }, team: { id: '19:team@thread.tacv2' } },
      }));
      expect(res.status).toBe(200);
      expect(cardText(cardOf(h.connector.calls[before]!.body))).toContain('Di nulla');
      expect(Object.values(h.store.snapshot().chatLinks).filter((link) => JSON.stringify(link).includes('19:generale@thread.tacv2'))).toEqual([]);
    });

    it('tells an unknown Teams account how to be enabled', async () => {
      const before = h.connector.calls.length;
      await h.post(h.activity({ aad: '00000000-0000-0000-0000-000000000001', name: 'Sconosciuto' }, { type: 'message', text: 'ciao' }));
      expect(cardText(cardOf(h.connector.calls[before]!.body))).toContain('Non riconosco il tuo account Microsoft Teams');
    });
  });

  describe('Teams: proactive messages to remembered conversations', () => {
    it('sends a proactive reminder through the notifier to a stored conversation, and skips people it cannot reach', async () => {
      const before = h.connector.calls.length;
      const to = { kind: 'magistrate' as const, officeId: 'procura-napoli', magistrateId: 'rossi-mario' };
      expect(h.front.notifier.reaches(to)).toBe(true);
      await h.front.notifier.send({ to, text: 'Promemoria: domani, martedì 24 novembre, sei di turno arrestati.', key: 'reminder-1' });
      const sent = h.connector.calls.slice(before);
      expect(sent).toHaveLength(1);
      // A new message in the stored conversation, not a reply to an activity.
      expect(sent[0]).toMatchObject({ method: 'POST', conversationId: `a:personal-${ROSSI.aad}`, activityId: null });
      expect(cardText(cardOf(sent[0]!.body))).toBe('Promemoria: domani, martedì 24 novembre, sei di turno arrestati.');

      const nobody = { kind: 'magistrate' as const, officeId: 'procura-napoli', magistrateId: 'bianchi-laura' };
      expect(h.front.notifier.reaches(nobody)).toBe(false);
      await h.front.notifier.send({ to: nobody, text: 'x' });
      expect(h.connector.calls).toHaveLength(before + 1);
    });

    it('remembers the office announcement channel when installed there, and announces to it', async () => {
      const channel = '19:annunci-procura@thread.tacv2';
      await h.store.update((draft) => {
        draft.offices['procura-napoli']!.announcements.teamsChannelId = channel;
      });
      const inChannel = { conversation: { id: `${channel};messageid=1700000000000`, conversationType: 'channel', isGroup: true }, channelData: { channel: { id: channel }, team: { id: '19:team@thread.tacv2' } } };
      let before = h.connector.calls.length;
      await h.post(h.activity(CONTI, { type: 'conversationUpdate', membersAdded: [BOT], ...inChannel }));
      // Nothing is said in the channel on install; the link is kept for the channel itself, not the thread.
      expect(h.connector.calls).toHaveLength(before);
      expect(h.store.snapshot().chatLinks['teams:office:procura-napoli']).toMatchObject({ reference: { conversation: { id: channel } } });
      const office = { kind: 'office' as const, officeId: 'procura-napoli' };
      expect(h.front.notifier.reaches(office)).toBe(true);
      before = h.connector.calls.length;
      await h.front.notifier.send({ to: office, text: 'Pubblicato il calendario di gennaio 2027.' });
      expect(h.connector.calls.slice(before).map((c) => [c.conversationId, c.activityId])).toEqual([[channel, null]]);
      expect(h.front.notifier.reaches({ kind: 'office', officeId: 'tribunale-napoli' })).toBe(false);
    });
  });

  describe('Teams: the log of this file', () => {
    it('holds no error after every test above', () => {
      expect(h.errors).toEqual([]);
    });
  });
});
