import { describe, expect, it } from 'vitest';
import { decemberContext, smallOffice } from './fixtures.ts';
import { buildCalendarContext } from '../../src/calendar/calendar-context.ts';

describe('slots of a period', () => {
  const ctx = decemberContext();
  const slotsOf = (service: string) => ctx.slots.filter((s) => s.serviceId === service);

  it('cuts weekly services into Monday–Sunday blocks, clipped at the period edges', () => {
    expect(slotsOf('reperibilita').map((s) => [s.from, s.to])).toEqual([
      ['2026-12-01', '2026-12-06'], ['2026-12-07', '2026-12-13'], ['2026-12-14', '2026-12-20'], ['2026-12-21', '2026-12-27'], ['2026-12-28', '2026-12-31'],
    ]);
  });

  it('makes weekend blocks of Saturday and Sunday only', () => {
    expect(slotsOf('festivo').map((s) => [s.from, s.to, s.dayIndexes.length])).toEqual([
      ['2026-12-05', '2026-12-06', 2], ['2026-12-12', '2026-12-13', 2], ['2026-12-19', '2026-12-20', 2], ['2026-12-26', '2026-12-27', 2],
    ]);
  });

  it('gives holidays the Sunday coverage when none is set: no hearing on Tuesday 8 December', () => {
    const hearings = slotsOf('udienza').map((s) => s.from);
    expect(hearings).not.toContain('2026-12-08');
    expect(hearings).toContain('2026-12-01');
    expect(hearings).toContain('2026-12-31');
    expect(hearings).toHaveLength(9); // five Tuesdays and five Thursdays, less 8 December
  });

  it('weighs weekend and holiday days more', () => {
    const week = slotsOf('reperibilita').find((s) => s.from === '2026-12-21')!;
    // Mon 21–Thu 24 weekday (4 × 1), Fri 25 and Sat 26 holidays (2 × 2), Sun 27 weekend (1.5).
    expect(week.load).toBe(4 + 4 + 1.5);
    expect(week.festiveDays).toBe(3);
  });

  it('applies a generic period (August) and lets a specific one win', () => {
    const config = smallOffice({
      periods: [
        { id: 'feriale', name: 'Periodo feriale', kind: 'generic', from: '08-01', to: '08-31', overrides: [{ service: 'udienza', coverage: { tuesday: 0 } }, { service: 'arrestati', coverage: { monday: 2 } }] },
        { id: 'elezioni', name: 'Elezioni', kind: 'specific', from: '2027-08-09', to: '2027-08-09', overrides: [{ service: 'arrestati', coverage: { monday: 3 } }] },
      ],
    });
    const august = buildCalendarContext(config, '2027-07-26', '2027-08-17', []);
    const hearings = august.slots.filter((s) => s.serviceId === 'udienza').map((s) => s.from);
    expect(hearings).toContain('2027-07-27');
    expect(hearings).not.toContain('2027-08-03');
    expect(hearings).toContain('2027-08-05');
    const arrestati = new Map(august.slots.filter((s) => s.serviceId === 'arrestati').map((s) => [s.from, s.required]));
    expect([arrestati.get('2027-07-26'), arrestati.get('2027-08-02'), arrestati.get('2027-08-09'), arrestati.get('2027-08-16')]).toEqual([1, 2, 3, 2]);
  });

  it('computes capacity from absences, exemptions and the head share', () => {
    const withAbsence = buildCalendarContext(smallOffice(), '2026-12-01', '2026-12-31', [
      { id: 'a1', magistrateId: 'rossi-mario', type: 'ferie', from: '2026-12-24', to: '2026-12-31', note: '', declaredBy: 't', declaredAt: '2026-11-01T00:00:00Z', status: 'active' },
    ]);
    const day = (d: string) => withAbsence.dayIndex.get(d)!;
    expect(withAbsence.capacity.get('rossi-mario')![day('2026-12-23')]).toBe(100);
    expect(withAbsence.capacity.get('rossi-mario')![day('2026-12-24')]).toBe(0);
    expect(withAbsence.capacity.get('russo-sara')![day('2026-12-24')]).toBe(60);
    expect(withAbsence.capacity.get('verdi-anna')![day('2026-12-24')]).toBe(30);
  });
});
