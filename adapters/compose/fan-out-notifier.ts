import type { Notification, Notifier, Recipient } from '../../src/ports.ts';
import { isNotDelivered } from '../../jobs/run-due.ts';

/**
 * Routes each notification to every platform that can reach its recipient: Slack when the person (or
 * the office) has a Slack id and Slack runs, Teams when a conversation reference is stored, the console
 * when it runs. One platform failing does not stop the others; when every platform that should have
 * delivered failed, the error propagates so the scheduled jobs record it, and retry it when every
 * platform's error says the message did not leave (`delivered: false`). A recipient no
 * platform reaches (no chat identity, no stored conversation) is logged, not retried: retrying cannot help
 * until someone links the person's chat account. The jobs ask `reaches` first and record such a message
 * as undeliverable rather than sent.
 */

export interface Channel {
  /** "slack", "teams", "console": for the log. */
  name: string;
  notifier: Notifier;
  reaches(to: Recipient): boolean;
}

export interface FanOutLog {
  error(message: string, error?: unknown): void;
}

export class FanOutNotifier implements Notifier {
  private readonly channels: Channel[] = [];

  constructor(private readonly log: FanOutLog) {}

  add(channel: Channel): void {
    this.channels.push(channel);
  }

  /** True when at least one platform would receive a notification for `to`. */
  reaches(to: Recipient): boolean {
    return this.channels.some((c) => c.reaches(to));
  }

  /** The platforms that would receive a notification for `to`. */
  routesFor(to: Recipient): string[] {
    return this.channels.filter((c) => c.reaches(to)).map((c) => c.name);
  }

  async send(notification: Notification): Promise<void> {
    const targets = this.channels.filter((c) => c.reaches(notification.to));
    if (targets.length === 0) {
      this.log.error(`Notifica non recapitabile: nessuna piattaforma raggiunge ${describeRecipient(notification.to)}.`);
      return;
    }
    const outcomes = await Promise.allSettled(targets.map((c) => c.notifier.send(notification)));
    const failures = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [{ name: targets[i]!.name, reason: o.reason as unknown }] : []));
    for (const f of failures) this.log.error(`Notifica non consegnata su ${f.name}`, f.reason);
    if (targets.length > 0 && failures.length === targets.length) {
      const error = new Error(`Notifica non consegnata: nessuna piattaforma l'ha accettata (${failures.map((f) => f.name).join(', ')}).`);
      // Only when every platform proved it did not deliver may the jobs send it again without a duplicate.
      if (failures.every((f) => isNotDelivered(f.reason))) Object.assign(error, { delivered: false });
      throw error;
    }
  }
}

function describeRecipient(to: Recipient): string {
  return to.kind === 'office' ? `l'ufficio ${to.officeId}` : `${to.magistrateId} (ufficio ${to.officeId})`;
}
