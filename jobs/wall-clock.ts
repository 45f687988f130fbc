import { addDays, civilDayAt, eachDay, type CivilDay } from '../src/domain/civil-day.ts';
import { formatWeekdayDayIt } from '../src/domain/format-day-it.ts';
import { romeInstant, romeTimeOf } from '../src/feeds/rome-time.ts';

/** The instant the clocks in Rome show `time` on `day` (`src/feeds/rome-time.ts`). */
export function plannedAt(day: CivilDay, time: string): Date {
  return romeInstant(day, time);
}

/** Every civil day (Rome) that a window of instants touches, widened by `extraDays` after its end. */
export function daysOf(from: Date, to: Date, extraDays = 0): CivilDay[] {
  return eachDay(civilDayAt(from), addDays(civilDayAt(to), extraDays));
}

/** True between 02:00 and 02:59 local time: no job runs then (the hour is skipped or repeated on DST days). */
export function isQuietHour(instant: Date): boolean {
  return romeTimeOf(instant).startsWith('02:');
}

/** "giovedì 3 dicembre 2026 alle 18:00". */
export function formatInstantIt(instant: Date): string {
  return `${formatWeekdayDayIt(civilDayAt(instant))} alle ${romeTimeOf(instant)}`;
}
