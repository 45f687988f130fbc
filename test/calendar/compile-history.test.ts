import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbStore, type LowdbStore } from '../../adapters/store/index.ts';
import { fairnessHistoryFrom } from '../../src/calendar/fairness-history.ts';
import { kindTarget } from '../../src/calendar/fairness-targets.ts';
import { saveProvisional } from '../../src/calendar/versions/calendar-versions.ts';
import { toDuties } from '../../src/calendar/versions/duties.ts';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import { FixedClock } from '../../src/ports.ts';
import { generateCalendar } from '../../src/use-cases/generate-calendar.ts';
import { decemberContext, smallOffice } from './fixtures.ts';

let dir: string;
let store: LowdbStore;
const clock = new FixedClock(new Date('2026-11-20T09:00:00Z'));
const december = { officeId: 'prova', from: '2026-12-01', to: '2026-12-31' };

/** December published with every arrest duty given to Rossi: a large debt of the others towards him. */
async function publishSkewedDecember(): Promise<void> {
  const ctx = decemberContext();
  const others = ['bianchi-luca', 'russo-sara', 'greco-paolo'];
  const assignments = ctx.slots.map((slot, i) => ({
    slotId: slot.id,
    magistrateId: slot.serviceId === 'arrestati' || slot.serviceId === 'festivo' ? 'rossi-mario' : slot.serviceId === 'udienza' ? 'russo-sara' : others[i % 3]!,
  }));
  await saveProvisional(store, clock, { ...december, duties: toDuties(ctx, assignments), uncovered: [], actor: 'test', action: 'calendar.generate' });
  const published = await publishCalendar(store, clock, december, 'test');
  expect(published.ok).toBe(true);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-history-'));
  store = await openLowdbStore({ dir });
  await store.update((draft) => { draft.offices.prova = smallOffice(); });
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('cumulative fairness from the store', () => {
  it('sums what each magistrate received and was due in the published periods before a day', async () => {
    await publishSkewedDecember();
    const ctx = decemberContext();
    const arrestLoad = kindTarget(ctx, 'arrestati').totalLoad;
    const history = fairnessHistoryFrom(store.snapshot(), 'prova', '2027-01-01');
    expect(history.received['rossi-mario']!.arrestati).toBeCloseTo(arrestLoad);
    expect(history.received['bianchi-luca']?.arrestati).toBeUndefined();
    expect(history.due['bianchi-luca']!.arrestati).toBeCloseTo(kindTarget(ctx, 'arrestati').target.get('bianchi-luca')!);
    // A period is history only for periods after it.
    expect(fairnessHistoryFrom(store.snapshot(), 'prova', '2026-12-31')).toEqual({ received: {}, due: {} });
  });

  it('generating the next month compensates: Rossi, who had every arrest duty, gets none', async () => {
    await publishSkewedDecember();
    const result = await generateCalendar(store, clock, { from: '2027-01-01', to: '2027-01-31' }, 'test', { iterations: 40_000 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const arrest = result.version.duties.filter((d) => d.serviceId === 'arrestati');
    expect(arrest.length).toBeGreaterThan(25);
    expect(arrest.filter((d) => d.magistrateId === 'rossi-mario')).toEqual([]);
    const audit = (await store.readLog('audit')) as { action: string; details?: unknown }[];
    expect(audit.filter((a) => a.action === 'calendar.generate').at(-1)!.details).toMatchObject({ chosen: expect.stringMatching(/^(solver|construction)$/) });
  });

  it('without history the same month shares arrest duty with Rossi too', async () => {
    const result = await generateCalendar(store, clock, { from: '2027-01-01', to: '2027-01-31' }, 'test', { iterations: 40_000 });
    if (!result.ok) throw new Error(result.message);
    expect(result.version.duties.filter((d) => d.serviceId === 'arrestati' && d.magistrateId === 'rossi-mario').length).toBeGreaterThan(3);
  });
});
