import type { GiadaConfig, HearingRequest } from '../domain/giada.ts';
import { chargeMatches } from './charge-code.ts';

/** One addend of a weight, with the Italian words that say where it comes from. */
export interface WeightPart {
  label: string;
  count: number;
  points: number;
}

export interface Weight {
  value: number;
  parts: WeightPart[];
}

type WeightInput = Pick<HearingRequest, 'defendants' | 'charges'>;
type Scoring = GiadaConfig['weightScoring'];

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The points of one charge: a listed offence (longest matching prefix) or the standard charge. */
export function scoreCharge(code: string, scoring: Scoring): { points: number; label: string | null } {
  let best: Scoring['listedOffences'][number] | null = null;
  for (const listed of scoring.listedOffences) {
    if (chargeMatches(code, listed.codePrefix) && (!best || listed.codePrefix.length > best.codePrefix.length)) best = listed;
  }
  return best ? { points: best.points, label: best.label } : { points: scoring.perCharge, label: null };
}

/**
 * The weight of a proceeding with the tribunal's scoring: points per free and per detained defendant,
 * per charge, and the configured points instead for a listed offence (e.g. associative crimes).
 */
export function computeWeight(input: WeightInput, scoring: Scoring): Weight {
  const detained = input.defendants.filter((d) => d.detained).length;
  const free = input.defendants.length - detained;
  const parts: WeightPart[] = [];
  if (free > 0) parts.push({ label: plural(free, 'imputato libero', 'imputati liberi'), count: free, points: free * scoring.perFreeDefendant });
  if (detained > 0) parts.push({ label: plural(detained, 'imputato detenuto', 'imputati detenuti'), count: detained, points: detained * scoring.perDetainedDefendant });
  const listed = new Map<string, { count: number; points: number }>();
  let standard = 0;
  for (const charge of input.charges) {
    const scored = scoreCharge(charge.code, scoring);
    if (scored.label === null) standard += 1;
    else {
      const entry = listed.get(scored.label) ?? { count: 0, points: 0 };
      listed.set(scored.label, { count: entry.count + 1, points: entry.points + scored.points });
    }
  }
  if (standard > 0) parts.push({ label: plural(standard, 'imputazione', 'imputazioni'), count: standard, points: standard * scoring.perCharge });
  for (const [label, entry] of listed) parts.push({ label: `${plural(entry.count, 'imputazione', 'imputazioni')} per ${label}`, count: entry.count, points: entry.points });
  const value = Math.round(parts.reduce((sum, p) => sum + p.points, 0) * 1e6) / 1e6;
  return { value, parts };
}

/** "1 imputato libero: 1; 2 imputazioni: 2". */
export function describeWeight(weight: Weight): string {
  return weight.parts.map((p) => `${p.label}: ${String(p.points).replace('.', ',')}`).join('; ');
}
