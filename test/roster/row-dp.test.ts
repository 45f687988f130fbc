import { describe, expect, it } from 'vitest';
import { compileProblem } from '../../src/roster/solver/problem.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { solveRowDp } from '../../src/roster/solver/row-dp.ts';
import { createRowDp } from '../../src/roster/solver/row-dp-space.ts';
import { loadCurtois, nineDays, readFixture } from './helpers.ts';
import { solveRowDpReference } from './row-dp-reference.ts';

const INF = Number.POSITIVE_INFINITY;

/** An instance with four shift types of unequal length, chained successions and varied staff limits. */
function mixedInstance(days: number): string {
  const staff = [
    'A,E=14|D=28|L=10|N=4,8640,5000,5,2,2,2',
    'B,E=0|D=28|L=14|N=4,6000,3000,6,1,1,3',
    'C,E=14|D=28|L=14|N=0,9000,7000,4,3,3,1',
    'D,E=8|D=8|L=8|N=3,4000,0,3,1,2,4',
  ];
  const cover: string[] = [];
  for (let d = 0; d < days; d++) for (const s of ['E', 'D', 'L', 'N']) cover.push(`${d},${s},1,100,1`);
  return [
    'SECTION_HORIZON', String(days), '',
    'SECTION_SHIFTS', 'E,480,', 'D,480,E', 'L,600,E|D', 'N,720,E|D|L', '',
    'SECTION_STAFF', ...staff, '',
    'SECTION_DAYS_OFF', 'A,3', 'B,0,1', 'C,10', 'D,', '',
    'SECTION_SHIFT_ON_REQUESTS', '', 'SECTION_SHIFT_OFF_REQUESTS', '',
    'SECTION_COVER', ...cover, '',
  ].join('\n');
}

/**
 * Six shift types of unequal length where pairs share what may follow them (E and E2: anything; L and L2:
 * neither early nor day shifts), so the DP keys them by four classes.
 */
function sharedSuccessorsInstance(days: number): string {
  const staff = [
    'A,E=14|E2=6|D=28|L=10|L2=3|N=4,8640,5000,5,2,2,2',
    'B,E=0|E2=9|D=28|L=14|L2=14|N=4,6000,3000,6,1,1,3',
    'C,E=14|E2=14|D=28|L=14|L2=2|N=0,9000,7000,4,3,3,1',
  ];
  const cover: string[] = [];
  for (let d = 0; d < days; d++) for (const s of ['E', 'E2', 'D', 'L', 'L2', 'N']) cover.push(`${d},${s},1,100,1`);
  return [
    'SECTION_HORIZON', String(days), '',
    'SECTION_SHIFTS', 'E,480,', 'E2,600,', 'D,480,E|E2', 'L,600,E|E2|D', 'L2,720,E|E2|D', 'N,720,E|E2|D|L|L2', '',
    'SECTION_STAFF', ...staff, '',
    'SECTION_DAYS_OFF', 'A,3', 'B,0,1', 'C,10', '',
    'SECTION_SHIFT_ON_REQUESTS', '', 'SECTION_SHIFT_OFF_REQUESTS', '',
    'SECTION_COVER', ...cover, '',
  ].join('\n');
}

