import { describe, expect, it } from 'vitest';
import type { Continuation } from '../../src/calendar/edge-continuations.ts';
import { continuationsBySlot } from '../../src/calendar/edge-continuations.ts';
import { edgeBlockRule } from '../../src/calendar/rules/edge-block-rule.ts';
import { decemberContext } from './fixtures.ts';

/**
 * December 2026 begins on a Tuesday: the reperibilità week 30 November – 6 December is cut by the edge, and November's
 * published calendar gave its Monday to Rossi.
 */
const begunByRossi: Continuation = {
  slotId: 'reperibilita@2026-12-01', magistrateId: 'rossi-mario', begunSlotId: 'reperibilita@2026-11-30',
  begun: { from: '2026-11-30', to: '2026-11-30' }, block: { from: '2026-11-30', to: '2026-12-06' },
  neighbour: { from: '2026-11-01', to: '2026-11-30', number: 2 }, side: 'before',
};

function context(continuations: Continuation[] = [begunByRossi]) {
  return { ...decemberContext(), continuations: continuationsBySlot(continuations) };
}

const rule = edgeBlockRule();

describe('edgeBlockRule: a block cut by the edge stays with the holder of its published piece', () => {
  it('is broken when the period\'s piece goes to someone else, naming the service, the week and both holders', () => {
    const violations = rule.check(context(), [{ slotId: 'reperibilita@2026-12-01', magistrateId: 'bianchi-luca' }]);
    expect(violations).toEqual([expect.objectContaining({ ruleId: 'blocco-a-cavallo', level: 'soft', magistrateIds: ['rossi-mario', 'bianchi-luca'], days: ['2026-12-01'] })]);
    expect(violations[0]!.message).toBe('La settimana di "Reperibilità" dal 30 novembre al 6 dicembre 2026 è iniziata con Mario Rossi nel calendario pubblicato dal 1° al 30 novembre 2026 (versione 2), '
      + 'ma la parte dal 1° al 6 dicembre 2026 è assegnata a Luca Bianchi: la settimana resta così divisa tra Mario Rossi e Luca Bianchi. '
      + 'Se non è voluto, puoi riassegnare quella parte a Mario Rossi: un turno a cavallo tra due periodi resta di norma a una sola persona.');
  });

  it('is broken when the period\'s piece has no holder', () => {
    const [violation] = rule.check(context(), [{ slotId: 'arrestati@2026-12-01', magistrateId: 'rossi-mario' }]);
    expect(violation!.message).toContain('ma la parte dal 1° al 6 dicembre 2026 non è assegnata a nessuno e resta scoperta. Se non è voluto, puoi assegnare quella parte a Mario Rossi:');
  });

  it('says the block goes on in the next period when the published piece comes after', () => {
    const after: Continuation = { ...begunByRossi, side: 'after', neighbour: { from: '2027-01-01', to: '2027-03-31', number: 1 } };
    const [violation] = rule.check(context([after]), [{ slotId: 'reperibilita@2026-12-01', magistrateId: 'bianchi-luca' }]);
    expect(violation!.message).toContain('prosegue con Mario Rossi nel calendario pubblicato dal 1° gennaio al 31 marzo 2027 (versione 1), ma la parte');
  });

  it('holds when the holder of the published piece keeps the period\'s piece, and without continuations', () => {
    expect(rule.check(context(), [{ slotId: 'reperibilita@2026-12-01', magistrateId: 'rossi-mario' }])).toEqual([]);
    expect(rule.check(decemberContext(), [{ slotId: 'reperibilita@2026-12-01', magistrateId: 'bianchi-luca' }])).toEqual([]);
  });
});
