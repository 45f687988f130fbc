import { z } from 'zod';
import { civilDaySchema, idSchema, instantSchema } from './primitives.ts';

/** One assignment of a service to a magistrate for a day or a block of days. */
export const dutySchema = z.strictObject({
  id: z.string().min(1),
  serviceId: idSchema,
  magistrateId: idSchema,
  from: civilDaySchema,
  to: civilDaySchema,
  /** Set by the head: the solver keeps it when replanning. */
  pinned: z.boolean().default(false),
});
export type Duty = z.infer<typeof dutySchema>;

/** A slot nobody could cover ("area critica"), with the reason in Italian. */
export const uncoveredSlotSchema = z.strictObject({
  serviceId: idSchema,
  from: civilDaySchema,
  to: civilDaySchema,
  missing: z.number().int().min(1),
  reason: z.string(),
});
export type UncoveredSlot = z.infer<typeof uncoveredSlotSchema>;

/**
 * `withdrawn`: a replan proposal dropped before the head approved it, because the absences behind it were withdrawn and
 * the published version already fits (kept as history; never the latest version again).
 */
export const calendarStatusSchema = z.enum(['provisional', 'published', 'withdrawn']);
export type CalendarStatus = z.infer<typeof calendarStatusSchema>;

/** A calendar version: provisional ones may be edited; published ones are immutable; withdrawn ones are history. */
export const calendarVersionSchema = z.strictObject({
  id: z.string().min(1),
  officeId: idSchema,
  from: civilDaySchema,
  to: civilDaySchema,
  status: calendarStatusSchema,
  /** 1, 2, … within the same period. */
  number: z.number().int().min(1),
  createdAt: instantSchema,
  createdBy: z.string().min(1),
  publishedAt: instantSchema.optional(),
  publishedBy: z.string().optional(),
  withdrawnAt: instantSchema.optional(),
  withdrawnBy: z.string().optional(),
  /** The version this one was derived from (edit, replan). */
  basedOn: z.string().optional(),
  duties: z.array(dutySchema),
  uncovered: z.array(uncoveredSlotSchema).default([]),
});
export type CalendarVersion = z.infer<typeof calendarVersionSchema>;
