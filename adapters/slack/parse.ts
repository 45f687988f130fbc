import type { ActionId, ChatUser, FormId } from '../../src/conversation/index.ts';

/**
 * Slack payloads -> what the conversation core takes: who wrote, the sentence, the button pressed,
 * the form's values. Pure functions over plain JSON; Bolt hands them the payloads.
 */

const actionIds: readonly ActionId[] = ['confirm', 'cancel', 'accept', 'decline', 'approve', 'reject', 'publish'];
const formIds: readonly FormId[] = ['absence', 'giada_request'];

/** Buttons answering a pending interaction: `turnario:<action>:<pendingId>` (unique within a message). */
export const ACTION_PATTERN = /^turnario:/;
/** Buttons opening a form: `turnario-form:<formId>`. Modals carry the same string as `callback_id`. */
export const FORM_PATTERN = /^turnario-form:/;

export function actionIdFor(action: ActionId, pendingId: string): string {
  return `turnario:${action}:${pendingId}`;
}

export function formActionIdFor(formId: FormId): string {
  return `turnario-form:${formId}`;
}

/** The button pressed, or null when the id is not one of ours. */
export function parseAction(actionIdString: string): { actionId: ActionId; pendingId: string } | null {
  const match = /^turnario:([a-z]+):(.+)$/.exec(actionIdString);
  if (!match || !(actionIds as readonly string[]).includes(match[1]!)) return null;
  return { actionId: match[1] as ActionId, pendingId: match[2]! };
}

/** The form a button or a modal stands for, or null. */
export function parseFormId(actionOrCallbackId: string): FormId | null {
  const match = /^turnario-form:(.+)$/.exec(actionOrCallbackId);
  return match && (formIds as readonly string[]).includes(match[1]!) ? (match[1] as FormId) : null;
}

/** The pre-filled values a form button carries (see `formButton`); empty when unreadable. */
export function formButtonValues(value: string | undefined): Record<string, string> {
  try {
    const data: unknown = JSON.parse(value ?? '{}');
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    return Object.fromEntries(Object.entries(data).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/** What a modal carries in `private_metadata`. */
export interface FormMetadata {
  formId: FormId;
}

export function parseMetadata(raw: string | undefined): FormMetadata | null {
  if (!raw) return null;
  try {
    const data = JSON.parse(raw) as { formId?: unknown };
    return typeof data.formId === 'string' && (formIds as readonly string[]).includes(data.formId) ? { formId: data.formId as FormId } : null;
  } catch {
    return null;
  }
}

/** A Slack member as the core knows chat users. */
export function slackUser(userId: string): ChatUser {
  return { platform: 'slack', id: userId };
}

/**
 * The sentence a person wrote: mentions of the bot removed, Slack's escapes undone, links reduced to
 * what they show (`<https://x|testo>` -> `testo`, `<mailto:a@b|a@b>` -> `a@b`).
 */
export function messageText(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ')
    .replace(/<(?:https?:|mailto:)[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<(?:mailto:)?([^|>]*)>/g, '$1')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A message event we answer: a person writing in a direct message with the app. */
export interface DirectMessage {
  user: string;
  channel: string;
  text: string;
  ts: string;
}

/** The direct message in an event, or null (channels, edits, bots, joins and other subtypes are not for us). */
export function directMessageOf(payload: object): DirectMessage | null {
  const event = payload as Record<string, unknown>;
  if (event.type !== 'message' || event.channel_type !== 'im' || event.subtype !== undefined || event.bot_id !== undefined) return null;
  const { user, channel, text, ts } = event;
  if (typeof user !== 'string' || typeof channel !== 'string' || typeof text !== 'string' || typeof ts !== 'string') return null;
  return { user, channel, text: messageText(text), ts };
}

/** One input's state in a submitted view (`view.state.values[block][action]`). */
interface InputState {
  type?: string;
  value?: string | null;
  selected_date?: string | null;
  selected_option?: { value?: string } | null;
  selected_options?: { value?: string }[] | null;
}

/** The submitted values by field id (block id), as strings: dates `YYYY-MM-DD`, toggles `true`/`false`. */
export function formValues(state: Record<string, Record<string, InputState>>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(state)) {
    for (const input of Object.values(actions)) {
      const value = valueOf(input);
      if (value !== null) values[blockId] = value;
    }
  }
  return values;
}

function valueOf(input: InputState): string | null {
  switch (input.type) {
    case 'datepicker': return input.selected_date ?? null;
    case 'static_select': return input.selected_option?.value ?? null;
    case 'checkboxes': return (input.selected_options ?? []).some((o) => o.value === 'true') ? 'true' : 'false';
    default: return typeof input.value === 'string' && input.value.trim() !== '' ? input.value : null;
  }
}
