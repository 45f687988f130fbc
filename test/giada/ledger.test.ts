import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLowdbStore, type LowdbStore } from '../../adapters/store/index.ts';
import { commitSeed, drawPosition } from '../../src/giada/draw.ts';
import { verifyLedger } from '../../src/giada/verify.ts';
import { assign, dibattimento, makeRequest, makeSetup, openEngine, resealFrom } from './fixtures.ts';

const dirs: string[] = [];
const stores: LowdbStore[] = [];

async function realStore(dir?: string): Promise<LowdbStore> {
  const d = dir ?? (await mkdtemp(join(tmpdir(), 'giada-ledger-')));
  if (!dir) dirs.push(d);
  const store = await openLowdbStore({ dir: d, warn: () => undefined });
  stores.push(store);
  return store;
}

afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function busyLedger(mode: 'rotation' | 'draw' = 'rotation') {
  const store = await realStore();
  const { engine, clock } = await openEngine(makeSetup({ mode }), store, '2027-01-15T16:00:00Z');
  for (let i = 0; i < 6; i++) {
    // Each request is filed on its own day: the engine refuses requests dated before today.
    if (i === 3) clock.set(new Date('2027-01-18T16:00:00Z'));
    await assign(engine, makeRequest({ id: `L${i}`, requestedOn: i < 3 ? '2027-01-15' : '2027-01-18' }));
  }
  await engine.reassign({ requestId: 'L0', cause: 'astensione', reason: 'astensione', actor: dibattimento, on: '2027-01-19' });
  await engine.join('L1', ['L2'], 'riunione', dibattimento);
  await engine.backfill({ request: makeRequest({ id: 'P1', type: 'rinvio_a_giudizio' }), judgeId: 'g2', hearingDate: '2027-02-01', reason: 'turno cartaceo', actor: dibattimento });
  await engine.request(makeRequest({ type: 'rinvio_a_giudizio', requestedBy: { profile: 'pm', userId: 'x' } }));
  return { store, engine };
}

