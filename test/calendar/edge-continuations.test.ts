import { beforeEach, describe, expect, it } from 'vitest';
import type { LowdbStore } from '../../adapters/store/index.ts';
import { explainDuty } from '../../src/calendar/explain-duty.ts';
import { checkRules } from '../../src/calendar/rules/index.ts';
import { latestVersion } from '../../src/calendar/versions/calendar-versions.ts';
import { toAssignments } from '../../src/calendar/versions/duties.ts';
import { editCalendar } from '../../src/calendar/versions/edit-calendar.ts';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import { fullName } from '../../src/domain/magistrate.ts';
import { calendarContextFor, withContinuations } from '../../src/use-cases/generate-calendar.ts';
import { april, clock, demoStorePerTest, generateOn, march, q1, q2, type Period } from './demo-edge.ts';
import { absence } from './fixtures.ts';

/**
 * The demo Procura generates January–March 2027 and April–June 2027: the reperibilità week Monday 29 March – Sunday
 * 4 April is cut by the edge into 29–31 March (first period) and 1–4 April (second); one magistrate must hold it whole.
 */
const demoStore = demoStorePerTest('turnario-continuation-');
let store: LowdbStore;
beforeEach(() => {
  store = demoStore();
});

const generate = (period: Period, seed = 1) => generateOn(store, period, seed);

async function generateAndPublish(period: Period) {
  await generate(period);
  const published = await publishCalendar(store, clock, period, 'test');
  if (!published.ok) throw new Error(published.message);
}

/** Who holds a slot in the period's latest version. */
function holderOf(period: Period, slotId: string): string {
  const duty = latestVersion(store.snapshot(), period)!.duties.find((d) => `${d.serviceId}@${d.from}` === slotId);
  if (!duty) throw new Error(`${slotId} has no holder`);
  return duty.magistrateId;
}

const nameOf = (id: string) => fullName(store.snapshot().offices['procura-napoli']!.magistrates.find((m) => m.id === id)!);

/** The explanation of a magistrate's duty in the period's latest version, with the published calendars next door. */
function explain(period: Period, slotId: string, magistrateId: string): string[] {
  const state = store.snapshot();
  const found = calendarContextFor(state, period);
  if (!found.ok) throw new Error(found.message);
  const assignments = toAssignments(latestVersion(state, period)!.duties);
  const duty = assignments.find((a) => a.slotId === slotId && a.magistrateId === magistrateId)!;
  return explainDuty(withContinuations(state, found.officeId, found.ctx), assignments, duty);
}

describe('a reperibilità week cut by the edge between two periods', () => {
  it('goes whole to the magistrate of 29–31 March when April–June is generated after January–March is published, whatever the seed', async () => {
    await generateAndPublish(q1);
    const holder = holderOf(q1, march);
    for (const seed of [1, 2, 3]) {
      const result = await generate(q2, seed);
      const piece = result.version.duties.find((d) => d.serviceId === 'reperibilita' && d.from === '2027-04-01')!;
      expect(piece.magistrateId).toBe(holder);
      // Given by the continuation, not by the head: no pin mark; and no warning about the week.
      expect(piece.pinned).toBe(false);
      expect(result.message).not.toContain('reperibilità');
      // The week's weekend turn follows its reperibile (the demo's hard dependency), and no hard rule breaks.
      expect(checkRules(result.ctx, toAssignments(result.version.duties)).filter((v) => v.level === 'hard')).toEqual([]);
    }
  });

  it('says why in "perché a me?": it continues the week begun in the published calendar of the previous period', async () => {
    await generateAndPublish(q1);
    await generate(q2);
    const holder = holderOf(q2, april);
    expect(explain(q2, april, holder)).toContain('- Continua la settimana di "Turno esterno di reperibilità" dal 29 marzo al 4 aprile 2027, iniziata nel calendario pubblicato del periodo precedente (dal 1° gennaio al 31 marzo 2027) con lo stesso magistrato: un turno a cavallo tra due periodi resta a chi lo ha iniziato.');
    // The next week is no continuation.
    const next = holderOf(q2, 'reperibilita@2027-04-05');
    expect(explain(q2, 'reperibilita@2027-04-05', next).filter((l) => l.includes('a cavallo tra due periodi'))).toEqual([]);
  });

  it('goes to someone else when its magistrate is away on one of 1–4 April, and the generation says so', async () => {
    await generateAndPublish(q1);
    const holder = holderOf(q1, march);
    await store.update((draft) => { draft.absences.push(absence(holder, '2027-04-02', '2027-04-02')); });
    const result = await generate(q2);
    const other = holderOf(q2, april);
    expect(other).not.toBe(holder);
    expect(result.message.split('\n')).toContain(`Attenzione: la settimana di "Turno esterno di reperibilità" dal 29 marzo al 4 aprile 2027 è iniziata con ${nameOf(holder)} nel calendario pubblicato dal 1° gennaio al 31 marzo 2027 (versione 1), che però non può svolgerne la parte dal 1° al 4 aprile 2027: è in ferie il 2 aprile 2027. In questa versione quella parte è assegnata a ${nameOf(other)}.`);
    expect(explain(q2, april, other).filter((l) => l.includes('a cavallo tra due periodi'))).toEqual([]);
  });

  it('yields to the head: a place the head gave to someone else stays theirs when the period is generated again', async () => {
    await generateAndPublish(q1);
    const holder = holderOf(q1, march);
    await generate(q2);
    const found = calendarContextFor(store.snapshot(), q2);
    if (!found.ok) throw new Error(found.message);
    const chosen = store.snapshot().offices['procura-napoli']!.magistrates.find((m) => m.role === 'sostituto' && m.id !== holder && !m.serviceEnd)!.id;
    const edit = await editCalendar(store, clock, found.ctx, q2, { kind: 'reassign', place: { slotId: april, magistrateId: holder }, magistrateId: chosen }, 'scambio concordato', 'test');
    expect(edit.ok).toBe(true);
    const again = await generate(q2);
    expect(holderOf(q2, april)).toBe(chosen);
    expect(again.message).toContain(`che però non può svolgerne la parte dal 1° al 4 aprile 2027: il capo dell'ufficio ha fissato questo turno a un altro magistrato. In questa versione quella parte è assegnata a ${nameOf(chosen)}.`);
  });

  it('goes whole to the magistrate of 1–4 April when January–March is generated after April–June is published', async () => {
    await generateAndPublish(q2);
    const holder = holderOf(q2, april);
    for (const seed of [1, 2]) {
      const result = await generate(q1, seed);
      expect(holderOf(q1, march)).toBe(holder);
      expect(result.message).not.toContain('reperibilità');
    }
    expect(explain(q1, march, holder)).toContain('- È l\'inizio della settimana di "Turno esterno di reperibilità" dal 29 marzo al 4 aprile 2027, che prosegue nel calendario già pubblicato del periodo successivo (dal 1° aprile al 30 giugno 2027) con lo stesso magistrato: un turno a cavallo tra due periodi resta a una sola persona.');
  });
});
