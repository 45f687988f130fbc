import { z } from 'zod';
import { countSchema, idSchema, timeOfDaySchema } from './primitives.ts';
import { roleSchema } from './role.ts';

export const serviceKinds = ['reperibilita', 'arrestati', 'udienza', 'assegnazione', 'altro'] as const;
export const serviceKindSchema = z.enum(serviceKinds);
export type ServiceKind = z.infer<typeof serviceKindSchema>;

export const serviceKindLabels: Record<ServiceKind, string> = {
  reperibilita: 'reperibilità',
  arrestati: 'turno arrestati e direttissime',
  udienza: 'udienza',
  assegnazione: 'turno assegnazione affari',
  altro: 'altro servizio',
};

/**
 * How days of a service are grouped into one duty: a single day, a week Monday–Sunday, a weekend
 * Saturday–Sunday, or a custom span of `days` starting on ISO weekday `startWeekday`.
 */
export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('day') }),
  z.strictObject({ type: z.literal('week') }),
  z.strictObject({ type: z.literal('weekend') }),
  z.strictObject({ type: z.literal('span'), days: z.number().int().min(2).max(31), startWeekday: z.number().int().min(1).max(7) }),
]);
export type Block = z.infer<typeof blockSchema>;

/** How many magistrates a service needs on a day (per duty block: the value of its first day). */
export const coverageSchema = z.strictObject({
  monday: countSchema,
  tuesday: countSchema,
  wednesday: countSchema,
  thursday: countSchema,
  friday: countSchema,
  saturday: countSchema,
  sunday: countSchema,
  /** On public holidays and the patron saint's day; falls back to `sunday` when absent. */
  holiday: countSchema.optional(),
});
export type Coverage = z.infer<typeof coverageSchema>;

/** The load one duty-day weighs: a weekend or holiday turn weighs more. */
export const loadWeightSchema = z.strictObject({
  weekday: z.number().min(0),
  weekend: z.number().min(0),
  holiday: z.number().min(0),
});
export type LoadWeight = z.infer<typeof loadWeightSchema>;

/** Who may do the service: anyone matching a role or a group, or listed explicitly. Empty lists = nobody by that path. */
export const eligibilitySchema = z.strictObject({
  roles: z.array(roleSchema).default([]),
  groups: z.array(idSchema).default([]),
  magistrates: z.array(idSchema).default([]),
  /** Explicitly excluded, whatever the other lists say (e.g. a dedicated service elsewhere). */
  exclude: z.array(idSchema).default([]),
});
export type Eligibility = z.infer<typeof eligibilitySchema>;

export const serviceSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  kind: serviceKindSchema,
  block: blockSchema.default({ type: 'day' }),
  coverage: coverageSchema,
  loadWeight: loadWeightSchema.default({ weekday: 1, weekend: 1.5, holiday: 2 }),
  eligibility: eligibilitySchema,
  /** Local start and end time of each day of duty; an end before the start runs past midnight. */
  hours: z.strictObject({ start: timeOfDaySchema, end: timeOfDaySchema }).optional(),
});
export type Service = z.infer<typeof serviceSchema>;
