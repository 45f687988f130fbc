import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOffices } from '../../../adapters/cli/demo-offices.ts';
import { createHttpServer, type HttpServer } from '../../../adapters/http/index.ts';
import { openLowdbStore, type LowdbStore } from '../../../adapters/store/index.ts';
import { createTeamsFront, type TeamsFront } from '../../../adapters/teams/index.ts';
import { publishCalendar } from '../../../src/calendar/versions/publish-calendar.ts';
import { createConversation, type Conversation } from '../../../src/conversation/index.ts';
import { FixedClock, type Notification } from '../../../src/ports.ts';
import { generateCalendar } from '../../../src/use-cases/generate-calendar.ts';
import { startConnectorStandIn, type ConnectorStandIn } from './connector-stand-in.ts';

/**
 * The real Teams adapter (botbuilder CloudAdapter, local mode: no app id, no auth) on turnario's HTTP
 * server at 127.0.0.1, driven by activities posted as the Teams channel posts them; the bot's replies
 * are captured by a local stand-in for the connector service named in each activity's `serviceUrl`.
 */

const ROSSI = { aad: '88a5f028-aa89-46bf-835a-eef4c9c91204', name: 'Mario Rossi' };
const CONTI = { aad: '60e83f1c-9276-41ff-83f6-d8a2d229802c', name: 'Nicola Conti' };
const FERRARO = { aad: '3f2b8c1e-5a4d-4e7b-9c2a-1d3e5f7a9b01', name: 'Giulia Ferraro' };
const BOT = { id: '28:turnario-bot', name: 'turnario' };

let dir: string;
let store: LowdbStore;
let connector: ConnectorStandIn;
let server: HttpServer;
let base: string;
let front: TeamsFront;
let conversation: Conversation;
const errors: string[] = [];
let counter = 0;

type Person = typeof ROSSI;

function activity(person: Person, fields: Record<string, unknown>): Record<string, unknown> {
  counter += 1;
  return {
    id: `in-${counter}`, channelId: 'msteams', serviceUrl: connector.url, timestamp: '2026-11-23T09:00:00.000Z', locale: 'it-IT',
    from: { id: `29:${person.aad}`, aadObjectId: person.aad, name: person.name }, recipient: BOT,
    conversation: { id: `a:personal-${person.aad}`, conversationType: 'personal', tenantId: 'tenant-napoli' },
    ...fields,
  };
}

async function post(body: Record<string, unknown>, headers: Record<string, string> = {}, at = base): Promise<Response> {
  return fetch(`${at}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

interface CardAction { type: string; title: string; verb: string; data: unknown; fallback: { type: string; data: unknown } }
interface Card { version?: string; body: { type: string; text?: string; id?: string; value?: unknown }[]; actions?: CardAction[]; refresh?: { action: { type: string; verb: string; data: unknown }; userIds: string[] } }

function cardOf(message: Record<string, unknown>): Card {
  const attachments = message.attachments as { contentType: string; content: Card }[];
  expect(attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachments[0]!.content;
}

const cardText = (card: Card) => card.body.filter((b) => b.type === 'TextBlock').map((b) => b.text).join('\n');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-teams-'));
  store = await openLowdbStore({ dir });
  const clock = new FixedClock(new Date('2026-11-23T09:00:00Z'));
  await seedDemoOffices(store, clock);
  const generated = await generateCalendar(store, clock, { from: '2026-11-23', to: '2026-12-31' }, 'test');
  expect(generated.ok).toBe(true);
  await publishCalendar(store, clock, { officeId: 'procura-napoli', from: '2026-11-23', to: '2026-12-31' }, 'conti-nicola');
  connector = await startConnectorStandIn();
  // The core's notifier is the Teams notifier, bound once the front exists.
  conversation = createConversation({ store, clock, notifier: { send: (n: Notification) => front.notifier.send(n) }, log: (m) => errors.push(m) });
  const built = createTeamsFront({ conversation, store, clock, env: {}, log: (m) => errors.push(m) });
  if (!built.ok) throw new Error(built.message);
  front = built.front;
  server = createHttpServer({ routes: front.routes, log: { error: (m) => errors.push(m) } });
  base = `http://127.0.0.1:${(await server.listen(0)).port}`;
});

