import type { RosterModel } from '../model.ts';
import type { Roster } from '../roster.ts';

/** One breach of one rule, as data: the Calendar turns these into Italian sentences. */
export interface Violation {
  rule: string;
  person?: number;
  days: number[];
  shift?: number;
  /** Size of the breach in the rule's unit (days, shifts, hours, people, load units). */
  amount: number;
  /** amount × weight (soft) or amount (hard). */
  penalty: number;
  /** English explanation for logs and tests. */
  message: string;
}

/** A scheduling rule: the reference implementation the solver's fast evaluation must agree with. */
export interface Rule {
  id: string;
  kind: 'hard' | 'soft';
  /** Penalty per unit of breach; hard rules use 1 and the solver scales them. */
  weight: number;
  check(model: RosterModel, roster: Roster): Violation[];
}

/** The row of one person: shift index per day, -1 for off. */
export function readRow(roster: Roster, person: number): Int16Array {
  return roster.cells.subarray(person * roster.days, (person + 1) * roster.days);
}

export interface Run {
  start: number;
  end: number;
  working: boolean;
}

/** Maximal runs of working days and of days off in a row. */
export function listRuns(row: Int16Array): Run[] {
  const runs: Run[] = [];
  let start = 0;
  for (let d = 1; d <= row.length; d++) {
    const prevWorking = (row[d - 1] ?? -1) >= 0;
    if (d === row.length || ((row[d] ?? -1) >= 0) !== prevWorking) {
      runs.push({ start, end: d - 1, working: prevWorking });
      start = d;
    }
  }
  return runs;
}

export function rangeDays(start: number, end: number): number[] {
  const days: number[] = [];
  for (let d = start; d <= end; d++) days.push(d);
  return days;
}

/** Hours (rounded up) that a total-minutes bound is missed by: the hard rule's unit. */
export function minutesToHours(minutes: number): number {
  return Math.ceil(minutes / 60);
}
