import { describe, expect, it } from 'vitest';
import { scoreRoster } from '../../src/roster/score.ts';
import { diveOnCells } from '../../src/roster/solver/cell-dive.ts';
import { generate } from '../../src/roster/solver/column-pricing.ts';
import { fillPricedCosts } from '../../src/roster/solver/pricing-pool.ts';
import { addColumn, dropClosedColumns, findColumn, pinCell, releaseColumns, solveMaster, unpinCell } from '../../src/roster/solver/master.ts';
import { NOT_FIXED } from '../../src/roster/solver/problem.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { planRowWith } from '../../src/roster/solver/row-move.ts';
import { greedyMaster } from './helpers.ts';

/** A master for a fixture, seeded with a greedy roster's rows (or a DP row where one breaks a rule). */
async function rootOf(name: string) {
  const { model, pr, move, m } = await greedyMaster(name);
  const budget = { clock: () => performance.now(), deadline: performance.now() + 20_000 };
  const root = generate(m, move, new Uint8Array(pr.P), budget);
  return { model, pr, move, m, root, budget };
}

describe('cell dive', () => {
  it('ends with a valid roster no better than the root LP bound (Instance2)', async () => {
    const { model, pr, move, m, root, budget } = await rootOf('Instance2.txt');
    expect(root.bound).not.toBeNull();
    const cells = diveOnCells(m, move, createPrng(1), 0, budget);
    expect(cells).not.toBeNull();
    const score = scoreRoster(model, { people: pr.P, days: pr.D, cells: cells! });
    expect(score.feasible).toBe(true);
    expect(score.objective).toBeGreaterThanOrEqual(Math.ceil(root.bound! - 1e-6));
    // Pins live only for the dive.
    releaseColumns(m);
    expect(m.pins.every((v) => v === NOT_FIXED)).toBe(true);
    m.model.dispose();
  });

  it('deleting the columns its kept steps close, still ends with a valid roster within the root bound, and release restores them (Instance1)', async () => {
    // Instance1's root LP is fractional (558 against the optimum 607): the dive takes steps.
    const { model, pr, move, m, root, budget } = await rootOf('Instance1.txt');
    const before = m.columns.length;
    m.dropClosed = true;
    const cells = diveOnCells(m, move, createPrng(1), 0, budget);
    expect(cells).not.toBeNull();
    // The pins closed some columns, which the dive deleted from the LP: each one deleted goes against a pin (pins
    // only grow once a step is kept).
    expect(m.dropped.length).toBeGreaterThan(0);
    const against = (c: { person: number; row: Int16Array }) => c.row.some((v, d) => m.pins[c.person * pr.D + d] !== NOT_FIXED && m.pins[c.person * pr.D + d] !== v);
    expect(m.dropped.every(against)).toBe(true);
    const score = scoreRoster(model, { people: pr.P, days: pr.D, cells: cells! });
    expect(score.feasible).toBe(true);
    expect(score.objective).toBeGreaterThanOrEqual(Math.ceil(root.bound! - 1e-6));
    const grown = m.columns.length + m.dropped.length;
    releaseColumns(m);
    expect(m.dropped).toEqual([]);
    expect(m.columns.length).toBe(grown);
    expect(m.columns.length).toBeGreaterThanOrEqual(before);
    expect(solveMaster(m).objective).toBeLessThanOrEqual(root.objective + 1e-6);
    m.model.dispose();
  });

  it('out of time, gives up, or when asked rounds to every person\'s leading column: each row valid (Instance2)', async () => {
    const { model, pr, move, m } = await rootOf('Instance2.txt');
    const over = { clock: () => performance.now(), deadline: performance.now() - 1 };
    expect(diveOnCells(m, move, createPrng(1), 0, over)).toBeNull();
    const cells = diveOnCells(m, move, createPrng(1), 0, over, true);
    expect(cells).not.toBeNull();
    const { value } = solveMaster(m);
    for (let p = 0; p < pr.P; p++) {
      const row = cells!.subarray(p * pr.D, (p + 1) * pr.D);
      const top = Math.max(...m.byPerson[p]!.map((j) => value[j] ?? 0));
      const j = m.byPerson[p]!.find((k) => m.columns[k]!.row.every((v, d) => v === row[d]));
      expect(j, `person ${p}`).toBeDefined();
      expect(value[j!] ?? 0).toBeCloseTo(top, 9);
    }
    // Only the cover may suffer: no hard rule is broken.
    expect(scoreRoster(model, { people: pr.P, days: pr.D, cells: cells! }).feasible).toBe(true);
    m.model.dispose();
  });

  it('prices around a pin and closes the columns against it', async () => {
    const { pr, move, m } = await rootOf('Instance2.txt');
    // A day the person's first column works, pinned to a day off.
    const p = 0;
    const first = m.columns[m.byPerson[p]![0]!]!.row;
    const d = first.findIndex((x) => x >= 0);
    const v = -1;
    const before = solveMaster(m);
    pinCell(m, p, d, v);
    const cost = planRowWith(pr, move, p, (sur, out) => fillPricedCosts(pr, m, p, before.dual, sur, out));
    expect(cost).toBeLessThan(Number.POSITIVE_INFINITY);
    expect(move.row[d]).toBe(v);
    expect(addColumn(m, p, move.row)).toBeGreaterThanOrEqual(0);
    const after = solveMaster(m);
    let open = 0;
    for (const j of m.byPerson[p]!) {
      if (m.columns[j]!.row[d] !== v) expect(after.value[j] ?? 0).toBeCloseTo(0, 9);
      else open += after.value[j] ?? 0;
    }
    expect(open).toBeCloseTo(1, 6);
    m.model.dispose();
  });

  it('deletes the columns the pins close, the LP unchanged, and brings them back on release', async () => {
    const { pr, m, root } = await rootOf('Instance2.txt');
    const all = m.columns.map((c) => ({ person: c.person, row: c.row.slice(), cost: c.cost }));
    // Every person's first column pinned on its first three days.
    for (let p = 0; p < pr.P; p++) {
      const row = m.columns[m.byPerson[p]![0]!]!.row;
      for (let d = 0; d < 3; d++) pinCell(m, p, d, row[d]!);
    }
    const pinned = solveMaster(m).objective;
    const keep = dropClosedColumns(m);
    const closed = all.filter((_, j) => !keep[j]);
    expect(closed.length).toBeGreaterThan(0);
    expect(m.columns.length).toBe(all.length - closed.length);
    expect(m.dropped.length).toBe(closed.length);
    // What is left agrees with every pin, in the same order, and the indexes follow.
    expect(m.columns.every((c) => [0, 1, 2].every((d) => m.pins[c.person * pr.D + d] === c.row[d]))).toBe(true);
    expect(m.columns.map((c) => c.row.join())).toEqual(all.filter((_, j) => keep[j]).map((c) => c.row.join()));
    m.columns.forEach((c, j) => expect(findColumn(m, c.person, c.row)).toBe(j));
    for (const c of closed) expect(findColumn(m, c.person, c.row)).toBe(-1);
    expect(solveMaster(m).objective).toBeCloseTo(pinned, 6);
    releaseColumns(m);
    expect(m.dropped).toEqual([]);
    expect(m.columns.length).toBe(all.length);
    for (const c of all) {
      const j = findColumn(m, c.person, c.row);
      expect(j).toBeGreaterThanOrEqual(0);
      expect(m.columns[j]!.cost).toBe(c.cost);
      expect(m.byPerson[c.person]).toContain(j);
    }
    expect(solveMaster(m).objective).toBeCloseTo(root.objective, 6);
    m.model.dispose();
  });

  it('unpinning a cell reopens the columns that agree with the pins left, and only those', async () => {
    const { m } = await rootOf('Instance2.txt');
    const p = 0;
    const first = m.columns[m.byPerson[p]![0]!]!.row;
    const worked = first.findIndex((x) => x >= 0);
    const other = first.findIndex((x, d) => d !== worked && x < 0);
    const free = solveMaster(m).objective;
    pinCell(m, p, other, 0);
    const onePin = solveMaster(m).objective;
    pinCell(m, p, worked, -1);
    expect(solveMaster(m).objective).toBeGreaterThanOrEqual(onePin - 1e-6);
    unpinCell(m, p, worked);
    expect(solveMaster(m).objective).toBeCloseTo(onePin, 6);
    for (const j of m.byPerson[p]!) if (m.columns[j]!.row[other] !== 0) expect(solveMaster(m).value[j] ?? 0).toBeCloseTo(0, 9);
    unpinCell(m, p, other);
    expect(solveMaster(m).objective).toBeCloseTo(free, 6);
    m.model.dispose();
  });
});
