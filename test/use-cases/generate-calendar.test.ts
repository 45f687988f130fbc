import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbStore, type LowdbStore } from '../../adapters/store/index.ts';
import { FixedClock } from '../../src/ports.ts';
import { generateCalendar } from '../../src/use-cases/generate-calendar.ts';
import { absence, smallOffice } from '../calendar/fixtures.ts';

const clock = new FixedClock(new Date('2026-11-20T09:00:00Z'));
const december = { officeId: 'prova', from: '2026-12-01', to: '2026-12-31' };
let dir: string;
let store: LowdbStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-generate-'));
  store = await openLowdbStore({ dir });
  await store.update((draft) => { draft.offices.prova = smallOffice(); });
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('generating a calendar with places nobody can take', () => {
  // Only Rossi (group "pa") may do the weekend turn: absent on weekends, those places stay uncovered.
  it.each([
    [[['2026-12-12', '2026-12-13']], '1 turno resta scoperto (area critica).'],
    [[['2026-12-12', '2026-12-13'], ['2026-12-19', '2026-12-20']], '2 turni restano scoperti (aree critiche).'],
  ])('counts the uncovered places in agreement: %j', async (weekends, ending) => {
    await store.update((draft) => { draft.absences.push(...weekends.map(([from, to]) => absence('rossi-mario', from!, to!))); });
    const result = await generateCalendar(store, clock, december, 'test', { iterations: 20_000 });
    expect(result.ok && result.version.uncovered.length).toBe(weekends.length);
    expect(result.ok && result.message).toMatch(new RegExp(`turni assegnati su \\d+, ${ending.replace(/[().]/g, '\\$&')}$`));
  });
});
