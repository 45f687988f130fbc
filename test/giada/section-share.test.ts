import { describe, expect, it } from 'vitest';
import type { GiadaEngine } from '../../src/giada/engine.ts';
import { verifyLedger } from '../../src/giada/verify.ts';
import { makeRequest, makeSetup, openEngine } from './fixtures.ts';

// The fixtures' tribunal: matter "pa" is restricted to section s2, "comune" goes a pioggia to every section.
// Judges f1, f2 sit full time in s2, s is split 50/50 between s1 and s2, c1 and c2 sit in s1.
const split = () => makeSetup({ judges: [{ id: 'f1', sections: ['s2'] }, { id: 'f2', sections: ['s2'] }, { id: 's', sections: ['s1', 's2'] }, { id: 'c1' }, { id: 'c2' }] });

async function decide(engine: GiadaEngine, subjectMatter: string) {
  const outcome = await engine.request(makeRequest({ subjectMatter }));
  if (!outcome.ok || outcome.record.kind !== 'assignment') throw new Error(outcome.message);
  if (outcome.record.decision.candidateId === null) throw new Error(outcome.record.decision.manualReason ?? 'manuale');
  return outcome.record.decision;
}

const classII = { defendants: [{ detained: false }, { detained: false }, { detained: false }] };

/**
 * `n` requests, a third of them "pa", half of class I and half of class II, in a fixed pseudo-random order (a linear
 * congruential generator, so that no pattern of the order favours anyone); per matter, the cases each judge received.
 */
async function stream(engine: GiadaEngine, n: number) {
  const count = { pa: {} as Record<string, number>, comune: {} as Record<string, number>, all: {} as Record<string, number> };
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < n; i++) {
    const matter = next() < 1 / 3 ? 'pa' : 'comune';
    const outcome = await engine.request(makeRequest({ subjectMatter: matter, ...(next() < 0.5 ? classII : {}) }));
    if (!outcome.ok || outcome.record.kind !== 'assignment' || outcome.record.decision.candidateId === null) throw new Error(outcome.message);
    const id = outcome.record.decision.candidateId;
    count[matter][id] = (count[matter][id] ?? 0) + 1;
    count.all[id] = (count.all[id] ?? 0) + 1;
  }
  return count;
}

