import type { Writable } from 'node:stream';
import { replyText, type ReplyAction } from '../../src/conversation/index.ts';
import type { Notification, Notifier, Recipient, Store } from '../../src/ports.ts';
import { listPeople } from './people.ts';
import { choicesLine, indent } from './render.ts';

/**
 * What the notifier sends (reminders, announcements, requests to choose), printed in the console as
 * it happens and marked as such. When the notification asks the console's own user to choose, its
 * buttons become the current numbered choices.
 */
export class ConsoleNotifier implements Notifier {
  /** Called with the buttons of a notification addressed to the console's user. */
  onChoices: ((actions: ReplyAction[]) => void) | null = null;
  /** The person the console acts as, once chosen. */
  currentPersonId: string | null = null;

  constructor(
    private readonly output: Writable,
    private readonly store: Store,
  ) {}

  private recipientLabel(to: Recipient): string {
    const state = this.store.snapshot();
    if (to.kind === 'office') return `Annuncio all'ufficio: ${state.offices[to.officeId]?.office.name ?? to.officeId}`;
    const person = listPeople(state).find((p) => p.id === to.magistrateId);
    return `Notifica per ${person ? person.label.split(',')[0] : to.magistrateId}`;
  }

  async send(notification: Notification): Promise<void> {
    const forMe = notification.to.kind === 'magistrate' && notification.to.magistrateId === this.currentPersonId;
    const actions = notification.reply?.actions ?? [];
    const lines = [`\n[${this.recipientLabel(notification.to)}]`, indent(notification.reply ? replyText(notification.reply) : notification.text)];
    if (forMe && actions.length > 0) {
      lines.push(indent(`(Scrivi il numero per rispondere: ${choicesLine(actions)})`));
      this.onChoices?.(actions);
    } else if (actions.length > 0) {
      // Someone else's buttons: shown for information, not as choices the console's user could press.
      lines.push(indent(`(Pulsanti nel messaggio: ${actions.map((a) => a.label).join(' · ')})`));
    }
    this.output.write(`${lines.join('\n')}\n`);
  }
}
