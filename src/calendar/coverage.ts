import type { Period } from '../domain/period.ts';
import type { Coverage, Service } from '../domain/service.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { CalendarDay } from './calendar-days.ts';

const weekdayKeys = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

type CoverageLike = DeepReadonly<Partial<Coverage>>;

/** The value of a coverage table on a day: a holiday uses `holiday`, else the Sunday value; other days their weekday. */
function readCoverage(coverage: CoverageLike, day: CalendarDay): number | undefined {
  const weekdayKey = weekdayKeys[day.weekday - 1]!;
  if (day.kind === 'holiday') return coverage.holiday ?? coverage.sunday ?? coverage[weekdayKey];
  return coverage[weekdayKey];
}

/** True when a period (generic: yearly `MM-DD` bounds, possibly across New Year; specific: exact days) contains the day. */
export function periodContains(period: DeepReadonly<Period>, day: CalendarDay): boolean {
  if (period.kind === 'specific') return period.from <= day.day && day.day <= period.to;
  if (period.from <= period.to) return period.from <= day.monthDay && day.monthDay <= period.to;
  return day.monthDay >= period.from || day.monthDay <= period.to;
}

/**
 * How many magistrates a service needs on a day. Period overrides apply on top of the service's own
 * table; a specific period wins over a generic one, and a later period in the list over an earlier one
 * of the same kind.
 */
export function coverageOn(service: DeepReadonly<Service>, day: CalendarDay, periods: readonly DeepReadonly<Period>[]): number {
  let value = readCoverage(service.coverage, day) ?? 0;
  const applicable = periods
    .filter((p) => periodContains(p, day))
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'generic' ? -1 : 1));
  for (const period of applicable) {
    for (const override of period.overrides) {
      if (override.service !== service.id) continue;
      const overridden = readCoverage(override.coverage, day);
      if (overridden !== undefined) value = overridden;
    }
  }
  return value;
}

/** The names of the periods in force on a day, for explanations. */
export function periodsOn(day: CalendarDay, periods: readonly DeepReadonly<Period>[]): string[] {
  return periods.filter((p) => periodContains(p, day)).map((p) => p.name);
}
