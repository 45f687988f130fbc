import { z } from 'zod';
import { civilDaySchema, idSchema, monthDaySchema } from './primitives.ts';
import { coverageSchema } from './service.ts';

/** A coverage override for one service during a period (e.g. fewer magistrates in August). */
export const coverageOverrideSchema = z.strictObject({
  service: idSchema,
  coverage: coverageSchema.partial(),
});

/** A generic period recurs every year between two `MM-DD` days, e.g. the "periodo feriale" 08-01…08-31. */
export const genericPeriodSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  kind: z.literal('generic'),
  from: monthDaySchema,
  to: monthDaySchema,
  overrides: z.array(coverageOverrideSchema).default([]),
});

/** A specific period has exact dates (a trial of national importance, an election weekend…). */
export const specificPeriodSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  kind: z.literal('specific'),
  from: civilDaySchema,
  to: civilDaySchema,
  overrides: z.array(coverageOverrideSchema).default([]),
});

export const periodSchema = z.discriminatedUnion('kind', [genericPeriodSchema, specificPeriodSchema]);
export type Period = z.infer<typeof periodSchema>;
export type CoverageOverride = z.infer<typeof coverageOverrideSchema>;

