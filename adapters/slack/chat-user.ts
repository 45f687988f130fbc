import type { webApi } from '@slack/bolt';
import type { ChatUser, Conversation } from '../../src/conversation/index.ts';
import { describeSlackError, type SlackLog } from './failures.ts';
import { slackUser } from './parse.ts';

/**
 * Who a Slack member is for the core. By the member id in the office file first; when that finds
 * nobody, by the e-mail of the Slack profile (`users.info`, scope `users:read.email`), which the core
 * accepts as a fallback: people are recognised before their member id is written in the office file.
 * Profile e-mails are kept in memory (at most `capacity` members), so a member costs one lookup.
 */
export interface ResolvedUser {
  user: ChatUser;
  personId: string | null;
}

export class SlackUsers {
  private readonly emails = new Map<string, string | null>();

  constructor(private readonly conversation: Conversation, private readonly log: SlackLog, private readonly capacity = 5000) {}

  async resolve(client: webApi.WebClient, userId: string): Promise<ResolvedUser> {
    const byId = slackUser(userId);
    const known = this.conversation.identify(byId);
    if (known) return { user: byId, personId: known.personId };
    const email = await this.emailOf(client, userId);
    if (!email) return { user: byId, personId: null };
    const user: ChatUser = { ...byId, email };
    return { user, personId: this.conversation.identify(user)?.personId ?? null };
  }

  private async emailOf(client: webApi.WebClient, userId: string): Promise<string | null> {
    if (this.emails.has(userId)) return this.emails.get(userId)!;
    try {
      const info = await client.users.info({ user: userId });
      const email = info.user?.profile?.email ?? null;
      if (this.emails.size >= this.capacity) this.emails.delete(this.emails.keys().next().value!);
      this.emails.set(userId, email);
      return email;
    } catch (error) {
      // Without the scope (or with Slack unreachable) the member is recognised by member id only; asked again next time.
      this.log(`Slack: profilo di ${userId} non letto (${describeSlackError(error)}); lo riconosco solo dall'identificativo`, error);
      return null;
    }
  }
}
