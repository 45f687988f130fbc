import type { Assignment } from './assignment.ts';
import { canHoldSlot, type CalendarContext } from './calendar-context.ts';
import { rulesOf, type CalendarRule } from './rules/index.ts';

/**
 * Chains for a replan: a place nobody free can take without breaking a hard rule may be taken by a colleague whose
 * own duty within `days` days of it stands in the way, when that duty can pass to a third magistrate who breaks no
 * hard rule either (Verdi takes the arrestati of the ill Rossi, Verdi's hearing that day goes to Bianchi). One link
 * deep; among the chains that work, the one adding the least soft penalty. The head's pinned duties never move.
 */
export function fillByChains(ctx: CalendarContext, assignments: readonly Assignment[], unfilled: readonly string[], days: number): { assignments: Assignment[]; filled: number } {
  const rules = rulesOf(ctx).filter((r) => r.id !== 'copertura');
  let current = assignments.map((a) => ({ ...a }));
  let filled = 0;
  for (const slotId of unfilled) {
    const chain = bestChain(ctx, rules, current, slotId, days);
    if (!chain) continue;
    current = current.filter((a) => !(a.slotId === chain.moved.slotId && a.magistrateId === chain.moved.magistrateId));
    current.push({ slotId: chain.moved.slotId, magistrateId: chain.to }, { slotId, magistrateId: chain.taker });
    filled++;
  }
  return { assignments: current, filled };
}

interface Chain { taker: string; moved: Assignment; to: string; cost: number }

/**
 * Most third magistrates tried per place: the search is quadratic in the office's size, so a large office stops at
 * the best chain found within this many (in the office's order: the same result every time).
 */
const MAX_TRIES = 2_000;

/** Hard and soft penalty of one magistrate's duties. */
function standing(ctx: CalendarContext, rules: readonly CalendarRule[], own: readonly Assignment[], id: string): { hard: number; soft: number } {
  let hard = 0;
  let soft = 0;
  for (const r of rules) for (const v of r.check(ctx, own, id)) if (v.level === 'hard') hard += v.penalty; else soft += v.penalty;
  return { hard, soft };
}

/** Who may take a slot: eligible, available, not already in it. */
function takers(ctx: CalendarContext, slotId: string, current: readonly Assignment[]): string[] {
  const slot = ctx.slotById.get(slotId)!;
  return [...ctx.magistrates.keys()]
    .filter((id) => canHoldSlot(ctx, id, slot) && !current.some((a) => a.slotId === slotId && a.magistrateId === id));
}

function gap(ctx: CalendarContext, a: string, b: string): number {
  const x = ctx.slotById.get(a)!.dayIndexes;
  const y = ctx.slotById.get(b)!.dayIndexes;
  return Math.max(0, Math.min(...y) - Math.max(...x), Math.min(...x) - Math.max(...y));
}

function bestChain(ctx: CalendarContext, rules: readonly CalendarRule[], current: readonly Assignment[], slotId: string, days: number): Chain | null {
  const byMagistrate = new Map<string, Assignment[]>();
  for (const a of current) byMagistrate.set(a.magistrateId, [...(byMagistrate.get(a.magistrateId) ?? []), a]);
  const ownOf = (id: string) => byMagistrate.get(id) ?? [];
  // Each magistrate's standing as things are, asked about once.
  const standings = new Map<string, { hard: number; soft: number }>();
  const standingNow = (id: string) => {
    let found = standings.get(id);
    if (!found) { found = standing(ctx, rules, ownOf(id), id); standings.set(id, found); }
    return found;
  };
  let best: Chain | null = null;
  let tries = 0;
  for (const taker of takers(ctx, slotId, current)) {
    const own = ownOf(taker);
    const before = standingNow(taker);
    for (const moved of own) {
      if (moved.pinned || gap(ctx, moved.slotId, slotId) > days) continue;
      const freed = [...own.filter((a) => a !== moved), { slotId, magistrateId: taker }];
      const after = standing(ctx, rules, freed, taker);
      if (after.hard > before.hard) continue;
      for (const to of takers(ctx, moved.slotId, current)) {
        if (to === taker) continue;
        if (++tries > MAX_TRIES) return best;
        const theirs = ownOf(to);
        const was = standingNow(to);
        const now = standing(ctx, rules, [...theirs, { slotId: moved.slotId, magistrateId: to }], to);
        if (now.hard > was.hard) continue;
        const cost = after.soft - before.soft + now.soft - was.soft;
        if (!best || cost < best.cost) best = { taker, moved, to, cost };
      }
    }
  }
  return best;
}
