import type { CivilDay } from '../src/domain/civil-day.ts';
import { makeDay } from '../src/domain/civil-day.ts';
import { plannedAt, romeDay } from './wall-clock.ts';

/**
 * The generation of this month that the tick's window cannot see any more: its day and time have passed
 * (`planned <= at`) but before the window opens (`planned < from`), because the store was first ticked
 * after it (`jobs.since`) or the process was down longer than the catch-up window. Null when this
 * month's generation is still to come or the window covers it (the regular run sees it).
 */
export function missedGenerationDay(
  settings: { dayOfMonth: number; time: string },
  window: { from: Date; at: Date },
): { day: CivilDay; planned: Date } | null {
  const [year, month] = romeDay(window.at).split('-').map(Number) as [number, number];
  const day = makeDay(year, month, settings.dayOfMonth);
  const planned = plannedAt(day, settings.time);
  if (planned.getTime() > window.at.getTime() || planned.getTime() >= window.from.getTime()) return null;
  return { day, planned };
}
