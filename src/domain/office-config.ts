import { z } from 'zod';
import { absenceSchema } from './absence.ts';
import { exemptionBand, isWithinBand } from './exemption-bands.ts';
import { giadaConfigSchema } from './giada.ts';
import { magistrateSchema } from './magistrate.ts';
import { groupSchema, officeSchema } from './office.ts';
import { periodSchema } from './period.ts';
import { headRoles } from './role.ts';
import { ruleSchema } from './rule.ts';
import { serviceSchema } from './service.ts';
import { staffMemberSchema } from './staff.ts';
import { checkGiadaReferences } from './giada-references.ts';
import { checkReference, checkUniqueIds } from './references.ts';
import { checkJobReferences, officeJobsSchema } from './office-jobs.ts';

export const CURRENT_SCHEMA_VERSION = 1;

/** The configuration file of one office: what the organisational project fixes. */
export const officeConfigShape = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION).default(CURRENT_SCHEMA_VERSION),
  office: officeSchema,
  groups: z.array(groupSchema).default([]),
  magistrates: z.array(magistrateSchema).min(1),
  /** Administrative staff who use turnario (segreteria, Dibattimento): they act for others. */
  staff: z.array(staffMemberSchema).default([]),
  services: z.array(serviceSchema).default([]),
  rules: z.array(ruleSchema).default([]),
  periods: z.array(periodSchema).default([]),
  /** Absences known when the file is written; later ones are declared through chat or CLI. */
  absences: z.array(absenceSchema).default([]),
  giada: giadaConfigSchema.optional(),
  /** Where office announcements go: a Slack channel id (`C…`) and/or a Teams channel id (`19:…@thread.tacv2`). */
  announcements: z.strictObject({
    slackChannelId: z.string().regex(/^[CG][A-Z0-9]{2,}$/).optional(),
    teamsChannelId: z.string().min(1).optional(),
  }).default({}),
  /** Scheduled jobs of the office (`src/domain/office-jobs.ts`); defaults apply when absent. */
  jobs: officeJobsSchema.optional(),
});
export type OfficeConfig = z.infer<typeof officeConfigShape>;

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function addIssue(ctx: Ctx, path: Path, params: Record<string, unknown>, input: unknown): void {
  ctx.addIssue({ code: 'custom', path, params, input });
}

/** True when two service spans share a day; an open bound reaches as far as it can. */
function servicesOverlap(a: Pick<OfficeConfig['magistrates'][number], 'serviceStart' | 'serviceEnd'>, b: typeof a): boolean {
  return (a.serviceStart ?? '') <= (b.serviceEnd ?? '9999-12-31') && (b.serviceStart ?? '') <= (a.serviceEnd ?? '9999-12-31');
}

function checkMagistrates(config: OfficeConfig, ctx: Ctx): void {
  const groups = new Set(config.groups.map((g) => g.id));
  const ids = new Set(config.magistrates.map((m) => m.id));
  config.groups.forEach((g, i) => {
    if (g.coordinatorId !== undefined) checkReference(g.coordinatorId, ids, 'magistrate', ['groups', i, 'coordinatorId'], ctx);
  });
  config.magistrates.forEach((m, i) => {
    m.groups.forEach((g, j) => checkReference(g, groups, 'group', ['magistrates', i, 'groups', j], ctx));
    m.exemptions.forEach((e, j) => {
      const band = exemptionBand(e.title, config.office.districtSize, m.role);
      if (!isWithinBand(e.percentage, band)) {
        addIssue(ctx, ['magistrates', i, 'exemptions', j, 'percentage'], { expected: 'exemption_band', min: band.min, max: band.max, source: band.source }, e.percentage);
      }
    });
    if (m.serviceStart && m.serviceEnd && m.serviceStart > m.serviceEnd) {
      addIssue(ctx, ['magistrates', i, 'serviceEnd'], { expected: 'range_order', from: m.serviceStart, to: m.serviceEnd }, m.serviceEnd);
    }
  });
  // A successor may be listed beside the head who leaves: two heads only clash when their service overlaps.
  const heads = config.magistrates.filter((m) => headRoles.has(m.role));
  const overlapping = heads.filter((h) => heads.some((o) => o !== h && servicesOverlap(h, o)));
  if (overlapping.length > 1) addIssue(ctx, ['magistrates'], { expected: 'single_head', count: overlapping.length }, overlapping.map((h) => h.id));
  if (config.office.deputyHeadId !== undefined) checkReference(config.office.deputyHeadId, ids, 'magistrate', ['office', 'deputyHeadId'], ctx);
  if (config.office.kind !== 'tribunale' && config.office.headWorkloadPercent < 30) {
    addIssue(ctx, ['office', 'headWorkloadPercent'], { expected: 'head_share' }, config.office.headWorkloadPercent);
  }
}

