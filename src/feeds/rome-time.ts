import type { CivilDay } from '../domain/civil-day.ts';

const ROME = 'Europe/Rome';

/** Minutes Europe/Rome is ahead of UTC at an instant (60 in winter, 120 in summer). */
// Building an Intl formatter costs far more than using one: one of each, shared (they are immutable).
const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: ROME, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});
const timeOfDay = new Intl.DateTimeFormat('en-GB', { timeZone: ROME, hourCycle: 'h23', hour: '2-digit', minute: '2-digit' });

export function romeOffsetMinutes(instant: Date): number {
  const parts = wallClock.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant at which the clocks in Rome show `time` (`HH:MM`) on `day`. A wall time skipped by the
 * spring change (02:30 on the last Sunday of March) is read with the winter offset, i.e. one hour later.
 */
export function romeInstant(day: CivilDay, time: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const first = wall - romeOffsetMinutes(new Date(wall)) * 60_000;
  return new Date(wall - romeOffsetMinutes(new Date(first)) * 60_000);
}

/** `HH:MM` on the clocks of Rome at an instant. */
export function romeTimeOf(instant: Date): string {
  return timeOfDay.format(instant);
}
