import type { CivilDay } from '../domain/civil-day.ts';
import type { Exemption } from '../domain/exemption.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';

type ROExemption = DeepReadonly<Exemption>;
type WithExemptions = { readonly exemptions: readonly ROExemption[] };

/** An exemption with no `to` is open-ended. */
export function isExemptionInForce(exemption: ROExemption, day: CivilDay): boolean {
  return exemption.from <= day && (exemption.to === undefined || day <= exemption.to);
}

/** The exemptions in force on `day`, highest percentage first (stable for ties: declaration order). */
export function exemptionsInForce(magistrate: WithExemptions, day: CivilDay): ROExemption[] {
  return magistrate.exemptions
    .filter((exemption) => isExemptionInForce(exemption, day))
    .sort((a, b) => b.percentage - a.percentage);
}

/**
 * The one exemption that applies on `day`, or null. Exemptions are never summed: organisational
 * project, section VII, "gli esoneri non sono cumulabili e, quando ricorrono le condizioni per il
 * riconoscimento di più esoneri, si applica esclusivamente quello che prevede la maggiore percentuale".
 */
export function applicableExemption(magistrate: WithExemptions, day: CivilDay): ROExemption | null {
  return exemptionsInForce(magistrate, day)[0] ?? null;
}
