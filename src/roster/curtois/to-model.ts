import { createModel, type Person, type RosterModel, type ShiftRequest } from '../model.ts';
import type { CurtoisInstance, CurtoisRequest } from './instance.ts';
import type { CurtoisFormatError } from './parse.ts';

export type ModelResult = { ok: true; model: RosterModel } | { ok: false; error: CurtoisFormatError };

function indexOf(ids: Map<string, number>, id: string, what: string): number {
  const index = ids.get(id);
  if (index === undefined) throw { code: 'unknown-id', line: 0, detail: `${what} ${id}` } satisfies CurtoisFormatError;
  return index;
}

function toRequest(r: CurtoisRequest, kind: 'on' | 'off', people: Map<string, number>, shifts: Map<string, number>): ShiftRequest {
  return { person: indexOf(people, r.employee, 'employee'), day: r.day, shift: indexOf(shifts, r.shift, 'shift'), weight: r.weight, kind };
}

/** Compiles a Curtois instance to the general model, with the Curtois boundary conventions. */
export function curtoisToModel(instance: CurtoisInstance): ModelResult {
  const shiftIndex = new Map(instance.shifts.map((s, i) => [s.id, i]));
  const personIndex = new Map(instance.staff.map((s, i) => [s.id, i]));
  try {
    const shifts = instance.shifts.map((s) => ({
      id: s.id, minutes: s.minutes, forbiddenNext: s.forbiddenNext.map((id) => indexOf(shiftIndex, id, 'shift')),
    }));
    const people: Person[] = instance.staff.map((staff) => {
      const maxShifts = instance.shifts.map((s) => staff.maxShifts.get(s.id) ?? instance.horizon);
      for (const id of staff.maxShifts.keys()) indexOf(shiftIndex, id, 'shift');
      return {
        id: staff.id, eligible: maxShifts.map((m) => m > 0), maxShifts,
        minMinutes: staff.minTotalMinutes, maxMinutes: staff.maxTotalMinutes,
        maxConsecutive: staff.maxConsecutiveShifts, minConsecutive: staff.minConsecutiveShifts,
        minConsecutiveOff: staff.minConsecutiveDaysOff, maxWeekends: staff.maxWeekends,
        unavailable: instance.daysOff.get(staff.id) ?? [],
      };
    });
    for (const id of instance.daysOff.keys()) indexOf(personIndex, id, 'employee');
    const model = createModel(instance.name, instance.horizon, shifts, people);
    model.cover = instance.cover.map((c) => ({
      day: c.day, shift: indexOf(shiftIndex, c.shift, 'shift'), target: c.requirement,
      weightUnder: c.weightUnder, weightOver: c.weightOver,
    }));
    model.requests = [
      ...instance.onRequests.map((r) => toRequest(r, 'on', personIndex, shiftIndex)),
      ...instance.offRequests.map((r) => toRequest(r, 'off', personIndex, shiftIndex)),
    ];
    model.boundary = { exemptMinConsecutiveAtEdges: true, exemptMinOffAtEdges: true };
    return { ok: true, model };
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error) return { ok: false, error: error as CurtoisFormatError };
    throw error;
  }
}
