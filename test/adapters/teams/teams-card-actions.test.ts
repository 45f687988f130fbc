import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT, type Card, type CardAction, cardOf, cardText, CONTI, homeAsked, type Person, press, ROSSI, startTeamsHarness, type TeamsHarness } from './teams-harness.ts';

/**
 * Teams over real HTTP: card actions (Action.Execute and its Action.Submit fallback), forms, presses in a
 * channel, and the head's approval pressed on his home card (it answers the leave of the first test).
 */

let h: TeamsHarness;
beforeAll(async () => {
  h = await startTeamsHarness();
});
afterAll(async () => {
  await h?.close();
});

// The last test answers the approval the first one asked for: these steps keep their order even when the run
// shuffles tests.
describe('Teams: card actions, in order', { shuffle: false }, () => {
  describe('Teams: card actions', () => {
    it('greets the head on install, then a card action (Action.Execute) updates the card and notifies the head proactively', async () => {
      // Conti installs the app in his personal chat: his reference is stored and he gets his overview.
      let before = h.connector.calls.length;
      await h.post(h.activity(CONTI, { type: 'conversationUpdate', membersAdded: [BOT] }));
      expect(cardText(cardOf(h.connector.calls[before]!.body))).toContain('turnario — Nicola Conti');
      expect(h.store.snapshot().chatLinks['teams:conti-nicola']).toBeDefined();

      // Rossi declares leave: the card carries Conferma / Annulla as Action.Execute with a Submit fallback.
      before = h.connector.calls.length;
      await h.post(h.activity(ROSSI, { type: 'message', text: 'sarò in ferie dal 30 novembre al 4 dicembre' }));
      const proposal = cardOf(h.connector.calls[before]!.body);
      expect(cardText(proposal)).toContain('ferie dal 30 novembre al 4 dicembre');
      const confirm = proposal.actions!.find((a) => a.verb === 'turnario.confirm')!;
      expect(confirm.type).toBe('Action.Execute');
      expect(confirm.fallback.type).toBe('Action.Submit');
      expect(confirm.fallback.data).toEqual(confirm.data);

      // Pressing it: Teams sends an adaptiveCard/action invoke; the HTTP answer is the card that replaces it.
      before = h.connector.calls.length;
      const res = await h.post(h.activity(ROSSI, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: confirm.verb, data: confirm.data } } }));
      expect(res.status).toBe(200);
      const invoke = (await res.json()) as { statusCode: number; type: string; value: Card };
      expect(invoke.statusCode).toBe(200);
      expect(invoke.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(cardText(invoke.value)).toContain('Fatto: ho registrato le ferie di Mario Rossi dal 30 novembre al 4 dicembre');
      expect(invoke.value.actions).toBeUndefined();
      expect(h.store.snapshot().absences.some((a) => a.magistrateId === 'rossi-mario' && a.from === '2026-11-30' && a.to === '2026-12-04')).toBe(true);

      // The core told the head, and the Teams notifier delivered it to his stored h.conversation.
      const toHead = h.connector.calls.slice(before).filter((c) => c.conversationId === `a:personal-${CONTI.aad}`);
      expect(toHead).toHaveLength(1);
      const headCard = cardOf(toHead[0]!.body);
      expect(cardText(headCard)).toContain('Mario Rossi ha comunicato: ferie dal 30 novembre al 4 dicembre.');
      // The head is asked to choose: the proactive card carries the approval buttons.
      expect(headCard.actions!.map((a) => a.verb)).toEqual(expect.arrayContaining(['turnario.approve', 'turnario.reject']));
      expect(h.errors).toEqual([]);
    });

    it('with the Action.Submit fallback, the press arrives as a message and the card is updated with a PUT', async () => {
      let before = h.connector.calls.length;
      await h.post(h.activity(ROSSI, { type: 'message', text: 'sarò in ferie dal 14 al 15 dicembre' }));
      const cancel = cardOf(h.connector.calls[before]!.body).actions!.find((a) => a.verb === 'turnario.cancel')!;
      before = h.connector.calls.length;
      await h.post(h.activity(ROSSI, { type: 'message', replyToId: 'sent-card-7', value: cancel.fallback.data }));
      const [update] = h.connector.calls.slice(before);
      expect(update).toMatchObject({ method: 'PUT', activityId: 'sent-card-7' });
      expect(cardText(cardOf(update!.body))).toContain('annullato');
      expect(h.store.snapshot().absences.some((a) => a.from === '2026-12-14')).toBe(false);
    });

    it('submits the absence form from its Adaptive Card inputs', async () => {
      const form = await h.conversation.openForm({ platform: 'teams', id: ROSSI.aad }, 'absence');
      expect(form.form).toBeDefined();
      const res = await h.post(h.activity(ROSSI, {
        type: 'invoke', name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'turnario.form.absence', data: { turnario: { kind: 'form', formId: 'absence' }, type: 'formazione', from: '2026-12-21', to: '2026-12-22', note: '' } } },
      }));
      const invoke = (await res.json()) as { value: Card };
      expect(cardText(invoke.value)).toContain('formazione dal 21 al 22 dicembre');
      expect(invoke.value.actions!.map((a) => a.verb)).toEqual(['turnario.confirm', 'turnario.cancel']);
    });

    it('answers a form it cannot accept with what was wrong above the same form, filled with what was written', async () => {
      const res = await h.post(h.activity(ROSSI, {
        type: 'invoke', name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'turnario.form.absence', data: { turnario: { kind: 'form', formId: 'absence' }, type: 'ferie', from: '2026-12-22', to: '2026-12-21', note: 'viaggio' } } },
      }));
      const card = ((await res.json()) as { value: Card }).value;
      const expected = await h.conversation.submitForm({ platform: 'teams', id: ROSSI.aad }, 'absence', { type: 'ferie', from: '2026-12-22', to: '2026-12-21', note: 'viaggio' });
      expect(expected.kind).toBe('problem');
      for (const line of expected.sections.flatMap((section) => section.lines)) expect(cardText(card)).toContain(line);
      expect(card.body.filter((b) => b.id).map((b) => [b.id, b.value])).toEqual([['type', 'ferie'], ['from', '2026-12-22'], ['to', '2026-12-21'], ['note', 'viaggio']]);
      expect(card.actions!.map((a) => a.verb)).toEqual(['turnario.form.absence']);
      expect(h.store.snapshot().absences.some((a) => a.from === '2026-12-22')).toBe(false);
    });

    it('in a channel, a settled press replaces the card for everybody, a press by someone it is not for is answered to that person alone', async () => {
      const thread = '19:generale@thread.tacv2;messageid=3';
      const inChannel = { conversation: { id: thread, conversationType: 'channel', isGroup: true }, channelData: { channel: { id: '19:generale@thread.tacv2' } } };
      const mention = { entities: [{ type: 'mention', mentioned: BOT, text: '<at>turnario</at>' }] };
      const askInChannel = async (text: string) => {
        const before = h.connector.calls.length;
        await h.post(h.activity(ROSSI, { type: 'message', text: `<at>turnario</at> ${text}`, ...mention, ...inChannel }));
        const sent = h.connector.calls[before]!;
        expect(sent.conversationId).toBe(thread);
        return { cardId: `card-${before}`, card: cardOf(sent.body) };
      };
      const pressIn = (person: Person, cardId: string, action: CardAction, via: 'execute' | 'submit') => h.post(h.activity(person, via === 'execute'
        ? { type: 'invoke', name: 'adaptiveCard/action', replyToId: cardId, value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data } }, ...inChannel }
        : { type: 'message', replyToId: cardId, value: action.fallback.data, ...inChannel }));

      const { cardId, card } = await askInChannel('sarò in ferie dal 7 all\'8 gennaio 2027');
      const confirm = card.actions!.find((a) => a.verb === 'turnario.confirm')!;
      // Conti presses Rossi's confirmation: only he is told; the card is not touched.
      let before = h.connector.calls.length;
      let res = await pressIn(CONTI, cardId, confirm, 'execute');
      const refused = ((await res.json()) as { value: Card }).value;
      expect(cardText(refused)).toBe('Mi dispiace, questa scelta spetta a un\'altra persona.');
      expect(h.connector.calls.slice(before)).toEqual([]);
      // With the Submit fallback the same press comes as a new message in the thread, the card untouched.
      before = h.connector.calls.length;
      await pressIn(CONTI, cardId, confirm, 'submit');
      expect(h.connector.calls.slice(before).map((c) => [c.method, c.conversationId])).toEqual([['POST', thread]]);
      expect(cardText(cardOf(h.connector.calls[before]!.body))).toBe(cardText(refused));
      // Rossi confirms: his invoke response and, for the others, the card replaced in place.
      before = h.connector.calls.length;
      res = await pressIn(ROSSI, cardId, confirm, 'execute');
      const done = ((await res.json()) as { value: Card }).value;
      expect(cardText(done)).toContain('Fatto: ho registrato le ferie di Mario Rossi');
      const updates = h.connector.calls.slice(before).filter((c) => c.method === 'PUT');
      expect(updates.map((c) => [c.conversationId, c.activityId])).toEqual([[thread, cardId]]);
      expect(cardText(cardOf(updates[0]!.body))).toBe(cardText(done));
    });

    // Answers the approval Conti was asked for in the first test of this file (Rossi's leave of 30 November).
    it('a choice pressed on the home card answers in a new card and the home card drops what was answered', async () => {
      const home = await homeAsked(h, CONTI, 'home');
      const approve = home.actions!.find((a) => a.verb === 'turnario.approve')!;
      expect(approve).toBeDefined();
      expect((approve.data as { turnario: { home?: boolean } }).turnario.home).toBe(true);
      const before = h.connector.calls.length;
      const res = await press(h, CONTI, approve);
      const sent = h.connector.calls.slice(before).filter((c) => c.conversationId === `a:personal-${CONTI.aad}`);
      expect(sent).toHaveLength(1);
      const outcome = cardText(cardOf(sent[0]!.body));
      // The replan after Rossi's leave is approved: the new version is published.
      expect(outcome).toContain('pubblicato');
      expect(outcome).not.toContain('turnario — Nicola Conti');
      const after = ((await res.json()) as { value: Card }).value;
      expect(cardText(after)).toContain('turnario — Nicola Conti');
      expect(after.actions!.filter((a) => a.verb === 'turnario.approve')).toHaveLength(home.actions!.filter((a) => a.verb === 'turnario.approve').length - 1);
      expect(h.errors).toEqual([]);
    });
  });
});
