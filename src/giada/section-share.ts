import type { GiadaConfig } from '../domain/giada.ts';
import type { Candidate } from './candidates.ts';

type SubjectMatter = GiadaConfig['subjectMatters'][number];

/**
 * A candidate's share of a matter restricted to some sections, in percent: its percentages in the matter's
 * sections summed, at most 100 (a panel belongs to its section at 100). The seed assigns judges to sections "anche
 * in %": a judge at 50% in a section takes half a full-time colleague's share of that section's matters.
 */
export function matterSharePercent(candidate: Pick<Candidate, 'sections'>, matter: Pick<SubjectMatter, 'sectionIds'>): number {
  let sum = 0;
  for (const s of candidate.sections) if (matter.sectionIds.includes(s.sectionId)) sum += s.percent;
  return Math.min(100, sum);
}

/**
 * The section shares the rotation of a matter weighs, by candidate index: null for a matter spread over every
 * section (a pioggia: the overall capacity alone counts), and null when every competent candidate sits in the
 * matter's sections at 100% (nothing to weigh: the class rotation decides as it always has).
 */
export function weighedSectionShares(competent: readonly Candidate[], matter: Pick<SubjectMatter, 'sectionIds'>): Map<number, number> | null {
  if (matter.sectionIds.length === 0) return null;
  const shares = new Map(competent.map((c) => [c.index, matterSharePercent(c, matter)]));
  return [...shares.values()].some((p) => p < 100) ? shares : null;
}
