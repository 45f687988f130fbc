import { absenceOn } from '../src/availability/effective-capacity.ts';
import { describeAbsence, describeLeftService, describeNotYetInService } from '../src/availability/describe-availability.ts';
import type { Absence } from '../src/domain/absence.ts';
import { eachDay, type CivilDay } from '../src/domain/civil-day.ts';
import type { DeepReadonly } from '../src/domain/deep-readonly.ts';
import type { OfficeConfig } from '../src/domain/office-config.ts';

/**
 * Why the holder of a published duty cannot take it up on `day`, in Italian, or null when they can:
 * no longer (or not yet) in the office, or absent that day. A duty still held in the published
 * calendar by such a person waits for a replan; reminding them that it starts would be wrong.
 */
export function holderUnavailableOn(
  config: DeepReadonly<OfficeConfig>, absences: readonly DeepReadonly<Absence>[], magistrateId: string, day: CivilDay,
): string | null {
  const magistrate = config.magistrates.find((m) => m.id === magistrateId);
  if (!magistrate) return 'non è più tra i magistrati dell\'ufficio';
  if (magistrate.serviceEnd !== undefined && day > magistrate.serviceEnd) return describeLeftService(magistrate.serviceEnd);
  if (magistrate.serviceStart !== undefined && day < magistrate.serviceStart) return describeNotYetInService(magistrate.serviceStart);
  const absence = absenceOn(magistrateId, day, absences);
  return absence ? describeAbsence(absence) : null;
}

/** Why the holder cannot take up part of a duty within `[from, to]` (the first such day's reason), or null. */
export function holderUnavailableWithin(
  config: DeepReadonly<OfficeConfig>, absences: readonly DeepReadonly<Absence>[], duty: { magistrateId: string; from: CivilDay; to: CivilDay }, from: CivilDay, to: CivilDay,
): string | null {
  const start = duty.from > from ? duty.from : from;
  const end = duty.to < to ? duty.to : to;
  if (start > end) return null;
  for (const day of eachDay(start, end)) {
    const reason = holderUnavailableOn(config, absences, duty.magistrateId, day);
    if (reason) return reason;
  }
  return null;
}
