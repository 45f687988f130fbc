import type { ActionId, ChatUser, FormId } from '../../src/conversation/index.ts';

/**
 * A Teams activity → what the user asked, platform-neutral. Pure: reads the activity JSON only (no
 * botbuilder types), so it can be tested and reused unchanged if the SDK underneath changes.
 */

/** The parts of a Bot Framework activity this adapter reads. */
export interface IncomingActivity {
  type?: string;
  name?: string;
  text?: string;
  value?: unknown;
  replyToId?: string;
  from?: { id?: string; aadObjectId?: string; name?: string };
  recipient?: { id?: string };
  conversation?: { id?: string; conversationType?: string };
  membersAdded?: { id?: string }[];
  entities?: { type?: string; mentioned?: { id?: string }; text?: string }[];
  channelData?: { channel?: { id?: string }; team?: { id?: string } };
}

export type TeamsRequest =
  | { kind: 'text'; text: string }
  /** A button pressed; `home` when it was on the home card (the home card then stays, refreshed). */
  | { kind: 'action'; actionId: ActionId; pendingId: string; via: 'execute' | 'submit'; home?: true }
  | { kind: 'form'; formId: FormId; values: Record<string, string>; via: 'execute' | 'submit' }
  /** A home card button asking for a form. */
  | { kind: 'open_form'; formId: FormId; via: 'execute' | 'submit' }
  /** "home", "inizio", "menu" written in the personal chat, or the home card's refresh: the person's overview. */
  | { kind: 'home'; via: 'execute' | 'message' }
  /** The bot was added to a personal chat, a group chat or a team. */
  | { kind: 'installed' }
  | { kind: 'ignored' };

const actionIds: readonly ActionId[] = ['confirm', 'cancel', 'accept', 'decline', 'approve', 'reject', 'publish'];
const formIds: readonly FormId[] = ['absence', 'giada_request'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The words that ask for the home card, alone in the message (case, accents and punctuation aside). */
const homeWords = ['home', 'inizio', 'menu'];

export function isHomeWord(text: string): boolean {
  const word = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z\s]/g, '').trim();
  return homeWords.includes(word);
}

/** Who wrote: the Entra (AAD) object id, which the office file records as `chat.teamsAadObjectId`. */
export function chatUserOf(activity: IncomingActivity): ChatUser | null {
  const id = activity.from?.aadObjectId ?? activity.from?.id;
  return id ? { platform: 'teams', id } : null;
}

/** The message text without the bot's @mention (channel messages begin with "<at>turnario</at>"). */
export function textWithoutMention(activity: IncomingActivity): string {
  let text = activity.text ?? '';
  for (const entity of activity.entities ?? []) {
    if (entity.type === 'mention' && entity.mentioned?.id === activity.recipient?.id && entity.text) text = text.split(entity.text).join(' ');
  }
  return text.replace(/<at>[^<]*<\/at>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The `turnario` payload of a card button or form (from `Action.Execute` data or `Action.Submit` value). */
function fromCardData(data: unknown, via: 'execute' | 'submit'): TeamsRequest | null {
  if (!isRecord(data) || !isRecord(data.turnario)) return null;
  const payload = data.turnario;
  if (payload.kind === 'action' && actionIds.includes(payload.actionId as ActionId) && typeof payload.pendingId === 'string') {
    return { kind: 'action', actionId: payload.actionId as ActionId, pendingId: payload.pendingId, via, ...(payload.home === true ? { home: true as const } : {}) };
  }
  if (payload.kind === 'open_form' && formIds.includes(payload.formId as FormId)) return { kind: 'open_form', formId: payload.formId as FormId, via };
  if (payload.kind === 'home' && via === 'execute') return { kind: 'home', via };
  if (payload.kind === 'form' && formIds.includes(payload.formId as FormId)) {
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(data)) {
      if (key === 'turnario' || value === undefined || value === null) continue;
      values[key] = String(value);
    }
    return { kind: 'form', formId: payload.formId as FormId, values, via };
  }
  return null;
}

export function parseActivity(activity: IncomingActivity): TeamsRequest {
  if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action') {
    const action = isRecord(activity.value) && isRecord(activity.value.action) ? activity.value.action : null;
    return (action && fromCardData(action.data, 'execute')) ?? { kind: 'ignored' };
  }
  if (activity.type === 'conversationUpdate') {
    const botAdded = (activity.membersAdded ?? []).some((m) => m.id !== undefined && m.id === activity.recipient?.id);
    return botAdded ? { kind: 'installed' } : { kind: 'ignored' };
  }
  if (activity.type !== 'message') return { kind: 'ignored' };
  const card = fromCardData(activity.value, 'submit');
  if (card) return card;
  const text = textWithoutMention(activity);
  // Only in the personal chat: the overview is the person's own, not for a channel to read.
  if (activity.conversation?.conversationType === 'personal' && isHomeWord(text)) return { kind: 'home', via: 'message' };
  return text ? { kind: 'text', text } : { kind: 'ignored' };
}
