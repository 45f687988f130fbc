import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, formButton, renderBlocks, renderHome, renderMessage, renderModal } from '../../../adapters/slack/render.ts';
import { directMessageOf, formButtonValues, formValues, messageText, parseAction, parseFormId, parseMetadata } from '../../../adapters/slack/parse.ts';
import { readSlackSettings, slackConfigured } from '../../../adapters/slack/settings.ts';
import type { FormSpec, Reply } from '../../../src/conversation/index.ts';

const confirmReply: Reply = {
  kind: 'confirm', title: 'Conferma assenza',
  sections: [
    { lines: ['Ho capito: ferie dal 14 al 18 dicembre.'] },
    { heading: 'Hai 2 turni pubblicati in quei giorni:', lines: ['reperibilità <lunedì 14>', 'udienza & arresti'], list: true },
    { lines: ['Confermi?'] },
  ],
  actions: [
    { id: 'confirm', label: 'Conferma', style: 'primary', pendingId: 'p7' },
    { id: 'cancel', label: 'Annulla', style: 'default', pendingId: 'p7' },
  ],
};

const form: FormSpec = {
  id: 'giada_request', title: 'Richiesta data prima udienza (GIADA)', submitLabel: 'Invia richiesta',
  fields: [
    { id: 'reference', label: 'Numero del procedimento (R.G.)', type: 'text', required: true, placeholder: 'es. 1234/2026' },
    { id: 'type', label: 'Tipo di richiesta', type: 'select', required: true, options: [{ value: 'citazione_diretta', label: 'Citazione diretta' }, { value: 'giudizio_immediato', label: 'Giudizio immediato' }] },
    { id: 'from', label: 'Dal', type: 'date', required: true, initial: '2026-12-01' },
    { id: 'free', label: 'Imputati liberi', type: 'number', required: true, initial: '1' },
    { id: 'urgent', label: 'Urgente', type: 'toggle', required: false, initial: 'false' },
    { id: 'note', label: 'Nota', type: 'text', required: false },
  ],
};

describe('render: Reply -> Block Kit', () => {
  it('renders title as header, sections as mrkdwn (escaped, lists bulleted, headings bold), actions as buttons', () => {
    const blocks = renderBlocks(confirmReply);
    expect(blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Conferma assenza', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: 'Ho capito: ferie dal 14 al 18 dicembre.' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*Hai 2 turni pubblicati in quei giorni:*\n• reperibilità &lt;lunedì 14&gt;\n• udienza &amp; arresti' } },
      { type: 'section', text: { type: 'mrkdwn', text: 'Confermi?' } },
      { type: 'actions', elements: [
        { type: 'button', action_id: 'turnario:confirm:p7', value: 'p7', text: { type: 'plain_text', text: 'Conferma', emoji: true }, style: 'primary' },
        { type: 'button', action_id: 'turnario:cancel:p7', value: 'p7', text: { type: 'plain_text', text: 'Annulla', emoji: true } },
      ] },
    ]);
  });

  it('gives the plain-text fallback of the core (replyText)', () => {
    expect(renderMessage(confirmReply).text).toBe('Conferma assenza\n\nHo capito: ferie dal 14 al 18 dicembre.\n\nHai 2 turni pubblicati in quei giorni:\n• reperibilità <lunedì 14>\n• udienza & arresti\n\nConfermi?');
  });

  it('keeps every section under Slack\'s 3000 characters and every message under 50 blocks', () => {
    const long: Reply = { kind: 'answer', sections: [{ lines: Array.from({ length: 400 }, (_, i) => `Riga numero ${i} con un po' di testo per riempire lo spazio`) }, ...Array.from({ length: 80 }, () => ({ lines: ['x'] }))], actions: [] };
    const blocks = renderBlocks(long);
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const b of blocks) if (b.type === 'section') expect(b.text!.text.length).toBeLessThanOrEqual(3000);
    expect(blocks.filter((b) => b.type === 'section').length).toBeGreaterThan(5);
  });

  it('makes buttons of many pending interactions unique and five to a row', () => {
    const reply: Reply = { kind: 'answer', sections: [], actions: Array.from({ length: 6 }, (_, i) => ({ id: 'approve' as const, label: 'Approva', style: 'primary' as const, pendingId: `p${i}` })) };
    const rows = renderBlocks(reply);
    expect(rows.map((r) => (r.type === 'actions' ? r.elements.length : 0))).toEqual([5, 1]);
    const ids = rows.flatMap((r) => (r.type === 'actions' ? r.elements.map((e) => (e as { action_id: string }).action_id) : []));
    expect(new Set(ids).size).toBe(6);
  });

  it('turns a reply carrying a form into a button labelled with the form title, carrying its pre-filled values', () => {
    const blocks = renderBlocks({ kind: 'problem', sections: [{ lines: ['Mi mancano le date.'] }], actions: [], form });
    const button = (blocks.at(-1) as { elements: { action_id: string; value: string; text: { text: string } }[] }).elements[0]!;
    expect(button.action_id).toBe('turnario-form:giada_request');
    expect(button.text.text).toBe('Richiesta data prima udienza (GIADA)');
    expect(formButtonValues(button.value)).toEqual({ from: '2026-12-01', free: '1', urgent: 'false' });
  });

  it('renders the App Home as a home view with the form buttons after the overview', () => {
    const view = renderHome({ kind: 'answer', title: 'turnario — Mario Rossi', sections: [{ heading: 'I tuoi turni', lines: ['Nessun turno.'] }], actions: [] }, [formButtonSpec()]);
    expect(view.type).toBe('home');
    expect(view.blocks.map((b) => b.type)).toEqual(['header', 'section', 'actions']);
  });

  it('escapes Slack mrkdwn control characters', () => {
    expect(escapeMrkdwn('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
  });
});

