import { describe, expect, it } from 'vitest';
import { listUncoveredSlots } from '../../src/calendar/compile/uncovered-slots.ts';
import { constructCalendar } from '../../src/calendar/construct-calendar.ts';
import { rulesOf } from '../../src/calendar/rules/index.ts';
import { absence, decemberContext, smallOffice } from './fixtures.ts';

/**
 * The hearing of Thursday 3 December: Bianchi and Russo are away, Greco may not hold hearings, Rossi has the turno
 * arrestati that day (hard exclusion with hearings). Rossi is also short of the hard monthly minimum of turni festivi,
 * which has nothing to do with the hearing: the reason for the empty place must not name it.
 */
function thursdayWithoutCandidates() {
  const rules = [
    { id: 'arrestati-udienza', type: 'exclusion', services: ['arrestati', 'udienza'], mode: 'same_day' },
    { id: 'festivi-al-mese', type: 'limit', service: 'festivo', per: 'month', hardMin: 1 },
  ];
  const away = [absence('bianchi-luca', '2026-12-03', '2026-12-03'), absence('russo-sara', '2026-12-03', '2026-12-03')];
  return decemberContext(smallOffice({ rules }), away);
}

const reason = 'i magistrati disponibili violerebbero regole inderogabili (arrestati-udienza)';

describe('the reason a place stays uncovered', () => {
  it('names only the rules the place would break for who could have taken it (replan, listUncoveredSlots)', () => {
    const ctx = thursdayWithoutCandidates();
    const assignments = [{ slotId: 'arrestati@2026-12-03', magistrateId: 'rossi-mario' }];
    const hearing = listUncoveredSlots(ctx, assignments, rulesOf(ctx)).find((u) => u.serviceId === 'udienza' && u.from === '2026-12-03')!;
    expect(hearing.reason).toBe(reason);
  });

  it('names only the rules the place would break for who could have taken it (generation, constructCalendar)', () => {
    const ctx = thursdayWithoutCandidates();
    const { uncovered } = constructCalendar(ctx, { pinned: [{ slotId: 'arrestati@2026-12-03', magistrateId: 'rossi-mario' }] });
    expect(uncovered.find((u) => u.serviceId === 'udienza' && u.from === '2026-12-03')?.reason).toBe(reason);
  });
});
