import { replyText, type Reply } from '../../src/conversation/index.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE, cardAttachment, renderCard, type AdaptiveCard } from './render.ts';

/** Outgoing activities, as plain JSON (botbuilder accepts them as `Partial<Activity>`). */

export interface OutgoingMessage {
  type: 'message';
  id?: string;
  summary: string;
  attachments: { contentType: string; content: AdaptiveCard }[];
}

/** A message carrying one Adaptive Card; the summary is what notifications and previews show. */
export function cardMessage(card: AdaptiveCard, summary: string): OutgoingMessage {
  return { type: 'message', summary, attachments: [cardAttachment(card)] };
}

/** A reply as a message carrying one Adaptive Card. */
export function replyMessage(reply: Reply): OutgoingMessage {
  const text = replyText(reply);
  return cardMessage(renderCard(reply, text), reply.title ?? text.split('\n')[0] ?? '');
}

/** The body of the invoke response to an `adaptiveCard/action`: the card that replaces the pressed one. */
export function cardInvokeBody(reply: Reply | AdaptiveCard): { statusCode: 200; type: string; value: AdaptiveCard } {
  return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: 'kind' in reply ? renderCard(reply, replyText(reply)) : reply };
}

/** The invoke response body for an action we could not read: a short Italian message instead of a card. */
export function messageInvokeBody(text: string): { statusCode: 200; type: string; value: string } {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text };
}
