import { describe, expect, it } from 'vitest';
import { computeBalance, formatBalance } from '../../src/giada/balance.ts';
import { verifyLedger } from '../../src/giada/verify.ts';
import { assign, dibattimento, makeRequest, makeSetup, openEngine } from './fixtures.ts';

describe('balance watch', () => {
  it('reports weighted load per full-time equivalent and alerts beyond the tolerance', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a' }, { id: 'b', capacity: 50 }], tolerance: 10 }));
    for (let i = 0; i < 6; i++) await assign(engine, makeRequest());
    const balanced = computeBalance(engine.state, '2027-01-01', '2027-06-30');
    expect(balanced.pools[0]!.rows.map((r) => [r.id, r.cases, r.loadPerFte])).toEqual([['a', 4, 8], ['b', 2, 8]]);
    expect(balanced.alerts).toEqual([]);
    for (let i = 0; i < 3; i++) {
      await engine.backfill({ request: makeRequest({ type: 'rinvio_a_giudizio' }), judgeId: 'a', hearingDate: '2027-02-01', reason: 'turno cartaceo', actor: dibattimento });
    }
    const report = computeBalance(engine.state, '2027-01-01', '2027-06-30');
    expect(report.alerts).toHaveLength(1);
    expect(report.alerts[0]).toContain('oltre la tolleranza del 10%');
    expect(formatBalance(report).join('\n')).toContain('Giudici (rito monocratico):');
  });
});

describe('explanation for a lawyer', () => {
  it('says why this judge and why this date, in Italian', async () => {
    const setup = makeSetup({ statutoryTerms: [{ requestType: 'rinvio_a_giudizio', minDays: 20, source: 'art. 429 c. 3 c.p.p.' }] });
    const { engine } = await openEngine(setup);
    const a = await assign(engine, makeRequest({ type: 'rinvio_a_giudizio', requestedOn: '2027-03-02' }));
    expect(a.explanation).toMatch(/^Il procedimento R\d+ \(rinvio a giudizio\) ha peso 2, così composto: 1 per 1 imputato libero e 1 per 1 imputazione\. Rientra nella I classe/);
    expect(a.explanation).toContain('Tra i 3 giudici competenti per la materia «Reati comuni», il giudice Giudice G1');
    expect(a.explanation).toContain("aveva l'indice di assegnazione più basso nella classe");
    expect(a.explanation).toContain('La prima udienza è fissata al 23 marzo 2027');
    expect(a.explanation).toContain('20 giorni liberi (art. 429 c. 3 c.p.p.)');
  });
});

describe('concurrent requests (group commit)', () => {
  it('decides them one at a time, in call order, and the ledger verifies', async () => {
    const { engine, store } = await openEngine(makeSetup());
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, i) => engine.request(makeRequest({ id: `C${i}` }))));
    expect(outcomes.map((o) => (o.ok ? o.assignment?.requestId : null))).toEqual(Array.from({ length: 30 }, (_, i) => `C${i}`));
    expect(verifyLedger(await store.readLog('giada-ledger')).ok).toBe(true);
  });
});
