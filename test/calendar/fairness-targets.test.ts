import { describe, expect, it } from 'vitest';
import { kindTarget, receivedLoad } from '../../src/calendar/fairness-targets.ts';
import { absence, decemberContext, smallOffice } from './fixtures.ts';

describe('fairness targets', () => {
  it('shares a kind\'s load in proportion to capacity among the eligible', () => {
    const ctx = decemberContext();
    const t = kindTarget(ctx, 'arrestati');
    // The total is the sum over the arrestati slots of their load (weekends 1.5, holidays 2).
    expect(t.totalLoad).toBeCloseTo(ctx.slots.filter((s) => s.serviceId === 'arrestati').reduce((a, s) => a + s.load, 0));
    const full = t.target.get('rossi-mario')!;
    expect(t.target.get('bianchi-luca')).toBeCloseTo(full);
    expect(t.target.get('russo-sara')! / full).toBeCloseTo(0.6); // STO exemption: 40% less
    expect(t.target.get('verdi-anna')).toBe(0); // the procuratore is not eligible
    expect([...t.target.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(t.totalLoad);
  });

  it('keeps a service reserved to a group inside the group, even when its kind has other services', async () => {
    const { readDemoOffices } = await import('../../adapters/cli/demo-offices.ts');
    const { buildCalendarContext } = await import('../../src/calendar/calendar-context.ts');
    const config = (await readDemoOffices()).find((c) => c.office.id === 'procura-napoli')!;
    const ctx = buildCalendarContext(config, '2027-01-01', '2027-01-31', config.absences);
    const t = kindTarget(ctx, 'altro');
    const codiceRosso = config.services.find((s) => s.id === 'codice-rosso')!;
    const group = new Set(config.magistrates.filter((m) => m.groups.some((g) => codiceRosso.eligibility.groups.includes(g))).map((m) => m.id));
    const load = (id: string) => ctx.slots.filter((s) => s.serviceId === id).reduce((a, s) => a + s.required * s.load, 0);
    const inGroup = [...t.target].filter(([id]) => group.has(id)).reduce((a, [, v]) => a + v, 0);
    // The group gets all of codice rosso plus its own share of the weekend turns; outsiders none of codice rosso.
    expect(inGroup).toBeGreaterThan(load('codice-rosso'));
    expect(inGroup).toBeLessThan(load('codice-rosso') + load('turno-festivo'));
    expect([...t.target.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(t.totalLoad);
  });

  it('lowers the target of someone absent for part of the period', () => {
    const ctx = decemberContext(smallOffice(), [absence('greco-paolo', '2026-12-17', '2026-12-31')]);
    const t = kindTarget(ctx, 'arrestati');
    expect(t.target.get('greco-paolo')! / t.target.get('rossi-mario')!).toBeCloseTo(16 / 31);
  });

  it('compensates what was received more or less in earlier periods, never below zero', () => {
    const ctx = decemberContext();
    const fresh = kindTarget(ctx, 'arrestati');
    const history = {
      due: { 'rossi-mario': { arrestati: 10 }, 'bianchi-luca': { arrestati: 10 }, 'greco-paolo': { arrestati: 10 } },
      received: { 'rossi-mario': { arrestati: 14 }, 'bianchi-luca': { arrestati: 6 }, 'greco-paolo': { arrestati: 10 } },
    };
    const t = kindTarget(ctx, 'arrestati', history);
    expect(t.target.get('rossi-mario')).toBeCloseTo(fresh.target.get('rossi-mario')! - 4);
    expect(t.target.get('bianchi-luca')).toBeCloseTo(fresh.target.get('bianchi-luca')! + 4);
    const huge = kindTarget(ctx, 'arrestati', { due: {}, received: { 'rossi-mario': { arrestati: 500 } } });
    expect(huge.target.get('rossi-mario')).toBe(0);
    expect([...huge.target.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(huge.totalLoad);
  });

  it('counts the load received per kind', () => {
    const ctx = decemberContext();
    const got = receivedLoad(ctx, [
      { slotId: 'arrestati@2026-12-05', magistrateId: 'rossi-mario' },
      { slotId: 'arrestati@2026-12-07', magistrateId: 'rossi-mario' },
      { slotId: 'reperibilita@2026-12-07', magistrateId: 'rossi-mario' },
    ]);
    expect(got.get('rossi-mario')!.get('arrestati')).toBe(2.5);
    expect(got.get('rossi-mario')!.get('reperibilita')).toBe(9); // 4 weekdays, 8 December (2), the weekend (2 × 1.5)
  });
});
