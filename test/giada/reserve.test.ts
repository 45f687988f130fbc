import { describe, expect, it } from 'vitest';
import { countReserve, listCandidates } from '../../src/giada/candidates.ts';
import type { GiadaEngine } from '../../src/giada/engine.ts';
import type { LedgerRecord } from '../../src/giada/ledger-record.ts';
import { verifyLedger } from '../../src/giada/verify.ts';
import { makeRequest, makeSetup, openEngine, resealFrom } from './fixtures.ts';

// The fixtures' tribunal: matter "pa" is restricted to section s2, "comune" goes a pioggia to every section.
// Judge a sits in s2 (and comes first by id), b and c in s1.
const tribunal = () => makeSetup({ judges: [{ id: 'a', sections: ['s2'] }, { id: 'b' }, { id: 'c' }] });

async function decide(engine: GiadaEngine, subjectMatter: string) {
  const outcome = await engine.request(makeRequest({ subjectMatter }));
  if (!outcome.ok || outcome.record.kind !== 'assignment') throw new Error(outcome.message);
  return outcome.record.decision;
}

describe('the reserve: among tied candidates, those who may also receive a restricted matter come last', () => {
  it('counts, per candidate, the restricted matters other than the case’s own', () => {
    const [a, b] = listCandidates(tribunal().giada);
    expect(a!.restrictedMatterIds).toEqual(['pa']);
    expect(b!.restrictedMatterIds).toEqual([]);
    expect(countReserve(a!, 'comune')).toBe(1);
    expect(countReserve(a!, 'pa')).toBe(0);
  });

  it('gives a common case to a judge of s1 before the tied judge of s2, records it and says it in Italian', async () => {
    const { engine } = await openEngine(tribunal());
    const decision = await decide(engine, 'comune');
    // Without the reserve a would win: same index, same load, same first hearing, first by id.
    expect(decision.candidateId).toBe('b');
    expect(decision.reserve).toEqual({ matterIds: ['pa'], after: 1 });
    expect(decision.notReached.map(([id]) => id)).toContain('a');
    expect(decision.explanation).toContain('della materia «Pubblica amministrazione», riservata alla sua sezione');
    // The lean still ranks b against c, and the explanation says so for that tie only.
    expect(decision.explanation).toContain('Tra chi restava a parità di indice, un altro candidato oltre a quello scelto, ha deciso il riequilibrio');
  });

  it('keeps the class lead at one case when a restricted case follows common ones (it was two before the reserve)', async () => {
    const { engine } = await openEngine(tribunal());
    const order = [await decide(engine, 'comune'), await decide(engine, 'comune'), await decide(engine, 'pa')].map((d) => d.candidateId);
    // Before: a, b, then the pa case could only go to a again (index 1) while c had none: a two cases ahead of c.
    expect(order).toEqual(['b', 'c', 'a']);
    const next = await decide(engine, 'comune');
    expect(next.reserve).toEqual({ matterIds: ['pa'], after: 1 });
  });

  it('does not apply to a restricted case (its candidates all share the matter) nor when no tie is broken by it', async () => {
    const { engine } = await openEngine(tribunal());
    expect((await decide(engine, 'pa')).reserve).toBeNull();
    // a has had its case of the class: the next common cases meet only b and c at the lowest index.
    expect((await decide(engine, 'comune')).reserve).toBeNull();
  });

  it('does not apply in draw mode', async () => {
    const setup = makeSetup({ judges: [{ id: 'a', sections: ['s2'] }, { id: 'b' }, { id: 'c' }], mode: 'draw' });
    const { engine } = await openEngine(setup);
    const decision = await decide(engine, 'comune');
    expect(decision.reserve).toBeNull();
    expect(decision.draw?.pool).toEqual(['a', 'b', 'c']);
  });

  it('replays from the ledger; a ledger written before it and before rules versions verifies as earlier rules', async () => {
    const { engine, store } = await openEngine(tribunal());
    for (const matter of ['comune', 'comune', 'pa', 'comune', 'pa', 'comune', 'comune']) await decide(engine, matter);
    const lines = (await store.readLog('giada-ledger')) as LedgerRecord[];
    expect(verifyLedger(lines)).toMatchObject({ ok: true, replayed: 7 });
    // An older ledger: no rules version, no reserve field, the tie broken the old way (a first by id); the chain is resealed.
    for (const line of lines as unknown as Record<string, unknown>[]) delete line.rulesVersion;
    const old = lines[1] as unknown as { decision: Record<string, unknown> };
    delete old.decision.reserve;
    old.decision.candidateId = 'a';
    resealFrom(lines, 1);
    expect(verifyLedger(lines)).toMatchObject({ ok: true, replayed: 0, olderRules: 7 });
  });
});
