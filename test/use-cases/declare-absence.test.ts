import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoOffices } from '../../adapters/cli/demo-offices.ts';
import { openLowdbStore, type LowdbStore } from '../../adapters/store/index.ts';
import { FixedClock } from '../../src/ports.ts';
import { declareAbsence, declareAbsences } from '../../src/use-cases/declare-absence.ts';

const clock = new FixedClock(new Date('2026-11-20T09:00:00Z'));
let dir: string;
let store: LowdbStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-absence-'));
  store = await openLowdbStore({ dir });
  await seedDemoOffices(store, clock);
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

// In the demo Procura, Rinaldi leaves on 30 June 2027 and Mariani takes up service on 16 November 2026.
describe('an absence outside the magistrate\'s service', () => {
  it('is refused when wholly after they leave or before they arrive, and nothing is written', async () => {
    const held = store.snapshot().absences.length;
    expect(await declareAbsence(store, clock, { magistrate: 'rinaldi', type: 'ferie', from: '2027-07-12', to: '2027-07-16', actor: 'cli:segreteria' })).toEqual({
      ok: false, code: 'invalid',
      message: 'Assenza non registrata: Carlo Rinaldi lascia l\'ufficio il 30 giugno 2027, prima dell\'inizio dell\'assenza (12 luglio 2027). Controlla le date o il magistrato.',
    });
    expect(await declareAbsence(store, clock, { magistrate: 'mariani', type: 'ferie', from: '2026-10-01', to: '2026-10-20', actor: 'cli:segreteria' })).toMatchObject({
      ok: false, message: 'Assenza non registrata: Claudia Mariani prende servizio il 16 novembre 2026, dopo la fine dell\'assenza (20 ottobre 2026). Controlla le date o il magistrato.',
    });
    const several = await declareAbsences(store, clock, { magistrate: 'rinaldi', type: 'ferie', periods: [{ from: '2027-06-21', to: '2027-06-22' }, { from: '2027-07-05', to: '2027-07-06' }], actor: 'cli:segreteria' });
    expect(several.ok === false && several.message).toBe('Assenze non registrate, nessuna: per il periodo dal 5 al 6 luglio 2027, Carlo Rinaldi lascia l\'ufficio il 30 giugno 2027, prima dell\'inizio dell\'assenza (5 luglio 2027). Controlla le date o il magistrato.');
    expect(store.snapshot().absences).toHaveLength(held);
  });

  it('is recorded when it straddles the last or the first day of service', async () => {
    expect((await declareAbsence(store, clock, { magistrate: 'rinaldi', type: 'ferie', from: '2027-06-28', to: '2027-07-02', actor: 'cli:segreteria' })).ok).toBe(true);
    expect((await declareAbsence(store, clock, { magistrate: 'mariani', type: 'formazione', from: '2026-11-12', to: '2026-11-17', actor: 'cli:segreteria' })).ok).toBe(true);
  });
});
