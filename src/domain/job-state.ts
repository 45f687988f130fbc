import { z } from 'zod';
import { instantSchema } from './primitives.ts';

/** The scheduled jobs, by name. */
export const jobNames = ['calendar.generate', 'calendar.missing', 'calendar.announce', 'calendar.unpublished', 'reminder', 'digest', 'absence.follow-up', 'giada.draw', 'giada.balance'] as const;
export const jobNameSchema = z.enum(jobNames);
export type JobName = z.infer<typeof jobNameSchema>;

/**
 * What became of one idempotency key: `claimed` is written before the effect (a send, a generation),
 * `sent` after it; `claimed` left behind means the process stopped in between and the effect is
 * uncertain. `retry`: the notifier said the message was not delivered, tried again on a later tick.
 */
export const jobRecordStatuses = ['claimed', 'sent', 'skipped', 'dropped', 'failed', 'retry'] as const;
export const jobRecordSchema = z.strictObject({
  job: jobNameSchema,
  officeId: z.string(),
  planned: instantSchema,
  status: z.enum(jobRecordStatuses),
  at: instantSchema,
  attempts: z.number().int().min(0).default(0),
  detail: z.string().default(''),
});
export type JobRecord = z.infer<typeof jobRecordSchema>;

/** What the jobs keep in the main document: the keys done, and since when the scheduler runs. */
export const jobStateSchema = z.strictObject({
  /** The first tick ever: nothing planned before it is caught up. */
  since: instantSchema.optional(),
  /** The last tick that did something (idle ticks write nothing). */
  lastTickAt: instantSchema.optional(),
  records: z.record(z.string(), jobRecordSchema).default({}),
});
export type JobState = z.infer<typeof jobStateSchema>;

export function emptyJobState(): JobState {
  return { records: {} };
}

/** One line of the append-only `job-runs` log: one job occurrence, from start to outcome. */
export const jobRunSchema = z.strictObject({
  job: jobNameSchema,
  key: z.string(),
  officeId: z.string(),
  planned: instantSchema,
  started: instantSchema,
  finished: instantSchema,
  outcome: z.enum(['sent', 'skipped', 'dropped', 'failed', 'retry']),
  detail: z.string(),
  /** The tick's instant (`--at` or the clock). */
  tick: instantSchema,
});
export type JobRun = z.infer<typeof jobRunSchema>;
