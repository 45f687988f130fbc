import { describe, expect, it } from 'vitest';
import { computeBalance, formatBalance, NO_IMBALANCE } from '../../src/giada/balance.ts';
import { assign, dibattimento, makeRequest, makeSetup, openEngine } from './fixtures.ts';

const heavy = () => makeRequest({ defendants: Array.from({ length: 6 }, () => ({ detained: false })) }); // weight 7, class III

describe('balance watch: the rotation in progress is no imbalance', () => {
  it('stays silent early in a semester when the gap is one case of a class, and alerts beyond the round', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], tolerance: 10 }));
    // The first days of the semester: a and b have had their class I case, a also the first class III one.
    await assign(engine, heavy());
    for (let i = 0; i < 3; i++) await assign(engine, makeRequest());
    const early = computeBalance(engine.state, '2027-01-01', '2027-06-30');
    const pool = early.pools[0]!;
    expect(pool.spreadPercent).toBeGreaterThan(10);
    expect(pool.rows[0]!.loadPerFte - pool.rows[pool.rows.length - 1]!.loadPerFte).toBeLessThanOrEqual(pool.roundSlack);
    expect(early.alerts).toEqual([]);
    expect(formatBalance(early).at(-1)).toBe(NO_IMBALANCE);
    expect(formatBalance(early).join('\n')).toContain('il giro di rotazione in corso ne spiega fino a 9 per tempo pieno');
    // Paper-shift cases all to one judge: far beyond one round.
    for (let i = 0; i < 3; i++) {
      await engine.backfill({ request: heavy(), judgeId: 'a', hearingDate: '2027-02-01', reason: 'turno cartaceo', actor: dibattimento });
    }
    const late = computeBalance(engine.state, '2027-01-01', '2027-06-30');
    expect(late.alerts).toHaveLength(1);
    expect(late.alerts[0]).toContain('oltre la tolleranza del 10%, ed è più di quanto spieghi il giro di rotazione in corso (9). Serve un riequilibrio.');
  });
});
