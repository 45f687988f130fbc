import type { webApi } from '@slack/bolt';
import type { Notification, Notifier, Recipient, Store } from '../../src/ports.ts';
import { directChannel, slackUserIdOf } from './direct-channel.ts';
import { describeSlackError } from './failures.ts';
import { renderBlocks } from './render.ts';

/** True for an error Slack answered with (`ok: false`, or rate limited): nothing was posted. */
export function isSlackRefusal(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'slack_webapi_platform_error' || code === 'slack_webapi_rate_limited_error';
}

/**
 * Proactive Slack messages: a person gets a DM (`conversations.open` once, then `chat.postMessage`),
 * an office its announcement channel (`announcements.slackChannelId`). When the notification carries
 * a `reply` it is rendered with its buttons (its text stays the notification's preview); otherwise
 * its text is sent as it is.
 * A failure is logged with its context and rethrown, so the fan-out and the jobs know it was not delivered
 * (`delivered: false` on it when Slack refused the message, so the jobs may try again).
 */
export class SlackNotifier implements Notifier {
  constructor(
    private readonly client: webApi.WebClient,
    private readonly store: Store,
    private readonly log: (message: string, error?: unknown) => void,
  ) {}

  /** True when Slack can deliver to `to`: the person has a Slack member id, the office a channel. */
  reaches(to: Recipient): boolean {
    return this.target(to) !== null;
  }

  async send(notification: Notification): Promise<void> {
    const target = this.target(notification.to);
    const who = notification.to.kind === 'office' ? `l'ufficio ${notification.to.officeId}` : `${notification.to.magistrateId} (${notification.to.officeId})`;
    if (!target) throw new Error(`Slack non raggiunge ${who}: nessun identificativo Slack configurato.`);
    try {
      const channel = target.kind === 'channel' ? target.channelId : await directChannel(this.client, this.store, target.userId, target.personId);
      // The notification's own text is what Slack shows in push notifications and old clients.
      await this.client.chat.postMessage({ channel, text: notification.text, ...(notification.reply ? { blocks: renderBlocks(notification.reply) } : {}) });
    } catch (error) {
      this.log(`Slack: notifica${notification.key ? ` ${notification.key}` : ''} per ${who} non consegnata (${describeSlackError(error)})`, error);
      // Slack answered and refused (an API error, a rate limit): the message certainly did not leave, and
      // the jobs may try it again. A lost connection or a server error proves nothing: left as it is.
      if (isSlackRefusal(error)) Object.assign(error as object, { delivered: false });
      throw error;
    }
  }

  private target(to: Recipient): { kind: 'channel'; channelId: string } | { kind: 'dm'; userId: string; personId: string } | null {
    const state = this.store.snapshot();
    if (to.kind === 'office') {
      const channelId = state.offices[to.officeId]?.announcements.slackChannelId;
      return channelId ? { kind: 'channel', channelId } : null;
    }
    const userId = slackUserIdOf(state, to.officeId, to.magistrateId);
    return userId ? { kind: 'dm', userId, personId: to.magistrateId } : null;
  }
}
