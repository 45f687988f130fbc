import { z } from 'zod';
import { idSchema, instantSchema } from './primitives.ts';

/**
 * A private subscription link: whoever holds `token` may read one magistrate's duties (or the whole
 * office's calendar when `magistrateId` is absent). Revoking keeps the record, marked, so that a
 * revoked link stays refused and the history of who could read what is kept.
 */
export const feedTokenSchema = z.strictObject({
  token: z.string().min(20),
  officeId: idSchema,
  magistrateId: idSchema.optional(),
  createdAt: instantSchema,
  createdBy: z.string().min(1),
  revokedAt: instantSchema.optional(),
  revokedBy: z.string().optional(),
});
export type FeedToken = z.infer<typeof feedTokenSchema>;

export const feedTokensSchema = z.array(feedTokenSchema);