function checkServicesAndRules(config: OfficeConfig, ctx: Ctx): void {
  const groups = new Set(config.groups.map((g) => g.id));
  const magistrates = new Set(config.magistrates.map((m) => m.id));
  const services = new Set(config.services.map((s) => s.id));
  config.services.forEach((s, i) => {
    const base = ['services', i, 'eligibility'];
    s.eligibility.groups.forEach((g, j) => checkReference(g, groups, 'group', [...base, 'groups', j], ctx));
    s.eligibility.magistrates.forEach((m, j) => checkReference(m, magistrates, 'magistrate', [...base, 'magistrates', j], ctx));
    s.eligibility.exclude.forEach((m, j) => checkReference(m, magistrates, 'magistrate', [...base, 'exclude', j], ctx));
  });
  config.rules.forEach((r, i) => {
    const path = ['rules', i];
    if (r.type === 'exclusion') {
      r.services.forEach((s, j) => checkReference(s, services, 'service', [...path, 'services', j], ctx));
      if (r.mode === 'within_days' && r.days === undefined) addIssue(ctx, [...path, 'days'], { expected: 'required_for_within' }, undefined);
    } else if (r.type === 'dependency') {
      checkReference(r.service, services, 'service', [...path, 'service'], ctx);
      checkReference(r.then, services, 'service', [...path, 'then'], ctx);
    } else {
      checkReference(r.service, services, 'service', [...path, 'service'], ctx);
    }
    if (r.type === 'limit') {
      const bounds = [r.hardMin, r.softMin, r.softMax, r.hardMax].filter((b): b is number => b !== undefined);
      if (bounds.some((b, j) => j > 0 && b < bounds[j - 1]!)) addIssue(ctx, path, { expected: 'limit_order' }, bounds);
    }
  });
  config.periods.forEach((p, i) => {
    p.overrides.forEach((o, j) => checkReference(o.service, services, 'service', ['periods', i, 'overrides', j, 'service'], ctx));
    if (p.kind === 'specific' && p.from > p.to) addIssue(ctx, ['periods', i, 'to'], { expected: 'range_order', from: p.from, to: p.to }, p.to);
  });
  config.absences.forEach((a, i) => checkReference(a.magistrateId, magistrates, 'magistrate', ['absences', i, 'magistrateId'], ctx));
}

/** Cross-references and bands: what a single field's schema cannot see. */
export function checkOfficeConfig(config: OfficeConfig, ctx: Ctx): void {
  checkUniqueIds(config.groups, ['groups'], ctx);
  checkUniqueIds(config.magistrates, ['magistrates'], ctx);
  checkUniqueIds(config.staff, ['staff'], ctx);
  const magistrateIds = new Set(config.magistrates.map((m) => m.id));
  config.staff.forEach((s, i) => {
    if (magistrateIds.has(s.id)) addIssue(ctx, ['staff', i, 'id'], { expected: 'unique_id' }, s.id);
  });
  checkUniqueIds(config.services, ['services'], ctx);
  checkUniqueIds(config.rules, ['rules'], ctx);
  checkUniqueIds(config.periods, ['periods'], ctx);
  checkUniqueIds(config.absences, ['absences'], ctx);
  checkMagistrates(config, ctx);
  checkServicesAndRules(config, ctx);
  if (config.office.kind === 'tribunale' && !config.giada) addIssue(ctx, ['giada'], { expected: 'giada_required' }, undefined);
  if (config.giada) checkGiadaReferences(config.giada, new Set(config.magistrates.map((m) => m.id)), ctx);
  checkJobReferences(config.jobs, magistrateIds, ctx);
}

export const officeConfigSchema = officeConfigShape.superRefine(checkOfficeConfig);
