import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { scoreRoster } from '../../src/roster/score.ts';
import { parseCurtois } from '../../src/roster/curtois/parse.ts';
import type { CurtoisInstance } from '../../src/roster/curtois/instance.ts';
import { curtoisToModel } from '../../src/roster/curtois/to-model.ts';
import type { RosterModel } from '../../src/roster/model.ts';
import { anneal } from '../../src/roster/solver/anneal.ts';
import { constructRoster } from '../../src/roster/solver/construct.ts';
import { compileProblem, type Problem } from '../../src/roster/solver/problem.ts';
import { createRowScratch, evaluateRow } from '../../src/roster/solver/row-cost.ts';
import { createPrng } from '../../src/roster/solver/prng.ts';
import { createState, recomputeState } from '../../src/roster/solver/state.ts';
import { addColumn, createMaster, loadHighs } from '../../src/roster/solver/master.ts';
import { fillPricedCosts } from '../../src/roster/solver/pricing-pool.ts';
import { createRowMove, planRowWith } from '../../src/roster/solver/row-move.ts';
import { solveSubsetMip } from '../../src/roster/solver/subset-mip.ts';

export function readFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

export function loadCurtois(text: string, name = 'Test'): { instance: CurtoisInstance; model: RosterModel } {
  const parsed = parseCurtois(text, name);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.error)}`);
  const compiled = curtoisToModel(parsed.instance);
  if (!compiled.ok) throw new Error(`fixture does not compile: ${JSON.stringify(compiled.error)}`);
  return { instance: parsed.instance, model: compiled.model };
}

/** A tiny Curtois instance in the file format (CRLF): one employee, shifts D (480) and N (480, N->D forbidden). */
export function tinyInstance(staffLine: string, days = 14, daysOff = ''): string {
  const cover: string[] = [];
  for (let d = 0; d < days; d++) cover.push(`${d},D,0,100,1`, `${d},N,0,100,1`);
  return [
    '# tiny instance', 'SECTION_HORIZON', String(days), '',
    'SECTION_SHIFTS', '# ShiftID, Length, forbidden', 'D,480,', 'N,480,D', '',
    'SECTION_STAFF', staffLine, '',
    'SECTION_DAYS_OFF', `A${daysOff ? `,${daysOff}` : ''}`, '',
    'SECTION_SHIFT_ON_REQUESTS', '', 'SECTION_SHIFT_OFF_REQUESTS', '',
    'SECTION_COVER', ...cover, '',
  ].join('\r\n');
}

/** Nine days (a weekend inside), three shift types of unequal length with successions, varied limits per person. */
export function nineDays(): string {
  const cover: string[] = [];
  for (let d = 0; d < 9; d++) for (const s of ['E', 'L', 'N']) cover.push(`${d},${s},1,100,1`);
  return [
    'SECTION_HORIZON', '9', '',
    'SECTION_SHIFTS', 'E,480,', 'L,600,E', 'N,720,E|L', '',
    'SECTION_STAFF',
    'A,E=9|L=9|N=2,4800,1920,4,2,2,1',
    'B,E=3|L=9|N=9,3600,0,3,1,1,2',
    'C,E=9|L=0|N=3,6000,2400,5,1,2,1', '',
    'SECTION_DAYS_OFF', 'A,3', 'B,', 'C,8', '',
    'SECTION_SHIFT_ON_REQUESTS', '', 'SECTION_SHIFT_OFF_REQUESTS', '',
    'SECTION_COVER', ...cover, '',
  ].join('\n');
}

/**
 * A small instance in the Curtois format with the shift types E, L and N (480, 600 and 720 minutes; no E after L, no
 * E or L after N), one person wanted on each (day, type) at an under-cover weight of 100: `staff` lines (no days off),
 * on- and off-requests as given.
 */
export function cappedInstance(days: number, staff: string[], onRequests: string[] = [], offRequests: string[] = []): string {
  const cover: string[] = [];
  for (let d = 0; d < days; d++) for (const s of ['E', 'L', 'N']) cover.push(`${d},${s},1,100,1`);
  return [
    'SECTION_HORIZON', String(days), '',
    'SECTION_SHIFTS', 'E,480,', 'L,600,E', 'N,720,E|L', '',
    'SECTION_STAFF', ...staff, '',
    'SECTION_DAYS_OFF', ...staff.map((line) => `${line.split(',')[0]},`), '',
    'SECTION_SHIFT_ON_REQUESTS', ...onRequests, '', 'SECTION_SHIFT_OFF_REQUESTS', ...offRequests, '',
    'SECTION_COVER', ...cover, '',
  ].join('\n');
}

/**
 * The optimum of a small model, found independently of the column phase: everyone's whole row planned at once by
 * the compact MIP (`solveSubsetMip`), which must prove it within `seconds`.
 */
export async function exactOptimum(model: RosterModel, seconds = 30): Promise<number> {
  const pr = compileProblem(model);
  const exact = solveSubsetMip(await loadHighs(), pr, new Int16Array(pr.P * pr.D).fill(-1), Array.from({ length: pr.P }, (_, p) => p), seconds)!;
  expect(exact.optimal).toBe(true);
  return scoreRoster(model, { people: pr.P, days: pr.D, cells: Int16Array.from(exact.rows.flatMap((r) => [...r])) }).objective;
}

/** Instance2 after a short anneal (feasible, well above its optimum 828): a roster for group re-plans to improve. */
export function poorInstance2Roster() {
  const { model } = loadCurtois(readFixture('Instance2.txt'));
  const pr = compileProblem(model);
  const rng = createPrng(5);
  const state = createState(pr, constructRoster(pr, rng));
  anneal(state, rng, { iterations: 20_000, deadline: Infinity, clock: () => 0 },
    { hardWeight: 100, startTemperature: 10, endTemperature: 0.3, adaptive: true, minHardWeight: 5, rowMoveRate: 0, cycles: 1, maxRecreate: 1 });
  recomputeState(state);
  return { model, pr, rng, state };
}

/**
 * A column master for a fixture, seeded with a greedy roster's rows (a DP row where a greedy row breaks a rule),
 * not priced yet; `start` is the greedy roster.
 */
export async function greedyMaster(name: string) {
  const { model } = loadCurtois(readFixture(name));
  const pr = compileProblem(model);
  const move = createRowMove(pr)!;
  const m = createMaster(await loadHighs(), pr);
  const start = constructRoster(pr, createPrng(3));
  const zero = new Float64Array(pr.P + m.slackCols);
  for (let p = 0; p < pr.P; p++) {
    if (addColumn(m, p, start.subarray(p * pr.D, (p + 1) * pr.D)) >= 0) continue;
    planRowWith(pr, move, p, (sur, out) => fillPricedCosts(pr, m, p, zero, sur, out));
    if (addColumn(m, p, move.row) < 0) throw new Error(`no valid row for person ${p}`);
  }
  return { model, pr, move, m, start };
}

/** Random rosters of a model: the solver's fast evaluation must equal the reference rule objects on each. */
export function expectAgreement(model: RosterModel, seed: number, density: number, trials = 40): void {
  const rng = createPrng(seed);
  const pr = compileProblem(model);
  for (let trial = 0; trial < trials; trial++) {
    const cells = new Int16Array(pr.P * pr.D).map(() => (rng.next() < density ? rng.below(pr.S) : -1));
    const state = createState(pr, cells);
    const score = scoreRoster(model, { people: pr.P, days: pr.D, cells });
    expect(state.soft).toBeCloseTo(score.objective, 9);
    expect(state.hard).toBe(score.hardPenalty);
  }
}

/** Every row of person p that keeps every hard rule, with its cost under `costs` (day-major, off first). */
export function validRowCosts(pr: Problem, p: number, costs: Float64Array): number[] {
  const { D, S, P } = pr;
  const V = S + 1;
  const cells = new Int16Array(P * D).fill(-1);
  const scratch = createRowScratch(pr);
  const found: number[] = [];
  const digits = new Int32Array(D);
  for (let n = 0; n < V ** D; n++) {
    let x = n;
    let cost = 0;
    for (let d = 0; d < D; d++) { digits[d] = x % V; x = Math.floor(x / V); cost += costs[d * V + digits[d]!]!; }
    if (cost === Number.POSITIVE_INFINITY) continue;
    for (let d = 0; d < D; d++) cells[p * D + d] = digits[d]! - 1;
    evaluateRow(pr, cells, p, scratch);
    if (scratch.hard === 0) found.push(cost);
  }
  return found;
}

/** Person p's costs for a trial: `base` where p may work, INF where they are not eligible or not available. */
export function personCosts(pr: Problem, p: number, base: Float64Array): Float64Array {
  const V = pr.S + 1;
  return Float64Array.from(base, (c, i) => {
    const v = (i % V) - 1;
    return v >= 0 && (!pr.eligible[p * pr.S + v] || pr.unavailable[p * pr.D + Math.floor(i / V)]) ? Number.POSITIVE_INFINITY : c;
  });
}

/** The row DP's cost filler for fixed costs: the costs plus the surcharge of each shift type. */
export function surchargedFiller(pr: Problem, costs: Float64Array): (surcharge: Float64Array, out: Float64Array) => void {
  const V = pr.S + 1;
  return (surcharge, out) => {
    for (let i = 0; i < out.length; i++) out[i] = costs[i]! + ((i % V) > 0 ? surcharge[(i % V) - 1]! : 0);
  };
}

/** Twelve trials of random cell costs that favour the first shift type (so that a maximum on it binds), for each person. */
export function eachRandomRowCost(pr: Problem, seed: number, visit: (p: number, costs: Float64Array) => void): void {
  const rng = createPrng(seed);
  const V = pr.S + 1;
  const base = new Float64Array(pr.D * V);
  for (let trial = 0; trial < 12; trial++) {
    for (let d = 0; d < pr.D; d++) {
      for (let v = -1; v < pr.S; v++) base[d * V + v + 1] = (rng.next() - 0.5) * 40 - (v === 0 ? 30 : 0);
    }
    for (let p = 0; p < pr.P; p++) visit(p, personCosts(pr, p, base));
  }
}
