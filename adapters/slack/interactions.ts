import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Reply } from '../../src/conversation/index.ts';
import { directChannel } from './direct-channel.ts';
import { withSlackFailure } from './failures.ts';
import type { SlackHandlerDeps } from './handler-deps.ts';
import { publishHome } from './home.ts';
import { ACTION_PATTERN, FORM_PATTERN, formButtonValues, formValues, parseAction, parseFormId, parseMetadata } from './parse.ts';
import { renderMessage, renderModal } from './render.ts';

/**
 * Buttons and modals.
 * - A button answering a pending interaction goes to `handleAction`; the reply replaces the message
 *   that carried the button (`chat.update`, or the `response_url` for an ephemeral message). A problem
 *   or refusal (a second press, an expired question, a colleague pressing someone else's button) is
 *   shown to the presser alone and the message stays as it is. Pressed in App Home, the home is
 *   published again and the reply arrives as a DM.
 * - A button opening a form opens it as a modal (pre-filled with what the core already knew).
 * - A submitted modal goes to `submitForm`: a problem is shown in the modal itself, with the values
 *   kept; anything else closes the modal and arrives as a DM (with its buttons).
 */
export function registerInteractions(app: App, deps: SlackHandlerDeps): void {
  const { conversation, store } = deps;

  app.action<BlockAction<ButtonAction>>(ACTION_PATTERN, async ({ ack, body, action, client, respond }) => {
    await ack();
    const userId = body.user.id;
    const { user, personId } = await deps.users.resolve(client, userId);
    const ctx = { client, store, log: deps.log };
    await withSlackFailure(ctx, 'la risposta a un pulsante', { userId, personId }, async () => {
      const pressed = parseAction(action.action_id);
      if (!pressed) return;
      const reply = await conversation.handleAction(user, pressed.actionId, pressed.pendingId);
      const container = body.container as { type?: string; channel_id?: string; message_ts?: string; is_ephemeral?: boolean };
      if (container.type === 'view') {
        await publishHome(deps, client, userId);
        await sendDirect(reply);
        return;
      }
      const message = renderMessage(reply);
      const channel = container.channel_id ?? body.channel?.id;
      const ts = container.message_ts ?? body.message?.ts;
      // A problem or refusal (a second press, an expired question, someone else's button) is told to
      // the presser alone: the message keeps the state the first answer gave it.
      const replaces = reply.kind !== 'problem' && reply.kind !== 'refusal';
      if (container.is_ephemeral) {
        await respond({ replace_original: replaces, response_type: 'ephemeral', ...message });
      } else if (channel && ts && replaces) {
        await client.chat.update({ channel, ts, ...message });
      } else if (channel) {
        await client.chat.postEphemeral({ channel, user: userId, ...message });
      } else {
        await sendDirect(reply);
      }
    });

    async function sendDirect(reply: Reply): Promise<void> {
      const channel = await directChannel(client, store, userId, personId);
      await client.chat.postMessage({ channel, ...renderMessage(reply) });
    }
  });

  app.action<BlockAction<ButtonAction>>(FORM_PATTERN, async ({ ack, body, action, client }) => {
    await ack();
    const userId = body.user.id;
    const { user, personId } = await deps.users.resolve(client, userId);
    const ctx = { client, store, log: deps.log };
    await withSlackFailure(ctx, 'l\'apertura di un modulo', { userId, personId }, async () => {
      const formId = parseFormId(action.action_id);
      if (!formId) return;
      const reply = await conversation.openForm(user, formId);
      if (reply.form) {
        const view = renderModal(reply.form, { notice: reply, values: formButtonValues(action.value), metadata: { formId } });
        await client.views.open({ trigger_id: body.trigger_id, view });
        return;
      }
      const channel = await directChannel(client, store, userId, personId);
      await client.chat.postMessage({ channel, ...renderMessage(reply) });
    });
  });

  app.view(FORM_PATTERN, async ({ ack, body, view, client }) => {
    const userId = body.user.id;
    const { user, personId } = await deps.users.resolve(client, userId);
    const formId = parseMetadata(view.private_metadata)?.formId ?? parseFormId(view.callback_id);
    if (!formId) {
      await ack();
      return;
    }
    const values = formValues(view.state.values);
    const reply = await conversation.submitForm(user, formId, values);
    if (reply.kind === 'problem' || reply.kind === 'refusal') {
      const form = reply.form ?? (await conversation.openForm(user, formId)).form;
      if (form) {
        await ack({ response_action: 'update', view: renderModal(form, { notice: reply, values, metadata: { formId } }) });
        return;
      }
    }
    await ack();
    const ctx = { client, store, log: deps.log };
    await withSlackFailure(ctx, 'la risposta a un modulo', { userId, personId }, async () => {
      const channel = await directChannel(client, store, userId, personId);
      await client.chat.postMessage({ channel, ...renderMessage(reply) });
    });
  });
}
