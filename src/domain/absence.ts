import { z } from 'zod';
import { civilDaySchema, idSchema, instantSchema, refineRangeOrder } from './primitives.ts';

export const absenceTypes = ['ferie', 'malattia', 'congedo', 'formazione', 'altro'] as const;
export const absenceTypeSchema = z.enum(absenceTypes);
export type AbsenceType = z.infer<typeof absenceTypeSchema>;

export const absenceTypeLabels: Record<AbsenceType, string> = {
  ferie: 'ferie',
  malattia: 'malattia',
  congedo: 'congedo',
  formazione: 'formazione',
  altro: 'altra assenza',
};

export const absenceSchema = z
  .strictObject({
    id: idSchema,
    magistrateId: idSchema,
    type: absenceTypeSchema,
    from: civilDaySchema,
    to: civilDaySchema,
    note: z.string().default(''),
    declaredBy: z.string().min(1),
    declaredAt: instantSchema,
    status: z.enum(['active', 'cancelled']).default('active'),
    cancelledBy: z.string().optional(),
    cancelledAt: instantSchema.optional(),
  })
  .superRefine(refineRangeOrder);
export type Absence = z.infer<typeof absenceSchema>;

/** What a user supplies to declare an absence; the rest is filled by the use case. */
export const absenceRequestSchema = z
  .strictObject({
    magistrateId: idSchema,
    type: absenceTypeSchema,
    from: civilDaySchema,
    to: civilDaySchema,
    note: z.string().default(''),
  })
  .superRefine(refineRangeOrder);
export type AbsenceRequest = z.infer<typeof absenceRequestSchema>;
