import type { CivilDay } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import { elided, formatDayIt } from '../domain/format-day-it.ts';
import { fullName } from '../domain/magistrate.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import { describeAbsence } from '../availability/describe-availability.ts';
import { headOnDay } from './head-of.ts';
import { noHeadInService } from './no-head-notice.ts';

/**
 * Who acts as head of office on `day`, in one Italian sentence, for the command line and the segreteria: the same answer
 * the chat and the jobs act on (`headOnDay`). "Capo dell'ufficio il 24 novembre 2026: Nicola Conti.", or the vicario
 * standing in (for a head absent that day, or when none is in service), or why nobody can and what to update.
 */
export function describeHeadOnDay(config: DeepReadonly<OfficeConfig>, day: CivilDay, absences: Parameters<typeof headOnDay>[2]): string {
  const head = headOnDay(config, day, absences);
  const when = `Capo dell'ufficio ${elided('il', Number(day.slice(8)))}${formatDayIt(day)}`;
  if (!head) return `${when}: nessuno. ${noHeadInService(config, day)}`;
  const name = fullName(config.magistrates.find((m) => m.id === head.magistrateId)!);
  if (head.absentHead) {
    const away = fullName(config.magistrates.find((m) => m.id === head.absentHead!.magistrateId)!);
    return `${when}: ${name}, in funzione di vicario, perché ${away} è ${describeAbsence(head.absentHead)}.`;
  }
  return head.deputy ? `${when}: ${name}, in funzione di vicario, perché nessun capo dell'ufficio è in servizio.` : `${when}: ${name}.`;
}
