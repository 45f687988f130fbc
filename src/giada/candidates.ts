import type { GiadaConfig } from '../domain/giada.ts';
import { computePanelCapacity } from './capacity.ts';

/** A judge (single-judge trials) or a panel (collegial trials) that can receive cases. */
export interface Candidate {
  /** Position in the engine's arrays: judges first, then panels. */
  index: number;
  kind: 'judge' | 'panel';
  id: string;
  /** Monocratic capacity of a judge, computed capacity of a panel; percent, 100 = full time. */
  capacity: number;
  sectionIds: string[];
  /** Section membership in percent: a judge's as configured, a panel's own section at 100 (section-share.ts). */
  sections: { sectionId: string; percent: number }[];
  /** The magistrates whose absence blocks a hearing: the judge, or every member of the panel. */
  memberIds: string[];
  /** Subject matters restricted to some sections (competence.ts) that this candidate may receive. */
  restrictedMatterIds: string[];
}

/** The matters restricted to some sections that a candidate in `sectionIds` may receive. */
function restrictedMattersOf(config: GiadaConfig, sectionIds: readonly string[]): string[] {
  return config.subjectMatters.filter((m) => m.sectionIds.length > 0 && m.sectionIds.some((s) => sectionIds.includes(s))).map((m) => m.id);
}

/** Every judge and panel of the configuration, with its capacity, in a fixed order (the engine's indices). */
export function listCandidates(config: GiadaConfig): Candidate[] {
  const judges = config.judges.map((j, index): Candidate => {
    const sectionIds = j.sections.filter((s) => s.percent > 0).map((s) => s.sectionId);
    const sections = j.sections.map((s) => ({ sectionId: s.sectionId, percent: s.percent }));
    return { index, kind: 'judge', id: j.magistrateId, capacity: j.monocraticCapacity, sectionIds, sections, memberIds: [j.magistrateId], restrictedMatterIds: restrictedMattersOf(config, sectionIds) };
  });
  const panels = config.panels.map((p, k): Candidate => ({
    index: judges.length + k,
    kind: 'panel',
    id: p.id,
    capacity: computePanelCapacity(p, config.judges, config.panels).capacity,
    sectionIds: [p.sectionId],
    sections: [{ sectionId: p.sectionId, percent: 100 }],
    memberIds: [...p.memberIds],
    restrictedMatterIds: restrictedMattersOf(config, [p.sectionId]),
  }));
  return [...judges, ...panels];
}

/**
 * How many matters restricted to some sections, other than the case's own, a candidate may also receive:
 * among candidates tied in the rotation, the case goes first to those with fewer (the reserve, README
 * step 4), since cases of those matters can go to nobody else.
 */
export function countReserve(candidate: Pick<Candidate, 'restrictedMatterIds'>, matterId: string): number {
  let count = 0;
  for (const m of candidate.restrictedMatterIds) if (m !== matterId) count += 1;
  return count;
}
