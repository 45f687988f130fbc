import type { CivilDay } from './civil-day.ts';

/** An inclusive range of civil days. */
export interface DateRange {
  from: CivilDay;
  to: CivilDay;
}

export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

export function rangeContains(range: DateRange, day: CivilDay): boolean {
  return range.from <= day && day <= range.to;
}

/** The common part of two ranges, or null. */
export function intersectRanges(a: DateRange, b: DateRange): DateRange | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : null;
}
