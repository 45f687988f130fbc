import { z } from 'zod';
import { civilDaySchema, countSchema, idSchema, percentSchema } from './primitives.ts';
import { genderSchema } from './gender.ts';

/** GIADA configuration and records (Tribunali): the engine lives in src/giada. */

export const requestTypes = ['citazione_diretta', 'rinvio_a_giudizio', 'giudizio_immediato', 'opposizione_decreto_penale'] as const;
export const requestTypeSchema = z.enum(requestTypes);
export type RequestType = z.infer<typeof requestTypeSchema>;

export const requestTypeLabels: Record<RequestType, string> = {
  citazione_diretta: 'citazione diretta a giudizio',
  rinvio_a_giudizio: 'rinvio a giudizio',
  giudizio_immediato: 'giudizio immediato',
  opposizione_decreto_penale: 'opposizione a decreto penale di condanna',
};

export const giadaProfileSchema = z.enum(['pm', 'gip', 'dibattimento']);
export type GiadaProfile = z.infer<typeof giadaProfileSchema>;

export const sectionSchema = z.strictObject({ id: idSchema, name: z.string().min(1) });
export const courtroomSchema = z.strictObject({ id: idSchema, name: z.string().min(1) });

/** A subject matter: specialised ones go to their competent sections; the others are spread over all. */
export const subjectMatterSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  specialised: z.boolean().default(false),
  /** Competent sections; empty means every section ("a pioggia"). */
  sectionIds: z.array(idSchema).default([]),
});

export const judgeSchema = z.strictObject({
  /** The judge is a magistrate of the office. */
  magistrateId: idSchema,
  /** Section membership in percent (a judge may split between sections). */
  sections: z.array(z.strictObject({ sectionId: idSchema, percent: percentSchema })).min(1),
  /** Share of time for single-judge trials, 100 = full time. */
  monocraticCapacity: percentSchema,
  /** Share of time for panel trials, split among the panels the judge sits on. */
  collegialCapacity: percentSchema,
});

export const panelSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  sectionId: idSchema,
  memberIds: z.array(idSchema).min(3),
});

/** Points of the weight: per defendant (free or detained), per charge, more for listed offences. */
export const weightScoringSchema = z.strictObject({
  perFreeDefendant: z.number().min(0),
  perDetainedDefendant: z.number().min(0),
  perCharge: z.number().min(0),
  /** A charge whose code starts with `codePrefix` scores `points` instead of `perCharge`. */
  listedOffences: z.array(z.strictObject({ codePrefix: z.string().min(1), label: z.string().min(1), points: z.number().min(0) })).default([]),
});

export const weightClassSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  min: z.number().min(0),
  /** Inclusive; the last class may be open. */
  max: z.number().min(0).optional(),
});

/** Days from the request within which the first hearing is fixed ("range di fissazione"). */
export const fixingWindowSchema = z.strictObject({
  requestType: requestTypeSchema,
  urgent: z.boolean().default(false),
  /** When set, the window applies only to requests with (true) or without (false) detained defendants. */
  detained: z.boolean().optional(),
  minDays: countSchema,
  maxDays: countSchema,
});

/** A minimum term between the request and the hearing set by the code of criminal procedure. */
export const statutoryTermSchema = z.strictObject({
  requestType: requestTypeSchema,
  minDays: countSchema,
  /** The legal source, cited in explanations (e.g. "art. 429 c. 3 c.p.p."). */
  source: z.string().min(1),
});

/** Caps of one hearing, as in the seed: capacity 10, of which up to 6 direct summons, plus 2 urgent. */
export const hearingCapsSchema = z.strictObject({
  capacity: countSchema,
  directSummonsCap: countSchema,
  urgentExtra: countSchema,
});

const ownerFields = { judgeId: idSchema.optional(), panelId: idSchema.optional() };

function refineOneOwner(value: { judgeId?: string; panelId?: string }, ctx: z.RefinementCtx): void {
  if ((value.judgeId === undefined) === (value.panelId === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['judgeId'], params: { expected: 'one_owner' }, input: value });
  }
}

/** Weekly hearing days of a judge or panel over a span of dates, expanded for any year. */
export const hearingPatternSchema = z
  .strictObject({
    ...ownerFields,
    weekdays: z.array(z.number().int().min(1).max(7)).min(1),
    from: civilDaySchema,
    to: civilDaySchema,
    excludedDates: z.array(civilDaySchema).default([]),
    courtroomId: idSchema.optional(),
    caps: hearingCapsSchema,
  })
  .superRefine(refineOneOwner);

