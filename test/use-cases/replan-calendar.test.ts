import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoOffices } from '../../adapters/cli/demo-offices.ts';
import { openLowdbStore, type LowdbStore } from '../../adapters/store/index.ts';
import { latestPublished, latestVersion } from '../../src/calendar/versions/calendar-versions.ts';
import { diffVersions } from '../../src/calendar/versions/diff-versions.ts';
import { editCalendar } from '../../src/calendar/versions/edit-calendar.ts';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import type { Duty } from '../../src/domain/calendar.ts';
import { FixedClock } from '../../src/ports.ts';
import { cancelAbsence } from '../../src/use-cases/cancel-absence.ts';
import { declareAbsence } from '../../src/use-cases/declare-absence.ts';
import { calendarContextFor, generateCalendar } from '../../src/use-cases/generate-calendar.ts';
import { proposeReplan, type ReplanResult } from '../../src/use-cases/replan-calendar.ts';

const clock = new FixedClock(new Date('2026-11-20T09:00:00Z'));
const key = { officeId: 'procura-napoli', from: '2026-12-01', to: '2026-12-31' };
let dir: string;
let store: LowdbStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'turnario-replan-'));
  store = await openLowdbStore({ dir });
  await seedDemoOffices(store, clock);
  const generated = await generateCalendar(store, clock, key, 'test');
  if (!generated.ok) throw new Error(generated.message);
  const published = await publishCalendar(store, clock, key, 'conti-nicola');
  if (!published.ok) throw new Error(published.message);
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const published = () => latestPublished(store.snapshot(), key)!;
const holders = (duties: readonly Duty[]) => new Set(duties.map((d) => d.id));

/** A one-day duty of the published calendar held by that magistrate, on a day none of `avoid` is. */
function oneDayDuty(magistrateId: string, avoid: string[] = []): Duty {
  const duty = published().duties.find((d) => d.magistrateId === magistrateId && d.from === d.to && !avoid.includes(d.from));
  if (!duty) throw new Error(`${magistrateId} has no one-day duty`);
  return duty;
}

async function absent(magistrateId: string, day: string): Promise<string> {
  const declared = await declareAbsence(store, clock, { magistrate: magistrateId, type: 'malattia', from: day, to: day, actor: 'test' });
  if (!declared.ok) throw new Error(declared.message);
  return declared.absence.id;
}

function proposed(result: ReplanResult) {
  if (!result.ok || !result.version) throw new Error(result.ok ? result.lines.join('\n') : result.message);
  return { ...result, version: result.version };
}

