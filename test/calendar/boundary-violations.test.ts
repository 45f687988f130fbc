import { describe, expect, it } from 'vitest';
import { boundaryViolations } from '../../src/calendar/boundary-violations.ts';
import { buildCalendarContext } from '../../src/calendar/calendar-context.ts';
import { joinNeighbours } from '../../src/calendar/edge-neighbours.ts';
import { toDuties } from '../../src/calendar/versions/duties.ts';
import type { CalendarVersion } from '../../src/domain/calendar.ts';
import { decemberContext, smallOffice } from './fixtures.ts';

const office = smallOffice({ rules: [
  { id: 'arrestati-non-consecutivi', type: 'exclusion', services: ['arrestati', 'arrestati'], mode: 'consecutive_days' },
  { id: 'reperibilita-distanziate', type: 'exclusion', services: ['reperibilita', 'reperibilita'], mode: 'within_days', days: 21 },
] });
const people = ['rossi-mario', 'bianchi-luca', 'russo-sara', 'greco-paolo'];

/** December published: arrestati in rotation (Thursday 31 to Greco), the five (clipped) weeks to Rossi, Bianchi, Russo, Bianchi, Rossi. */
function publishedDecember(): CalendarVersion {
  const ctx = decemberContext(office);
  const weeks = ctx.slots.filter((s) => s.serviceId === 'reperibilita').map((s) => s.id);
  const assignments = ctx.slots.map((slot, i) => ({
    slotId: slot.id,
    magistrateId: slot.serviceId === 'arrestati' ? (slot.from === '2026-12-31' ? 'greco-paolo' : people[i % 3]!)
      : slot.serviceId === 'reperibilita' ? ['rossi-mario', 'bianchi-luca', 'russo-sara', 'bianchi-luca', 'rossi-mario'][weeks.indexOf(slot.id)]! : people[i % 4]!,
  }));
  return {
    id: 'prova/2026-12-01_2026-12-31/v1', officeId: 'prova', from: '2026-12-01', to: '2026-12-31', status: 'published', number: 1,
    createdAt: '2026-11-20T08:00:00Z', createdBy: 't', duties: toDuties(ctx, assignments), uncovered: [],
  };
}

describe('rules broken across the edge with a published calendar', () => {
  const january = buildCalendarContext(office, '2027-01-01', '2027-01-31', []);
  const december = publishedDecember();
  const nextTo = joinNeighbours(office, [], january, [december]);
  /** January with the arrestati of the 1st and the first (clipped) week given as asked, the rest to nobody. */
  const withFirstDays = (arrestati: string, week: string) => [
    { slotId: 'arrestati@2027-01-01', magistrateId: arrestati },
    { slotId: 'reperibilita@2027-01-01', magistrateId: week },
  ];

  it('names the turno arrestati on 31 December and 1 January, and two weeks of reperibilità days apart', () => {
    // Greco did the arrestati of the 31st; Russo the week from 14 December (her only one).
    const findings = boundaryViolations(january, withFirstDays('greco-paolo', 'russo-sara'), nextTo);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.neighbour).toEqual({ from: '2026-12-01', to: '2026-12-31', number: 1 });
    expect(findings[0]!.violations.map((v) => [v.ruleId, v.level])).toEqual([['arrestati-non-consecutivi', 'hard'], ['reperibilita-distanziate', 'hard']]);
    expect(findings[0]!.violations.map((v) => v.message)).toEqual([
      'Paolo Greco ha due turni di "Turno arrestati" in giorni consecutivi (31 dicembre 2026 e 1° gennaio 2027).',
      'Sara Russo ha due turni di "Reperibilità" a 12 giorni di distanza (14 dicembre 2026 e 1° gennaio 2027): ne servono più di 21.',
    ]);
  });

  it('sees the rest of the week Rossi began on 28 December as the same week, not a second one a day later', () => {
    const findings = boundaryViolations(january, withFirstDays('greco-paolo', 'rossi-mario'), nextTo);
    expect(findings.flatMap((f) => f.violations.map((v) => v.ruleId))).toEqual(['arrestati-non-consecutivi']);
  });

  it('finds nothing when the first days go to others, or with no published neighbour', () => {
    // Bianchi did not do the arrestati of the 31st; Greco had no week in December.
    expect(boundaryViolations(january, withFirstDays('bianchi-luca', 'greco-paolo'), nextTo)).toEqual([]);
    expect(boundaryViolations(january, withFirstDays('greco-paolo', 'rossi-mario'), [])).toEqual([]);
  });
});
