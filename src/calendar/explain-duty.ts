import { explainCapacity } from '../availability/effective-capacity.ts';
import { formatPercentIt } from '../availability/describe-availability.ts';
import { formatRangeIt } from '../domain/format-day-it.ts';
import { serviceKindLabels } from '../domain/service.ts';
import type { Assignment } from './assignment.ts';
import type { CalendarContext } from './calendar-context.ts';
import { checkEligibility } from './eligibility.ts';
import { explainContinuation } from './continuation-text.ts';
import { emptyHistory, kindTarget, receivedLoad, type FairnessHistory } from './fairness-targets.ts';
import { rulesOf } from './rules/index.ts';
import { nameOf, serviceName, slotWhen } from './rules/holdings.ts';
import { ruleLevelIt } from './rules/violation-line.ts';

const one = (v: number) => v.toLocaleString('it-IT', { maximumFractionDigits: 1 });

/**
 * "Perché a me?": why a duty went to its magistrate, as Italian lines — eligibility, availability,
 * load against target, the rules that apply and any the calendar breaks for this person (no one else's). `history` is the balance of
 * the periods published before, as in the fairness report (`fairnessHistoryFrom`), so both give the same target. A
 * context with its continuations (`withContinuations`) lets it say that a duty continues a block begun next door.
 */
export function explainDuty(ctx: CalendarContext, assignments: readonly Assignment[], duty: Assignment, history: FairnessHistory = emptyHistory): string[] {
  const slot = ctx.slotById.get(duty.slotId);
  const magistrate = ctx.magistrates.get(duty.magistrateId);
  if (!slot || !magistrate) return [`Il turno ${duty.slotId} non fa parte di questo calendario.`];
  const service = ctx.services.get(slot.serviceId)!;
  const who = nameOf(ctx, duty.magistrateId);
  const lines = [`${who}: "${service.name}" ${slotWhen(slot)}.`];
  lines.push(`- Perché può svolgerlo: ${checkEligibility(magistrate, service, ctx.groupNames).because}.`);
  const capacity = explainCapacity(magistrate, slot.from, { office: ctx.config.office, absences: ctx.absences });
  lines.push(`- Disponibilità: ${capacity.text}.`);
  const target = kindTarget(ctx, service.kind, history);
  const got = receivedLoad(ctx, assignments).get(duty.magistrateId)?.get(service.kind) ?? 0;
  const share = target.totalLoad > 0 ? (100 * (target.target.get(duty.magistrateId) ?? 0)) / target.totalLoad : 0;
  lines.push(`- Equità: nel periodo ha un carico di ${one(got)} punti di ${serviceKindLabels[service.kind]} contro un obiettivo di ${one(target.target.get(duty.magistrateId) ?? 0)} (${formatPercentIt(share)} del totale, in proporzione alla sua capacità${Object.keys(history.due).length === 0 ? '' : ' e a quanto ha svolto nei periodi già pubblicati'}); questo turno pesa ${one(slot.load)}.`);
  if (duty.pinned) lines.push('- Il turno è stato fissato dal capo dell\'ufficio.');
  // The rest (or the start) of a block whose other piece the same magistrate holds in a published calendar next door.
  for (const c of ctx.continuations?.get(duty.slotId) ?? []) if (c.magistrateId === duty.magistrateId) lines.push(`- ${explainContinuation(ctx, c)}`);
  const applicable = rulesOf(ctx).filter((r) => r.services.includes(service.id));
  for (const rule of applicable) lines.push(`- ${ruleLevelIt(rule.level).replace(/^r/, 'R')}: ${rule.description.replace(/\.$/, '')}.`);
  // The holder's own breaches only: their duties alone would show everyone else short of a minimum.
  const own = assignments.filter((a) => a.magistrateId === duty.magistrateId);
  const broken = rulesOf(ctx).flatMap((r) => r.check(ctx, own, duty.magistrateId))
    .filter((v) => v.magistrateIds.includes(duty.magistrateId) && v.days.includes(slot.from));
  for (const v of broken) lines.push(`- Attenzione (${ruleLevelIt(v.level)}): ${v.message}`);
  return lines;
}

/** Why a slot is uncovered, from the reason recorded with it. */
export function explainUncovered(ctx: CalendarContext, serviceId: string, from: string, to: string, reason: string): string {
  return `"${serviceName(ctx, serviceId)}" ${formatRangeIt(from, to)} è scoperto: ${reason}.`;
}
