import type { GiadaConfig } from '../domain/giada.ts';
import type { LedgerBody } from './ledger-record.ts';

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

/**
 * What a recorded joinder did, in Italian: which proceedings were joined to which, and the surviving
 * one's new weight and class against the old ones ("Riunione registrata: il processo 61/2026 è riunito
 * al 60/2026, che ora pesa 7 (prima 4) e passa dalla II classe (peso 3–6) alla III classe (peso 7–12)").
 */
export function describeJoinder(config: Pick<GiadaConfig, 'weightClasses'>, body: LedgerBody): string {
  if (body.kind !== 'joinder') return 'Riunione registrata.';
  const className = (id: string) => config.weightClasses.find((c) => c.id === id)?.name ?? id;
  const joined = body.joinedIds.length === 1
    ? `il processo ${body.joinedIds[0]} è riunito`
    : `i processi ${body.joinedIds.slice(0, -1).join(', ')} e ${body.joinedIds[body.joinedIds.length - 1]} sono riuniti`;
  const change = body.weightClass === body.previousWeightClass
    ? `e resta nella ${className(body.weightClass)}`
    : `e passa dalla ${className(body.previousWeightClass)} alla ${className(body.weightClass)}`;
  return `Riunione registrata: ${joined} al ${body.intoId}, che ora pesa ${fmt(body.weight)} (prima ${fmt(body.previousWeight)}) ${change}.`;
}