describe('a judge’s section percentage weighs in the rotation of the matters restricted to that section', () => {
  it('gives a judge at 50% in s2 about half the "pa" cases of each full-time colleague, and the same total through the common cases', async () => {
    const { engine, store } = await openEngine(split());
    const count = await stream(engine, 720);
    // About 240 "pa" cases over 2.5 full-time equivalents in s2: 96, 96 and 48 (the code before gave 93, 79 and 63).
    const pa = (id: string) => count.pa[id] ?? 0;
    for (const full of ['f1', 'f2']) {
      expect(pa('s') / pa(full)).toBeGreaterThan(0.45);
      expect(pa('s') / pa(full)).toBeLessThan(0.56);
    }
    // Monocratic capacity 100 for all: the common cases make up the difference, everybody ends with the same total.
    const totals = Object.values(count.all);
    expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(2);
    expect(count.comune.s).toBeGreaterThan(1.8 * (count.comune.f1 ?? 0));
    const report = verifyLedger(await store.readLog('giada-ledger'));
    expect(report).toMatchObject({ ok: true, replayed: 720, olderRules: 0 });
    expect(report.message).toContain('720 decisioni ricalcolate e identiche');
  });

  it('comes on top of the capacity: 50% in s2 at full capacity weighs as 100% in s2 at capacity 50', async () => {
    const setup = makeSetup({ judges: [{ id: 'f', sections: ['s2'] }, { id: 'h', sections: ['s2'], capacity: 50 }, { id: 's', sections: ['s1', 's2'] }, { id: 'c1' }, { id: 'c2' }] });
    const { engine } = await openEngine(setup);
    const count = await stream(engine, 720);
    // The "pa" cases over f 1 + h 0.5 + s 0.5 FTE in s2: 2 to 1 to 1 (the code before gave 104, 42 and 89).
    const pa = (id: string) => count.pa[id] ?? 0;
    expect(Math.abs(pa('h') - pa('s'))).toBeLessThanOrEqual(2);
    expect(pa('f') / pa('h')).toBeGreaterThan(1.85);
    expect(pa('f') / pa('h')).toBeLessThan(2.15);
  });

  it('leaves the matters spread over every section (a pioggia) to the overall capacity: the split judge takes a full share', async () => {
    const { engine } = await openEngine(split());
    const count: Record<string, number> = {};
    for (let i = 0; i < 250; i++) {
      const decision = await decide(engine, 'comune');
      count[decision.candidateId!] = (count[decision.candidateId!] ?? 0) + 1;
      expect(decision.candidates.every((c) => c.sectionPercent === undefined)).toBe(true);
    }
    expect(count).toEqual({ f1: 50, f2: 50, s: 50, c1: 50, c2: 50 });
  });

  it('leaves a tribunal where everybody sits full time in one section to the class rotation (all cases of the class count)', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a', sections: ['s2'] }, { id: 'b', sections: ['s2'] }, { id: 'c' }] }));
    const first = await decide(engine, 'comune');
    const pa = await decide(engine, 'pa');
    // The reserve keeps a and b (who may also receive "pa") after c for the common case; then every case of class I counts
    // in the index, whatever its matter: after a "pa" case to a and a common one to b, a and b are tied at one case each,
    // and the next "pa" case goes to a by the tie-breaks (a matter-only count would have given it to b, with none).
    expect(first.candidateId).toBe('c');
    expect(pa.candidates.every((c) => c.sectionPercent === undefined)).toBe(true);
    const second = await decide(engine, 'comune');
    const third = await decide(engine, 'pa');
    expect([pa.candidateId, second.candidateId, third.candidateId]).toEqual(['a', 'b', 'a']);
    expect(third.candidates.find((c) => c.id === 'b')).toMatchObject({ received: 1, index: 1 });
  });

  it('says the section percentage in the explanation when it is below 100, and only then', async () => {
    const { engine } = await openEngine(split());
    const explanations: Record<string, string> = {};
    for (let i = 0; i < 12 && !(explanations.s && explanations.f1); i++) {
      const decision = await decide(engine, 'pa');
      explanations[decision.candidateId!] ??= decision.explanation;
      if (decision.candidateId === 's') expect(decision.candidates.find((c) => c.outcome === 'scelto')!.sectionPercent).toBe(50);
    }
    expect(explanations.s).toContain('Il giudice Giudice S è assegnato alla II sezione al 50%');
    expect(explanations.s).toContain('processi della classe in questa materia, con una capacità del 100%. Il giudice Giudice S è assegnato alla II sezione al 50%: in questa materia la sua capacità conta per il 50%');
    expect(explanations.f1).not.toContain('assegnato alla');
    const common = await decide(engine, 'comune');
    expect(common.explanation).not.toContain('assegnato alla');
  });

  it.each([
    { gender: 'F' as const, sentence: 'La giudice Giudice S è assegnata alla II sezione al 50%: in questa materia la sua capacità conta per il 50%' },
    { gender: null, sentence: 'La quota di Giudice S è del 50% nella II sezione: in questa materia la sua capacità conta per il 50%' },
  ])('agrees with the judge’s declared gender ($gender)', async ({ gender, sentence }) => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'f1', sections: ['s2'] }, { id: 's', sections: ['s1', 's2'], gender }, { id: 'c1' }] }));
    expect((await decide(engine, 'pa')).candidateId).toBe('f1');
    const second = await decide(engine, 'pa');
    expect(second.candidateId).toBe('s');
    expect(second.explanation).toContain(sentence);
  });
});
