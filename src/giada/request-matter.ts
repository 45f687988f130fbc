import type { GiadaConfig, HearingRequest } from '../domain/giada.ts';

/**
 * Why a request names no configured subject matter, or null. Refused before any decision: recorded as a
 * manual case, the proceeding number would be taken for good by a slip in the matter (a new request with
 * the same number is refused, and a reassignment decides on the same wrong matter again).
 */
export function refuseUnknownMatter(request: Pick<HearingRequest, 'id' | 'subjectMatter'>, config: Pick<GiadaConfig, 'subjectMatters'>): string | null {
  if (config.subjectMatters.some((m) => m.id === request.subjectMatter)) return null;
  const known = config.subjectMatters.map((m) => `«${m.name}» (codice ${m.id})`).join(', ');
  return `La richiesta ${request.id} indica la materia «${request.subjectMatter}», che il Tribunale non ha configurato: la richiesta non è stata registrata. Le materie sono: ${known}.`;
}
