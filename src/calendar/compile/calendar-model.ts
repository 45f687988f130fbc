import { daysBetween } from '../../domain/civil-day.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import type { Rule } from '../../domain/rule.ts';
import { createModel, type LoadGroup, type Person, type RosterModel, type Spacing, type TaskLimit } from '../../roster/model.ts';
import type { Assignment } from '../assignment.ts';
import type { CalendarContext } from '../calendar-context.ts';
import { checkEligibility } from '../eligibility.ts';
import { emptyHistory, kindTarget, serviceKindsOf, type FairnessHistory } from '../fairness-targets.ts';
import { limitBucketId } from '../edge-limit-counts.ts';
import { limitBuckets } from '../rules/limit-rule.ts';
import { declareTaskSets, MAX_SERVICES, type TaskSet } from './task-sets.ts';

/**
 * The Calendar compiled into the general roster model. People are magistrates, days the period's
 * days, tasks the services, shift types the declared task sets (see task-sets.ts). Slots become
 * cover per (day, task) and blocks; absences and out-of-service days become unavailability; rules
 * become successions, spacings, limits and shift-type costs; fairness targets (with history)
 * become one load group per service kind. What the roster model cannot state exactly is listed in
 * `approximations` and left to the calendar rules, which stay the reference check.
 */
export interface CompiledCalendar {
  model: RosterModel;
  serviceIds: string[];
  magistrateIds: string[];
  taskSets: TaskSet[];
  /** Shift type of each task-set mask. */
  shiftOfMask: Map<number, number>;
  /** Slot id at [task * days + day], or undefined when the service has no slot that day. */
  slotAt: (string | undefined)[];
  approximations: string[];
}

export interface CompileOptions {
  history?: FairnessHistory;
  /** Duties to keep: their cells stay as in `initial`. */
  pinned?: readonly Assignment[];
  /** The assignments the solver will start from: their task sets are declared too. */
  initial?: readonly Assignment[];
}

/** Missing magistrate-days of cover cost this much: coverage comes before everything soft. */
export const COVER_WEIGHT = 1000;
/** Fairness: per load point of deviation from target, linear and squared. */
export const FAIRNESS_WEIGHT = 10;
export const FAIRNESS_SQUARE_WEIGHT = 10;
/** Per load point beyond one turn of deviation (a magistrate more than one duty off target). */
export const BEYOND_ONE_TURN_WEIGHT = 200;

/** Per service kind, the load of its heaviest duty: "within one turn" of target means within this. */
export function oneTurnLoads(ctx: CalendarContext): Map<string, number> {
  const loads = new Map<string, number>();
  for (const slot of ctx.slots) {
    const kind = ctx.services.get(slot.serviceId)!.kind;
    loads.set(kind, Math.max(loads.get(kind) ?? 0, slot.load));
  }
  return loads;
}

/** The task mask each magistrate holds on each day under some assignments: [person * days + day]. */
export function maskGrid(ctx: CalendarContext, serviceIds: readonly string[], magistrateIds: readonly string[], assignments: readonly Assignment[]): Int32Array {
  const task = new Map(serviceIds.map((id, t) => [id, t]));
  const person = new Map(magistrateIds.map((id, p) => [id, p]));
  const D = ctx.days.length;
  const grid = new Int32Array(magistrateIds.length * D);
  for (const a of assignments) {
    const slot = ctx.slotById.get(a.slotId);
    const p = person.get(a.magistrateId);
    if (!slot || p === undefined) continue;
    for (const d of slot.dayIndexes) grid[p * D + d]! |= 1 << task.get(slot.serviceId)!;
  }
  return grid;
}

function compileSuccessions(rules: readonly DeepReadonly<Rule>[], task: Map<string, number>, sets: TaskSet[]): number[][] {
  const forbidden = sets.map(() => new Set<number>());
  for (const rule of rules) {
    if (rule.type !== 'exclusion' || rule.level !== 'hard' || rule.services[0] === rule.services[1]) continue;
    if (rule.mode === 'same_day') continue;
    const a = 1 << task.get(rule.services[0]!)!;
    const b = 1 << task.get(rule.services[1]!)!;
    sets.forEach((x, i) => sets.forEach((y, j) => {
      if (((x.mask & a) && (y.mask & b)) || ((x.mask & b) && (y.mask & a))) forbidden[i]!.add(j);
    }));
  }
  return forbidden.map((s) => [...s].sort((x, y) => x - y));
}

/**
 * A recommended gap also reaches the duties of the published calendars next to the period (`ctx.edgeTurns`), as day
 * indexes beyond the horizon; hard gaps are kept by the edge bans instead, which leave the head's own pins alone.
 */
