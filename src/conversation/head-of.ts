import type { Absence } from '../domain/absence.ts';
import type { CivilDay } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { Magistrate } from '../domain/magistrate.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import { headRoles } from '../domain/role.ts';

type Config = DeepReadonly<OfficeConfig>;
type Person = DeepReadonly<Pick<Magistrate, 'serviceStart' | 'serviceEnd'>>;
/** The declared absences of the office (the store's `absences`): only active ones count. */
type Absences = readonly DeepReadonly<Pick<Absence, 'magistrateId' | 'type' | 'from' | 'to' | 'status'>>[];

/** Who acts as head of office on a day: the head in service, or the vicario standing in when none is, or when the head is absent. */
export interface HeadOnDay {
  magistrateId: string;
  /** True when the vicario (`office.deputyHeadId`) stands in: no head is in service that day, or the head is absent. */
  deputy: boolean;
  /** When the vicario stands in for a head in service but absent that day: the head and the absence (ferie, malattia …). */
  absentHead?: { magistrateId: string; type: Absence['type']; from: CivilDay; to: CivilDay };
}

/** True when the day falls within the magistrate's service in the office (either bound may be open). */
export function inServiceOn(magistrate: Person, day: CivilDay): boolean {
  return (magistrate.serviceStart === undefined || magistrate.serviceStart <= day) && (magistrate.serviceEnd === undefined || day <= magistrate.serviceEnd);
}

/** The magistrate's active declared absence covering `day`, if any. */
export function absenceOn(absences: Absences, magistrateId: string, day: CivilDay): Absences[number] | undefined {
  return absences.find((a) => a.status === 'active' && a.magistrateId === magistrateId && a.from <= day && day <= a.to);
}

/**
 * Who acts as head of office on `day` (a civil day, Europe/Rome): the procuratore or presidente del Tribunale in
 * service that day, so that a successor listed with later dates takes over the day after the predecessor's last. The
 * vicario named in the office file stands in when no head is in service, and when the head is absent that day (ferie,
 * malattia, any declared absence) while the vicario is in service and present. With the vicario absent too, the head
 * stays the one to ask: an approval addressed to a head on leave can still be answered, one addressed to nobody cannot.
 * Null when nobody can act.
 */
export function headOnDay(config: Config, day: CivilDay, absences: Absences): HeadOnDay | null {
  const head = config.magistrates.find((m) => headRoles.has(m.role) && inServiceOn(m, day));
  const deputyId = config.office.deputyHeadId;
  const deputy = deputyId === undefined || deputyId === head?.id ? undefined : config.magistrates.find((m) => m.id === deputyId && inServiceOn(m, day));
  if (head) {
    const away = absenceOn(absences, head.id, day);
    if (away && deputy && !absenceOn(absences, deputy.id, day)) {
      return { magistrateId: deputy.id, deputy: true, absentHead: { magistrateId: head.id, type: away.type, from: away.from, to: away.to } };
    }
    return { magistrateId: head.id, deputy: false };
  }
  return deputy ? { magistrateId: deputy.id, deputy: true } : null;
}

/** The id of whoever acts as head of office on `day` (see `headOnDay`), or null when nobody can. */
export function headOf(config: Config, day: CivilDay, absences: Absences): string | null {
  return headOnDay(config, day, absences)?.magistrateId ?? null;
}
