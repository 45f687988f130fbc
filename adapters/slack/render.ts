import type { types } from '@slack/bolt';
import { replyText, type FormField, type FormSpec, type Reply, type ReplyAction } from '../../src/conversation/index.ts';
import { actionIdFor, formActionIdFor, type FormMetadata } from './parse.ts';

/**
 * Reply -> Block Kit, FormSpec -> modal view. Pure functions of the core's data: every word shown
 * comes from the reply (titles, lines, button labels, form labels); nothing is decided here.
 */

export type Block = types.KnownBlock;

/** A Slack message: blocks plus the plain text Slack shows in notifications and old clients. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

// Slack's limits (https://docs.slack.dev/reference/block-kit/blocks).
const MAX_SECTION_TEXT = 3000;
const MAX_HEADER_TEXT = 150;
const MAX_BUTTON_TEXT = 75;
const MAX_OPTION_TEXT = 75;
const MAX_MESSAGE_BLOCKS = 50;
const MAX_VIEW_BLOCKS = 100;
const MAX_FALLBACK_TEXT = 3900;
const MAX_SELECT_OPTIONS = 100;

/** Escapes the three characters Slack's mrkdwn gives meaning to (`&`, `<`, `>`). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const plain = (text: string, max: number) => ({ type: 'plain_text' as const, text: clip(text, max), emoji: true });

/** Splits lines into section texts under Slack's 3000-character limit, never inside a line when avoidable. */
function chunkLines(lines: string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = clip(raw, MAX_SECTION_TEXT);
    if (current && current.length + 1 + line.length > MAX_SECTION_TEXT) {
      chunks.push(current);
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

function sectionBlocks(reply: Reply): Block[] {
  const blocks: Block[] = [];
  for (const section of reply.sections) {
    const lines = section.lines.map((l) => (section.list ? `• ${escapeMrkdwn(l)}` : escapeMrkdwn(l)));
    if (section.heading) lines.unshift(`*${escapeMrkdwn(section.heading)}*`);
    for (const text of chunkLines(lines)) blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
  }
  return blocks;
}

function button(action: ReplyAction): types.Button {
  return {
    type: 'button', action_id: actionIdFor(action.id, action.pendingId), value: action.pendingId, text: plain(action.label, MAX_BUTTON_TEXT),
    ...(action.style === 'default' ? {} : { style: action.style }),
  };
}

/** The buttons of a reply (and the one that opens its form), five per row as Slack shows them well. */
function actionBlocks(buttons: types.Button[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < buttons.length; i += 5) blocks.push({ type: 'actions', elements: buttons.slice(i, i + 5) });
  return blocks;
}

/**
 * A button that opens a form as a modal, labelled with the form's own title; its value carries the
 * values the core already filled in (JSON by field id), so the modal opens pre-filled.
 */
export function formButton(form: Pick<FormSpec, 'id' | 'title'> & { fields?: FormField[] }): types.Button {
  const initial = Object.fromEntries((form.fields ?? []).flatMap((f) => (f.initial === undefined ? [] : [[f.id, f.initial]])));
  return { type: 'button', action_id: formActionIdFor(form.id), value: JSON.stringify(initial), text: plain(form.title, MAX_BUTTON_TEXT), style: 'primary' };
}

/** The blocks of a reply: title as header, sections, then its buttons (and a button for its form). */
export function renderBlocks(reply: Reply, limit = MAX_MESSAGE_BLOCKS, extraButtons: types.Button[] = []): Block[] {
  const head: Block[] = reply.title ? [{ type: 'header', text: plain(reply.title, MAX_HEADER_TEXT) }] : [];
  const buttons = [...reply.actions.map(button), ...(reply.form ? [formButton(reply.form)] : []), ...extraButtons];
  const tail = actionBlocks(buttons);
  const body = sectionBlocks(reply).slice(0, Math.max(0, limit - head.length - tail.length));
  return [...head, ...body, ...tail];
}

/** A reply as a Slack message. */
export function renderMessage(reply: Reply): SlackMessage {
  return { text: clip(replyText(reply), MAX_FALLBACK_TEXT), blocks: renderBlocks(reply) };
}

/** The App Home tab: the core's overview, plus buttons opening the forms the person may use. */
export function renderHome(reply: Reply, forms: Pick<FormSpec, 'id' | 'title'>[] = []): types.HomeView {
  return { type: 'home', blocks: renderBlocks(reply, MAX_VIEW_BLOCKS, forms.map(formButton)) };
}

function optionOf(option: { value: string; label: string }): types.PlainTextOption {
  return { text: plain(option.label, MAX_OPTION_TEXT), value: option.value };
}

/** The input element of a field, pre-filled with `value` (a submitted value) or the field's initial value. */
function elementOf(field: FormField, value: string | undefined): types.InputBlock['element'] {
  const initial = value ?? field.initial;
  const placeholder = field.placeholder ? { placeholder: plain(field.placeholder, 150) } : {};
  switch (field.type) {
    case 'date':
      return { type: 'datepicker', action_id: field.id, ...(initial && /^\d{4}-\d{2}-\d{2}$/.test(initial) ? { initial_date: initial } : {}), ...placeholder };
    case 'select': {
      // Slack lists at most 100 options: a longer list (a large office's magistrates) is typed instead,
      // and the core reads the typed value as it reads a chosen one.
      if ((field.options ?? []).length > MAX_SELECT_OPTIONS) {
        return { type: 'plain_text_input', action_id: field.id, ...(initial ? { initial_value: initial } : {}), ...placeholder };
      }
      const options = (field.options ?? []).map(optionOf);
      const chosen = options.find((o) => o.value === initial);
      return { type: 'static_select', action_id: field.id, options, ...(chosen ? { initial_option: chosen } : {}), ...placeholder };
    }
    case 'number':
      return { type: 'number_input', action_id: field.id, is_decimal_allowed: false, ...(initial !== undefined && /^-?\d+$/.test(initial) ? { initial_value: initial } : {}), ...placeholder };
    case 'toggle': {
      const option = optionOf({ value: 'true', label: field.label });
      return { type: 'checkboxes', action_id: field.id, options: [option], ...(initial === 'true' ? { initial_options: [option] } : {}) };
    }
    case 'text':
      return { type: 'plain_text_input', action_id: field.id, ...(initial ? { initial_value: initial } : {}), ...placeholder };
  }
}

export interface ModalOptions {
  /** A problem to show above the fields (the core's reply to a refused submission). */
  notice?: Reply;
  /** Values already entered, by field id, to keep them when the modal is shown again. */
  values?: Record<string, string>;
  /** What comes back with the submission. */
  metadata: FormMetadata;
}

/** A form as a modal: one input block per field (block and action ids are the field ids). */
export function renderModal(form: FormSpec, options: ModalOptions): types.ModalView {
  // Slack cuts modal titles at 24 characters: a longer title is shown whole as a header.
  const fullTitle: Block[] = form.title.length > 24 ? [{ type: 'header', text: plain(form.title, MAX_HEADER_TEXT) }] : [];
  const notice = options.notice ? renderBlocks({ kind: options.notice.kind, ...(options.notice.title ? { title: options.notice.title } : {}), sections: options.notice.sections, actions: [] }, 10) : [];
  const inputs: Block[] = form.fields.map((field) => ({
    type: 'input', block_id: field.id, optional: !field.required, label: plain(field.label, 2000), element: elementOf(field, options.values?.[field.id]),
  }));
  return {
    type: 'modal', callback_id: `turnario-form:${form.id}`, private_metadata: JSON.stringify(options.metadata),
    title: plain(form.title, 24), submit: plain(form.submitLabel, 24), close: plain('Chiudi', 24),
    blocks: [...fullTitle, ...notice, ...inputs].slice(0, MAX_VIEW_BLOCKS),
  };
}
