import type { Highs } from 'highs';
import { keepIfNoWorse, type LnsStats } from './lns.ts';
import type { Problem } from './problem.ts';
import type { SearchState } from './state.ts';
import { solveSubsetMip, type Freedom } from './subset-mip.ts';

/**
 * Every weekend with the day before and the day after it (Friday to Monday), re-planned for everyone at once by the
 * subset MIP, every other day kept. Where weekend limits bind, a slot left short on a weekend needs someone to give up
 * another weekend, whose slots someone else must then take, and so on: a chain through many people's weekends, each
 * link moving the days beside it (runs of at least two days, two days off after a run). Group re-plans on windows of
 * days cannot hold a chain across weekends, and a re-plan of the weekend days alone cannot move the runs around them.
 *
 * Measured on Instance8 (60 s): in half the runs with seed 1 its dives end a Sunday early slot short (1400-1415); the
 * group re-plans mended 2 of 4 such rosters in 16 s, the weekend days alone none, Thursday to Tuesday none in 20 s
 * (not proven), and Friday to Monday all 4 (1325, 1305, 1314, 1316), proven in 2.3-5.2 s.
 */

/** Most MIP columns (person, day, shift type) the re-plan may have (Instance8: 1,920). */
const MAX_BLOCK_COLUMNS = 5_000;

/** 1 on every weekend day and on the days just before and after each weekend. */
export function weekendBlockDays(pr: Problem): Uint8Array {
  const days = new Uint8Array(pr.D);
  for (let d = 0; d < pr.D; d++) {
    if (pr.weekendOf[d]! < 0) continue;
    days[d] = 1;
    if (d > 0) days[d - 1] = 1;
    if (d + 1 < pr.D) days[d + 1] = 1;
  }
  return days;
}

/** Whether the re-plan is worth making: a weekend limit binds someone, and the MIP stays small. */
export function replansWeekendBlocks(pr: Problem): boolean {
  if (pr.weekends === 0 || !pr.maxWeekends.some((max) => max < pr.weekends)) return false;
  const days = weekendBlockDays(pr).reduce((n, free) => n + free, 0);
  let columns = 0;
  for (let p = 0; p < pr.P; p++) columns += pr.domain[p]!.length * days;
  return columns <= MAX_BLOCK_COLUMNS;
}

/** Re-plans everyone's weekend blocks within `seconds` and keeps the result when no worse; returns the gain. */
export function replanWeekendBlocks(highs: Highs, st: SearchState, seconds: number, stats: LnsStats): number {
  const pr = st.pr;
  const days = weekendBlockDays(pr);
  const freedom: Freedom = { free: (_p, d) => days[d] === 1, allows: () => true };
  const everyone = Array.from({ length: pr.P }, (_, p) => p);
  return keepIfNoWorse(st, everyone, solveSubsetMip(highs, pr, st.cells, everyone, seconds, freedom), stats);
}
