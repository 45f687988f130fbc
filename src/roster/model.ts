/**
 * The general rostering model: people × days × shift types, one shift per person per day.
 * Plain JSON-friendly data; the solver compiles it to typed arrays.
 */

export interface ShiftType {
  id: string;
  /** Duration, used only by the total-load bounds. */
  minutes: number;
  /** Indexes of shift types that may not be worked on the day right after this one. */
  forbiddenNext: number[];
}

export interface Person {
  id: string;
  /** Per shift type: may this person work it at all. */
  eligible: boolean[];
  /** Per shift type: the most shifts of that type over the horizon. */
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

/** Days of one shift type that a single person must cover whole (e.g. a week of on-call duty). */
export interface Block {
  shift: number;
  days: number[];
}

/** Fairness: each person's weighted load over some shift types should meet a target. */
export interface LoadGroup {
  id: string;
  /** Load units per shift type; types absent from the group weigh 0. */
  load: number[];
  /** Per person target load; NaN or negative means no target. */
  targets: number[];
  /** Penalty per unit of absolute deviation. */
  weight: number;
  /** Extra penalty per squared unit of deviation, so large breaches cost more than linearly. */
  squareWeight: number;
}

/** Turns (maximal runs) of one shift type by one person must be at least `minGap` days apart. */
export interface Spacing {
  id: string;
  shift: number;
  minGap: number;
  hard: boolean;
  /** Soft only: penalty per missing day of gap. */
  weight: number;
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
  people: Person[];
  /** Each weekend as its list of days; worked if any of its days is worked. */
  weekends: number[][];
  cover: CoverRequirement[];
  requests: ShiftRequest[];
  pins: Pin[];
  blocks: Block[];
  loadGroups: LoadGroup[];
  spacings: Spacing[];
  boundary: BoundaryConventions;
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
    blocks: [], loadGroups: [], spacings: [],
    boundary: { exemptMinConsecutiveAtEdges: true, exemptMinOffAtEdges: true },
  };
}