function edgeSpacing(ctx: CalendarContext, serviceId: string, hard: boolean): Pick<Spacing, 'lastBefore' | 'firstAfter'> {
  const turns = hard ? undefined : ctx.edgeTurns?.get(serviceId);
  if (!turns) return {};
  const at = (day: string | undefined, none: number) => (day === undefined ? none : daysBetween(ctx.from, day));
  return {
    lastBefore: ctx.config.magistrates.map((m) => at(turns.get(m.id)?.lastBefore, Number.NEGATIVE_INFINITY)),
    firstAfter: ctx.config.magistrates.map((m) => at(turns.get(m.id)?.firstAfter, Number.POSITIVE_INFINITY)),
  };
}

function compileSpacings(ctx: CalendarContext, task: Map<string, number>, notes: string[]): Spacing[] {
  const out: Spacing[] = [];
  for (const rule of ctx.config.rules) {
    const hard = rule.level === 'hard';
    if (rule.type === 'min_gap') {
      out.push({ id: rule.id, shift: task.get(rule.service)!, minGap: rule.days - 1, hard, weight: rule.weight, ...edgeSpacing(ctx, rule.service, hard) });
    } else if (rule.type === 'exclusion' && rule.services[0] === rule.services[1] && rule.mode !== 'same_day') {
      out.push({
        id: rule.id, shift: task.get(rule.services[0]!)!, minGap: rule.mode === 'within_days' ? rule.days ?? 0 : 1, hard, weight: rule.weight,
        ...edgeSpacing(ctx, rule.services[0]!, hard),
      });
    } else if (rule.type === 'exclusion' && rule.services[0] !== rule.services[1] && (rule.mode === 'within_days' || rule.level === 'soft') && rule.mode !== 'same_day') {
      notes.push(`${rule.id}: only the calendar rules check it (${rule.mode}, ${rule.level})`);
    } else if (rule.type === 'dependency' && (rule.offsetDays !== 0 || rule.level === 'soft')) {
      notes.push(`${rule.id}: only the calendar rules check it (dependency with offset ${rule.offsetDays}, ${rule.level})`);
    }
  }
  return out;
}

function compileLimits(ctx: CalendarContext, task: Map<string, number>, eligibleFor: (p: number, serviceId: string) => boolean): TaskLimit[] {
  const out: TaskLimit[] = [];
  const P = ctx.config.magistrates.length;
  for (const rule of ctx.config.rules) {
    if (rule.type !== 'limit') continue;
    for (const bucket of limitBuckets(rule.per, ctx.from, ctx.to)) {
      const minFor = bucket.whole ? Array.from({ length: P }, (_, p) => p).filter((p) => eligibleFor(p, rule.service)) : [];
      const id = limitBucketId(rule.id, bucket.from);
      // Duties a published neighbour holds in the days of this week or month beyond the edge count too.
      const held = ctx.edgeLimitCounts?.get(id);
      out.push({
        id, task: task.get(rule.service)!, from: ctx.dayIndex.get(bucket.from)!, to: ctx.dayIndex.get(bucket.to)!,
        hardMin: rule.hardMin, softMin: rule.softMin, softMax: rule.softMax, hardMax: rule.hardMax, weight: rule.weight, minFor,
        ...(held ? { outside: ctx.config.magistrates.map((m) => held.get(m.id) ?? 0) } : {}),
      });
    }
  }
  return out;
}

function compileFairness(ctx: CalendarContext, serviceIds: readonly string[], magistrateIds: readonly string[], history: FairnessHistory): LoadGroup[] {
  const D = ctx.days.length;
  const oneTurn = oneTurnLoads(ctx);
  return serviceKindsOf(ctx).map((kind) => {
    const t = kindTarget(ctx, kind, history);
    const ofKind = serviceIds.map((id) => ctx.services.get(id)!.kind === kind);
    const dayLoad = serviceIds.map((id, k) => {
      if (!ofKind[k]) return undefined;
      const service = ctx.services.get(id)!;
      return Array.from({ length: D }, (_, d) => service.loadWeight[ctx.days[d]!.kind]);
    });
    const services = serviceIds.filter((_, k) => ofKind[k]).map((id) => ctx.services.get(id)!);
    const targets = magistrateIds.map((id) => {
      const m = ctx.magistrates.get(id)!;
      return services.some((s) => checkEligibility(m, s, ctx.groupNames).eligible) ? t.target.get(id) ?? 0 : Number.NaN;
    });
    return {
      id: kind, load: serviceIds.map(() => 0), dayLoad, targets, weight: FAIRNESS_WEIGHT, squareWeight: FAIRNESS_SQUARE_WEIGHT,
      band: oneTurn.get(kind) ?? 0, bandWeight: BEYOND_ONE_TURN_WEIGHT,
    };
  });
}

