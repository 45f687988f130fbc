import type { UncoveredSlot } from '../domain/calendar.ts';
import type { ServiceKind } from '../domain/service.ts';
import type { Assignment, Violation } from './assignment.ts';
import { isAvailableForSlot, type CalendarContext } from './calendar-context.ts';
import { checkEligibility } from './eligibility.ts';
import { kindTarget, serviceKindsOf, type FairnessHistory } from './fairness-targets.ts';
import { eligibilityRule } from './rules/eligibility-rule.ts';
import { rulesOf, type CalendarRule } from './rules/index.ts';
import type { Slot } from './slots.ts';

/**
 * A fairness-driven construction of a provisional calendar: slots are filled hardest first (fewest
 * candidates), each place going to the eligible, available magistrate who breaks no hard rule and is
 * furthest below their target share of that kind of service. It is the starting point the solver
 * improves; on its own it already respects every hard rule it can, and reports what it could not cover.
 */

export interface Construction {
  assignments: Assignment[];
  uncovered: UncoveredSlot[];
}

interface Candidates {
  eligible: string[];
  available: string[];
}

function candidatesOf(ctx: CalendarContext, slot: Slot): Candidates {
  const service = ctx.services.get(slot.serviceId)!;
  const eligible = [...ctx.magistrates.values()].filter((m) => checkEligibility(m, service, ctx.groupNames).eligible).map((m) => m.id);
  return { eligible, available: eligible.filter((id) => isAvailableForSlot(ctx, id, slot)) };
}

/** What one rule finds about one magistrate's duties: hard and soft penalty, rules behind the hard part. */
interface RuleStanding {
  hard: number;
  soft: number;
  hardRules: string[];
}

function summarize(violations: Violation[]): RuleStanding {
  const standing: RuleStanding = { hard: 0, soft: 0, hardRules: [] };
  for (const v of violations) {
    if (v.level === 'hard') {
      standing.hard += v.penalty;
      standing.hardRules.push(v.ruleId);
    } else standing.soft += v.penalty;
  }
  return standing;
}

/** The uncovered reason in Italian, from what stood in the way. */
function reasonFor(candidates: Candidates, blockedBy: Set<string>): string {
  if (candidates.eligible.length === 0) return 'nessun magistrato può svolgere questo servizio';
  if (candidates.available.length === 0) return 'tutti i magistrati che possono svolgerlo sono assenti o fuori servizio';
  const rules = [...blockedBy].join(', ');
  return `i magistrati disponibili violerebbero regole inderogabili (${rules || 'già in turno'})`;
}

/**
 * `pinned` are the head's pins (kept, and marked pinned); `continued` are places given before any choice without the
 * head's mark (the rest of a block begun in a published calendar next to the period, `continuation-pins.ts`).
 */
