import type { HearingTable } from './hearing-table.ts';
import { fitSlot, type SlotCase, type SlotKind, type SlotPass } from './hearing-slots.ts';

export interface SearchCase extends SlotCase {
  /** Urgent or with a detained defendant: may be fixed during the summer suspension. */
  summerExempt: boolean;
}

/** What a search through one candidate's hearings found. */
export interface HearingSearch {
  hearing: number;
  slot: SlotKind | null;
  /** Hearings in the window looked at, and why the ones before the chosen one were passed over. */
  checked: number;
  saturated: number;
  blocked: number;
  suspended: number;
  /** The first reason a hearing was blocked, for the explanation ("Marta Leone in ferie"). */
  blockedReason: string | null;
}

/**
 * The first hearing of `owner` between day numbers `from` and `to` (inclusive) with room for the case:
 * not blocked by an absence, not in August for a non-urgent case when the suspension applies, with a
 * free slot. Other types look for room outside the direct-summons container through the whole window
 * first, and only then in the container ("riempito per ultimo").
 */
export function searchHearing(table: HearingTable, owner: number, from: number, to: number, item: SearchCase, summerSuspension: boolean): HearingSearch {
  const result: HearingSearch = { hearing: -1, slot: null, checked: 0, saturated: 0, blocked: 0, suspended: 0, blockedReason: null };
  const first = table.firstFrom(owner, from);
  const end = table.end[owner] ?? 0;
  const passes: SlotPass[] = item.direct ? ['first'] : ['first', 'container'];
  for (const pass of passes) {
    const counting = pass === 'first';
    for (let h = first; h < end && (table.day[h] ?? 0) <= to; h++) {
      if (counting) result.checked += 1;
      const blocked = table.blocked[h];
      if (blocked !== undefined) {
        if (counting) {
          result.blocked += 1;
          result.blockedReason ??= blocked;
        }
        continue;
      }
      if (summerSuspension && !item.summerExempt && table.august[h] === 1) {
        if (counting) result.suspended += 1;
        continue;
      }
      const slot = fitSlot(table.capsOf(h), table.fillOf(h), item, pass);
      if (slot !== null) {
        result.hearing = h;
        result.slot = slot;
        return result;
      }
      if (counting) result.saturated += 1;
    }
  }
  return result;
}
