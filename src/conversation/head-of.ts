import type { CivilDay } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { Magistrate } from '../domain/magistrate.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import { headRoles } from '../domain/role.ts';

type Config = DeepReadonly<OfficeConfig>;
type Person = DeepReadonly<Pick<Magistrate, 'serviceStart' | 'serviceEnd'>>;

/** Who acts as head of office on a day: the head in service, or the vicario standing in when none is. */
export interface HeadOnDay {
  magistrateId: string;
  /** True when the vicario (`office.deputyHeadId`) stands in because no head is in service that day. */
  deputy: boolean;
}

/** True when the day falls within the magistrate's service in the office (either bound may be open). */
export function inServiceOn(magistrate: Person, day: CivilDay): boolean {
  return (magistrate.serviceStart === undefined || magistrate.serviceStart <= day) && (magistrate.serviceEnd === undefined || day <= magistrate.serviceEnd);
}

/**
 * Who acts as head of office on `day` (a civil day, Europe/Rome): the procuratore or presidente del Tribunale in
 * service that day, so that a successor listed with later dates takes over the day after the predecessor's last; when
 * no head is in service, the vicario named in the office file, if in service; otherwise null.
 */
export function headOnDay(config: Config, day: CivilDay): HeadOnDay | null {
  const head = config.magistrates.find((m) => headRoles.has(m.role) && inServiceOn(m, day));
  if (head) return { magistrateId: head.id, deputy: false };
  const deputyId = config.office.deputyHeadId;
  const deputy = deputyId === undefined ? undefined : config.magistrates.find((m) => m.id === deputyId && inServiceOn(m, day));
  return deputy ? { magistrateId: deputy.id, deputy: true } : null;
}

/** The id of whoever acts as head of office on `day` (see `headOnDay`), or null when nobody can. */
export function headOf(config: Config, day: CivilDay): string | null {
  return headOnDay(config, day)?.magistrateId ?? null;
}
