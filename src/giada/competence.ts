import type { GiadaConfig, HearingRequest } from '../domain/giada.ts';
import type { Candidate } from './candidates.ts';
import { chargeMatches } from './charge-code.ts';

type SubjectMatter = GiadaConfig['subjectMatters'][number];

/**
 * A trial is collegial when a charge is one of the configured collegial offences (matched by code
 * prefix); a citazione diretta is always before a single judge (art. 550 c.p.p.).
 */
export function isCollegialCase(request: Pick<HearingRequest, 'type' | 'charges'>, config: Pick<GiadaConfig, 'collegialOffences'>): boolean {
  if (request.type === 'citazione_diretta') return false;
  return request.charges.some((c) => config.collegialOffences.some((prefix) => chargeMatches(c.code, prefix)));
}

/**
 * The competent candidates for a subject matter: of the right kind (judges or panels), with capacity
 * above zero, and in one of the matter's sections; a matter with no sections (not specialised) is spread
 * "a pioggia" over every section.
 */
export function listCompetentCandidates(candidates: readonly Candidate[], matter: SubjectMatter, collegial: boolean): Candidate[] {
  const kind = collegial ? 'panel' : 'judge';
  const sections = matter.sectionIds.length > 0 ? new Set(matter.sectionIds) : null;
  return candidates.filter((c) => c.kind === kind && c.capacity > 0 && (sections === null || c.sectionIds.some((s) => sections.has(s))));
}
