/**
 * The general rostering model: people × days × shift types, one shift per person per day.
 * Plain JSON-friendly data; the solver compiles it to typed arrays.
 *
 * Declared compatibility: cover, blocks, spacing, per-type maxima, loads and limits are stated on
 * *tasks*; each shift type provides one or more tasks. Without `tasks`, there is one task per shift
 * type and shift type s provides task s (the Curtois case). A shift type providing two tasks is the
 * declaration that one person may do both on the same day.
 */

export interface ShiftType {
  id: string;
  /** Duration, used only by the total-load bounds. */
  minutes: number;
  /** Indexes of shift types that may not be worked on the day right after this one. */
  forbiddenNext: number[];
  /** Task indexes this shift type provides; default `[own index]`. Only with `RosterModel.tasks`. */
  provides?: number[];
  /** Soft penalty per day this shift type is worked (a tolerated but unwelcome combination). */
  cost?: number;
}

/**
 * What cover, blocks and spacing count. `turns` says where one turn of the task ends and the next
 * begins: `runs` (default) a maximal run of days; `days` every day is a turn; `blocks` a run cut at
 * the first day of each of the task's blocks.
 */
export interface Task {
  id: string;
  turns?: 'runs' | 'days' | 'blocks';
}

/**
 * Bounds on how many turns of a task (counted on the day each turn starts) a person has within days
 * [from, to], OR-Tools style: hardMin ≤ softMin … softMax ≤ hardMax, `weight` per turn between a
 * soft and a hard bound. Minima apply only to the people listed in `minFor`. `outside`, per person, counts
 * turns the window holds beyond the horizon (a week cut by the horizon's edge whose other days lie in an
 * earlier or later plan): they add to the person's count against the maxima.
 */
export interface TaskLimit {
  id: string;
  task: number;
  from: number;
  to: number;
  hardMin?: number;
  softMin?: number;
  softMax?: number;
  hardMax?: number;
  weight: number;
  minFor: number[];
  outside?: number[];
}

export interface Person {
  id: string;
  /** Per shift type: may this person work it at all. */
  eligible: boolean[];
  /** Per task (per shift type without declared tasks): the most days of it over the horizon. */
  maxShifts: number[];
  minMinutes: number;
  maxMinutes: number;
  maxConsecutive: number;
  /** 0 or 1 means no minimum. */
  minConsecutive: number;
  /** 0 or 1 means no minimum. */
  minConsecutiveOff: number;
  maxWeekends: number;
  /** Days on which the person must not work. */
  unavailable: number[];
}

/** People wanted on a (day, task); `shift` is a task index (a shift type without declared tasks). */
export interface CoverRequirement {
  day: number;
  shift: number;
  target: number;
  weightUnder: number;
  weightOver: number;
}

export interface ShiftRequest {
  person: number;
  day: number;
  shift: number;
  weight: number;
  /** `on`: wants exactly this shift on that day; `off`: does not want it. */
  kind: 'on' | 'off';
}

/** A fixed cell: `shift` null pins a day off. */
export interface Pin {
  person: number;
  day: number;
  shift: number | null;
}

/**
 * Tasks a person must do on a day, whatever else that day holds: the cell's shift type must provide each of
 * them, and may provide others (a pinned duty beside free ones, e.g. a kept week of on-call duty on a day a
 * replanned turn may or may not join). A `Pin` fixes the whole cell instead.
 */
export interface TaskPin {
  person: number;
  day: number;
  tasks: number[];
  /**
   * Tasks the day must not hold (its shift type provides none of them): e.g. a duty that would break a hard rule
   * with a duty outside the horizon (the Calendar's edge with a published period next to it).
   */
  banned?: number[];
}

/** Days of one task that a single person must cover whole (e.g. a week of on-call duty). */
export interface Block {
  shift: number;
  days: number[];
}

/** Fairness: each person's weighted load over some shift types should meet a target. */
export interface LoadGroup {
  id: string;
  /** Load units per task; tasks absent from the group weigh 0. */
  load: number[];
  /** Optional load per task per day (`dayLoad[task][day]`), overriding `load` for that task. */
  dayLoad?: (number[] | undefined)[];
  /** Per person target load; NaN or negative means no target. */
  targets: number[];
  /** Penalty per unit of absolute deviation. */
  weight: number;
  /** Extra penalty per squared unit of deviation, so large breaches cost more than linearly. */
  squareWeight: number;
  /** Optional tolerance band: `bandWeight` more per unit of deviation beyond `band` (e.g. one turn). */
  band?: number;
  bandWeight?: number;
}

/** Turns of one task by one person must be at least `minGap` days apart (see `Task.turns`). */
export interface Spacing {
  id: string;
  shift: number;
  minGap: number;
  hard: boolean;
  /** Soft only: penalty per missing day of gap. */
  weight: number;
  /**
   * Per person, turns just beyond the horizon (in an earlier or a later plan): the day index, below 0, on which
   * their last turn before it ends, and the one, from `days` on, on which their first turn after it starts;
   * -Infinity / Infinity for none. A turn in the horizon too close to them breaches the gap.
   */
  lastBefore?: number[];
  firstAfter?: number[];
}

/** How runs that touch the first or last day of the horizon are judged. */
export interface BoundaryConventions {
  /** Curtois: a working run touching either end is never too short. */
  exemptMinConsecutiveAtEdges: boolean;
  /** Curtois: a run of days off touching either end is never too short. */
  exemptMinOffAtEdges: boolean;
}

export interface RosterModel {
  name: string;
  days: number;
  shifts: ShiftType[];
  /** Declared tasks; absent: one task per shift type. */
  tasks?: Task[];
  people: Person[];
  /** Each weekend as its list of days; worked if any of its days is worked. */
  weekends: number[][];
  cover: CoverRequirement[];
  requests: ShiftRequest[];
  pins: Pin[];
  /** Absent: none. */
  taskPins?: TaskPin[];
  blocks: Block[];
  loadGroups: LoadGroup[];
  spacings: Spacing[];
  limits: TaskLimit[];
  boundary: BoundaryConventions;
}

/** How many tasks the model counts. */
export function countTasks(model: RosterModel): number {
  return model.tasks?.length ?? model.shifts.length;
}

/** The tasks a shift type provides. */
export function tasksOf(model: RosterModel, shift: number): number[] {
  if (!model.tasks) return [shift];
  return model.shifts[shift]?.provides ?? [shift];
}

/** Whether working `shift` (−1 = off) provides `task`. */
export function providesTask(model: RosterModel, shift: number, task: number): boolean {
  return shift >= 0 && tasksOf(model, shift).includes(task);
}

/** Weekends (Saturday + Sunday) of a horizon whose day 0 falls on `firstWeekday` (0 = Monday). */
export function listWeekends(days: number, firstWeekday = 0): number[][] {
  const weekends: number[][] = [];
  for (let d = 0; d < days; d++) {
    const weekday = (firstWeekday + d) % 7;
    if (weekday === 5) weekends.push(d + 1 < days ? [d, d + 1] : [d]);
    else if (weekday === 6 && d === 0) weekends.push([d]);
  }
  return weekends;
}

/** An empty model skeleton, handy for tests and compilers that fill it in. */
export function createModel(name: string, days: number, shifts: ShiftType[], people: Person[]): RosterModel {
  return {
    name, days, shifts, people, weekends: listWeekends(days), cover: [], requests: [], pins: [],
    blocks: [], loadGroups: [], spacings: [], limits: [],
    boundary: { exemptMinConsecutiveAtEdges: true, exemptMinOffAtEdges: true },
  };
}
