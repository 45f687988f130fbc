import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../src/giada/ledger-record.ts';
import { DECIDED_KINDS } from '../../src/giada/rules-version.ts';
import { verifyLedger } from '../../src/giada/verify.ts';
import { assign, makeRequest, makeSetup, openEngine, resealFrom } from './fixtures.ts';

type Line = LedgerRecord & { rulesVersion?: number; decision?: { candidateId: string | null; draw: { pool: string[]; position: number; drawNumber: number } | null } };

/**
 * A draw-mode ledger made to look written before rules versions (no version on any record, chain resealed): its
 * decisions are not replayed, but their draws are still repeated with the revealed seeds.
 */
async function olderDrawLedger(): Promise<Line[]> {
  const { engine, store, clock } = await openEngine(makeSetup({ mode: 'draw' }), undefined, '2027-01-15T08:00:00Z');
  for (let i = 0; i < 4; i++) await assign(engine, makeRequest({ id: `D${i}` }));
  clock.set(new Date('2027-01-18T08:00:00Z'));
  for (let i = 4; i < 7; i++) await assign(engine, makeRequest({ id: `D${i}`, requestedOn: '2027-01-18' }));
  await engine.revealThrough('2027-01-18');
  const lines = (await store.readLog('giada-ledger')) as Line[];
  for (const line of lines) if (DECIDED_KINDS.has(line.kind)) delete line.rulesVersion;
  resealFrom(lines, 1);
  return lines;
}

/** The index of the first draw whose pool has more than one candidate. */
function firstRealDraw(lines: Line[]): number {
  return lines.findIndex((l) => (l.decision?.draw?.pool.length ?? 0) > 1);
}

describe('draws of decisions taken under earlier rules', () => {
  it('are repeated with the revealed seed though the decisions are not replayed', async () => {
    const lines = await olderDrawLedger();
    const report = verifyLedger(lines);
    expect(report).toMatchObject({ ok: true, replayed: 0, olderRules: 7, drawsChecked: 7, drawsPending: 0 });
    expect(report.message).toContain('7 estrazioni ripetute con il seme rivelato; 7 decisioni prese con regole precedenti (versione 1)');
  });

  it('catch a drawn position the seed does not give', async () => {
    const lines = await olderDrawLedger();
    const i = firstRealDraw(lines);
    const draw = lines[i]!.decision!.draw!;
    draw.position = (draw.position + 1) % draw.pool.length;
    lines[i]!.decision!.candidateId = draw.pool[draw.position]!;
    resealFrom(lines, i);
    expect(verifyLedger(lines).firstBad).toMatchObject({ seq: i + 1, reason: 'la posizione estratta non è quella che dà il seme rivelato per il 2027-01-15' });
  });

  it('catch a judge other than the one drawn, and a draw numbered out of turn', async () => {
    const other = await olderDrawLedger();
    const i = firstRealDraw(other);
    const draw = other[i]!.decision!.draw!;
    other[i]!.decision!.candidateId = draw.pool[(draw.position + 1) % draw.pool.length]!;
    resealFrom(other, i);
    expect(verifyLedger(other).firstBad).toMatchObject({ seq: i + 1, reason: 'il giudice o collegio assegnato non è quello estratto' });
    const renumbered = await olderDrawLedger();
    renumbered[i]!.decision!.draw!.drawNumber += 1;
    resealFrom(renumbered, i);
    expect(verifyLedger(renumbered).firstBad?.reason).toMatch(/^l'estrazione è la n\. \d+ del 2027-01-15, ma le precedenti registrate sono \d+$/);
  });
});
