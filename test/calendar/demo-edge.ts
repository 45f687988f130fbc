import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { seedDemoOffices } from '../../adapters/cli/demo-offices.ts';
import { openLowdbStore, type LowdbStore } from '../../adapters/store/index.ts';
import { FixedClock } from '../../src/ports.ts';
import { generateCalendar } from '../../src/use-cases/generate-calendar.ts';

/**
 * The demo Procura's two first quarters of 2027 and the reperibilità week Monday 29 March – Sunday 4 April that their
 * edge cuts into 29–31 March (first period) and 1–4 April (second), as the edge-continuation tests use them.
 */
export const clock = new FixedClock(new Date('2026-11-20T09:00:00Z'));
export const q1 = { officeId: 'procura-napoli', from: '2027-01-01', to: '2027-03-31' };
export const q2 = { officeId: 'procura-napoli', from: '2027-04-01', to: '2027-06-30' };
export type Period = typeof q1;
/** The slot ids of the week's two pieces. */
export const march = 'reperibilita@2027-03-29';
export const april = 'reperibilita@2027-04-01';

/** A fresh lowdb store in a temp folder with the demo offices, for each test of the calling file (registers its hooks). */
export function demoStorePerTest(prefix: string): () => LowdbStore {
  let dir = '';
  let store: LowdbStore | null = null;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    store = await openLowdbStore({ dir });
    await seedDemoOffices(store, clock);
  });
  afterEach(async () => {
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });
  return () => store!;
}

/** Generates the period on the demo store with a reproducible move budget; throws on failure. */
export async function generateOn(store: LowdbStore, period: Period, seed = 1) {
  const result = await generateCalendar(store, clock, period, 'test', { seed, iterations: 30_000 });
  if (!result.ok) throw new Error(result.message);
  return result;
}