export function constructCalendar(ctx: CalendarContext, options: { pinned?: Assignment[]; continued?: Assignment[]; history?: FairnessHistory } = {}): Construction {
  const rules: CalendarRule[] = rulesOf(ctx).filter((r) => r.id !== 'copertura');
  const targets = new Map(serviceKindsOf(ctx).map((kind) => [kind, kindTarget(ctx, kind, options.history)]));
  const received = new Map<string, Map<ServiceKind, number>>();
  const byMagistrate = new Map<string, Assignment[]>();
  const assignments: Assignment[] = [];
  /** Who holds each slot so far, and how many places are filled. */
  const holders = new Map<string, Set<string>>();
  const filledCount = new Map<string, number>();
  /** Each magistrate's standing by rule as things are, recomputed only when they get a new duty. */
  const standingNow = new Map<string, RuleStanding[]>();
  /**
   * Per service, whether each rule can see a new duty of it: a rule naming other services cannot, and
   * neither can the eligibility rule, since candidates are eligible, available and not yet in the slot.
   */
  const eligibilityRuleId = eligibilityRule().id;
  const relevant = new Map([...ctx.services.keys()].map((id) => [id, rules.map((r) => r.id !== eligibilityRuleId && (r.services.length === 0 || r.services.includes(id)))]));
  const add = (a: Assignment) => {
    assignments.push(a);
    const slotHolders = holders.get(a.slotId) ?? new Set<string>();
    slotHolders.add(a.magistrateId);
    holders.set(a.slotId, slotHolders);
    filledCount.set(a.slotId, (filledCount.get(a.slotId) ?? 0) + 1);
    standingNow.delete(a.magistrateId);
    const own = byMagistrate.get(a.magistrateId) ?? [];
    own.push(a);
    byMagistrate.set(a.magistrateId, own);
    const slot = ctx.slotById.get(a.slotId)!;
    const kind = ctx.services.get(slot.serviceId)!.kind;
    const load = received.get(a.magistrateId) ?? new Map<ServiceKind, number>();
    load.set(kind, (load.get(kind) ?? 0) + slot.load);
    received.set(a.magistrateId, load);
  };
  for (const pin of options.pinned ?? []) add({ ...pin, pinned: true });
  for (const place of options.continued ?? []) add({ slotId: place.slotId, magistrateId: place.magistrateId });

  const candidates = new Map(ctx.slots.map((s) => [s.id, candidatesOf(ctx, s)]));
  const order = [...ctx.slots].sort((a, b) =>
    candidates.get(a.id)!.available.length / a.required - candidates.get(b.id)!.available.length / b.required || a.dayIndexes[0]! - b.dayIndexes[0]!);
  const uncovered: UncoveredSlot[] = [];

  for (const slot of order) {
    const kind = ctx.services.get(slot.serviceId)!.kind;
    const target = targets.get(kind)!.target;
    const blockedBy = new Set<string>();
    let filled = filledCount.get(slot.id) ?? 0;
    while (filled < slot.required) {
      let best: string | null = null;
      let bestScore = Number.POSITIVE_INFINITY;
      // Fairness first: got/want is a lower bound of the score (soft ≥ 0), so candidates are tried
      // in its order and the search stops once it exceeds the best score: the rules are asked
      // about few candidates, and the choice is the same as trying them all.
      const fairness = (id: string) => ((received.get(id)?.get(kind) ?? 0) + slot.load) / Math.max(target.get(id) ?? 0, 0.01);
      const taken = holders.get(slot.id);
      const ordered = candidates.get(slot.id)!.available.filter((id) => !taken?.has(id))
        .map((id) => ({ id, bound: fairness(id) }))
        .sort((x, y) => x.bound - y.bound || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      for (const { id, bound } of ordered) {
        if (bound > bestScore) break;
        const own = byMagistrate.get(id) ?? [];
        let before = standingNow.get(id);
        if (before === undefined) {
          before = rules.map((r) => summarize(r.check(ctx, own, id)));
          standingNow.set(id, before);
        }
        // Only the rules that can see this service are asked again; the others stand as before.
        const sees = relevant.get(slot.serviceId)!;
        const withSlot = [...own, { slotId: slot.id, magistrateId: id }];
        const after = rules.map((r, k) => (sees[k] ? summarize(r.check(ctx, withSlot, id)) : before[k]!));
        let hardBefore = 0;
        let hardAfter = 0;
        let soft = 0;
        after.forEach((a, k) => { hardBefore += before[k]!.hard; hardAfter += a.hard; soft += a.soft; });
        if (hardAfter > hardBefore) {
          // Only the rules this place would break: a minimum the candidate misses elsewhere is not why they cannot have it.
          after.forEach((a, k) => { if (a.hard > before[k]!.hard) for (const ruleId of a.hardRules) blockedBy.add(ruleId); });
          continue;
        }
        const score = bound + soft / 1000;
        if (score < bestScore || (score === bestScore && best !== null && id < best)) {
          best = id;
          bestScore = score;
        }
      }
      if (best === null) {
        uncovered.push({ serviceId: slot.serviceId, from: slot.from, to: slot.to, missing: slot.required - filled, reason: reasonFor(candidates.get(slot.id)!, blockedBy) });
        break;
      }
      add({ slotId: slot.id, magistrateId: best });
      filled++;
    }
  }
  return { assignments, uncovered };
}