/** One extra hearing on a single date. */
export const singleHearingSchema = z
  .strictObject({ ...ownerFields, date: civilDaySchema, courtroomId: idSchema.optional(), caps: hearingCapsSchema })
  .superRefine(refineOneOwner);

export const giadaConfigSchema = z.strictObject({
  sections: z.array(sectionSchema).min(1),
  courtrooms: z.array(courtroomSchema).default([]),
  subjectMatters: z.array(subjectMatterSchema).min(1),
  judges: z.array(judgeSchema).min(1),
  panels: z.array(panelSchema).default([]),
  /** Charge codes (prefixes) that make a trial collegial; citazione diretta is always single-judge. */
  collegialOffences: z.array(z.string().min(1)).default([]),
  weightScoring: weightScoringSchema,
  weightClasses: z.array(weightClassSchema).min(1),
  fixingWindows: z.array(fixingWindowSchema).min(1),
  statutoryTerms: z.array(statutoryTermSchema).default([]),
  hearingPatterns: z.array(hearingPatternSchema).default([]),
  singleHearings: z.array(singleHearingSchema).default([]),
  /** `rotation`: classic GIADA; `draw`: seeded draw among the least loaded, verifiable afterwards. */
  mode: z.enum(['rotation', 'draw']).default('rotation'),
  /**
   * Draw mode only: the draw is among the candidates whose assignment index is at most the lowest index
   * plus this many full-time cases, so that the last one of a round is not predictable.
   */
  drawPoolSlack: z.number().min(0).default(1),
  /** Most and least loaded may differ by at most this much over a semester before an alert. */
  balanceTolerancePercent: percentSchema.default(10),
  /** No non-urgent first hearing during the summer suspension (1–31 August). */
  summerSuspension: z.boolean().default(true),
});
export type GiadaConfig = z.infer<typeof giadaConfigSchema>;

/** A request for a first-hearing date, one JSON per line in the interchange format. */
export const hearingRequestSchema = z.strictObject({
  id: z.string().min(1),
  type: requestTypeSchema,
  requestedOn: civilDaySchema,
  defendants: z.array(z.strictObject({ detained: z.boolean() })).min(1),
  charges: z.array(z.strictObject({ code: z.string().min(1) })).min(1),
  subjectMatter: idSchema,
  urgent: z.boolean().default(false),
  requestedBy: z.strictObject({ profile: giadaProfileSchema, userId: z.string().min(1) }),
});
export type HearingRequest = z.infer<typeof hearingRequestSchema>;

/** The outcome of a request, one JSON per line in the interchange format. */
export const assignmentRecordSchema = z.strictObject({
  requestId: z.string().min(1),
  status: z.enum(['assigned', 'manual']),
  judgeId: idSchema.nullable(),
  panelId: idSchema.nullable(),
  hearingDate: civilDaySchema.nullable(),
  weight: z.number(),
  weightClass: z.string(),
  explanation: z.string(),
  ledgerHash: z.string(),
});
export type AssignmentRecord = z.infer<typeof assignmentRecordSchema>;

/** What a magistrate's availability needs for GIADA: service span and exemptions (a 100% one blocks hearings). */
export const giadaMagistrateSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  surname: z.string(),
  /** As in the office file: the article and agreement of the sentences naming the judge ("la giudice Marta Leone"). */
  gender: genderSchema.optional(),
  serviceStart: civilDaySchema.optional(),
  serviceEnd: civilDaySchema.optional(),
  exemptions: z.array(z.strictObject({ percentage: percentSchema, from: civilDaySchema, to: civilDaySchema.optional() })).default([]),
});

/**
 * Everything the GIADA engine decides from, as recorded at the head of the ledger (and again whenever it
 * changes): the office's place (for holidays), the GIADA configuration, the judges and their absences.
 * A ledger can therefore be replayed on its own.
 */
export const giadaSetupSchema = z.strictObject({
  officeId: idSchema,
  officeName: z.string().min(1),
  city: z.string().min(1),
  patronSaintDay: z.string(),
  giada: giadaConfigSchema,
  magistrates: z.array(giadaMagistrateSchema),
  absences: z.array(z.strictObject({ magistrateId: idSchema, type: z.string(), from: civilDaySchema, to: civilDaySchema })).default([]),
});
export type GiadaSetup = z.infer<typeof giadaSetupSchema>;
