import { describe, expect, it } from 'vitest';
import { compareByLean, leanOf } from '../../src/giada/balance-lean.ts';
import { computeBalance } from '../../src/giada/balance.ts';
import { verifyLedger } from '../../src/giada/verify.ts';
import { assign, makeRequest, makeSetup, openEngine } from './fixtures.ts';

/** A class II request (3–6) of the given weight: `weight − 1` free defendants and one charge. */
function ofWeight(weight: number, id?: string) {
  return makeRequest({ ...(id ? { id } : {}), defendants: Array.from({ length: weight - 1 }, () => ({ detained: false })) });
}

describe('the balancing rule among candidates tied in the rotation', () => {
  it.each([
    { weight: 5, mean: null, direction: 'lowest' },
    { weight: 5, mean: 4.5, direction: 'lowest' },
    { weight: 4.5, mean: 4.5, direction: 'lowest' },
    { weight: 3, mean: 4.5, direction: 'highest' },
  ] as const)('a case of weight $weight in a class of mean $mean goes to the tied candidate with the $direction load', ({ weight, mean, direction }) => {
    const lean = leanOf(weight, mean);
    expect(lean).toEqual({ classMean: mean, direction });
    const [first] = [12, 10, 11].sort((a, b) => compareByLean(lean, a, b));
    expect(first).toBe(direction === 'lowest' ? 10 : 12);
  });

  it('gives a lighter-than-average case to the tied judge already carrying more, and says so', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a' }, { id: 'b' }] }));
    expect((await assign(engine, ofWeight(6))).judgeId).toBe('a');
    expect((await assign(engine, ofWeight(3))).judgeId).toBe('b');
    // New round: both have one class II case; the class mean is 4,5 and this case weighs 3, so it goes to a (load 6), not b (load 3).
    const light = await assign(engine, ofWeight(3));
    expect(light.judgeId).toBe('a');
    expect(light.explanation).toContain('pesa 3, meno della media dei processi della classe (4,5)');
    expect(light.explanation).toContain('il carico ponderato complessivo (tutte le classi) più alto per tempo pieno (6)');
    // The rotation still holds: b gets the next case of the class whatever its weight.
    expect((await assign(engine, ofWeight(3))).judgeId).toBe('b');
    // Round three: a heavier-than-average case (mean 3,75) goes to the lower load (b: 6 against a: 9).
    const heavy = await assign(engine, ofWeight(6));
    expect(heavy.judgeId).toBe('b');
    expect(heavy.explanation).toContain('pesa 6, almeno quanto la media dei processi della classe (3,75)');
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