describe('row DP', () => {
  const cases: [string, string][] = [
    ['Instance2', readFixture('Instance2.txt')],
    ['mixed lengths and successions, 21 days', mixedInstance(21)],
    ['mixed lengths and successions, 28 days', mixedInstance(28)],
    ['types sharing their successors, 21 days', sharedSuccessorsInstance(21)],
  ];
  it('keys its states by the class of types that may be followed by the same types', () => {
    const pr = compileProblem(loadCurtois(sharedSuccessorsInstance(21)).model);
    const dp = createRowDp(pr)!;
    expect(dp.classes).toBe(4);
    expect(Array.from(dp.classOf)).toEqual([0, 0, 1, 2, 2, 3]);
    expect(createRowDp(compileProblem(loadCurtois(mixedInstance(21)).model))!.classes).toBe(4);
  });
  it('counts the tightest per-type maximum in its state (nights, at most 3 or 4)', () => {
    const pr = compileProblem(loadCurtois(mixedInstance(21)).model);
    expect(createRowDp(pr, { trackingLimit: 10_000 })!.tracked).toBe(-1); // too large a table for that limit
    const dp = createRowDp(pr)!;
    expect(dp.tracked).toBe(3);
    expect(dp.counts).toBe(5);
  });

  it('does not cap a person at the counted range when their own maximum lies beyond it', () => {
    // N is counted up to 3 (C's maximum); B may work 9 nights, and with nights cheap takes more than 3.
    const pr = compileProblem(loadCurtois(nineDays()).model);
    const dp = createRowDp(pr)!;
    expect([dp.tracked, dp.counts]).toEqual([2, 4]);
    const V = pr.S + 1;
    const costs = Float64Array.from({ length: pr.D * V }, (_, i) => (i % V === 3 ? -100 : 0));
    const row = new Int16Array(pr.D);
    expect(solveRowDp(pr, dp, 1, costs, row)).toBeLessThan(-300);
    expect(row.filter((v) => v === 2).length).toBeGreaterThan(3);
    expect(solveRowDp(pr, dp, 2, costs, row)).toBeLessThan(INF);
    expect(row.filter((v) => v === 2).length).toBe(3);
  });

  it('counts a wide maximum when allowed to (L, at most 14 for most people: 15 values)', () => {
    const pr = compileProblem(loadCurtois(mixedInstance(21)).model);
    const dp = createRowDp(pr, { maxCounts: 16 })!;
    expect(dp.tracked).toBe(2);
    expect(dp.counts).toBe(15);
    expect(dp.maxCounts).toBe(16);
  });

  const wideCases: [string, string, number][] = [
    ...cases.map(([name, text]): [string, string, number] => [name, text, 6]),
    ['mixed lengths and successions, 21 days, a wide maximum counted', mixedInstance(21), 16],
  ];
  it.each(wideCases)('finds rows as cheap as the reference DP on random costs, within the counted maximum (%s)', (_, text, maxCounts) => {
    const pr = compileProblem(loadCurtois(text).model);
    const dp = createRowDp(pr, { maxCounts })!;
    const ref = createRowDp(pr, { trackingLimit: 0 })!;
    const rng = createPrng(7);
    const V = pr.S + 1;
    const costs = new Float64Array(pr.D * V);
    const row = new Int16Array(pr.D);
    const refRow = new Int16Array(pr.D);
    let feasible = 0;
    let constrained = 0;
    for (let trial = 0; trial < 60; trial++) {
      for (let i = 0; i < costs.length; i++) costs[i] = rng.next() < 0.08 ? INF : (rng.next() - 0.4) * 100;
      // A wide maximum binds only when its type is cheap: make it so, for the count to matter.
      if (maxCounts > 6) for (let d = 0; d < pr.D; d++) costs[d * V + dp.tracked + 1]! -= 60;
      for (let p = 0; p < pr.P; p++) {
        const got = solveRowDp(pr, dp, p, costs, row);
        const want = solveRowDpReference(pr, ref, p, costs, refRow);
        if (want === INF) { expect(got).toBe(INF); continue; }
        feasible++;
        const count = (r: Int16Array) => r.reduce((n, v) => n + (v === dp.tracked ? 1 : 0), 0);
        const cap = dp.tracked >= 0 ? pr.maxShifts[p * pr.S + dp.tracked]! : Infinity;
        // The reference ignores per-type maxima: equal when its row keeps the counted one, else no cheaper.
        if (count(refRow) <= cap) expect(got).toBeCloseTo(want, 9);
        else {
          expect(got).toBeGreaterThanOrEqual(want - 1e-9);
          if (got < INF) constrained++;
        }
        if (got < INF) expect(count(row)).toBeLessThanOrEqual(cap);
        if (got === INF) continue;
        // The row returned is the one priced.
        let sum = 0;
        for (let d = 0; d < pr.D; d++) sum += costs[d * V + row[d]! + 1]!;
        expect(sum).toBeCloseTo(got, 9);
      }
    }
    expect(feasible).toBeGreaterThan(20);
    if (dp.tracked >= 0) expect(constrained).toBeGreaterThan(0);
  });
});