/** Compiles a calendar context (with history, pinned duties and the starting assignments) into a roster model. */
export function compileCalendar(ctx: CalendarContext, options: CompileOptions = {}): CompiledCalendar {
  const serviceIds = ctx.config.services.map((s) => s.id);
  if (serviceIds.length > MAX_SERVICES) throw new Error(`compileCalendar: at most ${MAX_SERVICES} services, found ${serviceIds.length}`);
  const magistrateIds = ctx.config.magistrates.map((m) => m.id);
  const task = new Map(serviceIds.map((id, t) => [id, t]));
  const D = ctx.days.length;
  const approximations: string[] = [];
  const initialGrid = maskGrid(ctx, serviceIds, magistrateIds, options.initial ?? []);
  const pinnedGrid = maskGrid(ctx, serviceIds, magistrateIds, options.pinned ?? []);
  // The pinned duties of a day alone are a task set too: what the day holds when its free duties leave.
  const taskSets = declareTaskSets(ctx, serviceIds, new Set([...initialGrid, ...pinnedGrid]));
  const shiftOfMask = new Map(taskSets.map((s, i) => [s.mask, i]));
  const forbiddenNext = compileSuccessions(ctx.config.rules, task, taskSets);
  const shifts = taskSets.map((set, i) => ({
    id: set.tasks.map((t) => serviceIds[t]).join('+'), minutes: 60 * set.tasks.length, forbiddenNext: forbiddenNext[i]!,
    provides: set.tasks, ...(set.cost > 0 ? { cost: set.cost } : {}),
  }));
  const eligibleService = magistrateIds.map((id) => {
    const m = ctx.magistrates.get(id)!;
    return new Set(serviceIds.filter((s) => checkEligibility(m, ctx.services.get(s)!, ctx.groupNames).eligible));
  });
  const people: Person[] = magistrateIds.map((id, p) => {
    const capacity = ctx.capacity.get(id)!;
    const unavailable: number[] = [];
    for (let d = 0; d < D; d++) if (!(capacity[d]! > 0)) unavailable.push(d);
    return {
      id, eligible: taskSets.map((set) => set.tasks.every((t) => eligibleService[p]!.has(serviceIds[t]!))),
      maxShifts: serviceIds.map(() => D), minMinutes: 0, maxMinutes: D * 60 * serviceIds.length,
      maxConsecutive: D, minConsecutive: 0, minConsecutiveOff: 0, maxWeekends: D, unavailable,
    };
  });
  const model = createModel(`calendar ${ctx.config.office.id} ${ctx.from}..${ctx.to}`, D, shifts, people);
  model.weekends = [];
  model.tasks = ctx.config.services.map((s) => ({ id: s.id, turns: s.block.type === 'day' ? 'days' as const : 'blocks' as const }));
  const slotAt: (string | undefined)[] = new Array(serviceIds.length * D);
  const required = new Int32Array(serviceIds.length * D);
  for (const slot of ctx.slots) {
    const t = task.get(slot.serviceId)!;
    for (const d of slot.dayIndexes) {
      slotAt[t * D + d] = slot.id;
      required[t * D + d] = slot.required;
    }
    if (model.tasks[t]!.turns === 'blocks') model.blocks.push({ shift: t, days: [...slot.dayIndexes] });
  }
  for (let t = 0; t < serviceIds.length; t++) {
    for (let d = 0; d < D; d++) model.cover.push({ day: d, shift: t, target: required[t * D + d]!, weightUnder: COVER_WEIGHT, weightOver: COVER_WEIGHT });
  }
  model.spacings = compileSpacings(ctx, task, approximations);
  model.limits = compileLimits(ctx, task, (p, s) => eligibleService[p]!.has(s));
  model.loadGroups = compileFairness(ctx, serviceIds, magistrateIds, options.history ?? emptyHistory);
  // A place a magistrate may not hold because of a published calendar next to the period bans its task on its days.
  const bannedGrid = new Int32Array(magistrateIds.length * D);
  const personOf = new Map(magistrateIds.map((id, p) => [id, p]));
  for (const [slotId, banned] of ctx.edgeBans ?? []) {
    const slot = ctx.slotById.get(slotId);
    if (!slot) continue;
    for (const id of banned) {
      const p = personOf.get(id);
      if (p !== undefined) for (const d of slot.dayIndexes) bannedGrid[p * D + d]! |= 1 << task.get(slot.serviceId)!;
    }
  }
  // A pinned duty pins its task, not the magistrate's whole day: other duties of that day stay free (a replanned
  // turn may join or leave a day that also holds a kept week of reperibilità). Pinning the cell froze whatever the
  // starting calendar had put beside the pinned duty. A pin wins over a ban of the same task (the head's choice).
  model.taskPins = [];
  const tasksIn = (mask: number) => serviceIds.map((_, t) => t).filter((t) => (mask >> t) & 1);
  for (let i = 0; i < pinnedGrid.length; i++) {
    if (pinnedGrid[i] === 0 && bannedGrid[i] === 0) continue;
    const banned = tasksIn(bannedGrid[i]! & ~pinnedGrid[i]!);
    model.taskPins.push({ person: Math.floor(i / D), day: i % D, tasks: tasksIn(pinnedGrid[i]!), ...(banned.length > 0 ? { banned } : {}) });
  }
  return { model, serviceIds, magistrateIds, taskSets, shiftOfMask, slotAt, approximations };
}
