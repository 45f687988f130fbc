import type { UncoveredSlot } from '../../domain/calendar.ts';
import { solveRoster } from '../../roster/solver/solve.ts';
import type { Assignment } from '../assignment.ts';
import type { CalendarContext } from '../calendar-context.ts';
import { constructCalendar } from '../construct-calendar.ts';
import { continuationPins } from '../continuation-pins.ts';
import { fairnessReport } from '../fairness-report.ts';
import type { FairnessHistory } from '../fairness-targets.ts';
import { checkRules, rulesOf } from '../rules/index.ts';
import { BEYOND_ONE_TURN_WEIGHT, compileCalendar, FAIRNESS_SQUARE_WEIGHT, FAIRNESS_WEIGHT, oneTurnLoads } from './calendar-model.ts';
import { MAX_SERVICES } from './task-sets.ts';
import { decodeRoster, encodeAssignments } from './roster-codec.ts';
import { listUncoveredSlots } from './uncovered-slots.ts';

export interface SolveCalendarOptions {
  history?: FairnessHistory;
  pinned?: readonly Assignment[];
  seed?: number;
  /** Wall-clock budget of the whole generation, construction included (seconds); the solver gets what is left, at least one. */
  seconds?: number;
  /** Move budget: with no `seconds`, the result is the same for the same seed and budget. */
  iterations?: number;
  /** Milliseconds clock for the solver, injectable. */
  clock?: () => number;
}

/**
 * Annealing scaled to the calendar's objective: a missing magistrate-day costs COVER_WEIGHT and a
 * load point of unfairness tens, so hard breaches must weigh thousands and the temperature start
 * near the size of one fairness move.
 */
const CALENDAR_ANNEAL = { hardWeight: 5000, minHardWeight: 1000, startTemperature: 20, endTemperature: 0.5 };

/** How a calendar stands by the calendar rules (the reference) and by fairness. */
export interface CalendarStanding {
  /** Sum of hard penalties of the calendar rules. */
  hard: number;
  /** Places left uncovered. */
  missing: number;
  /** Magistrates (per service kind) more than one turn away from their target. */
  outsideOneTurn: number;
  /** Soft penalties of the calendar rules other than coverage, plus the fairness cost. */
  cost: number;
  /** Largest absolute deviation from target, in load points, over every magistrate and kind. */
  maxDeviation: number;
}

export interface SolvedCalendar {
  assignments: Assignment[];
  uncovered: UncoveredSlot[];
  /** Which result was kept: the solver's, or the construction's when the solver's was not better. */
  chosen: 'solver' | 'construction';
  construction: CalendarStanding;
  solved: CalendarStanding;
  stats: { iterations: number; seconds: number };
  /** Rules the roster model approximates; the calendar rules check them. */
  approximations: string[];
}

/** Where a set of assignments stands by the calendar rules and the fairness targets. */
export function standingOf(ctx: CalendarContext, assignments: readonly Assignment[], history?: FairnessHistory): CalendarStanding {
  const violations = checkRules(ctx, assignments);
  let hard = 0;
  let cost = 0;
  for (const v of violations) {
    if (v.level === 'hard') hard += v.penalty;
    else if (v.ruleId !== 'copertura') cost += v.penalty;
  }
  let maxDeviation = 0;
  let outsideOneTurn = 0;
  const oneTurn = oneTurnLoads(ctx);
  for (const row of fairnessReport(ctx, assignments, history).rows) {
    const dev = Math.abs(row.deviation);
    const band = oneTurn.get(row.kind) ?? 0;
    cost += FAIRNESS_WEIGHT * dev + FAIRNESS_SQUARE_WEIGHT * dev * dev + BEYOND_ONE_TURN_WEIGHT * Math.max(0, dev - band);
    maxDeviation = Math.max(maxDeviation, dev);
    if (row.target > 0 && dev > band + 1e-9) outsideOneTurn++;
  }
  const held = new Map<string, number>();
  for (const a of assignments) held.set(a.slotId, (held.get(a.slotId) ?? 0) + 1);
  const missing = ctx.slots.reduce((sum, s) => sum + Math.max(0, s.required - (held.get(s.id) ?? 0)), 0);
  return { hard, missing, outsideOneTurn, cost, maxDeviation };
}

function isBetter(a: CalendarStanding, b: CalendarStanding): boolean {
  if (a.hard !== b.hard) return a.hard < b.hard;
  if (a.missing !== b.missing) return a.missing < b.missing;
  if (a.outsideOneTurn !== b.outsideOneTurn) return a.outsideOneTurn < b.outsideOneTurn;
  return a.cost < b.cost - 1e-9;
}

/**
 * A provisional calendar: the fairness-driven construction, then the roster solver improving it
 * within the budget, decoded back. The calendar rules judge both; the solver's result is kept only
 * when it is better: by hard violations, then uncovered places, then magistrates more than one turn
 * off target, then cost.
 */
export async function solveCalendar(ctx: CalendarContext, options: SolveCalendarOptions = {}): Promise<SolvedCalendar> {
  const started = performance.now();
  const pinned = options.pinned ?? [];
  // The rest of a block begun in a published calendar next to the period goes to the same magistrate: pinned in the
  // model as the head's pins are, yet not marked pinned in the result.
  const continued = continuationPins(ctx, pinned);
  const construction = constructCalendar(ctx, { pinned: [...pinned], continued, history: options.history });
  if (ctx.config.services.length > MAX_SERVICES) {
    // Task sets are bit masks: an office with more services keeps the construction as it is.
    const standing = standingOf(ctx, construction.assignments, options.history);
    return {
      ...construction, chosen: 'construction', construction: standing, solved: standing,
      stats: { iterations: 0, seconds: (performance.now() - started) / 1000 },
      approximations: [`more than ${MAX_SERVICES} services: the roster solver was not used`],
    };
  }
  const compiled = compileCalendar(ctx, { history: options.history, pinned: [...pinned, ...continued], initial: construction.assignments });
  const initial = encodeAssignments(ctx, compiled, construction.assignments);
  const result = await solveRoster(compiled.model, {
    initial, seed: options.seed ?? 1, columns: false, anneal: CALENDAR_ANNEAL,
    ...(options.seconds !== undefined ? { seconds: Math.max(1, options.seconds - (performance.now() - started) / 1000) } : {}),
    ...(options.iterations !== undefined ? { iterations: options.iterations } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const pinnedKeys = new Set(pinned.map((a) => `${a.slotId}#${a.magistrateId}`));
  const decoded = decodeRoster(ctx, compiled, result.roster, pinnedKeys);
  const before = standingOf(ctx, construction.assignments, options.history);
  const after = standingOf(ctx, decoded, options.history);
  const useSolver = isBetter(after, before);
  const assignments = useSolver ? decoded : construction.assignments;
  return {
    assignments,
    uncovered: useSolver ? listUncoveredSlots(ctx, decoded, rulesOf(ctx), construction.uncovered) : construction.uncovered,
    chosen: useSolver ? 'solver' : 'construction',
    construction: before, solved: after,
    stats: { iterations: result.stats.iterations, seconds: (performance.now() - started) / 1000 },
    approximations: compiled.approximations,
  };
}
