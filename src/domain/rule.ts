import { z } from 'zod';
import { countSchema, idSchema, levelSchema } from './primitives.ts';

/** Hard rules are never broken by the solver; soft ones cost `weight` per unit of breach. */
const levelFields = {
  id: idSchema,
  level: levelSchema.default('hard'),
  weight: z.number().min(0).default(10),
  /** Why the office has this rule, shown in explanations. */
  note: z.string().optional(),
};

/**
 * Exclusion between two services (may be the same service) for one magistrate:
 * `same_day` – not both on one day; `consecutive_days` – not on two consecutive days;
 * `within_days` – not within `days` days of each other.
 */
export const exclusionRuleSchema = z.strictObject({
  ...levelFields,
  type: z.literal('exclusion'),
  services: z.tuple([idSchema, idSchema]),
  mode: z.enum(['same_day', 'consecutive_days', 'within_days']),
  days: z.number().int().min(1).optional(),
});

/** Dependency: `service` on day d implies `then` on day d + `offsetDays` for the same magistrate. */
export const dependencyRuleSchema = z.strictObject({
  ...levelFields,
  type: z.literal('dependency'),
  service: idSchema,
  then: idSchema,
  offsetDays: z.number().int().min(-31).max(31).default(0),
});

/**
 * Limits on how many duties of a service one magistrate has per period, OR-Tools style:
 * hardMin ≤ softMin ≤ … ≤ softMax ≤ hardMax, with linear cost `weight` per duty between soft and hard.
 */
export const limitRuleSchema = z.strictObject({
  ...levelFields,
  type: z.literal('limit'),
  service: idSchema,
  per: z.enum(['week', 'month', 'period']),
  hardMin: countSchema.optional(),
  softMin: countSchema.optional(),
  softMax: countSchema.optional(),
  hardMax: countSchema.optional(),
});

/** Minimum number of days between two duties of the same service for one magistrate. */
export const minGapRuleSchema = z.strictObject({
  ...levelFields,
  type: z.literal('min_gap'),
  service: idSchema,
  days: z.number().int().min(1),
});

export const ruleSchema = z.discriminatedUnion('type', [
  exclusionRuleSchema,
  dependencyRuleSchema,
  limitRuleSchema,
  minGapRuleSchema,
]);
export type Rule = z.infer<typeof ruleSchema>;
export type ExclusionRule = z.infer<typeof exclusionRuleSchema>;
export type DependencyRule = z.infer<typeof dependencyRuleSchema>;
export type LimitRule = z.infer<typeof limitRuleSchema>;
export type MinGapRule = z.infer<typeof minGapRuleSchema>;
