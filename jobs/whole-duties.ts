import { addDays } from '../src/domain/civil-day.ts';
import type { CalendarVersion, Duty } from '../src/domain/calendar.ts';
import type { DeepReadonly } from '../src/domain/deep-readonly.ts';

type ReadDuty = DeepReadonly<Duty>;

/**
 * The duties as their holders live them: a block cut by the edge between two calendar periods (the
 * reperibilità week from Monday 28 December to Sunday 3 January, held in December's and January's
 * calendars) is one duty when the same magistrate holds both pieces. The first piece keeps its id (so
 * its reminders keep their keys) and ends where the last piece ends; the continuing pieces are left out.
 * Pieces held by different magistrates stay apart: for the second holder the duty does start.
 */
export function joinEdgePieces(duties: readonly ReadDuty[], versions: readonly DeepReadonly<Pick<CalendarVersion, 'to'>>[]): ReadDuty[] {
  const periodEnds = new Set(versions.map((v) => v.to));
  const endingOn = new Map<string, ReadDuty>();
  const startingOn = new Map<string, ReadDuty>();
  for (const d of duties) {
    endingOn.set(`${d.serviceId}|${d.magistrateId}|${d.to}`, d);
    startingOn.set(`${d.serviceId}|${d.magistrateId}|${d.from}`, d);
  }
  const continues = (d: ReadDuty) => {
    const before = addDays(d.from, -1);
    return periodEnds.has(before) && endingOn.has(`${d.serviceId}|${d.magistrateId}|${before}`);
  };
  return duties.filter((d) => !continues(d)).map((d) => {
    let last = d;
    for (let next = startingOn.get(`${d.serviceId}|${d.magistrateId}|${addDays(last.to, 1)}`); next && periodEnds.has(last.to); next = startingOn.get(`${d.serviceId}|${d.magistrateId}|${addDays(last.to, 1)}`)) last = next;
    return last === d ? d : { ...d, to: last.to };
  });
}