describe('hash-chained ledger on the real store', () => {
  it('verifies: chain complete, every decision replayed from the ledger alone', async () => {
    const { store } = await busyLedger();
    const report = verifyLedger(await store.readLog('giada-ledger'));
    expect(report.ok).toBe(true);
    expect(report.replayed).toBe(9);
    expect(report.message).toContain('Registro GIADA integro');
  });

  it('detects tampering with one record in the file and reports the first bad record', async () => {
    const { store } = await busyLedger();
    await store.close();
    const ledgerFile = join(store.dir, (await readdir(store.dir)).find((f) => f.startsWith('giada-ledger'))!);
    const lines = (await readFile(ledgerFile, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { decision?: { candidateId: string } });
    // Move the third assignment to another judge, re-hashing nothing.
    lines[3]!.decision!.candidateId = lines[3]!.decision!.candidateId === 'g1' ? 'g2' : 'g1';
    await writeFile(ledgerFile, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const reopened = await realStore(store.dir);
    const tampered = verifyLedger(await reopened.readLog('giada-ledger'));
    expect(tampered.ok).toBe(false);
    expect(tampered.firstBad).toMatchObject({ seq: 4, line: 4 });
    expect(tampered.message).toContain('il primo record che non torna è il n. 4');
  });

  it('detects a forged record even when its hash is recomputed (the replay disagrees)', async () => {
    const { store } = await busyLedger();
    const lines = (await store.readLog('giada-ledger')) as Record<string, unknown>[];
    const { hashRecord } = await import('../../src/giada/ledger-record.ts');
    const forged = lines[2] as { decision: { candidateId: string }; hash: string };
    forged.decision.candidateId = forged.decision.candidateId === 'g3' ? 'g2' : 'g3';
    forged.hash = hashRecord(forged as never);
    const report = verifyLedger(lines);
    expect(report.firstBad?.seq).toBe(3);
    expect(report.firstBad?.reason).toContain('ricalcolata');
  });

  it('replays a record of the current rules that lacks the balancing criterion, and finds it forged', async () => {
    const { store } = await busyLedger();
    const lines = (await store.readLog('giada-ledger')) as Record<string, unknown>[];
    // The lean dropped and another judge written in, version kept: a forgery, whatever turnario wrote the rest.
    const forged = lines[2] as { decision: Record<string, unknown> };
    delete forged.decision.lean;
    forged.decision.candidateId = forged.decision.candidateId === 'g3' ? 'g2' : 'g3';
    resealFrom(lines, 2);
    const report = verifyLedger(lines);
    expect(report.firstBad).toMatchObject({ seq: 3, reason: 'la decisione ricalcolata dal registro è diversa da quella registrata' });
  });

  it('verifies a ledger written before rules versions (no version, no balancing key) as decided under earlier rules', async () => {
    const { store } = await busyLedger();
    const lines = (await store.readLog('giada-ledger')) as (Record<string, unknown> & { kind: string })[];
    // As an older turnario wrote it: no rules version, the lean without the deviation from the class means.
    for (const line of lines) {
      delete line.rulesVersion;
      const decision = line.decision as { lean: Record<string, unknown> | null } | undefined;
      if (decision?.lean) decision.lean = { classMean: decision.lean.classMean, direction: 'lowest' };
    }
    resealFrom(lines, 1);
    const report = verifyLedger(lines);
    expect(report).toMatchObject({ ok: true, replayed: 0, olderRules: 9, olderVersions: [1] });
    expect(report.message).toContain('9 decisioni prese con regole precedenti (versione 1): catena delle impronte verificata, ricalcolo non applicabile');
  });

  it('detects a deleted record (the chain breaks)', async () => {
    const { store } = await busyLedger();
    const lines = await store.readLog('giada-ledger');
    lines.splice(2, 1);
    expect(verifyLedger(lines).firstBad?.line).toBe(3);
  });

  it('rebuilds queues and hearing fills from the ledger after a restart', async () => {
    const { store, engine } = await busyLedger();
    const before = engine.state;
    const again = await openEngine(makeSetup(), store);
    expect([...again.engine.state.model.table.direct]).toEqual([...before.model.table.direct]);
    for (let c = 0; c < 3; c++) for (let k = 0; k < 3; k++) expect(again.engine.state.queues.received(c, k)).toBe(before.queues.received(c, k));
    expect(again.engine.lastHash).toBe(engine.lastHash);
  });
});

describe('draw mode', () => {
  it('publishes the commitment before the first draw of the day, reveals after, and anyone can recompute', async () => {
    const { store } = await busyLedger('draw');
    const pending = verifyLedger(await store.readLog('giada-ledger'));
    expect(pending.ok).toBe(true);
    expect(pending.drawsPending).toBeGreaterThan(0);
    const records = (await store.readLog('giada-ledger')) as { kind: string; day?: string; seed?: string; commitment?: string; decision?: { requestId: string; draw: { day: string; pool: string[]; position: number; drawNumber: number } | null } }[];
    const firstCommit = records.findIndex((r) => r.kind === 'draw-commitment' && r.day === '2027-01-15');
    const firstDraw = records.findIndex((r) => r.decision?.draw?.day === '2027-01-15');
    expect(firstCommit).toBeGreaterThanOrEqual(0);
    expect(firstCommit).toBeLessThan(firstDraw);
    const reveal = records.find((r) => r.kind === 'draw-reveal' && r.day === '2027-01-15');
    expect(reveal).toBeDefined();
    expect(commitSeed(reveal!.seed!)).toBe(records[firstCommit]!.commitment);
    for (const r of records) {
      const draw = r.decision?.draw;
      if (draw?.day === '2027-01-15') expect(drawPosition(reveal!.seed!, r.decision!.requestId, draw.drawNumber, draw.pool.length)).toBe(draw.position);
    }
  });

  it('verify recomputes the revealed draws, and a forged seed is caught', async () => {
    const { store, engine } = await busyLedger('draw');
    await engine.revealThrough('2027-12-31');
    const lines = await store.readLog('giada-ledger');
    const report = verifyLedger(lines);
    expect(report).toMatchObject({ ok: true, drawsPending: 0 });
    expect(report.drawsChecked).toBeGreaterThan(0);
    const { hashRecord } = await import('../../src/giada/ledger-record.ts');
    const reveal = (lines as { kind: string; seed: string; hash: string }[]).find((r) => r.kind === 'draw-reveal')!;
    reveal.seed = 'seme-falso';
    reveal.hash = hashRecord(reveal as never);
    expect(verifyLedger(lines).ok).toBe(false);
  });
});
