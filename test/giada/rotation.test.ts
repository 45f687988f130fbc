import { describe, expect, it } from 'vitest';
import type { GiadaEngine } from '../../src/giada/engine.ts';
import { assign, makeRequest, makeSetup, openEngine } from './fixtures.ts';

const classI = {};
const classII = { defendants: [{ detained: false }, { detained: false }, { detained: false }] };

function countBy(list: { judgeId: string | null; panelId: string | null }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of list) {
    const id = a.judgeId ?? a.panelId ?? 'manuale';
    out[id] = (out[id] ?? 0) + 1;
  }
  return out;
}

async function run(engine: GiadaEngine, n: number, overrides: Parameters<typeof makeRequest>[0]) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await assign(engine, makeRequest(overrides)));
  return out;
}

describe('rotation within a weight class', () => {
  it('gives no judge a second case of a class before every competent judge has had one', async () => {
    const { engine } = await openEngine(makeSetup());
    const all = await run(engine, 9, classI);
    for (let round = 0; round < 3; round++) {
      expect(new Set(all.slice(round * 3, round * 3 + 3).map((a) => a.judgeId))).toEqual(new Set(['g1', 'g2', 'g3']));
    }
  });

  it('keeps a queue per class: a case of class II does not count against class I (only the overall load breaks ties)', async () => {
    const { engine } = await openEngine(makeSetup());
    const first = await assign(engine, makeRequest(classII));
    const outcome = await engine.request(makeRequest(classI));
    if (!outcome.ok || outcome.record.kind !== 'assignment') throw new Error(outcome.message);
    expect(first.weightClass).toBe('II');
    expect(outcome.assignment?.weightClass).toBe('I');
    // The holder of the class II case has index 0 in class I too; it is passed over only for its higher overall load.
    expect(outcome.record.decision.notReached).toContainEqual([first.judgeId, 0, 0, 4]);
  });

  it('at equal conditions gives a judge at 50% half the cases of each class of a judge at 100%', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a' }, { id: 'b' }, { id: 'c', capacity: 50 }] }));
    const i = await run(engine, 250, classI);
    const ii = await run(engine, 250, classII);
    expect(countBy(i)).toEqual({ a: 100, b: 100, c: 50 });
    expect(countBy(ii)).toEqual({ a: 100, b: 100, c: 50 });
  });

  it('breaks ties by the earliest free hearing, then by id', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a', weekdays: [5] }, { id: 'b', weekdays: [1] }, { id: 'c', weekdays: [1] }] }));
    // Request on Friday 15 January 2027, window from day 10: Monday 25 comes before Friday 29.
    const [first, second, third] = await run(engine, 3, classI);
    expect([first!.judgeId, second!.judgeId, third!.judgeId]).toEqual(['b', 'c', 'a']);
    const record = (await engine.request(makeRequest(classI))) as { ok: true; record: { kind: string; decision?: { candidates: { id: string; outcome: string }[] } } };
    expect(record.record.decision?.candidates.map((c) => c.outcome)).toEqual(['parita_udienza_successiva', 'scelto', 'parita_ordine']);
  });

  it('skips a candidate with no free hearing in the window (a, first by id, sick all year), records why, and tries the next', async () => {
    const setup = makeSetup({ judges: [{ id: 'a' }, { id: 'b' }] });
    setup.absences.push({ magistrateId: 'a', type: 'malattia', from: '2027-01-01', to: '2027-12-31' });
    const fresh = await openEngine(setup);
    const outcome = await fresh.engine.request(makeRequest(classI));
    if (!outcome.ok || outcome.record.kind !== 'assignment') throw new Error('atteso un esito');
    expect(outcome.assignment?.judgeId).toBe('b');
    const a = outcome.record.decision.candidates.find((c) => c.id === 'a')!;
    expect(a.outcome).toBe('senza_udienze');
    expect(a.reason).toContain('in malattia');
  });

  it('rotates panels by their computed capacity (300 against 150: two cases to one)', async () => {
    const setup = makeSetup({
      judges: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, collegial: id === 'f' || id === 'e' || id === 'd' ? 50 : 100 })),
      panels: [{ id: 'p1', members: ['a', 'b', 'c'] }, { id: 'p2', members: ['d', 'e', 'f'] }],
    });
    const { engine } = await openEngine(setup);
    const collegial = await run(engine, 30, { type: 'rinvio_a_giudizio', charges: [{ code: '416 c.p.' }] });
    expect(countBy(collegial)).toEqual({ p1: 20, p2: 10 });
    expect(collegial.every((a) => a.judgeId === null)).toBe(true);
  });

  it('spreads non-specialised cases "a pioggia" to rebalance the section that took the specialised ones', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a' }, { id: 'b' }, { id: 'c', sections: ['s2'] }, { id: 'd', sections: ['s2'] }] }));
    // Public-administration cases may only go to section II (c, d)…
    const specialised = await run(engine, 2, { ...classI, subjectMatter: 'pa' });
    expect(specialised.map((x) => x.judgeId).sort()).toEqual(['c', 'd']);
    // …so the next common cases of the same class go to section I first, and only then round again to all.
    const common = await run(engine, 4, classI);
    expect(common.slice(0, 2).map((x) => x.judgeId).sort()).toEqual(['a', 'b']);
    const counts = Object.values(countBy([...specialised, ...common])).sort();
    expect(counts).toEqual([1, 1, 2, 2]);
  });
});