const isInput = (block: { type: string }): block is types.InputBlock => block.type === 'input';

/** A Block Kit element's fields by name. */
function entries(element: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(element));
}

function formButtonSpec() {
  return { id: 'absence' as const, title: 'Comunica un\'assenza' };
}

describe('render: FormSpec -> modal', () => {
  it('renders one input per field with the native element, optional when not required, pre-filled', () => {
    const view = renderModal(form, { metadata: { formId: 'giada_request' } });
    expect(view.callback_id).toBe('turnario-form:giada_request');
    expect(parseMetadata(view.private_metadata)).toEqual({ formId: 'giada_request' });
    // The title is longer than Slack's 24 characters: clipped in the title bar, whole as a header.
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Richiesta data prima udienza (GIADA)' } });
    expect(view.submit!.text).toBe('Invia richiesta');
    const inputs = view.blocks.flatMap((b) => (isInput(b) ? [{ block_id: b.block_id, optional: b.optional, element: entries(b.element) }] : []));
    expect(inputs.map((i) => [i.block_id, i.element.type, i.optional])).toEqual([
      ['reference', 'plain_text_input', false], ['type', 'static_select', false], ['from', 'datepicker', false],
      ['free', 'number_input', false], ['urgent', 'checkboxes', true], ['note', 'plain_text_input', true],
    ]);
    expect(inputs[2]!.element.initial_date).toBe('2026-12-01');
    expect(inputs[3]!.element.initial_value).toBe('1');
    expect(inputs[4]!.element.initial_options).toBeUndefined();
  });

  it('lets people type a choice Slack could not list (more than 100 options)', () => {
    const many: FormSpec = { ...form, fields: [{ id: 'magistrate', label: 'Magistrato', type: 'select', required: true, options: Array.from({ length: 101 }, (_, i) => ({ value: `Cognome${i}`, label: `Cognome${i} Nome` })) }] };
    const element = entries(renderModal(many, { metadata: { formId: 'absence' }, values: { magistrate: 'Cognome100' } }).blocks.flatMap((b) => (isInput(b) ? [b.element] : []))[0]!);
    expect(element).toMatchObject({ type: 'plain_text_input', action_id: 'magistrate', initial_value: 'Cognome100' });
    const hundred: FormSpec = { ...many, fields: [{ ...many.fields[0]!, options: many.fields[0]!.options!.slice(0, 100) }] };
    expect(entries(renderModal(hundred, { metadata: { formId: 'absence' } }).blocks.flatMap((b) => (isInput(b) ? [b.element] : []))[0]!).type).toBe('static_select');
  });

  it('shows a problem above the fields and keeps the values entered', () => {
    const view = renderModal(form, {
      metadata: { formId: 'giada_request' }, values: { type: 'giudizio_immediato', urgent: 'true', reference: '12/2026' },
      notice: { kind: 'problem', sections: [{ lines: ['Il numero "12/2026" non è valido.'] }], actions: [{ id: 'cancel', label: 'Annulla', style: 'default', pendingId: 'p1' }] },
    });
    expect(view.blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: 'Il numero "12/2026" non è valido.' } });
    expect(view.blocks.some((b) => b.type === 'actions')).toBe(false);
    const element = (id: string) => entries(view.blocks.flatMap((b) => (isInput(b) && b.block_id === id ? [b.element] : []))[0]!);
    expect(element('type').initial_option).toMatchObject({ value: 'giudizio_immediato' });
    expect(element('urgent').initial_options).toHaveLength(1);
    expect(element('reference').initial_value).toBe('12/2026');
  });
});

