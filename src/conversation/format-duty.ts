import type { Duty } from '../domain/calendar.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import { formatDayMonthIt, formatWeekdayIt } from '../domain/format-day-it.ts';
import type { OfficeConfig } from '../domain/office-config.ts';

type Config = DeepReadonly<OfficeConfig>;

export function serviceNameIn(config: Config, serviceId: string): string {
  return config.services.find((s) => s.id === serviceId)?.name ?? serviceId;
}

export function personNameIn(config: Config, personId: string): string {
  const m = config.magistrates.find((x) => x.id === personId) ?? config.staff.find((x) => x.id === personId);
  return m ? `${m.name} ${m.surname}` : personId;
}

/** "lunedì 30 novembre", or "da lunedì 30 novembre a domenica 6 dicembre". */
export function formatWhen(from: string, to: string): string {
  const day = (d: string) => `${formatWeekdayIt(d)} ${formatDayMonthIt(d)}`;
  return from === to ? day(from) : `da ${day(from)} a ${day(to)}`;
}

/** "8:00–20:00" from the service's hours, or null when it has none. */
export function hoursOf(config: Config, serviceId: string): string | null {
  const hours = config.services.find((s) => s.id === serviceId)?.hours;
  if (!hours) return null;
  const trim = (t: string) => t.replace(/^0(\d)/, '$1');
  return `${trim(hours.start)}–${trim(hours.end)}`;
}

/** "lunedì 30 novembre: Turno arrestati e direttissime (8:00–20:00)", a line of a list of duties. */
export function formatOwnDuty(config: Config, duty: DeepReadonly<Duty>): string {
  const hours = hoursOf(config, duty.serviceId);
  return `${formatWhen(duty.from, duty.to)}: ${serviceNameIn(config, duty.serviceId)}${hours ? ` (${hours})` : ''}`;
}

/**
 * A duty as it follows "il turno" inside a sentence: "di lunedì 30 novembre (Turno arrestati e direttissime, 8:00–20:00)",
 * or "da lunedì 30 novembre a domenica 6 dicembre (Turno esterno di reperibilità)". A list's line (formatOwnDuty)
 * would chain a second colon after the sentence's own.
 */
export function formatDutyAfterTurno(config: Config, duty: DeepReadonly<Duty>): string {
  const hours = hoursOf(config, duty.serviceId);
  const when = duty.from === duty.to ? `di ${formatWhen(duty.from, duty.to)}` : formatWhen(duty.from, duty.to);
  return `${when} (${serviceNameIn(config, duty.serviceId)}${hours ? `, ${hours}` : ''})`;
}
