import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoOffices } from '../../../adapters/cli/demo-offices.ts';
import { sharedGiadaEngines } from '../../../adapters/compose/giada-engines.ts';
import { openLowdbStore, type LowdbStore } from '../../../adapters/store/index.ts';
import { FixedClock, MemoryNotifier } from '../../../src/ports.ts';
import { declareAbsence } from '../../../src/use-cases/declare-absence.ts';

/** The composition's GIADA engines: one per Tribunale, shared, and never on a stale setup. */

let dir: string;
let store: LowdbStore;
const clock = new FixedClock(new Date('2026-11-23T09:00:00Z'));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-giada-engines-'));
  store = await openLowdbStore({ dir });
  await seedDemoOffices(store, clock);
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const setupRecords = async () => (await store.readLog('giada-ledger')).filter((r) => (r as { kind?: string }).kind === 'setup').length;

describe('shared GIADA engines', () => {
  it('opens one engine per office, also for concurrent first uses', async () => {
    const engines = sharedGiadaEngines(store, clock, new MemoryNotifier());
    const [a, b] = await Promise.all([engines('tribunale-napoli'), engines('tribunale-napoli')]);
    expect(a).toBe(b);
    expect(await engines('tribunale-napoli')).toBe(a);
    expect(await setupRecords()).toBe(1);
  });

  it('records the new setup before handing the engine out when a judge\'s absence changed it', async () => {
    const engines = sharedGiadaEngines(store, clock, new MemoryNotifier());
    const engine = await engines('tribunale-napoli');
    const declared = await declareAbsence(store, clock, { magistrate: 'ferrari-giorgio', type: 'ferie', from: '2026-12-14', to: '2026-12-18', actor: 'test' });
    expect(declared.ok).toBe(true);
    expect(await engines('tribunale-napoli')).toBe(engine);
    expect(await setupRecords()).toBe(2);
    await engines('tribunale-napoli');
    expect(await setupRecords()).toBe(2);
  });

  it('says in Italian when the office has no GIADA configuration', async () => {
    const engines = sharedGiadaEngines(store, clock, new MemoryNotifier());
    await expect(engines('procura-napoli')).rejects.toThrow('non ha una configurazione GIADA');
  });
});
