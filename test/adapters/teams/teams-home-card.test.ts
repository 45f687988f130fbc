import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT, type Card, cardOf, cardText, FERRARO, homeAsked, press, ROSSI, startTeamsHarness, type TeamsHarness } from './teams-harness.ts';

/**
 * Teams over real HTTP: the home card (the App Home of the personal chat), its form buttons and its refresh.
 * A choice pressed on it (approving a leave) is in teams-card-actions.test.ts, after the leave it approves.
 */

let h: TeamsHarness;
beforeAll(async () => {
  h = await startTeamsHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('Teams home card (the App Home of the personal chat)', () => {
  const titles = (card: Card) => (card.actions ?? []).map((a) => a.title);

  it('"home", "Inizio" and "menù!" in the personal chat bring the overview with its form buttons and a refresh for the writer', async () => {
    const rossi = { platform: 'teams' as const, id: ROSSI.aad };
    const expected = await h.conversation.home(rossi);
    for (const word of ['home', 'Inizio', 'menù!']) {
      const card = await homeAsked(h, ROSSI, word);
      const text = cardText(card);
      expect(text).toContain('turnario — Mario Rossi');
      for (const line of expected.sections.flatMap((section) => section.lines)) expect(text).toContain(line);
      // A sostituto may ask GIADA: both forms, titled as the core titles them.
      expect(titles(card)).toEqual(['Comunica un\'assenza', 'Richiesta data prima udienza (GIADA)']);
      expect(card.actions!.map((a) => a.verb)).toEqual(['turnario.open.absence', 'turnario.open.giada_request']);
      expect(card.refresh).toEqual({ action: { type: 'Action.Execute', verb: 'turnario.home', data: { turnario: { kind: 'home' } } }, userIds: [`29:${ROSSI.aad}`] });
    }
  });

  it('offers the segreteria only the absence form (GIADA is for PM and GIP profiles), and audits no refusal for it', async () => {
    const refusals = async () => ((await h.store.readLog('audit')) as { refused?: boolean }[]).filter((a) => a.refused).length;
    const refusedBefore = await refusals();
    const card = await homeAsked(h, FERRARO, 'home');
    expect(cardText(card)).toContain('turnario — Giulia Ferraro');
    expect(card.actions!.map((a) => a.verb)).toEqual(['turnario.open.absence']);
    expect(await refusals()).toBe(refusedBefore);
  });

  it('"menu" in a channel is an ordinary sentence for the core, not the personal overview', async () => {
    const before = h.connector.calls.length;
    await h.post(h.activity(ROSSI, {
      type: 'message', text: '<at>turnario</at> menu', entities: [{ type: 'mention', mentioned: BOT, text: '<at>turnario</at>' }],
      conversation: { id: '19:generale@thread.tacv2;messageid=2', conversationType: 'channel', isGroup: true },
      channelData: { channel: { id: '19:generale@thread.tacv2' } },
    }));
    const card = cardOf(h.connector.calls[before]!.body);
    expect(cardText(card)).not.toContain('turnario — Mario Rossi');
    expect(card.refresh).toBeUndefined();
  });

  it('opens a form from its button as a new card, keeps the home card in place, and the form submits', async () => {
    const home = await homeAsked(h, ROSSI, 'home');
    const before = h.connector.calls.length;
    const res = await press(h, ROSSI, home.actions!.find((a) => a.verb === 'turnario.open.absence')!);
    expect(res.status).toBe(200);
    // The pressed home card is answered with the home card again (same overview, still refreshing).
    const invoke = (await res.json()) as { value: Card };
    expect(cardText(invoke.value)).toBe(cardText(home));
    expect(invoke.value.refresh?.userIds).toEqual([`29:${ROSSI.aad}`]);
    // The form arrives as a new message with its inputs.
    const sent = h.connector.calls.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', conversationId: `a:personal-${ROSSI.aad}` });
    const form = cardOf(sent[0]!.body);
    expect(form.body.filter((b) => b.id).map((b) => [b.type, b.id])).toEqual([['Input.ChoiceSet', 'type'], ['Input.Date', 'from'], ['Input.Date', 'to'], ['Input.Text', 'note']]);
    const submit = form.actions!.find((a) => a.verb === 'turnario.form.absence')!;
    const submitted = await press(h, ROSSI, { ...submit, data: { ...(submit.data as object), type: 'formazione', from: '2027-01-11', to: '2027-01-12', note: '' } });
    expect(cardText(((await submitted.json()) as { value: Card }).value)).toContain('formazione dall\'11 al 12 gennaio');
  });

  it('the refresh invoke answers with the current overview: a new absence shows at once', async () => {
    const home = await homeAsked(h, ROSSI, 'home');
    expect(cardText(home)).not.toContain('dal 18 al 19 gennaio');
    await h.post(h.activity(ROSSI, { type: 'message', text: 'sarò in ferie dal 18 al 19 gennaio 2027' }));
    const confirm = cardOf(h.connector.calls.at(-1)!.body).actions!.find((a) => a.verb === 'turnario.confirm')!;
    await press(h, ROSSI, confirm);
    const res = await h.post(h.activity(ROSSI, { type: 'invoke', name: 'adaptiveCard/action', value: { trigger: 'automatic', action: home.refresh!.action } }));
    const refreshed = ((await res.json()) as { value: Card }).value;
    expect(cardText(refreshed)).toContain('ferie dal 18 al 19 gennaio 2027');
    expect(refreshed.refresh?.action.verb).toBe('turnario.home');
  });
});

describe('Teams: the log of this file', () => {
  it('holds no error after every test above', () => {
    expect(h.errors).toEqual([]);
  });
});
