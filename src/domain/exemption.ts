import { z } from 'zod';
import { civilDaySchema, percentSchema, refineRangeOrder } from './primitives.ts';

export const exemptionTitles = [
  'rid',
  'magrif',
  'referente_formazione',
  'sto',
  'consiglio_giudiziario',
  'consiglio_direttivo_cassazione',
  'altro',
] as const;
export const exemptionTitleSchema = z.enum(exemptionTitles);
export type ExemptionTitle = z.infer<typeof exemptionTitleSchema>;

export const exemptionTitleLabels: Record<ExemptionTitle, string> = {
  rid: 'referente informatico distrettuale (RID)',
  magrif: 'magistrato di riferimento per l\'informatica (MAGRIF)',
  referente_formazione: 'referente per la formazione',
  sto: 'componente della Struttura tecnica per l\'organizzazione (STO)',
  consiglio_giudiziario: 'componente del Consiglio giudiziario',
  consiglio_direttivo_cassazione: 'componente del Consiglio direttivo della Corte di cassazione',
  altro: 'altro titolo',
};

/** An esonero: a share of the ordinary workload the magistrate is relieved of, over a span of days. */
export const exemptionSchema = z
  .strictObject({
    title: exemptionTitleSchema,
    percentage: percentSchema,
    from: civilDaySchema,
    /** Open-ended when absent. */
    to: civilDaySchema.optional(),
    note: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.to !== undefined) refineRangeOrder({ from: value.from, to: value.to }, ctx);
  });
export type Exemption = z.infer<typeof exemptionSchema>;