afterAll(async () => {
  await server?.close();
  await connector?.close();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('Teams adapter over real HTTP', () => {
  it('runs in local mode without an app id', () => {
    expect(front.mode).toBe('local');
  });

  it('answers a question with an Adaptive Card sent to the connector, and remembers the personal chat', async () => {
    const before = connector.calls.length;
    const res = await post(activity(ROSSI, { type: 'message', text: 'chi è reperibile sabato?' }));
    expect(res.status).toBe(200);
    const sent = connector.calls.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.conversationId).toBe(`a:personal-${ROSSI.aad}`);
    const card = cardOf(sent[0]!.body);
    expect(card.version).toBe('1.5');
    const text = cardText(card);
    expect(text).toContain('In servizio il 28 novembre');
    expect(text).toContain('Turno esterno di reperibilità');
    const expected = await conversation.handleText({ platform: 'teams', id: ROSSI.aad }, 'chi è reperibile sabato?');
    for (const line of expected.sections.flatMap((section) => section.lines)) expect(text).toContain(line);
    expect(store.snapshot().chatLinks['teams:rossi-mario']).toMatchObject({ reference: { serviceUrl: connector.url, conversation: { id: `a:personal-${ROSSI.aad}` } } });
  });

  it('strips the @mention in a channel message and does not remember an unconfigured channel', async () => {
    const before = connector.calls.length;
    const res = await post(activity(ROSSI, {
      type: 'message', text: '<at>turnario</at> grazie mille',
      entities: [{ type: 'mention', mentioned: BOT, text: '<at>turnario</at>' }],
      conversation: { id: '19:generale@thread.tacv2;messageid=1', conversationType: 'channel', isGroup: true },
      channelData: { channel: { id: '19:generale@thread.tacv2' }, team: { id: '19:team@thread.tacv2' } },
    }));
    expect(res.status).toBe(200);
    expect(cardText(cardOf(connector.calls[before]!.body))).toContain('Di nulla');
    expect(Object.keys(store.snapshot().chatLinks).filter((k) => k.startsWith('teams:office:'))).toEqual([]);
  });

  it('tells an unknown Teams account how to be enabled', async () => {
    const before = connector.calls.length;
    await post(activity({ aad: '00000000-0000-0000-0000-000000000001', name: 'Sconosciuto' }, { type: 'message', text: 'ciao' }));
    expect(cardText(cardOf(connector.calls[before]!.body))).toContain('Non riconosco il tuo account Microsoft Teams');
  });

  it('greets the head on install, then a card action (Action.Execute) updates the card and notifies the head proactively', async () => {
    // Conti installs the app in his personal chat: his reference is stored and he gets his overview.
    let before = connector.calls.length;
    await post(activity(CONTI, { type: 'conversationUpdate', membersAdded: [BOT] }));
    expect(cardText(cardOf(connector.calls[before]!.body))).toContain('turnario — Nicola Conti');
    expect(store.snapshot().chatLinks['teams:conti-nicola']).toBeDefined();

    // Rossi declares leave: the card carries Conferma / Annulla as Action.Execute with a Submit fallback.
    before = connector.calls.length;
    await post(activity(ROSSI, { type: 'message', text: 'sarò in ferie dal 30 novembre al 4 dicembre' }));
    const proposal = cardOf(connector.calls[before]!.body);
    expect(cardText(proposal)).toContain('ferie dal 30 novembre al 4 dicembre');
    const confirm = proposal.actions!.find((a) => a.verb === 'turnario.confirm')!;
    expect(confirm.type).toBe('Action.Execute');
    expect(confirm.fallback.type).toBe('Action.Submit');
    expect(confirm.fallback.data).toEqual(confirm.data);

    // Pressing it: Teams sends an adaptiveCard/action invoke; the HTTP answer is the card that replaces it.
    before = connector.calls.length;
    const res = await post(activity(ROSSI, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: confirm.verb, data: confirm.data } } }));
    expect(res.status).toBe(200);
    const invoke = (await res.json()) as { statusCode: number; type: string; value: Card };
    expect(invoke.statusCode).toBe(200);
    expect(invoke.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(invoke.value)).toContain('Fatto: ho registrato ferie di Mario Rossi dal 30 novembre al 4 dicembre');
    expect(invoke.value.actions).toBeUndefined();
    expect(store.snapshot().absences.some((a) => a.magistrateId === 'rossi-mario' && a.from === '2026-11-30' && a.to === '2026-12-04')).toBe(true);

    // The core told the head, and the Teams notifier delivered it to his stored conversation.
    const toHead = connector.calls.slice(before).filter((c) => c.conversationId === `a:personal-${CONTI.aad}`);
    expect(toHead).toHaveLength(1);
    const headCard = cardOf(toHead[0]!.body);
    expect(cardText(headCard)).toContain('Mario Rossi ha comunicato: ferie di Mario Rossi dal 30 novembre al 4 dicembre.');
    // The head is asked to choose: the proactive card carries the approval buttons.
    expect(headCard.actions!.map((a) => a.verb)).toEqual(expect.arrayContaining(['turnario.approve', 'turnario.reject']));
    expect(errors).toEqual([]);
  });

  it('with the Action.Submit fallback, the press arrives as a message and the card is updated with a PUT', async () => {
    let before = connector.calls.length;
    await post(activity(ROSSI, { type: 'message', text: 'sarò in ferie dal 14 al 15 dicembre' }));
    const cancel = cardOf(connector.calls[before]!.body).actions!.find((a) => a.verb === 'turnario.cancel')!;
    before = connector.calls.length;
    await post(activity(ROSSI, { type: 'message', replyToId: 'sent-card-7', value: cancel.fallback.data }));
    const [update] = connector.calls.slice(before);
    expect(update).toMatchObject({ method: 'PUT', activityId: 'sent-card-7' });
    expect(cardText(cardOf(update!.body))).toContain('annullato');
    expect(store.snapshot().absences.some((a) => a.from === '2026-12-14')).toBe(false);
  });

  it('submits the absence form from its Adaptive Card inputs', async () => {
    const form = await conversation.openForm({ platform: 'teams', id: ROSSI.aad }, 'absence');
    expect(form.form).toBeDefined();
    const res = await post(activity(ROSSI, {
      type: 'invoke', name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'turnario.form.absence', data: { turnario: { kind: 'form', formId: 'absence' }, type: 'formazione', from: '2026-12-21', to: '2026-12-22', note: '' } } },
    }));
    const invoke = (await res.json()) as { value: Card };
    expect(cardText(invoke.value)).toContain('formazione dal 21 al 22 dicembre');
    expect(invoke.value.actions!.map((a) => a.verb)).toEqual(['turnario.confirm', 'turnario.cancel']);
  });

  it('answers a form it cannot accept with what was wrong above the same form, filled with what was written', async () => {
    const res = await post(activity(ROSSI, {
      type: 'invoke', name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'turnario.form.absence', data: { turnario: { kind: 'form', formId: 'absence' }, type: 'ferie', from: '2026-12-22', to: '2026-12-21', note: 'viaggio' } } },
    }));
    const card = ((await res.json()) as { value: Card }).value;
    const expected = await conversation.submitForm({ platform: 'teams', id: ROSSI.aad }, 'absence', { type: 'ferie', from: '2026-12-22', to: '2026-12-21', note: 'viaggio' });
    expect(expected.kind).toBe('problem');
    for (const line of expected.sections.flatMap((section) => section.lines)) expect(cardText(card)).toContain(line);
    expect(card.body.filter((b) => b.id).map((b) => [b.id, b.value])).toEqual([['type', 'ferie'], ['from', '2026-12-22'], ['to', '2026-12-21'], ['note', 'viaggio']]);
    expect(card.actions!.map((a) => a.verb)).toEqual(['turnario.form.absence']);
    expect(store.snapshot().absences.some((a) => a.from === '2026-12-22')).toBe(false);
  });

  it('in a channel, a settled press replaces the card for everybody, a press by someone it is not for is answered to that person alone', async () => {
    const thread = '19:generale@thread.tacv2;messageid=3';
    const inChannel = { conversation: { id: thread, conversationType: 'channel', isGroup: true }, channelData: { channel: { id: '19:generale@thread.tacv2' } } };
    const mention = { entities: [{ type: 'mention', mentioned: BOT, text: '<at>turnario</at>' }] };
    const askInChannel = async (text: string) => {
      const before = connector.calls.length;
      await post(activity(ROSSI, { type: 'message', text: `<at>turnario</at> ${text}`, ...mention, ...inChannel }));
      const sent = connector.calls[before]!;
      expect(sent.conversationId).toBe(thread);
      return { cardId: `card-${before}`, card: cardOf(sent.body) };
    };
    const pressIn = (person: Person, cardId: string, action: CardAction, via: 'execute' | 'submit') => post(activity(person, via === 'execute'
      ? { type: 'invoke', name: 'adaptiveCard/action', replyToId: cardId, value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data } }, ...inChannel }
      : { type: 'message', replyToId: cardId, value: action.fallback.data, ...inChannel }));

    const { cardId, card } = await askInChannel('sarò in ferie dal 7 all\'8 gennaio 2027');
    const confirm = card.actions!.find((a) => a.verb === 'turnario.confirm')!;
    // Conti presses Rossi's confirmation: only he is told; the card is not touched.
    let before = connector.calls.length;
    let res = await pressIn(CONTI, cardId, confirm, 'execute');
    const refused = ((await res.json()) as { value: Card }).value;
    expect(cardText(refused)).toBe('Mi dispiace, questa scelta spetta a un\'altra persona.');
    expect(connector.calls.slice(before)).toEqual([]);
    // With the Submit fallback the same press comes as a new message in the thread, the card untouched.
    before = connector.calls.length;
    await pressIn(CONTI, cardId, confirm, 'submit');
    expect(connector.calls.slice(before).map((c) => [c.method, c.conversationId])).toEqual([['POST', thread]]);
    expect(cardText(cardOf(connector.calls[before]!.body))).toBe(cardText(refused));
    // Rossi confirms: his invoke response and, for the others, the card replaced in place.
    before = connector.calls.length;
    res = await pressIn(ROSSI, cardId, confirm, 'execute');
    const done = ((await res.json()) as { value: Card }).value;
    expect(cardText(done)).toContain('Fatto: ho registrato ferie di Mario Rossi');
    const updates = connector.calls.slice(before).filter((c) => c.method === 'PUT');
    expect(updates.map((c) => [c.conversationId, c.activityId])).toEqual([[thread, cardId]]);
    expect(cardText(cardOf(updates[0]!.body))).toBe(cardText(done));
  });

  it('sends a proactive reminder through the notifier to a stored conversation, and skips people it cannot reach', async () => {
    const before = connector.calls.length;
    const to = { kind: 'magistrate' as const, officeId: 'procura-napoli', magistrateId: 'rossi-mario' };
    expect(front.notifier.reaches(to)).toBe(true);
    await front.notifier.send({ to, text: 'Promemoria: domani, martedì 24 novembre, sei di turno arrestati.', key: 'reminder-1' });
    const sent = connector.calls.slice(before);
    expect(sent).toHaveLength(1);
    // A new message in the stored conversation, not a reply to an activity.
    expect(sent[0]).toMatchObject({ method: 'POST', conversationId: `a:personal-${ROSSI.aad}`, activityId: null });
    expect(cardText(cardOf(sent[0]!.body))).toBe('Promemoria: domani, martedì 24 novembre, sei di turno arrestati.');

    const nobody = { kind: 'magistrate' as const, officeId: 'procura-napoli', magistrateId: 'bianchi-laura' };
    expect(front.notifier.reaches(nobody)).toBe(false);
    await front.notifier.send({ to: nobody, text: 'x' });
    expect(connector.calls).toHaveLength(before + 1);
  });

  it('remembers the office announcement channel when installed there, and announces to it', async () => {
    const channel = '19:annunci-procura@thread.tacv2';
    await store.update((draft) => {
      draft.offices['procura-napoli']!.announcements.teamsChannelId = channel;
    });
    const inChannel = { conversation: { id: `${channel};messageid=1700000000000`, conversationType: 'channel', isGroup: true }, channelData: { channel: { id: channel }, team: { id: '19:team@thread.tacv2' } } };
    let before = connector.calls.length;
    await post(activity(CONTI, { type: 'conversationUpdate', membersAdded: [BOT], ...inChannel }));
    // Nothing is said in the channel on install; the link is kept for the channel itself, not the thread.
    expect(connector.calls).toHaveLength(before);
    expect(store.snapshot().chatLinks['teams:office:procura-napoli']).toMatchObject({ reference: { conversation: { id: channel } } });
    const office = { kind: 'office' as const, officeId: 'procura-napoli' };
    expect(front.notifier.reaches(office)).toBe(true);
    before = connector.calls.length;
    await front.notifier.send({ to: office, text: 'Pubblicato il calendario di gennaio 2027.' });
    expect(connector.calls.slice(before).map((c) => [c.conversationId, c.activityId])).toEqual([[channel, null]]);
    expect(front.notifier.reaches({ kind: 'office', officeId: 'tribunale-napoli' })).toBe(false);
  });

  it('refuses a request without a token with 401 when an app id is set', async () => {
    const built = createTeamsFront({ conversation, store, clock: new FixedClock(new Date('2026-11-23T09:00:00Z')), env: { MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'segreto' }, log: () => {} });
    if (!built.ok) throw new Error(built.message);
    expect(built.front.mode).toBe('azure');
    const secured = createHttpServer({ routes: built.front.routes, log: { error: () => {} } });
    const { port } = await secured.listen(0);
    try {
      const before = connector.calls.length;
      const res = await post(activity(ROSSI, { type: 'message', text: 'i miei turni' }), {}, `http://127.0.0.1:${port}`);
      expect(res.status).toBe(401);
      expect(connector.calls).toHaveLength(before);
    } finally {
      await secured.close();
    }
  });

  it('rejects a body that is not JSON with an Italian 400', async () => {
    const res = await fetch(`${base}/api/messages`, { method: 'POST', body: 'non json' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('non è un JSON valido');
  });

  it('names the wrong variable when the settings are incomplete', () => {
    const built = createTeamsFront({ conversation, store, clock: new FixedClock(new Date()), env: { MicrosoftAppId: 'x', MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 'p' }, log: () => {} });
    expect(built).toEqual({ ok: false, message: expect.stringContaining('MicrosoftAppTenantId') });
  });
});

