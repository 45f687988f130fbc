import { z } from 'zod';
import { idSchema, timeOfDaySchema } from './primitives.ts';
import { serviceKindSchema } from './service.ts';

/**
 * An office's settings for the scheduled jobs (`jobs` in the office file). Every field has a default,
 * so an office without `jobs` gets: provisional calendar of next month on the 10th at 07:00,
 * reperibilità reminders the evening before at 18:00 and the morning it starts at 08:00, the weekly
 * digest on Monday at 08:00, and a reminder to the head when a replan proposal waits more than 24 hours.
 * No time may fall between 02:00 and 03:00: that hour does not exist or happens twice on the DST days.
 */

/** `HH:MM`, outside the 02:00–02:59 hour. */
export const jobTimeSchema = timeOfDaySchema.refine((t) => !t.startsWith('02:'), { params: { expected: 'outside_quiet_hour' } });

/** One reminder of a duty: `daysBefore` its first day (0: the day itself), at `time` local. */
export const reminderOffsetSchema = z.strictObject({
  id: idSchema,
  daysBefore: z.number().int().min(0).max(14),
  time: jobTimeSchema,
});
export type ReminderOffset = z.infer<typeof reminderOffsetSchema>;

export const defaultReminderOffsets: ReminderOffset[] = [
  { id: 'sera-prima', daysBefore: 1, time: '18:00' },
  { id: 'mattina', daysBefore: 0, time: '08:00' },
];

export const officeJobsSchema = z.strictObject({
  /** Provisional calendar of the next `monthsAhead`-th month, generated on `dayOfMonth` at `time`. */
  generation: z.strictObject({
    enabled: z.boolean().default(true),
    dayOfMonth: z.number().int().min(1).max(28).default(10),
    time: jobTimeSchema.default('07:00'),
    monthsAhead: z.number().int().min(1).max(3).default(1),
  }).prefault({}),
  reminders: z.strictObject({
    enabled: z.boolean().default(true),
    /** Which kinds of service get reminders. */
    serviceKinds: z.array(serviceKindSchema).default(['reperibilita']),
    offsets: z.array(reminderOffsetSchema).default(() => defaultReminderOffsets.map((o) => ({ ...o }))),
    /** Per person id: their own offsets instead of the office's (an empty list: no reminders). */
    people: z.record(z.string(), z.array(reminderOffsetSchema)).default({}),
  }).prefault({}),
  digest: z.strictObject({
    enabled: z.boolean().default(true),
    /** ISO weekday, 1 = Monday. */
    weekday: z.number().int().min(1).max(7).default(1),
    time: jobTimeSchema.default('08:00'),
  }).prefault({}),
  /** A replan proposal still unapproved after `afterHours` hours: the head is reminded once. */
  absenceFollowUp: z.strictObject({
    enabled: z.boolean().default(true),
    afterHours: z.number().int().min(1).max(168).default(24),
  }).prefault({}),
  announcements: z.strictObject({ enabled: z.boolean().default(true) }).prefault({}),
  /** Tribunali: the draw commitment (draw mode only) every day, the balance watch every week. */
  giada: z.strictObject({
    drawTime: jobTimeSchema.default('00:05'),
    balanceWeekday: z.number().int().min(1).max(7).default(1),
    balanceTime: jobTimeSchema.default('07:30'),
  }).prefault({}),
});
export type OfficeJobs = z.infer<typeof officeJobsSchema>;

const parsedSettings = new WeakMap<object, OfficeJobs>();
let defaultSettings: OfficeJobs | null = null;

/** The settings of an office with every default filled in (memoised per settings object: treat as read-only). */
export function officeJobSettings(jobs: unknown): OfficeJobs {
  if (jobs === undefined || jobs === null) return (defaultSettings ??= officeJobsSchema.parse({}));
  if (typeof jobs !== 'object') return officeJobsSchema.parse(jobs);
  let settings = parsedSettings.get(jobs);
  if (!settings) {
    settings = officeJobsSchema.parse(jobs);
    parsedSettings.set(jobs, settings);
  }
  return settings;
}

/** People named in `reminders.people` must be magistrates of the office. */
export function checkJobReferences(jobs: OfficeJobs | undefined, magistrateIds: ReadonlySet<string>, ctx: z.RefinementCtx): void {
  for (const personId of Object.keys(jobs?.reminders.people ?? {})) {
    if (!magistrateIds.has(personId)) {
      ctx.addIssue({ code: 'custom', path: ['jobs', 'reminders', 'people', personId], params: { expected: 'known_ref', kind: 'magistrate', known: [...magistrateIds].slice(0, 3) }, input: personId });
    }
  }
}
