import { z } from 'zod';
import { isCivilDay } from './civil-day.ts';

/** Shared zod building blocks. Custom checks carry `params.expected`, turned into Italian in one place. */

/** A string matching `pattern`, reported as `expected` (a key the Italian formatter knows). */
export function patternSchema(pattern: RegExp, expected: string) {
  return z.string().refine((v) => pattern.test(v), { params: { expected } });
}

export const idSchema = patternSchema(/^[a-z0-9][a-z0-9_-]*$/i, 'id');

export const civilDaySchema = z.string().refine(isCivilDay, { params: { expected: 'civil_day' } });

/** `MM-DD`, a yearly recurring date (patron saint, generic periods). */
export const monthDaySchema = z.string().refine((v) => isCivilDay(`2024-${v}`), { params: { expected: 'month_day' } });

/** `HH:MM` in local time. */
export const timeOfDaySchema = patternSchema(/^([01]\d|2[0-3]):[0-5]\d$/, 'time_of_day');

export const percentSchema = z.number().min(0).max(100);

export const countSchema = z.number().int().min(0);

export const levelSchema = z.enum(['hard', 'soft']);
export type Level = z.infer<typeof levelSchema>;

/** An ISO instant with offset, e.g. `2026-11-23T09:30:00.000Z`. */
export const instantSchema = z.iso.datetime({ offset: true });

/** An inclusive range of civil days whose end is not before its start. */
export function dayRangeShape() {
  return { from: civilDaySchema, to: civilDaySchema };
}

export function refineRangeOrder(value: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (value.from > value.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], params: { expected: 'range_order', from: value.from, to: value.to }, input: value.to });
  }
}
