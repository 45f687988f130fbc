import type { z } from 'zod';
import type { GiadaConfig } from './giada.ts';
import { checkReference, checkUniqueIds } from './references.ts';

type Ctx = z.RefinementCtx;

function checkWeightClasses(giada: GiadaConfig, ctx: Ctx): void {
  const sorted = giada.weightClasses.map((c, i) => ({ c, i })).sort((a, b) => a.c.min - b.c.min);
  sorted.forEach(({ c, i }, k) => {
    const next = sorted[k + 1];
    if (c.max !== undefined && c.max < c.min) {
      ctx.addIssue({ code: 'custom', path: ['giada', 'weightClasses', i, 'max'], params: { expected: 'class_order' }, input: c.max });
    }
    if (next && (c.max === undefined || c.max >= next.c.min)) {
      ctx.addIssue({ code: 'custom', path: ['giada', 'weightClasses', next.i, 'min'], params: { expected: 'class_overlap', other: c.id }, input: next.c.min });
    }
  });
}

/** Every id a GIADA configuration mentions must exist. */
export function checkGiadaReferences(giada: GiadaConfig, magistrates: Set<string>, ctx: Ctx): void {
  const sections = new Set(giada.sections.map((s) => s.id));
  const judges = new Set(giada.judges.map((j) => j.magistrateId));
  const panels = new Set(giada.panels.map((p) => p.id));
  const courtrooms = new Set(giada.courtrooms.map((c) => c.id));
  checkUniqueIds(giada.sections, ['giada', 'sections'], ctx);
  checkUniqueIds(giada.panels, ['giada', 'panels'], ctx);
  checkUniqueIds(giada.subjectMatters, ['giada', 'subjectMatters'], ctx);
  giada.subjectMatters.forEach((m, i) =>
    m.sectionIds.forEach((s, j) => checkReference(s, sections, 'section', ['giada', 'subjectMatters', i, 'sectionIds', j], ctx)));
  giada.judges.forEach((j, i) => {
    checkReference(j.magistrateId, magistrates, 'magistrate', ['giada', 'judges', i, 'magistrateId'], ctx);
    j.sections.forEach((s, k) => checkReference(s.sectionId, sections, 'section', ['giada', 'judges', i, 'sections', k, 'sectionId'], ctx));
    const total = j.sections.reduce((sum, s) => sum + s.percent, 0);
    if (Math.abs(total - 100) > 1e-9) {
      ctx.addIssue({ code: 'custom', path: ['giada', 'judges', i, 'sections'], params: { expected: 'sections_total' }, input: total });
    }
  });
  giada.panels.forEach((p, i) => {
    checkReference(p.sectionId, sections, 'section', ['giada', 'panels', i, 'sectionId'], ctx);
    p.memberIds.forEach((m, k) => checkReference(m, judges, 'judge', ['giada', 'panels', i, 'memberIds', k], ctx));
  });
  const hearings = [
    ...giada.hearingPatterns.map((h, i) => ({ h, path: ['giada', 'hearingPatterns', i] as (string | number)[] })),
    ...giada.singleHearings.map((h, i) => ({ h, path: ['giada', 'singleHearings', i] as (string | number)[] })),
  ];
  for (const { h, path } of hearings) {
    if (h.judgeId !== undefined) checkReference(h.judgeId, judges, 'judge', [...path, 'judgeId'], ctx);
    if (h.panelId !== undefined) checkReference(h.panelId, panels, 'panel', [...path, 'panelId'], ctx);
    if (h.courtroomId !== undefined) checkReference(h.courtroomId, courtrooms, 'courtroom', [...path, 'courtroomId'], ctx);
    if (h.caps.directSummonsCap > h.caps.capacity) {
      ctx.addIssue({ code: 'custom', path: [...path, 'caps', 'directSummonsCap'], params: { expected: 'within_capacity', capacity: h.caps.capacity }, input: h.caps.directSummonsCap });
    }
  }
  giada.fixingWindows.forEach((w, i) => {
    if (w.minDays > w.maxDays) {
      ctx.addIssue({ code: 'custom', path: ['giada', 'fixingWindows', i, 'maxDays'], params: { expected: 'window_order', min: w.minDays }, input: w.maxDays });
    }
  });
  checkWeightClasses(giada, ctx);
}
