import type { App } from '@slack/bolt';
import { rememberDirectChannel } from './direct-channel.ts';
import { describeSlackError, withSlackFailure } from './failures.ts';
import type { SlackHandlerDeps } from './handler-deps.ts';
import { directMessageOf, messageText } from './parse.ts';
import { renderMessage, renderModal } from './render.ts';

/**
 * Sentences: direct messages (answered in the DM), mentions (answered in the thread) and the slash
 * command `/turni` (acknowledged at once, answered in the same conversation, visible to the writer
 * only; a reply that stands for a form opens it as a modal straight away).
 */
export const SLASH_COMMAND = '/turni';

export function registerMessages(app: App, deps: SlackHandlerDeps): void {
  const { conversation, store } = deps;

  app.event('message', async ({ event, client }) => {
    const dm = directMessageOf(event);
    if (!dm) return;
    const { user, personId } = await deps.users.resolve(client, dm.user);
    const ctx = { client, store, log: deps.log };
    await withSlackFailure(ctx, 'la risposta a un messaggio diretto', { userId: dm.user, personId }, async () => {
      if (personId) await rememberDirectChannel(store, personId, { userId: dm.user, channelId: dm.channel });
      const reply = await conversation.handleText(user, dm.text);
      await client.chat.postMessage({ channel: dm.channel, ...renderMessage(reply) });
    });
  });

  app.event('app_mention', async ({ event, client }) => {
    if (!event.user || event.bot_id) return;
    const userId = event.user;
    const { user, personId } = await deps.users.resolve(client, userId);
    const ctx = { client, store, log: deps.log };
    await withSlackFailure(ctx, 'la risposta a una menzione', { userId, personId }, async () => {
      const reply = await conversation.handleText(user, messageText(event.text));
      await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, ...renderMessage(reply) });
    });
  });

  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const { user, personId } = await deps.users.resolve(client, command.user_id);
    const ctx = { client, store, log: deps.log };
    await withSlackFailure(ctx, `il comando ${SLASH_COMMAND}`, { userId: command.user_id, personId }, async () => {
      const reply = await conversation.handleText(user, messageText(command.text));
      if (reply.form) {
        try {
          await client.views.open({ trigger_id: command.trigger_id, view: renderModal(reply.form, { notice: reply, metadata: { formId: reply.form.id } }) });
          return;
        } catch (error) {
          // The trigger lasts three seconds: when the modal cannot open, the answer carries a button that opens it.
          deps.log(`Slack: modulo per ${command.user_id} non aperto (${describeSlackError(error)}); invio il pulsante per aprirlo`, error);
        }
      }
      await respond({ response_type: 'ephemeral', ...renderMessage(reply) });
    });
  });
}
