import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { ChatUser, Conversation, Identity, Reply } from '../../src/conversation/index.ts';
import type { Clock, Store } from '../../src/ports.ts';
import { linkKeyForConversation, officeLinkKey, saveLink } from './links.ts';
import { formAgain, wantsFormAgain } from './form-again.ts';
import { homeCard } from './home.ts';
import { cardInvokeBody, cardMessage, messageInvokeBody, replyMessage } from './messages.ts';
import { chatUserOf, parseActivity, type IncomingActivity } from './parse.ts';
import { referenceOf, type ReferenceSource } from './reference.ts';

/**
 * One Teams turn: parse the activity, ask the conversation core, send back what it answered. Card
 * presses replace the pressed card: through the invoke response for `Action.Execute`, through
 * `updateActivity` for the `Action.Submit` fallback. The home card (install, "home"/"inizio"/"menu"
 * in the personal chat) is the exception: a press on it answers in a new card and the home card stays,
 * showing the current overview.
 */

export interface TurnDeps {
  conversation: Conversation;
  store: Store;
  clock: Clock;
  log: (message: string, error?: unknown) => void;
}

const UNREADABLE_ACTION = 'Non sono riuscito a leggere questo pulsante: riscrivimi la richiesta in chat.';

/** Remembers how to reach this conversation again (personal chat, or the office's channel). */
async function remember(deps: TurnDeps, who: Identity, activity: IncomingActivity & ReferenceSource): Promise<void> {
  const config = deps.store.snapshot().offices[who.officeId];
  const reference = referenceOf(activity);
  if (!config || !reference) return;
  const channelId = activity.channelData?.channel?.id;
  const key = linkKeyForConversation(who, config, { conversationType: activity.conversation?.conversationType, channelId });
  if (!key) return;
  // The office link posts new messages in the channel itself, not as replies in the thread written in.
  if (key === officeLinkKey(who.officeId) && channelId) reference.conversation = { ...reference.conversation, id: channelId };
  await saveLink(deps.store, key, reference, deps.clock.now());
}

/**
 * Sends a reply. A press answered through `Action.Execute` replaces the card for the presser only (the
 * invoke response); in a group chat or channel, an outcome that settles the question also replaces it
 * for everybody else (`updateActivity`), while a problem or refusal (not your question, already
 * answered) stays the presser's alone and the card stays as it was for the others, as in Slack. With
 * the `Action.Submit` fallback, which cannot answer one person alone, such a problem in a shared
 * conversation comes as a new message instead of overwriting the card.
 */
async function answer(context: TurnContext, reply: Reply, via: 'execute' | 'submit' | 'message'): Promise<void> {
  const cardId = context.activity.replyToId;
  const shared = context.activity.conversation?.conversationType !== undefined && context.activity.conversation.conversationType !== 'personal';
  const settles = reply.kind !== 'problem' && reply.kind !== 'refusal';
  if (via === 'execute') {
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: cardInvokeBody(reply) } });
    if (shared && settles && cardId) await context.updateActivity({ ...replyMessage(reply), id: cardId });
  } else if (via === 'submit' && cardId && (settles || !shared)) {
    await context.updateActivity({ ...replyMessage(reply), id: cardId });
  } else {
    await context.sendActivity(replyMessage(reply));
  }
}

/** The home card as a new message (install, "home" written in the personal chat). */
async function sendHome(context: TurnContext, deps: TurnDeps, user: ChatUser): Promise<void> {
  const card = await homeCard(deps.conversation, user, context.activity.from?.id);
  await context.sendActivity(cardMessage(card, card.fallbackText.split('\n')[0] ?? ''));
}

/** The pressed home card stays where it is, with the current overview (invoke response, or `updateActivity`). */
async function keepHome(context: TurnContext, deps: TurnDeps, user: ChatUser, via: 'execute' | 'submit'): Promise<void> {
  const card = await homeCard(deps.conversation, user, context.activity.from?.id);
  if (via === 'execute') {
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: cardInvokeBody(card) } });
  } else if (context.activity.replyToId) {
    await context.updateActivity({ ...cardMessage(card, card.fallbackText.split('\n')[0] ?? ''), id: context.activity.replyToId });
  }
}

export function createTurnHandler(deps: TurnDeps): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const activity: IncomingActivity & ReferenceSource = context.activity;
    const request = parseActivity(activity);
    const user = chatUserOf(activity);
    if (request.kind === 'ignored' || !user) {
      if (activity.type === 'invoke') await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: messageInvokeBody(UNREADABLE_ACTION) } });
      return;
    }
    const who = deps.conversation.identify(user);
    if (who) await remember(deps, who, activity);
    switch (request.kind) {
      case 'installed':
        // In a personal chat the new user gets their home card (or, if unknown, how to be enabled).
        if (activity.conversation?.conversationType === 'personal') await sendHome(context, deps, user);
        return;
      case 'home':
        if (request.via === 'message') return sendHome(context, deps, user);
        // The home card's refresh: Teams shows the returned card in its place.
        return keepHome(context, deps, user, 'execute');
      case 'open_form':
        // The form (or why it cannot be used) comes as a new card; the home card stays.
        await answer(context, await deps.conversation.openForm(user, request.formId), 'message');
        return keepHome(context, deps, user, request.via);
      case 'text':
        return answer(context, await deps.conversation.handleText(user, request.text), 'message');
      case 'action':
        if (request.home) {
          // Pressed on the home card: the outcome comes as a new card, the home card shows the new state.
          await answer(context, await deps.conversation.handleAction(user, request.actionId, request.pendingId), 'message');
          return keepHome(context, deps, user, request.via);
        }
        return answer(context, await deps.conversation.handleAction(user, request.actionId, request.pendingId), request.via);
      case 'form': {
        const outcome = await deps.conversation.submitForm(user, request.formId, request.values);
        // Not accepted: what was wrong, above the same form with what was written.
        const form = wantsFormAgain(outcome) ? (await deps.conversation.openForm(user, request.formId)).form : undefined;
        return answer(context, form ? formAgain(outcome, form, request.values) : outcome, request.via);
      }
    }
  };
}