describe('Teams home card (the App Home of the personal chat)', () => {
  const press = (person: Person, action: CardAction) => post(activity(person, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data } } }));
  const titles = (card: Card) => (card.actions ?? []).map((a) => a.title);

  async function homeAsked(person: Person, text: string): Promise<Card> {
    const before = connector.calls.length;
    await post(activity(person, { type: 'message', text }));
    const sent = connector.calls.slice(before);
    expect(sent).toHaveLength(1);
    return cardOf(sent[0]!.body);
  }

  it('"home", "Inizio" and "menù!" in the personal chat bring the overview with its form buttons and a refresh for the writer', async () => {
    const rossi = { platform: 'teams' as const, id: ROSSI.aad };
    const expected = await conversation.home(rossi);
    for (const word of ['home', 'Inizio', 'menù!']) {
      const card = await homeAsked(ROSSI, word);
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
    const refusals = async () => ((await store.readLog('audit')) as { refused?: boolean }[]).filter((a) => a.refused).length;
    const refusedBefore = await refusals();
    const card = await homeAsked(FERRARO, 'home');
    expect(cardText(card)).toContain('turnario — Giulia Ferraro');
    expect(card.actions!.map((a) => a.verb)).toEqual(['turnario.open.absence']);
    expect(await refusals()).toBe(refusedBefore);
  });

  it('"menu" in a channel is an ordinary sentence for the core, not the personal overview', async () => {
    const before = connector.calls.length;
    await post(activity(ROSSI, {
      type: 'message', text: '<at>turnario</at> menu', entities: [{ type: 'mention', mentioned: BOT, text: '<at>turnario</at>' }],
      conversation: { id: '19:generale@thread.tacv2;messageid=2', conversationType: 'channel', isGroup: true },
      channelData: { channel: { id: '19:generale@thread.tacv2' } },
    }));
    const card = cardOf(connector.calls[before]!.body);
    expect(cardText(card)).not.toContain('turnario — Mario Rossi');
    expect(card.refresh).toBeUndefined();
  });

  it('opens a form from its button as a new card, keeps the home card in place, and the form submits', async () => {
    const home = await homeAsked(ROSSI, 'home');
    const before = connector.calls.length;
    const res = await press(ROSSI, home.actions!.find((a) => a.verb === 'turnario.open.absence')!);
    expect(res.status).toBe(200);
    // The pressed home card is answered with the home card again (same overview, still refreshing).
    const invoke = (await res.json()) as { value: Card };
    expect(cardText(invoke.value)).toBe(cardText(home));
    expect(invoke.value.refresh?.userIds).toEqual([`29:${ROSSI.aad}`]);
    // The form arrives as a new message with its inputs.
    const sent = connector.calls.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', conversationId: `a:personal-${ROSSI.aad}` });
    const form = cardOf(sent[0]!.body);
    expect(form.body.filter((b) => b.id).map((b) => [b.type, b.id])).toEqual([['Input.ChoiceSet', 'type'], ['Input.Date', 'from'], ['Input.Date', 'to'], ['Input.Text', 'note']]);
    const submit = form.actions!.find((a) => a.verb === 'turnario.form.absence')!;
    const submitted = await press(ROSSI, { ...submit, data: { ...(submit.data as object), type: 'formazione', from: '2027-01-11', to: '2027-01-12', note: '' } });
    expect(cardText(((await submitted.json()) as { value: Card }).value)).toContain('formazione dall\'11 al 12 gennaio');
  });

  it('the refresh invoke answers with the current overview: a new absence shows at once', async () => {
    const home = await homeAsked(ROSSI, 'home');
    expect(cardText(home)).not.toContain('dal 18 al 19 gennaio');
    await post(activity(ROSSI, { type: 'message', text: 'sarò in ferie dal 18 al 19 gennaio 2027' }));
    const confirm = cardOf(connector.calls.at(-1)!.body).actions!.find((a) => a.verb === 'turnario.confirm')!;
    await press(ROSSI, confirm);
    const res = await post(activity(ROSSI, { type: 'invoke', name: 'adaptiveCard/action', value: { trigger: 'automatic', action: home.refresh!.action } }));
    const refreshed = ((await res.json()) as { value: Card }).value;
    expect(cardText(refreshed)).toContain('ferie dal 18 al 19 gennaio 2027');
    expect(refreshed.refresh?.action.verb).toBe('turnario.home');
  });

  it('a choice pressed on the home card answers in a new card and the home card drops what was answered', async () => {
    const home = await homeAsked(CONTI, 'home');
    const approve = home.actions!.find((a) => a.verb === 'turnario.approve')!;
    expect(approve).toBeDefined();
    expect((approve.data as { turnario: { home?: boolean } }).turnario.home).toBe(true);
    const before = connector.calls.length;
    const res = await press(CONTI, approve);
    const sent = connector.calls.slice(before).filter((c) => c.conversationId === `a:personal-${CONTI.aad}`);
    expect(sent).toHaveLength(1);
    const outcome = cardText(cardOf(sent[0]!.body));
    // The replan after Rossi's leave is approved: the new version is published.
    expect(outcome).toContain('pubblicato');
    expect(outcome).not.toContain('turnario — Nicola Conti');
    const after = ((await res.json()) as { value: Card }).value;
    expect(cardText(after)).toContain('turnario — Nicola Conti');
    expect(after.actions!.filter((a) => a.verb === 'turnario.approve')).toHaveLength(home.actions!.filter((a) => a.verb === 'turnario.approve').length - 1);
    expect(errors).toEqual([]);
  });
});
