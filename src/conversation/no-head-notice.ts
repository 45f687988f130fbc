import type { CivilDay } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import { elided, formatDayIt } from '../domain/format-day-it.ts';
import { fullName } from '../domain/magistrate.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import { headRoles } from '../domain/role.ts';
import type { Recipient } from '../ports.ts';

type Config = DeepReadonly<OfficeConfig>;

/** "l'8 dicembre 2026", "il 10 dicembre 2026". */
function theDay(day: CivilDay): string {
  return `${elided('il', Number(day.slice(8)))}${formatDayIt(day)}`;
}

/**
 * Why no head of office is in service on `day`, in parentheses after a space, or nothing when the file says nothing of it:
 * " (Nicola Conti ha lasciato l'ufficio il 14 dicembre 2026; Sara Bianchi prenderà servizio il 16 dicembre 2026)".
 */
export function noHeadBecause(config: Config, day: CivilDay): string {
  const heads = config.magistrates.filter((m) => headRoles.has(m.role));
  const last = heads.filter((m) => m.serviceEnd !== undefined && m.serviceEnd < day).sort((a, b) => a.serviceEnd!.localeCompare(b.serviceEnd!)).at(-1);
  const next = heads.filter((m) => m.serviceStart !== undefined && m.serviceStart > day).sort((a, b) => a.serviceStart!.localeCompare(b.serviceStart!))[0];
  const why = [
    ...(last ? [`${fullName(last)} ha lasciato l'ufficio ${theDay(last.serviceEnd!)}`] : []),
    ...(next ? [`${fullName(next)} prenderà servizio ${theDay(next.serviceStart!)}`] : []),
  ];
  return why.length ? ` (${why.join('; ')})` : '';
}

/**
 * Why nobody can act as head of office on `day`, and what to do, for the segreteria: "Nessun capo dell'ufficio risulta
 * in servizio il 15 dicembre 2026 (Nicola Conti ha lasciato l'ufficio il 14 dicembre 2026) e non è indicato un vicario
 * in servizio: per favore aggiornate la configurazione dell'ufficio …".
 */
export function noHeadInService(config: Config, day: CivilDay): string {
  const because = noHeadBecause(config, day);
  return `Nessun capo dell'ufficio risulta in servizio ${theDay(day)}${because} e non è indicato un vicario in servizio: `
    + 'per favore aggiornate la configurazione dell\'ufficio con il nuovo capo dell\'ufficio (date di servizio) o con il magistrato vicario (office.deputyHeadId).';
}

/**
 * Who hears that nobody can act as head: the office's announcement channel when the file names one, otherwise the
 * first member of the segreteria, otherwise the first of the staff (a Tribunale's ufficio del dibattimento); null when
 * the office has neither channel nor staff.
 */
export function noHeadRecipient(config: Config): Recipient | null {
  const officeId = config.office.id;
  if (config.announcements.slackChannelId || config.announcements.teamsChannelId) return { kind: 'office', officeId };
  const clerk = config.staff.find((s) => s.role === 'segreteria') ?? config.staff[0];
  return clerk ? { kind: 'magistrate', officeId, magistrateId: clerk.id } : null;
}
