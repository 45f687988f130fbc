import type { RosterModel } from './model.ts';

/** A roster: `cells[person * days + day]` is a shift index, or OFF. */
export interface Roster {
  people: number;
  days: number;
  cells: Int16Array;
}

export const OFF = -1;

export interface Assignment {
  person: number;
  day: number;
  shift: number;
}

export function createEmptyRoster(model: RosterModel): Roster {
  const cells = new Int16Array(model.people.length * model.days).fill(OFF);
  return { people: model.people.length, days: model.days, cells };
}

export function getCell(roster: Roster, person: number, day: number): number {
  return roster.cells[person * roster.days + day] ?? OFF;
}

export function setCell(roster: Roster, person: number, day: number, shift: number): void {
  roster.cells[person * roster.days + day] = shift;
}

export function copyRoster(roster: Roster): Roster {
  return { people: roster.people, days: roster.days, cells: roster.cells.slice() };
}

/** Worked cells only, ordered by person then day. */
export function listAssignments(roster: Roster): Assignment[] {
  const out: Assignment[] = [];
  for (let p = 0; p < roster.people; p++) {
    for (let d = 0; d < roster.days; d++) {
      const shift = getCell(roster, p, d);
      if (shift !== OFF) out.push({ person: p, day: d, shift });
    }
  }
  return out;
}

/** Builds a roster from assignments; a later assignment of the same cell wins. */
export function rosterFromAssignments(model: RosterModel, assignments: Assignment[]): Roster {
  const roster = createEmptyRoster(model);
  for (const a of assignments) setCell(roster, a.person, a.day, a.shift);
  return roster;
}
