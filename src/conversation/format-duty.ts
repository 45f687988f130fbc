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

/**
 * A service's name with its hours: "Turno arrestati e direttissime (8:00–20:00)"; after a name that ends in its own
 * parentheses, after a comma ("Turno codice rosso (audizione delle persone offese entro tre giorni), 9:00–14:00"), not a
 * second pair of parentheses.
 */
export function serviceWithHours(config: Config, serviceId: string): string {
  const name = serviceNameIn(config, serviceId);
  const hours = hoursOf(config, serviceId);
  if (!hours) return name;
  return name.endsWith(')') ? `${name}, ${hours}` : `${name} (${hours})`;
}

/** "lunedì 30 novembre: Turno arrestati e direttissime (8:00–20:00)", a line of a list of duties. */
export function formatOwnDuty(config: Config, duty: DeepReadonly<Duty>): string {
  return `${formatWhen(duty.from, duty.to)}: ${serviceWithHours(config, duty.serviceId)}`;
}

/**
 * A duty as it follows "il turno" inside a sentence: "di lunedì 30 novembre (Turno arrestati e direttissime, 8:00–20:00)",
 * or "da lunedì 30 novembre a domenica 6 dicembre (Turno esterno di reperibilità)". A list's line (formatOwnDuty)
 * would chain a second colon after the sentence's own.
 */
export function formatDutyAfterTurno(config: Config, duty: DeepReadonly<Duty>): string {
  const hours = hoursOf(config, duty.serviceId);
  const when = duty.from === duty.to ? `di ${formatWhen(duty.from, duty.to)}` : formatWhen(duty.from, duty.to);
  // Inside the parentheses a name's own ones become a comma: "(Turno codice rosso, audizione delle persone offese …, 9:00–14:00)".
  const name = serviceNameIn(config, duty.serviceId).replace(/ \(([^()]*)\)$/, ', $1');
  return `${when} (${name}${hours ? `, ${hours}` : ''})`;
}
