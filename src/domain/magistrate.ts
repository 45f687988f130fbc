import { z } from 'zod';
import { exemptionSchema } from './exemption.ts';
import { genderSchema } from './gender.ts';
import { civilDaySchema, idSchema, patternSchema, percentSchema } from './primitives.ts';
import { roleSchema } from './role.ts';

export const chatIdentitiesSchema = z.strictObject({
  /** Slack member id, e.g. `U04ABCDEF`. */
  slackUserId: patternSchema(/^[UW][A-Z0-9]{2,}$/, 'slack_user_id').optional(),
  /** Microsoft Entra (AAD) object id, a GUID. */
  teamsAadObjectId: z.uuid().optional(),
  email: z.email().optional(),
});
export type ChatIdentities = z.infer<typeof chatIdentitiesSchema>;

export const magistrateSchema = z.strictObject({
  id: idSchema,
  surname: z.string().min(1),
  name: z.string().min(1),
  role: roleSchema,
  /** "F" or "M": the article and agreement of the words naming them ("la giudice Carla Amato"); unknown, none is gendered. */
  gender: genderSchema.optional(),
  groups: z.array(idSchema).default([]),
  chat: chatIdentitiesSchema.default({}),
  /** First day of service in the office; the first weeks are the newcomer's first-assignment period. */
  serviceStart: civilDaySchema.optional(),
  /** Last day of service in the office (transfer, retirement). */
  serviceEnd: civilDaySchema.optional(),
  /** Part-time or reduced work not due to an exemption (100 = full time). */
  workPercent: percentSchema.default(100),
  exemptions: z.array(exemptionSchema).default([]),
});
export type Magistrate = z.infer<typeof magistrateSchema>;

export function fullName(magistrate: Pick<Magistrate, 'name' | 'surname'>): string {
  return `${magistrate.name} ${magistrate.surname}`;
}
