import type { CivilDay } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { Period } from '../domain/period.ts';
import type { Block, Service } from '../domain/service.ts';
import type { CalendarDay } from './calendar-days.ts';
import { coverageOn } from './coverage.ts';

/**
 * A slot: one block of a service (a day, a week, a weekend, a custom span) needing `required`
 * magistrates, each of whom does every day of it. A duty fills one place of a slot.
 */
export interface Slot {
  id: string;
  serviceId: string;
  from: CivilDay;
  to: CivilDay;
  /** Indexes into the period's day list. */
  dayIndexes: number[];
  required: number;
  /** The load one duty of this slot weighs: the service's weights summed over its days. */
  load: number;
  /** Days that are weekends or holidays, for the fairness report. */
  festiveDays: number;
}

/** Whether `day` starts a new block of this kind (blocks are clipped to the period at its edges). */
function startsBlock(block: DeepReadonly<Block>, day: CalendarDay, first: boolean): boolean {
  if (first) return true;
  switch (block.type) {
    case 'day':
      return true;
    case 'week':
      return day.weekday === 1;
    case 'weekend':
      return day.weekday === 6;
    case 'span':
      return day.weekday === block.startWeekday;
  }
}

/** Whether a block of this kind may include `day` (a weekend block holds only Saturday and Sunday). */
function blockIncludes(block: DeepReadonly<Block>, startIndex: number, index: number, day: CalendarDay): boolean {
  if (block.type === 'weekend') return day.weekday >= 6;
  if (block.type === 'span') return index - startIndex < block.days;
  return true;
}

function loadOf(service: DeepReadonly<Service>, day: CalendarDay): number {
  return service.loadWeight[day.kind];
}

/**
 * The slots of one service over a period. A block needs as many magistrates as the largest coverage
 * among its days; days with no coverage are left out of it, and a block with none at all is no slot.
 */
export function serviceSlots(service: DeepReadonly<Service>, days: readonly CalendarDay[], periods: readonly DeepReadonly<Period>[]): Slot[] {
  const slots: Slot[] = [];
  let current: number[] = [];
  let startIndex = 0;
  const flush = () => {
    const covered = current.filter((i) => coverageOn(service, days[i]!, periods) > 0);
    if (covered.length > 0) {
      const required = Math.max(...covered.map((i) => coverageOn(service, days[i]!, periods)));
      const from = days[covered[0]!]!.day;
      slots.push({
        id: `${service.id}@${from}`,
        serviceId: service.id,
        from,
        to: days[covered[covered.length - 1]!]!.day,
        dayIndexes: covered,
        required,
        load: covered.reduce((sum, i) => sum + loadOf(service, days[i]!), 0),
        festiveDays: covered.filter((i) => days[i]!.kind !== 'weekday').length,
      });
    }
    current = [];
  };
  days.forEach((day, index) => {
    if (current.length > 0 && startsBlock(service.block, day, false)) flush();
    if (current.length === 0) startIndex = index;
    if (blockIncludes(service.block, startIndex, index, day)) current.push(index);
  });
  flush();
  return slots;
}

/** Every slot of every service over a period, ordered by start day then service. */
export function expandSlots(services: readonly DeepReadonly<Service>[], days: readonly CalendarDay[], periods: readonly DeepReadonly<Period>[]): Slot[] {
  return services
    .flatMap((s) => serviceSlots(s, days, periods))
    .sort((a, b) => (a.from === b.from ? a.serviceId.localeCompare(b.serviceId) : a.from < b.from ? -1 : 1));
}

