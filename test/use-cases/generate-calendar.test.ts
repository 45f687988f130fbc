import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbStore, type LowdbStore } from '../../adapters/store/index.ts';
import { saveProvisional } from '../../src/calendar/versions/calendar-versions.ts';
import { toDuties } from '../../src/calendar/versions/duties.ts';
import { editCalendar } from '../../src/calendar/versions/edit-calendar.ts';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import { FixedClock } from '../../src/ports.ts';
import { calendarContextFor, generateCalendar } from '../../src/use-cases/generate-calendar.ts';
import { absence, decemberContext, smallOffice } from '../calendar/fixtures.ts';

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

describe('generating the period after a published one', () => {
  it('warns about a rule broken across the edge between the two calendars', async () => {
    const rules = [{ id: 'arrestati-non-consecutivi', type: 'exclusion', services: ['arrestati', 'arrestati'], mode: 'consecutive_days' }];
    await store.update((draft) => { draft.offices.prova = smallOffice({ rules }); });
    // December published with the turno arrestati of Thursday 31 to Greco.
    const ctx = decemberContext(smallOffice({ rules }));
    const people = ['rossi-mario', 'bianchi-luca', 'russo-sara'];
    const assignments = ctx.slots.map((slot, i) => ({ slotId: slot.id, magistrateId: slot.id === 'arrestati@2026-12-31' ? 'greco-paolo' : slot.serviceId === 'udienza' ? 'russo-sara' : people[i % 3]! }));
    await saveProvisional(store, clock, { ...december, duties: toDuties(ctx, assignments), uncovered: [], actor: 'test', action: 'calendar.generate' });
    expect((await publishCalendar(store, clock, december, 'test')).ok).toBe(true);
    // January: the 1st goes to Greco (the solver, which sees one period, may do it alone; else the head's pinned edit).
    const january = { officeId: 'prova', from: '2027-01-01', to: '2027-01-31' };
    const first = await generateCalendar(store, clock, january, 'test', { iterations: 20_000 });
    if (!first.ok) return;
    const holder = first.version.duties.find((d) => d.serviceId === 'arrestati' && d.from === '2027-01-01')!.magistrateId;
    if (holder !== 'greco-paolo') {
      const found = calendarContextFor(store.snapshot(), january);
      if (!found.ok) throw new Error(found.message);
      const edit = await editCalendar(store, clock, found.ctx, january, { kind: 'reassign', place: { slotId: 'arrestati@2027-01-01', magistrateId: holder }, magistrateId: 'greco-paolo' }, 'richiesta', 'test');
      expect(edit.ok).toBe(true);
    }
    const again = await generateCalendar(store, clock, january, 'test', { iterations: 20_000 });
    expect(again.ok && again.message.split('\n').slice(1)).toEqual([
      'Attenzione: insieme al calendario pubblicato dal 1° al 31 dicembre 2026 (versione 1), a cavallo tra i due periodi, è violata una regola, che puoi correggere modificando questa versione:',
      '- Regola inderogabile: Paolo Greco ha due turni di "Turno arrestati" in giorni consecutivi (31 dicembre 2026 e 1° gennaio 2027).',
    ]);
  });
});

describe('generating the period after a published one keeps the hard rules across the edge', () => {
  it('gives the turno arrestati of 1 January to someone other than the holder of 31 December, whatever the seed', async () => {
    const rules = [{ id: 'arrestati-non-consecutivi', type: 'exclusion', services: ['arrestati', 'arrestati'], mode: 'consecutive_days' }];
    await store.update((draft) => { draft.offices.prova = smallOffice({ rules }); });
    const ctx = decemberContext(smallOffice({ rules }));
    const people = ['rossi-mario', 'bianchi-luca', 'russo-sara', 'greco-paolo'];
    // Every December turno arrestati to Greco but those of the 30th (Rossi) and the 31st (each seed: someone else).
    const january = { officeId: 'prova', from: '2027-01-01', to: '2027-01-31' };
    for (const [seed, last] of [[1, 'greco-paolo'], [2, 'bianchi-luca'], [3, 'greco-paolo']] as const) {
      const assignments = ctx.slots.map((slot, i) => ({
        slotId: slot.id,
        magistrateId: slot.id === 'arrestati@2026-12-31' ? last : slot.id === 'arrestati@2026-12-30' ? 'rossi-mario' : slot.serviceId === 'udienza' ? 'russo-sara' : people[i % 4]!,
      }));
      await saveProvisional(store, clock, { ...december, duties: toDuties(ctx, assignments), uncovered: [], actor: 'test', action: 'calendar.generate' });
      expect((await publishCalendar(store, clock, december, 'test')).ok).toBe(true);
      const result = await generateCalendar(store, clock, january, 'test', { iterations: 20_000, seed });
      if (!result.ok) throw new Error(result.message);
      const first = result.version.duties.find((d) => d.serviceId === 'arrestati' && d.from === '2027-01-01');
      expect(first?.magistrateId).toBeDefined();
      expect(first!.magistrateId).not.toBe(last);
      expect(result.message).not.toContain('a cavallo tra i due periodi');
    }
  });
});

describe('generating a period that shares days with the calendar of another period', () => {
  it('is refused, naming that calendar and a period that fits, and writes no version', async () => {
    expect((await generateCalendar(store, clock, december, 'test', { iterations: 20_000 })).ok).toBe(true);
    const later = await generateCalendar(store, clock, { officeId: 'prova', from: '2026-12-15', to: '2027-01-31' }, 'test');
    expect(later).toEqual({ ok: false, message: 'Il periodo dal 15 dicembre 2026 al 31 gennaio 2027 si sovrappone al calendario dal 1° al 31 dicembre 2026: un giorno non può avere due calendari. Scegli un periodo che non lo tocchi (per esempio dal 1° al 31 gennaio 2027), oppure modifica quel calendario.' });
    const earlier = await generateCalendar(store, clock, { officeId: 'prova', from: '2026-11-16', to: '2026-12-06' }, 'test');
    expect(earlier.ok === false && earlier.message).toContain('(per esempio dal 16 al 30 novembre 2026)');
    expect(store.snapshot().calendars.map((c) => `${c.from}/${c.to}`)).toEqual(['2026-12-01/2026-12-31']);
    // The same period again is a new version of it, as before.
    expect((await generateCalendar(store, clock, december, 'test', { iterations: 20_000 })).ok).toBe(true);
  });
});