describe('parse: Slack payloads -> core requests', () => {
  it('reads the submitted values of every input type by block id', () => {
    expect(formValues({
      reference: { reference: { type: 'plain_text_input', value: '1234/2026' } },
      note: { note: { type: 'plain_text_input', value: null } },
      type: { type: { type: 'static_select', selected_option: { value: 'citazione_diretta' } } },
      from: { from: { type: 'datepicker', selected_date: '2026-12-01' } },
      free: { free: { type: 'number_input', value: '2' } },
      urgent: { urgent: { type: 'checkboxes', selected_options: [{ value: 'true' }] } },
      calm: { calm: { type: 'checkboxes', selected_options: [] } },
    })).toEqual({ reference: '1234/2026', type: 'citazione_diretta', from: '2026-12-01', free: '2', urgent: 'true', calm: 'false' });
  });

  it('removes mentions, undoes escapes and reduces links in a sentence', () => {
    expect(messageText('<@U0TURNARIO> chi è reperibile  sabato?')).toBe('chi è reperibile sabato?');
    expect(messageText('ferie &amp; permessi &lt;3 <mailto:a@b.it|a@b.it> <https://x.it|qui>')).toBe('ferie & permessi <3 a@b.it qui');
  });

  it('reads button ids and refuses ids that are not ours', () => {
    expect(parseAction('turnario:accept:p12')).toEqual({ actionId: 'accept', pendingId: 'p12' });
    expect(parseAction('turnario:explode:p12')).toBeNull();
    expect(parseAction('altro')).toBeNull();
    expect(parseFormId('turnario-form:absence')).toBe('absence');
    expect(parseFormId('turnario-form:nulla')).toBeNull();
    expect(formButton({ id: 'absence', title: 'Comunica un\'assenza' }).action_id).toBe('turnario-form:absence');
    expect(parseMetadata('non json')).toBeNull();
    expect(formButtonValues('[1,2]')).toEqual({});
  });

  it('takes only people\'s direct messages, not edits, bots or channel messages', () => {
    const base = { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: 'ciao', ts: '1.2' };
    expect(directMessageOf(base)).toEqual({ user: 'U1', channel: 'D1', text: 'ciao', ts: '1.2' });
    expect(directMessageOf({ ...base, subtype: 'message_changed' })).toBeNull();
    expect(directMessageOf({ ...base, bot_id: 'B1' })).toBeNull();
    expect(directMessageOf({ ...base, channel_type: 'channel' })).toBeNull();
  });
});

describe('settings', () => {
  it('runs with a bot token; HTTP mode needs the signing secret, Socket Mode the app token', () => {
    expect(slackConfigured({})).toBe(false);
    expect(slackConfigured({ SLACK_BOT_TOKEN: 'xoxb-1' })).toBe(true);
    expect(readSlackSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toEqual({ ok: true, settings: { botToken: 'xoxb-1', signingSecret: 's', apiUrl: 'https://slack.com/api/', mode: 'http' } });
    expect(readSlackSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://127.0.0.1:9/api' })).toEqual({ ok: true, settings: { botToken: 'xoxb-1', appToken: 'xapp-1', apiUrl: 'http://127.0.0.1:9/api/', mode: 'socket' } });
  });

  it('names the wrong variable in Italian', () => {
    const message = (env: Record<string, string>) => {
      const read = readSlackSettings(env);
      return read.ok ? '' : read.message;
    };
    expect(message({ SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(/^SLACK_SIGNING_SECRET: manca\./);
    expect(message({ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_SIGNING_SECRET: 's' })).toMatch(/^SLACK_BOT_TOKEN: atteso un token del bot/);
    expect(message({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'abc' })).toMatch(/^SLACK_APP_TOKEN: atteso/);
    expect(message({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'slack' })).toMatch(/^SLACK_API_URL: atteso un indirizzo/);
  });
});
