import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLowdbStore, type LowdbStore } from '../../adapters/store/index.ts';
import { formatRangeIt } from '../../src/domain/format-day-it.ts';
import { FixedClock } from '../../src/ports.ts';
import type { Assignment } from '../../src/calendar/assignment.ts';
import { latestPublished, latestVersion, saveProvisional, versionsOf } from '../../src/calendar/versions/calendar-versions.ts';
import { diffVersions } from '../../src/calendar/versions/diff-versions.ts';
import { toDuties } from '../../src/calendar/versions/duties.ts';
import { editCalendar } from '../../src/calendar/versions/edit-calendar.ts';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import { decemberContext, smallOffice } from './fixtures.ts';

let dir: string;
let store: LowdbStore;
const clock = new FixedClock(new Date('2026-11-20T09:00:00Z'));
const key = { officeId: 'prova', from: '2026-12-01', to: '2026-12-31' };
const ctx = decemberContext(smallOffice({ rules: [{ id: 'no-arrestati-udienza', type: 'exclusion', services: ['arrestati', 'udienza'], mode: 'same_day' }] }));
const people = ['rossi-mario', 'bianchi-luca', 'russo-sara', 'greco-paolo'];

/** A simple complete calendar: arrestati in rotation, hearings to Rossi/Bianchi/Russo, weeks in rotation, festivo to Rossi. */
function draftAssignments(): Assignment[] {
  return ctx.slots.map((slot, i) => {
    const pool = slot.serviceId === 'festivo' ? ['rossi-mario'] : slot.serviceId === 'udienza' ? ['russo-sara'] : people;
    return { slotId: slot.id, magistrateId: pool[i % pool.length]! };
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-cal-'));
  store = await openLowdbStore({ dir });
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('provisional → edit → publish', () => {
  it('numbers versions, publishes immutably, and edits a published calendar into a new provisional version', async () => {
    const v1 = await saveProvisional(store, clock, { ...key, duties: toDuties(ctx, draftAssignments()), uncovered: [], actor: 'cli:capo', action: 'calendar.generate' });
    expect(v1).toMatchObject({ number: 1, status: 'provisional', id: 'prova/2026-12-01_2026-12-31/v1' });
    const published = await publishCalendar(store, clock, key, 'cli:capo');
    expect(published).toMatchObject({ ok: true, diff: null, message: 'Calendario dal 1° al 31 dicembre 2026 pubblicato (versione 1).' });
    const again = await publishCalendar(store, clock, key, 'cli:capo');
    expect(again).toEqual({ ok: false, message: 'Il calendario dal 1° al 31 dicembre 2026 è già pubblicato (versione 1) e non ci sono modifiche da pubblicare.' });

    const arrestati = latestVersion(store.snapshot(), key)!.duties.find((d) => d.serviceId === 'arrestati' && d.from === '2026-12-03')!;
    const hearing = latestVersion(store.snapshot(), key)!.duties.find((d) => d.serviceId === 'udienza' && d.from === '2026-12-03')!;
    const edit = await editCalendar(store, clock, ctx, key,
      { kind: 'swap', first: { slotId: `arrestati@2026-12-03`, magistrateId: arrestati.magistrateId }, second: { slotId: 'udienza@2026-12-03', magistrateId: hearing.magistrateId } },
      'scambio chiesto dagli interessati', 'cli:capo');
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    expect(edit.version).toMatchObject({ number: 2, status: 'provisional', basedOn: 'prova/2026-12-01_2026-12-31/v1' });
    expect(latestPublished(store.snapshot(), key)!.number).toBe(1);
    expect(versionsOf(store.snapshot(), key).map((v) => v.status)).toEqual(['published', 'provisional']);

    const republished = await publishCalendar(store, clock, key, 'cli:capo');
    expect(republished.ok && republished.diff!.changes.length).toBe(2);
    expect(republished.ok && republished.diff!.affected).toEqual([arrestati.magistrateId, hearing.magistrateId].sort());
    const audit = (await store.readLog('audit')) as { action: string }[];
    expect(audit.map((e) => e.action)).toEqual(['calendar.generate', 'calendar.publish', 'calendar.publish', 'calendar.edit', 'calendar.publish']);
  });

  it('warns, by rule, about what an edit breaks', async () => {
    await saveProvisional(store, clock, { ...key, duties: toDuties(ctx, draftAssignments()), uncovered: [], actor: 'cli:capo', action: 'calendar.generate' });
    const duties = latestVersion(store.snapshot(), key)!.duties;
    // A hearing day whose arrestati turn is someone else's: giving it to the hearing's holder breaks the exclusion.
    const holder = duties.find((h) => h.serviceId === 'udienza' && duties.some((a) => a.serviceId === 'arrestati' && a.from === h.from && a.magistrateId !== h.magistrateId))!;
    const result = await editCalendar(store, clock, ctx, key,
      { kind: 'assign', slotId: `arrestati@${holder.from}`, magistrateId: holder.magistrateId }, 'prova', 'cli:capo');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map((w) => w.ruleId).sort()).toEqual(['copertura', 'no-arrestati-udienza']);
    expect(result.message).toContain('viola 2 regole');
    expect(result.message).toContain('lo stesso giorno');
    // Each broken rule is a line with its level in words, never the rule's configuration id.
    const lines = result.message.split('\n');
    // The change itself first, as the replan lists it, then the rules it breaks.
    const who = ctx.magistrates.get(holder.magistrateId)!;
    expect(lines.slice(0, 3)).toEqual([
      'Modifica salvata nella versione provvisoria 2:',
      `- "Turno arrestati" ${formatRangeIt(holder.from, holder.from)}: da nessuno a ${who.name} ${who.surname}`,
      'La modifica viola 2 regole:',
    ]);
    expect(lines.slice(3).sort().map((l) => l.slice(0, l.indexOf(':')))).toEqual(['- Regola inderogabile', '- Regola raccomandata']);
    expect(result.message).not.toMatch(/\[(copertura|no-arrestati-udienza)\]/);
  });

  it('refuses edits without a reason, on unknown places, and before any version exists', async () => {
    const none = await editCalendar(store, clock, ctx, key, { kind: 'unassign', place: { slotId: 'arrestati@2026-12-10', magistrateId: 'rossi-mario' } }, 'x', 'cli:capo');
    expect(none).toEqual({ ok: false, message: 'Non c\'è ancora un calendario per questo periodo: generane prima uno provvisorio.' });
    await saveProvisional(store, clock, { ...key, duties: toDuties(ctx, draftAssignments()), uncovered: [], actor: 'cli:capo', action: 'calendar.generate' });
    const noReason = await editCalendar(store, clock, ctx, key, { kind: 'unassign', place: { slotId: 'arrestati@2026-12-10', magistrateId: 'rossi-mario' } }, ' ', 'cli:capo');
    expect(noReason.ok).toBe(false);
    const wrong = await editCalendar(store, clock, ctx, key, { kind: 'unassign', place: { slotId: 'arrestati@2026-12-10', magistrateId: 'verdi-anna' } }, 'errore', 'cli:capo');
    expect(wrong).toEqual({ ok: false, message: 'Non trovo il turno "Turno arrestati" il 10 dicembre 2026 di Anna Verdi nella versione attuale del calendario.' });
  });
});

describe('what an edit says it changed', () => {
  it('lists the holders before and after, says a removed extra place is no gap, and says a pin in words', async () => {
    await saveProvisional(store, clock, { ...key, duties: toDuties(ctx, draftAssignments()), uncovered: [], actor: 'cli:capo', action: 'calendar.generate' });
    const hearing = latestVersion(store.snapshot(), key)!.duties.find((d) => d.serviceId === 'udienza' && d.from === '2026-12-03')!;
    const place = { slotId: 'udienza@2026-12-03', magistrateId: hearing.magistrateId };
    const name = (id: string) => `${ctx.magistrates.get(id)!.name} ${ctx.magistrates.get(id)!.surname}`;
    const extra = await editCalendar(store, clock, ctx, key, { kind: 'assign', slotId: 'udienza@2026-12-03', magistrateId: 'bianchi-luca' }, 'rinforzo', 'cli:capo');
    expect(extra.ok && extra.message.split('\n').slice(0, 2)).toEqual(['Modifica salvata nella versione provvisoria 2:', '- "Udienza monocratica" il 3 dicembre 2026: da nessuno a Luca Bianchi']);
    const back = await editCalendar(store, clock, ctx, key, { kind: 'unassign', place: { slotId: 'udienza@2026-12-03', magistrateId: 'bianchi-luca' } }, 'non serve', 'cli:capo');
    expect(back.ok && back.message).toBe('Modifica salvata nella versione provvisoria 3:\n- "Udienza monocratica" il 3 dicembre 2026: da Luca Bianchi a nessuno (era un posto in più)');
    const gap = await editCalendar(store, clock, ctx, key, { kind: 'unassign', place }, 'impedimento', 'cli:capo');
    expect(gap.ok && gap.message.split('\n')[1]).toBe(`- "Udienza monocratica" il 3 dicembre 2026: da ${name(hearing.magistrateId)} a nessuno (resta scoperto)`);
    const moved = await editCalendar(store, clock, ctx, key, { kind: 'assign', slotId: 'udienza@2026-12-03', magistrateId: hearing.magistrateId }, 'torna', 'cli:capo');
    expect(moved.ok).toBe(true);
    // An edit pins what it touches: unpinning says so in words.
    const unpinned = await editCalendar(store, clock, ctx, key, { kind: 'pin', place, pinned: false }, 'può cambiare', 'cli:capo');
    expect(unpinned.ok && unpinned.message).toBe(`Modifica salvata nella versione provvisoria 6:\n- Il turno "Udienza monocratica" il 3 dicembre 2026 di ${name(hearing.magistrateId)} non è più fissato`);
    const pinned = await editCalendar(store, clock, ctx, key, { kind: 'pin', place, pinned: true }, 'resta', 'cli:capo');
    expect(pinned.ok && pinned.message.split('\n')[1]).toBe(`- Il turno "Udienza monocratica" il 3 dicembre 2026 di ${name(hearing.magistrateId)} ora è fissato: rigenerazioni e ripianificazioni non lo spostano`);
  });
});

describe('edits that change nothing', () => {
  it('are refused without a new version: pinning a pinned duty, unpinning a free one, swapping two duties of one person, giving a duty to its holder', async () => {
    await saveProvisional(store, clock, { ...key, duties: toDuties(ctx, draftAssignments()), uncovered: [], actor: 'cli:capo', action: 'calendar.generate' });
    const duties = latestVersion(store.snapshot(), key)!.duties;
    const first = duties.find((d) => d.serviceId === 'arrestati' && d.from === '2026-12-03')!;
    const place = { slotId: 'arrestati@2026-12-03', magistrateId: first.magistrateId };
    const name = ctx.magistrates.get(first.magistrateId)!;
    const who = `${name.name} ${name.surname}`;
    expect((await editCalendar(store, clock, ctx, key, { kind: 'pin', place, pinned: true }, 'richiesta', 'cli:capo')).ok).toBe(true);
    expect(await editCalendar(store, clock, ctx, key, { kind: 'pin', place, pinned: true }, 'richiesta', 'cli:capo'))
      .toEqual({ ok: false, message: `Il turno "Turno arrestati" il 3 dicembre 2026 di ${who} è già fissato: non c'è nulla da cambiare.` });
    expect((await editCalendar(store, clock, ctx, key, { kind: 'pin', place, pinned: false }, 'richiesta', 'cli:capo')).ok).toBe(true);
    expect(await editCalendar(store, clock, ctx, key, { kind: 'pin', place, pinned: false }, 'richiesta', 'cli:capo'))
      .toEqual({ ok: false, message: `Il turno "Turno arrestati" il 3 dicembre 2026 di ${who} non è fissato: non c'è nulla da cambiare.` });
    const other = duties.find((d) => d.magistrateId === first.magistrateId && d.from !== first.from)!;
    expect(await editCalendar(store, clock, ctx, key, { kind: 'swap', first: place, second: { slotId: `${other.serviceId}@${other.from}`, magistrateId: other.magistrateId } }, 'x', 'cli:capo'))
      .toEqual({ ok: false, message: `Entrambi i turni sono di ${who}: scambiarli non cambia nulla. Per dare un turno a un collega usa "reassign".` });
    expect(await editCalendar(store, clock, ctx, key, { kind: 'reassign', place, magistrateId: first.magistrateId }, 'x', 'cli:capo'))
      .toEqual({ ok: false, message: `Il turno "Turno arrestati" il 3 dicembre 2026 è già di ${who}: non c'è nulla da cambiare.` });
    expect(versionsOf(store.snapshot(), key).map((v) => v.number)).toEqual([1, 2, 3]);
  });
});

describe('publishing a version whose duties did not change', () => {
  it('says no duty changes instead of counting none', async () => {
    await saveProvisional(store, clock, { ...key, duties: toDuties(ctx, draftAssignments()), uncovered: [], actor: 'cli:capo', action: 'calendar.generate' });
    await publishCalendar(store, clock, key, 'cli:capo');
    const duty = latestVersion(store.snapshot(), key)!.duties.find((d) => d.serviceId === 'arrestati')!;
    const pinned = await editCalendar(store, clock, ctx, key, { kind: 'pin', place: { slotId: `arrestati@${duty.from}`, magistrateId: duty.magistrateId }, pinned: true }, 'resta così', 'cli:capo');
    expect(pinned.ok).toBe(true);
    expect(await publishCalendar(store, clock, key, 'cli:capo')).toMatchObject({
      ok: true, message: 'Calendario dal 1° al 31 dicembre 2026 pubblicato (versione 2). Nessun turno cambia rispetto alla versione pubblicata prima.',
    });
  });
});

describe('diffVersions', () => {
  it('pairs places of a slot by magistrate and lists who is affected', () => {
    const d = (slot: string, m: string) => ({ id: `${slot}#${m}`, serviceId: slot.split('@')[0]!, from: slot.split('@')[1]!, to: slot.split('@')[1]!, magistrateId: m, pinned: false });
    const diff = diffVersions(
      [d('udienza@2026-12-01', 'a'), d('udienza@2026-12-01', 'b'), d('arrestati@2026-12-02', 'c')],
      [d('udienza@2026-12-01', 'a'), d('udienza@2026-12-01', 'x'), d('arrestati@2026-12-03', 'c')],
    );
    expect(diff.changes.map((c) => [c.slotId, c.before, c.after])).toEqual([
      ['udienza@2026-12-01', 'b', 'x'], ['arrestati@2026-12-02', 'c', null], ['arrestati@2026-12-03', null, 'c'],
    ]);
    expect(diff.affected).toEqual(['b', 'c', 'x']);
  });
});
