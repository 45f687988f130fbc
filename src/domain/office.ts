import { z } from 'zod';
import { idSchema, monthDaySchema, percentSchema } from './primitives.ts';

export const officeKinds = ['procura', 'procura_minori', 'tribunale'] as const;
export const officeKindSchema = z.enum(officeKinds);
export type OfficeKind = z.infer<typeof officeKindSchema>;

export const officeSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  kind: officeKindSchema,
  city: z.string().min(1),
  /** The patron saint's day, `MM-DD` (Napoli 09-19, Milano 12-07, Roma 06-29): a holiday for the office. */
  patronSaintDay: monthDaySchema,
  /** Magistrates in the district's establishment: sets the Consiglio giudiziario exemption band. */
  districtSize: z.number().int().min(1),
  timezone: z.literal('Europe/Rome').default('Europe/Rome'),
  /**
   * The head's own workload as a percentage of a full-time colleague's (CSM circular on Procure, 2024,
   * art. 5 c. 5: for a procuratore at least 30% of a sostituto's).
   */
  headWorkloadPercent: percentSchema.default(30),
  /**
   * The vicario: the magistrate (usually a procuratore aggiunto or a presidente di sezione) the organisational project
   * designates to stand in for the head (art. 60 c. 4 Circ. Procure); they act as head on the days no head is in service.
   */
  deputyHeadId: idSchema.optional(),
});
export type Office = z.infer<typeof officeSchema>;

export const groupSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  /** The procuratore aggiunto who coordinates the group, if any. */
  coordinatorId: idSchema.optional(),
});
export type Group = z.infer<typeof groupSchema>;

export const officeKindLabels: Record<OfficeKind, string> = {
  procura: 'Procura della Repubblica',
  procura_minori: 'Procura presso il Tribunale per i minorenni',
  tribunale: 'Tribunale',
};
