import { describeAbsence } from '../availability/describe-availability.ts';
import type { CivilDay } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import { fullName } from '../domain/magistrate.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import type { Notification } from '../ports.ts';
import { headOnDay } from './head-of.ts';
import { noHeadBecause } from './no-head-notice.ts';
import type { Reply } from './reply.ts';

type Config = DeepReadonly<OfficeConfig>;

/**
 * The line that tells the vicario why a message meant for the head of office reaches her or him on `day` (the same
 * answer as `headOnDay`), or null when the head acts, or nobody does:
 * "Ricevi questo messaggio come vicario: Nicola Conti, capo dell'ufficio, è in ferie dal 7 all'11 dicembre 2026." or
 * "Ricevi questo messaggio come vicario: nessun capo dell'ufficio risulta in servizio (Nicola Conti ha lasciato l'ufficio
 * il 10 dicembre 2026)." "Vicario" names the office, for a woman too, as the role labels do ("procuratore aggiunto") and
 * as the other sentences about the vicario say it ("il vicario, Anna De Luca", "in funzione di vicario").
 */
export function actingHeadNote(config: Config, day: CivilDay, absences: Parameters<typeof headOnDay>[2]): string | null {
  const head = headOnDay(config, day, absences);
  if (!head?.deputy) return null;
  const lead = 'Ricevi questo messaggio come vicario: ';
  if (!head.absentHead) return `${lead}nessun capo dell'ufficio risulta in servizio${noHeadBecause(config, day)}.`;
  const away = config.magistrates.find((m) => m.id === head.absentHead!.magistrateId)!;
  return `${lead}${fullName(away)}, capo dell'ufficio, è ${describeAbsence(head.absentHead)}.`;
}

/** The reply with the note (if any) as its first section, under the title. */
export function withActingHeadNote(message: Reply, note: string | null): Reply {
  return note ? { ...message, sections: [{ lines: [note] }, ...message.sections] } : message;
}

/** The notification with the note (if any): a paragraph after its text, and the first section of its reply. */
export function notifyWithActingHeadNote(notification: Notification, note: string | null): Notification {
  if (!note) return notification;
  return {
    ...notification, text: `${notification.text}\n\n${note}`,
    ...(notification.reply ? { reply: withActingHeadNote(notification.reply, note) } : {}),
  };
}
