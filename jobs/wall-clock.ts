import { addDays, civilDayAt, eachDay, type CivilDay } from '../src/domain/civil-day.ts';
import { formatWeekdayDayIt } from '../src/domain/format-day-it.ts';
import { romeInstant, romeTimeOf } from '../src/feeds/rome-time.ts';

const planned = new Map<string, number>();

/**
 * The instant the clocks in Rome show `time` on `day` (`src/feeds/rome-time.ts`). Memoised: every tick
 * asks for the same few hundred instants, and each answer costs two time-zone conversions.
 */
export function plannedAt(day: CivilDay, time: string): Date {
  const key = `${day} ${time}`;
  let ms = planned.get(key);
  if (ms === undefined) {
    if (planned.size > 50_000) planned.clear();
    ms = romeInstant(day, time).getTime();
    planned.set(key, ms);
  }
  return new Date(ms);
}

// Building an Intl formatter costs far more than using one: the tick asks many times a minute.
const romeParts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** The civil day and `HH:MM` on the clocks of Rome at an instant. */
export function romeWallClock(instant: Date): { day: CivilDay; time: string } {
  const parts = romeParts.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** The civil day in Rome at an instant (same as `civilDayAt`, with a reused formatter). */
export function romeDay(instant: Date): CivilDay {
  return romeWallClock(instant).day;
}

/** Every civil day (Rome) that a window of instants touches, widened by `extraDays` after its end. */
export function daysOf(from: Date, to: Date, extraDays = 0): CivilDay[] {
  return eachDay(romeDay(from), addDays(romeDay(to), extraDays));
}

/** True between 02:00 and 02:59 local time: no job runs then (the hour is skipped or repeated on DST days). */
export function isQuietHour(instant: Date): boolean {
  return romeWallClock(instant).time.startsWith('02:');
}

/** "giovedì 3 dicembre 2026 alle 18:00". */
export function formatInstantIt(instant: Date): string {
  return `${formatWeekdayDayIt(civilDayAt(instant))} alle ${romeTimeOf(instant)}`;
}
