import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { Magistrate } from '../domain/magistrate.ts';
import { roleLabels } from '../domain/role.ts';
import type { Service } from '../domain/service.ts';

export type EligibilityVerdict = { eligible: true; because: string } | { eligible: false; because: string };

/**
 * Who may do a service, and why, in Italian: an explicit exclusion wins; then the explicit list,
 * the roles and the groups.
 */
export function checkEligibility(magistrate: DeepReadonly<Magistrate>, service: DeepReadonly<Service>, groupNames: ReadonlyMap<string, string>): EligibilityVerdict {
  const rule = service.eligibility;
  if (rule.exclude.includes(magistrate.id)) return { eligible: false, because: `escluso espressamente dal servizio "${service.name}"` };
  if (rule.magistrates.includes(magistrate.id)) return { eligible: true, because: `indicato per nome tra chi svolge "${service.name}"` };
  if (rule.roles.includes(magistrate.role)) return { eligible: true, because: `il servizio "${service.name}" spetta a chi è ${roleLabels[magistrate.role]}` };
  const group = magistrate.groups.find((g) => rule.groups.includes(g));
  if (group !== undefined) return { eligible: true, because: `il servizio "${service.name}" spetta al gruppo "${groupNames.get(group) ?? group}"` };
  return { eligible: false, because: `il servizio "${service.name}" non spetta a chi è ${roleLabels[magistrate.role]}${magistrate.groups.length > 0 ? ' dei suoi gruppi' : ''}` };
}
