import { describe, expect, it } from 'vitest';
import { DEVIATION_WEIGHT, leanKey, leanOf } from '../../src/giada/balance-lean.ts';
import { computeBalance } from '../../src/giada/balance.ts';
import { verifyLedger } from '../../src/giada/verify.ts';
import { assign, makeRequest, makeSetup, openEngine } from './fixtures.ts';

/** A class II request (3–6) of the given weight: `weight − 1` free defendants and one charge. */
function ofWeight(weight: number, id?: string) {
  return makeRequest({ ...(id ? { id } : {}), defendants: Array.from({ length: weight - 1 }, () => ({ detained: false })) });
}

describe('the balancing rule among candidates tied in the rotation', () => {
  it.each([
    { weight: 5, mean: null, correction: 0 },
    { weight: 6, mean: 4.5, correction: 1.25 },
    { weight: 4.5, mean: 4.5, correction: 0 },
    { weight: 3, mean: 4.5, correction: -2.5 },
  ] as const)('a case of weight $weight in a class of mean $mean counts the deviation $correction times', ({ weight, mean, correction }) => {
    const lean = leanOf(weight, mean, [null, mean, 9]);
    expect(lean).toEqual({ classMean: mean, classMeans: [null, mean, 9], correction });
    expect(DEVIATION_WEIGHT).toBe(5);
    // Key = load + correction × deviation: tied candidates (load, deviation), the lowest key first.
    const tied: [number, number][] = [[12, 2], [10, -1], [11, 0]];
    const [first] = [...tied].sort((a, b) => leanKey(lean, ...a) - leanKey(lean, ...b));
    expect(first).toEqual(correction === 0 ? [10, -1] : correction > 0 ? [10, -1] : [12, 2]);
  });

  it('gives a lighter-than-average case to the tied judge already carrying more, and says so', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a' }, { id: 'b' }] }));
    expect((await assign(engine, ofWeight(6))).judgeId).toBe('a');
    expect((await assign(engine, ofWeight(3))).judgeId).toBe('b');
    // New round: both have one class II case; the class mean is 4,5 and this case weighs 3, so it goes to a (load 6), not b (load 3).
    const light = await assign(engine, ofWeight(3));
    expect(light.judgeId).toBe('a');
    // a: load 6, its case 1,5 above the mean; b: load 3, 1,5 below. Correction 5 × (3 − 4,5) / 3 = −2,5: keys 2,25 and 6,75.
    expect(light.explanation).toContain('Il processo pesa 3, meno della media dei processi della classe, che è 4,5.');
    expect(light.explanation).toContain('moltiplicato per -2,5');
    expect(light.explanation).toContain('Per quello scelto il carico era 6, lo scarto 1,5 e il carico di riequilibrio 2,25.');
    expect(light.explanation).toContain('a chi finora ha ricevuto processi più pesanti della media');
    // The rotation still holds: b gets the next case of the class whatever its weight.
    expect((await assign(engine, ofWeight(3))).judgeId).toBe('b');
    // Round three: a heavier-than-average case (mean 3,75) goes to the lower load (b: 6 against a: 9).
    const heavy = await assign(engine, ofWeight(6));
    expect(heavy.judgeId).toBe('b');
    expect(heavy.explanation).toContain('pesa 6, più della media dei processi della classe, che è 3,75.');
  });

  it('sends a lighter-than-average case to the less loaded tied judge when the gap comes from another class, not from heavier cases', async () => {
    const { engine, store } = await openEngine(makeSetup({ judges: [{ id: 'a' }, { id: 'b' }] }));
    expect((await assign(engine, ofWeight(8, 'H1'))).judgeId).toBe('a'); // class III, first case: a by id
    expect((await assign(engine, ofWeight(4, 'L1'))).judgeId).toBe('b'); // class II, first case: the lower load
    expect((await assign(engine, ofWeight(4, 'L2'))).judgeId).toBe('a'); // rotation
    // Class II mean 4, this case 3: both judges' cases sit exactly on their classes' means (deviation 0),
    // so only the load counts: b (4) before a (12). The previous rule sent it to the most loaded, a.
    const light = await assign(engine, ofWeight(3, 'L3'));
    expect(light.judgeId).toBe('b');
    expect(light.explanation).toContain('Per quello scelto il carico era 4, lo scarto 0 e il carico di riequilibrio 4.');
    const ledger = await store.readLog('giada-ledger');
    const record = ledger[ledger.length - 1] as { decision: { lean: unknown; candidates: { id: string; deviation: number }[]; notReached: unknown[] } };
    expect(record.decision.lean).toEqual({ classMean: 4, classMeans: [null, 4, 8], correction: -1.666667 });
    expect(record.decision.candidates.map((c) => [c.id, c.deviation])).toEqual([['b', 0]]);
    // a, tied at index 1 with a higher key, was not looked at: [id, received, index, load].
    expect(record.decision.notReached).toEqual([['a', 1, 1, 12]]);
    expect(verifyLedger(ledger).ok).toBe(true);
  });

  it('keeps overall loads within one class width of each other while every judge gets one case per round', async () => {
    const { engine, store } = await openEngine(makeSetup({ judges: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] }));
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const perRound: string[][] = [];
    for (let i = 0; i < 150; i++) {
      const a = await assign(engine, ofWeight(3 + Math.floor(next() * 4), `L${i}`));
      if (i % 3 === 0) perRound.push([]);
      perRound[perRound.length - 1]!.push(a.judgeId!);
    }
    expect(perRound.every((round) => new Set(round).size === 3)).toBe(true);
    const loads = computeBalance(engine.state, '2027-01-01', '2027-12-31').pools[0]!.rows.map((r) => r.weightedLoad);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(3);
    expect(verifyLedger(await store.readLog('giada-ledger')).ok).toBe(true);
  });
});