describe('proposeReplan while an earlier proposal awaits approval', () => {
  it('replaces the unapproved proposal with one covering both absences, keeping the places it already filled', async () => {
    const first = oneDayDuty('rossi-mario');
    await absent('rossi-mario', first.from);
    const v2 = proposed(await proposeReplan(store, clock, key, 'test'));
    expect(v2.version.number).toBe(2);
    expect(v2.supersedes).toBeNull();
    const v2Changes = diffVersions(published().duties, v2.version.duties).changes;
    expect(v2Changes.some((c) => c.slotId === `${first.serviceId}@${first.from}` && c.before === 'rossi-mario')).toBe(true);

    // A second absence, of someone who took no place in the first proposal, on another day.
    const involved = new Set(v2Changes.flatMap((c) => [c.before, c.after]));
    const other = published().duties.find((d) => d.from === d.to && d.from !== first.from && !involved.has(d.magistrateId))!;
    await absent(other.magistrateId, other.from);
    const v3 = proposed(await proposeReplan(store, clock, key, 'test'));
    expect(v3.version).toMatchObject({ number: 3, status: 'provisional', basedOn: published().id });
    expect(v3.supersedes).toBe(2);
    expect(v3.lines[1]).toBe('Sostituisce la proposta provvisoria 2, non ancora approvata: copre tutte le assenze note e i cambiamenti sono rispetto alla versione pubblicata 1.');
    expect(v3.lines.at(-1)).toBe('Per accettarla, pubblica la nuova versione.');
    // Both absences' duties are gone, listed against the published version.
    const ids = holders(v3.version.duties);
    expect(ids.has(first.id)).toBe(false);
    expect(ids.has(other.id)).toBe(false);
    expect(v3.diff.changes.map((c) => [c.slotId, c.before])).toEqual(expect.arrayContaining([
      [`${first.serviceId}@${first.from}`, 'rossi-mario'], [`${other.serviceId}@${other.from}`, other.magistrateId],
    ]));
    // The first proposal's choices stand: every duty it gave someone is still theirs.
    for (const c of v2Changes.filter((x) => x.after)) expect(ids.has(`${c.slotId}#${c.after}`)).toBe(true);
    expect(latestVersion(store.snapshot(), key)!.number).toBe(3);
  });

  it('moves a place the pending proposal filled only when its new holder can no longer do it', async () => {
    const first = oneDayDuty('rossi-mario');
    await absent('rossi-mario', first.from);
    const v2 = proposed(await proposeReplan(store, clock, key, 'test'));
    const slotId = `${first.serviceId}@${first.from}`;
    const filler = diffVersions(published().duties, v2.version.duties).changes.find((c) => c.slotId === slotId && c.before === 'rossi-mario')!.after!;
    expect(filler).not.toBeNull();
    await absent(filler, first.from);
    const v3 = proposed(await proposeReplan(store, clock, key, 'test'));
    expect(v3.supersedes).toBe(2);
    const ids = holders(v3.version.duties);
    expect(ids.has(first.id)).toBe(false);
    expect(ids.has(`${slotId}#${filler}`)).toBe(false);
    expect(v3.version.duties.filter((d) => `${d.serviceId}@${d.from}` === slotId).map((d) => d.magistrateId)).not.toContain('rossi-mario');
  });

  it('gives a duty back to its published holder when the absence that moved it was cancelled', async () => {
    const first = oneDayDuty('rossi-mario');
    const absenceId = await absent('rossi-mario', first.from);
    proposed(await proposeReplan(store, clock, key, 'test'));
    expect((await cancelAbsence(store, clock, absenceId, 'test')).ok).toBe(true);
    const other = published().duties.find((d) => d.from === d.to && d.from !== first.from && d.magistrateId !== 'rossi-mario')!;
    await absent(other.magistrateId, other.from);
    const v3 = proposed(await proposeReplan(store, clock, key, 'test'));
    const ids = holders(v3.version.duties);
    expect(ids.has(first.id)).toBe(true);
    expect(ids.has(other.id)).toBe(false);
    expect(v3.diff.changes.some((c) => c.before === 'rossi-mario')).toBe(false);
  });

  it('withdraws the unapproved proposal, storing no version, when the absence behind it was withdrawn', async () => {
    const first = oneDayDuty('rossi-mario');
    const absenceId = await absent('rossi-mario', first.from);
    proposed(await proposeReplan(store, clock, key, 'test'));
    expect((await cancelAbsence(store, clock, absenceId, 'test')).ok).toBe(true);
    const count = store.snapshot().calendars.length;
    const again = await proposeReplan(store, clock, key, 'conti-nicola');
    expect(again).toMatchObject({
      ok: true, version: null, supersedes: null, withdrawn: 2,
      lines: ['La proposta provvisoria 2, non ancora approvata, non serve più: con le assenze note nessun turno pubblicato cambia. L\'ho ritirata e resta in vigore il calendario pubblicato (versione 1), senza nulla da pubblicare.'],
    });
    // No version equal to the published one: the proposal is kept as history, withdrawn, and the published one is back in force.
    const calendars = store.snapshot().calendars;
    expect(calendars).toHaveLength(count);
    expect(calendars.find((c) => c.number === 2)).toMatchObject({ status: 'withdrawn', withdrawnBy: 'conti-nicola', withdrawnAt: clock.now().toISOString() });
    expect(latestVersion(store.snapshot(), key)).toMatchObject({ number: 1, status: 'published' });
    expect((await store.readLog('audit')).at(-1)).toMatchObject({ action: 'calendar.withdraw', subject: `calendar:${calendars.find((c) => c.number === 2)!.id}` });
    // Once withdrawn it stays so: a further replan has nothing to do, and a new absence's proposal is numbered after it.
    expect(await proposeReplan(store, clock, key, 'test')).toMatchObject({ ok: true, version: null, withdrawn: null, lines: ['Nessun turno pubblicato è toccato dalle assenze: non serve ripianificare.'] });
    await absent('rossi-mario', first.from);
    const v3 = proposed(await proposeReplan(store, clock, key, 'test'));
    expect(v3).toMatchObject({ supersedes: null, version: { number: 3, basedOn: published().id } });
  });

  it('says the pending proposal already covers the absences when nothing more moves', async () => {
    await absent('rossi-mario', oneDayDuty('rossi-mario').from);
    proposed(await proposeReplan(store, clock, key, 'test'));
    const again = await proposeReplan(store, clock, key, 'test');
    expect(again).toMatchObject({ ok: true, version: null, supersedes: null, lines: ['La proposta provvisoria 2, non ancora approvata, copre già tutte le assenze: resta quella da approvare.'] });
    expect(latestVersion(store.snapshot(), key)!.number).toBe(2);
  });

  it('refuses when the head edited the provisional version, which a replan would overwrite', async () => {
    const first = oneDayDuty('rossi-mario');
    await absent('rossi-mario', first.from);
    const v2 = proposed(await proposeReplan(store, clock, key, 'test'));
    const found = calendarContextFor(store.snapshot(), key);
    if (!found.ok) throw new Error(found.message);
    const duty = v2.version.duties.find((d) => !d.pinned)!;
    const edited = await editCalendar(store, clock, found.ctx, key, { kind: 'pin', place: { slotId: `${duty.serviceId}@${duty.from}`, magistrateId: duty.magistrateId }, pinned: true }, 'lo tengo fermo', 'conti-nicola');
    expect(edited.ok).toBe(true);
    const other = oneDayDuty('bianchi-laura', [first.from]);
    await absent('bianchi-laura', other.from);
    expect(await proposeReplan(store, clock, key, 'test')).toEqual({
      ok: false,
      message: 'C\'è già una versione provvisoria più recente di quella pubblicata (versione 3) che contiene modifiche fatte a mano dopo la pubblicazione: ripianificare la sovrascriverebbe. Pubblicala e poi ripianifica, oppure copri a mano, in quella versione, i turni toccati dalle assenze.',
    });
    expect(latestVersion(store.snapshot(), key)!.number).toBe(3);
  });

  it('refuses when the calendar was generated again after the publication', async () => {
    await generateCalendar(store, clock, key, 'test');
    await absent('rossi-mario', oneDayDuty('rossi-mario').from);
    const refused = await proposeReplan(store, clock, key, 'test');
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('(versione 2) che è stata generata di nuovo dopo la pubblicazione') });
  });
});
