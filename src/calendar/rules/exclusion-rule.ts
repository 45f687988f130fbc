import type { ExclusionRule } from '../../domain/rule.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import type { Violation } from '../assignment.ts';
import type { CalendarContext } from '../calendar-context.ts';
import type { CalendarRule } from './rule.ts';
import { dayWhen, holdingsByMagistrate, nameOf, serviceName, type Holding } from './holdings.ts';

/** Days from the end of the earlier holding to the start of the later one (0 when they share a day). */
export function distanceBetween(a: Holding, b: Holding): number {
  const [first, second] = a.slot.dayIndexes[0]! <= b.slot.dayIndexes[0]! ? [a, b] : [b, a];
  const firstEnd = first.slot.dayIndexes[first.slot.dayIndexes.length - 1]!;
  const secondStart = second.slot.dayIndexes[0]!;
  if (secondStart <= firstEnd) return second.slot.dayIndexes.some((i) => first.slot.dayIndexes.includes(i)) ? 0 : 1;
  return secondStart - firstEnd;
}

/** How far a pair breaks the rule: 0 when it does not. */
function breachOf(rule: DeepReadonly<ExclusionRule>, distance: number): number {
  switch (rule.mode) {
    case 'same_day':
      return distance === 0 ? 1 : 0;
    case 'consecutive_days':
      return distance === 1 ? 1 : 0;
    case 'within_days':
      return distance <= (rule.days ?? 0) ? (rule.days ?? 0) - distance + 1 : 0;
  }
}

function describe(ctx: CalendarContext, rule: DeepReadonly<ExclusionRule>): string {
  const [a, b] = rule.services.map((s) => `"${serviceName(ctx, s)}"`) as [string, string];
  const pair = a === b ? `due turni di ${a}` : `${a} e ${b}`;
  if (rule.mode === 'same_day') return `nessuno ha ${pair} lo stesso giorno`;
  if (rule.mode === 'consecutive_days') return `nessuno ha ${pair} in giorni consecutivi`;
  return `tra ${pair} dello stesso magistrato passano più di ${rule.days} giorni`;
}

function sentence(ctx: CalendarContext, rule: DeepReadonly<ExclusionRule>, who: string, a: Holding, b: Holding, distance: number): string {
  const same = rule.services[0] === rule.services[1];
  const what = same ? `due turni di "${serviceName(ctx, a.slot.serviceId)}"` : `"${serviceName(ctx, a.slot.serviceId)}" e "${serviceName(ctx, b.slot.serviceId)}"`;
  const when = `(${dayWhen(a.slot.from)} e ${dayWhen(b.slot.from)})`;
  if (rule.mode === 'same_day') {
    const shared = a.slot.dayIndexes.find((i) => b.slot.dayIndexes.includes(i)) ?? a.slot.dayIndexes[0]!;
    return `${who} ha ${what} lo stesso giorno (${dayWhen(ctx.days[shared]!.day)}).`;
  }
  if (rule.mode === 'consecutive_days') return `${who} ha ${what} in giorni consecutivi ${when}.`;
  return `${who} ha ${what} a ${distance} ${distance === 1 ? 'giorno' : 'giorni'} di distanza ${when}: ne servono più di ${rule.days}.`;
}

/** Two services (or two turns of one) that the same magistrate may not hold too close together. */
export function exclusionRule(rule: DeepReadonly<ExclusionRule>, ctx: CalendarContext): CalendarRule {
  const [first, second] = rule.services;
  // Beyond this many days from the end of a duty to the start of a later one, no pair breaks the rule.
  const reach = rule.mode === 'same_day' ? 0 : rule.mode === 'consecutive_days' ? 1 : rule.days ?? 0;
  return {
    id: rule.id,
    level: rule.level,
    weight: rule.weight,
    services: rule.services,
    description: rule.note ?? describe(ctx, rule),
    check(context, assignments) {
      const violations: Violation[] = [];
      for (const [magistrateId, holdings] of holdingsByMagistrate(context, assignments)) {
        for (let i = 0; i < holdings.length; i++) {
          for (let j = i + 1; j < holdings.length; j++) {
            const a = holdings[i]!;
            const b = holdings[j]!;
            // Holdings are sorted by start: every later one starts even further away.
            if (b.slot.dayIndexes[0]! - a.slot.dayIndexes[a.slot.dayIndexes.length - 1]! > reach) break;
            const matches = (a.slot.serviceId === first && b.slot.serviceId === second) || (a.slot.serviceId === second && b.slot.serviceId === first);
            if (!matches || a.slot.id === b.slot.id) continue;
            const distance = distanceBetween(a, b);
            const breach = breachOf(rule, distance);
            if (breach === 0) continue;
            violations.push({
              ruleId: rule.id, level: rule.level, penalty: breach * (rule.level === 'hard' ? 1000 : rule.weight),
              magistrateIds: [magistrateId], days: [a.slot.from, b.slot.from],
              message: sentence(context, rule, nameOf(context, magistrateId), a, b, distance),
            });
          }
        }
      }
      return violations;
    },
  };
}
