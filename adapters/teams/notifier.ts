import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { say } from '../../src/conversation/reply.ts';
import type { Notification, Notifier, Recipient, Store } from '../../src/ports.ts';
import { linkKeyFor, readLink } from './links.ts';
import { replyMessage } from './messages.ts';
import type { StoredReference } from './reference.ts';

/** The stored plain reference in botbuilder's shape (its account types require a name and flags). */
function toConversationReference(stored: StoredReference): Partial<ConversationReference> {
  return {
    serviceUrl: stored.serviceUrl,
    channelId: stored.channelId,
    conversation: { isGroup: false, conversationType: 'personal', name: '', ...stored.conversation },
    bot: { name: '', ...stored.bot },
    ...(stored.user ? { user: { name: '', ...stored.user } } : {}),
    ...(stored.locale ? { locale: stored.locale } : {}),
  };
}

/**
 * Proactive messages to Teams: reminders, announcements, requests to choose (swap, approval). A
 * recipient is reachable once the store holds a conversation reference for them (saved when the bot
 * was installed or first written to); the message goes out through `continueConversationAsync`.
 */
export class TeamsNotifier implements Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly store: Store,
  ) {}

  /** Whether a reference is stored for this recipient. */
  reaches(to: Recipient): boolean {
    return readLink(this.store, linkKeyFor(to)) !== null;
  }

  /** Sends the notification (its card when it carries a reply); unreachable recipients are skipped. */
  async send(notification: Notification): Promise<void> {
    const link = readLink(this.store, linkKeyFor(notification.to));
    if (!link) return;
    const message = replyMessage(notification.reply ?? say('answer', ...notification.text.split('\n\n')));
    await this.adapter.continueConversationAsync(this.appId, toConversationReference(link.reference), async (context) => {
      // The continuation event carries a made-up id; without it botbuilder posts a new message to the
      // conversation (sendToConversation) instead of a reply to that phantom id: in the office channel
      // an announcement starts its own thread.
      delete context.activity.id;
      await context.sendActivity(message);
    });
  }
}
