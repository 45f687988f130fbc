import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoOffices } from '../../adapters/cli/demo-offices.ts';
import { openLowdbStore, type LowdbStore } from '../../adapters/store/index.ts';
import { checkRules } from '../../src/calendar/rules/index.ts';
import { latestVersion } from '../../src/calendar/versions/calendar-versions.ts';
import { toAssignments } from '../../src/calendar/versions/duties.ts';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import { fullName } from '../../src/domain/magistrate.ts';
import { calendarContextFor, generateCalendar } from '../../src/use-cases/generate-calendar.ts';
import { proposeReplan } from '../../src/use-cases/replan-calendar.ts';
import { april, clock, march, q1, q2, type Period } from './demo-edge.ts';
import { absence } from './fixtures.ts';

/**
 * Replanning around the demo Procura's reperibilità week 29 March – 4 April 2027, cut by the edge between
 * January–March and April–June, both published with the week whole to one magistrate.
 */
let dir: string;
let store: LowdbStore;

async function publish(period: Period) {
  const published = await publishCalendar(store, clock, period, 'test');
  if (!published.ok) throw new Error(published.message);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-continuation-replan-'));
  store = await openLowdbStore({ dir });
  await seedDemoOffices(store, clock);
  for (const period of [q1, q2]) {
    const generated = await generateCalendar(store, clock, period, 'test', { iterations: 30_000 });
    if (!generated.ok) throw new Error(generated.message);
    await publish(period);
  }
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

function holderOf(period: Period, slotId: string): string {
  const duty = latestVersion(store.snapshot(), period)!.duties.find((d) => `${d.serviceId}@${d.from}` === slotId);
  if (!duty) throw new Error(`${slotId} has no holder`);
  return duty.magistrateId;
}

const nameOf = (id: string) => fullName(store.snapshot().offices['procura-napoli']!.magistrates.find((m) => m.id === id)!);

async function replan(period: Period) {
  const result = await proposeReplan(store, clock, period, 'test');
  if (!result.ok || !result.version) throw new Error(result.ok ? result.lines.join('\n') : result.message);
  return result;
}

function hardBreaches(period: Period): string[] {
  const found = calendarContextFor(store.snapshot(), period);
  if (!found.ok) throw new Error(found.message);
  return checkRules(found.ctx, toAssignments(latestVersion(store.snapshot(), period)!.duties)).filter((v) => v.level === 'hard').map((v) => v.message);
}

describe('replanning a period whose reperibilità week continues across the edge', () => {
  it('moves the rest of the week when its magistrate falls ill on 2 April, and says the week is split', async () => {
    const holder = holderOf(q1, march);
    expect(holderOf(q2, april)).toBe(holder);
    await store.update((draft) => { draft.absences.push({ ...absence(holder, '2027-04-02', '2027-04-02'), type: 'malattia' }); });
    const result = await replan(q2);
    const other = holderOf(q2, april);
    expect(other).not.toBe(holder);
    expect(hardBreaches(q2)).toEqual([]);
    expect(result.lines).toContain(`Attenzione: la settimana di "Turno esterno di reperibilità" dal 29 marzo al 4 aprile 2027 è iniziata con ${nameOf(holder)} nel calendario pubblicato dal 1° gennaio al 31 marzo 2027 (versione 1), che però non può svolgerne la parte dal 1° al 4 aprile 2027: è in malattia il 2 aprile 2027. In questa versione quella parte è assegnata a ${nameOf(other)}.`);
  });

  it('gives the rest of the week to whoever took its start in the replanned, published first period', async () => {
    const holder = holderOf(q1, march);
    await store.update((draft) => { draft.absences.push({ ...absence(holder, '2027-03-31', '2027-04-02'), type: 'malattia' }); });
    // January–March first: its piece cannot continue with the holder of 1–4 April, who is ill too.
    const first = await replan(q1);
    const taker = holderOf(q1, march);
    expect(taker).not.toBe(holder);
    expect(first.lines.some((l) => l.startsWith('Attenzione: la settimana di "Turno esterno di reperibilità" dal 29 marzo al 4 aprile 2027 prosegue con'))).toBe(true);
    await publish(q1);
    // Then April–June: the rest of the week goes to the magistrate who now holds its start.
    const second = await replan(q2);
    expect(holderOf(q2, april)).toBe(taker);
    expect(second.lines.filter((l) => l.includes('settimana di "Turno esterno di reperibilità" dal 29 marzo'))).toEqual([]);
    expect(hardBreaches(q2)).toEqual([]);
  });
});
