import { z } from 'zod';
import { instantSchema } from './primitives.ts';

/** One line of the append-only audit log: who did what, when. */
export const auditEntrySchema = z.strictObject({
  at: instantSchema,
  actor: z.string().min(1),
  action: z.string().min(1),
  /** What the action was about: `absence:a12`, `calendar:2026-12/v2`, … */
  subject: z.string(),
  details: z.record(z.string(), z.unknown()).default({}),
  /** True when the action was refused (permissions, validation). */
  refused: z.boolean().default(false),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
