import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCalendarContext } from '../../src/calendar/calendar-context.ts';
import { constructCalendar } from '../../src/calendar/construct-calendar.ts';
import { kindTarget, receivedLoad } from '../../src/calendar/fairness-targets.ts';
import { checkRules } from '../../src/calendar/rules/index.ts';
import { parseOfficeConfigText } from '../../src/domain/parse-office-config.ts';
import { absence, decemberContext, smallOffice } from './fixtures.ts';

function demoProcura() {
  const result = parseOfficeConfigText(readFileSync(new URL('../../data/demo/procura-napoli.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}

describe('constructCalendar', () => {
  it('covers every coverable slot of the demo Procura in December without breaking a hard rule', () => {
    const config = demoProcura();
    const ctx = buildCalendarContext(config, '2026-12-01', '2026-12-31', config.absences);
    const { assignments, uncovered } = constructCalendar(ctx);
    const hard = checkRules(ctx, assignments).filter((v) => v.level === 'hard');
    expect(hard.map((v) => v.message)).toEqual([]);
    expect(uncovered).toEqual([]);
    const under = checkRules(ctx, assignments).filter((v) => v.ruleId === 'copertura' && v.penalty >= 100);
    expect(under).toEqual([]);
  });

  it('shares each kind close to the capacity-proportional target', () => {
    const config = demoProcura();
    const ctx = buildCalendarContext(config, '2026-12-01', '2026-12-31', config.absences);
    const { assignments } = constructCalendar(ctx);
    const got = receivedLoad(ctx, assignments);
    const target = kindTarget(ctx, 'arrestati');
    const maxSlot = Math.max(...ctx.slots.filter((s) => s.serviceId === 'arrestati').map((s) => s.load));
    for (const [id, want] of target.target) {
      if (want === 0) continue;
      // Within two turns of target: the construction is a start; the solver tightens it.
      expect(Math.abs((got.get(id)?.get('arrestati') ?? 0) - want)).toBeLessThanOrEqual(2 * maxSlot);
    }
  });

  it('reports a slot nobody can cover, with the reason', () => {
    const everyoneAway = ['rossi-mario', 'bianchi-luca', 'russo-sara', 'greco-paolo'].map((m) => absence(m, '2026-12-24', '2026-12-24'));
    const ctx = decemberContext(smallOffice(), everyoneAway);
    const { uncovered } = constructCalendar(ctx);
    expect(uncovered).toContainEqual({ serviceId: 'arrestati', from: '2026-12-24', to: '2026-12-24', missing: 1, reason: 'tutti i magistrati che possono svolgerlo sono assenti o fuori servizio' });
    expect(uncovered.map((u) => u.serviceId)).toContain('reperibilita');
  });

  it('keeps pinned assignments', () => {
    const ctx = decemberContext();
    const { assignments } = constructCalendar(ctx, { pinned: [{ slotId: 'arrestati@2026-12-02', magistrateId: 'greco-paolo' }] });
    expect(assignments.filter((a) => a.slotId === 'arrestati@2026-12-02')).toEqual([{ slotId: 'arrestati@2026-12-02', magistrateId: 'greco-paolo', pinned: true }]);
  });
});
