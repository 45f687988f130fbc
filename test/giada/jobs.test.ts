import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLowdbStore, type LowdbStore } from '../../adapters/store/index.ts';
import { parseOfficeConfigText } from '../../src/domain/parse-office-config.ts';
import { watchGiadaBalance } from '../../src/giada/balance-watch.ts';
import { publishDrawDay } from '../../src/giada/draw-publication.ts';
import { openOfficeEngine } from '../../src/giada/open-office-engine.ts';
import { verifyLedger } from '../../src/giada/verify.ts';
import { FixedClock, MemoryNotifier } from '../../src/ports.ts';
import { dibattimento, makeRequest, makeSetup, openEngine } from './fixtures.ts';

const open: { store: LowdbStore; dir: string }[] = [];

async function tempStore(): Promise<LowdbStore> {
  const dir = await mkdtemp(join(tmpdir(), 'giada-jobs-'));
  const store = await openLowdbStore({ dir });
  open.push({ store, dir });
  return store;
}

afterEach(async () => {
  for (const { store, dir } of open.splice(0)) {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
});

/** The demo Tribunale di Napoli, stored, in the given GIADA mode. */
async function storedTribunal(mode: 'rotation' | 'draw'): Promise<LowdbStore> {
  const parsed = parseOfficeConfigText(await readFile('data/demo/tribunale-napoli.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const office = parsed.value;
  office.giada!.mode = mode;
  const store = await tempStore();
  await store.update((draft) => {
    draft.offices[office.office.id] = office as never;
  });
  return store;
}

/** Opens the office's engine as a job does on each run. */
async function engineAt(store: LowdbStore, instant: string, notifier = new MemoryNotifier()) {
  const clock = new FixedClock(new Date(instant));
  const opened = await openOfficeEngine({ store, clock, notifier, officeId: 'tribunale-napoli' });
  if (!opened.ok) throw new Error(opened.message);
  return { engine: opened.engine, clock, notifier };
}

describe('opening the engine of a stored office', () => {
  it('explains in Italian when the office is not there', async () => {
    const store = await tempStore();
    const opened = await openOfficeEngine({ store, clock: new FixedClock(new Date('2027-03-01T08:00:00Z')), notifier: new MemoryNotifier(), officeId: 'tribunale-roma' });
    expect(opened).toEqual({ ok: false, message: `L'ufficio «tribunale-roma» non è stato importato o non ha una configurazione GIADA. Importalo con "turnario office import".` });
  });
});

describe('daily publication of the draw (draw mode)', () => {
  it('commits today and tomorrow before they start, reveals the days gone by, and every draw can then be recomputed', async () => {
    const store = await storedTribunal('draw');
    // 00:10 in Rome on Tuesday 2 March 2027.
    const first = await engineAt(store, '2027-03-01T23:10:00Z');
    const day1 = await publishDrawDay(first.engine, first.clock, first.notifier);
    expect(day1.committed.map((c) => c.day)).toEqual(['2027-03-02', '2027-03-03']);
    expect(day1.revealed).toEqual([]);
    expect(first.notifier.sent).toHaveLength(1);
    expect(first.notifier.sent[0]!.to).toEqual({ kind: 'office', officeId: 'tribunale-napoli' });
    expect(first.notifier.sent[0]!.key).toBe('giada-draw:tribunale-napoli:2027-03-02');
    expect(first.notifier.sent[0]!.text).toContain(`Impegno del 3 marzo 2027 (impronta SHA-256 del seme): ${day1.committed[1]!.commitment}`);

    // During the day a request is drawn on the commitment already published.
    const request = makeRequest({ id: 'D1', requestedOn: '2027-03-02', subjectMatter: 'reati-comuni' });
    const outcome = await first.engine.request(request);
    if (!outcome.ok || outcome.record.kind !== 'assignment') throw new Error(outcome.message);
    expect(outcome.record.decision.draw?.commitment).toBe(day1.committed[0]!.commitment);
    const recordsBefore = (await store.readLog('giada-ledger')).length;

    // A second run the same night adds nothing to the ledger.
    const again = await engineAt(store, '2027-03-02T06:00:00Z');
    await publishDrawDay(again.engine, again.clock, again.notifier);
    expect((await store.readLog('giada-ledger')).length).toBe(recordsBefore);

    // Next night, from a freshly opened engine (the seeds are kept in the store): 2 March is revealed.
    const second = await engineAt(store, '2027-03-02T23:10:00Z');
    const day2 = await publishDrawDay(second.engine, second.clock, second.notifier);
    expect(day2.revealed).toEqual(['2027-03-02']);
    expect(day2.committed).toEqual([{ day: '2027-03-03', commitment: day1.committed[1]!.commitment }, { day: '2027-03-04', commitment: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(second.notifier.sent[0]!.text).toContain('Semi rivelati nel registro: 2 marzo 2027');
    const verified = verifyLedger(await store.readLog('giada-ledger'));
    expect(verified.ok).toBe(true);
    expect(verified.drawsChecked).toBe(1);
    expect(verified.drawsPending).toBe(0);
  });

  it('does not announce as revealed a day whose seed was lost, and says so', async () => {
    const store = await storedTribunal('draw');
    const first = await engineAt(store, '2027-03-01T23:10:00Z');
    await publishDrawDay(first.engine, first.clock, first.notifier);
    // The seed of 2 March is lost (the data folder restored from an older copy, say).
    await store.update((draft) => {
      const seeds = draft.meta['giada-draw-seeds:tribunale-napoli'] as Record<string, string>;
      delete seeds['2027-03-02'];
    });
    const second = await engineAt(store, '2027-03-02T23:10:00Z');
    const day2 = await publishDrawDay(second.engine, second.clock, second.notifier);
    expect(day2.revealed).toEqual([]);
    expect(day2.missing).toEqual(['2027-03-02']);
    const text = second.notifier.sent[0]!.text;
    expect(text).toContain('Nessun seme da rivelare oggi.');
    expect(text).toContain('Attenzione: il seme del 2 marzo 2027 non è più nella cartella dei dati: non può essere rivelato e le estrazioni di quel giorno non si possono ripetere. Vi prego di avvisare l\'assistenza tecnica.');
    const kinds = (await store.readLog('giada-ledger')).map((r) => (r as { kind: string }).kind);
    expect(kinds).toContain('draw-commitment');
    expect(kinds).not.toContain('draw-reveal');
  });

  it('does nothing and tells no one in rotation mode', async () => {
    const store = await storedTribunal('rotation');
    const { engine, clock, notifier } = await engineAt(store, '2027-03-01T23:10:00Z');
    const before = (await store.readLog('giada-ledger')).length;
    expect(await publishDrawDay(engine, clock, notifier)).toEqual({ drawMode: false, committed: [], revealed: [], missing: [] });
    expect(notifier.sent).toEqual([]);
    expect((await store.readLog('giada-ledger')).length).toBe(before);
  });
});

describe('balance watch as a job', () => {
  it('alerts the office over the semester so far when the tolerance is exceeded, and stays silent otherwise', async () => {
    const store = await tempStore();
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a' }, { id: 'b' }], tolerance: 10 }), store);
    for (let i = 0; i < 4; i++) await engine.request(makeRequest({ requestedOn: '2027-01-15' }));
    const monday = new FixedClock(new Date('2027-03-01T06:30:00Z'));
    const quiet = new MemoryNotifier();
    const balanced = await watchGiadaBalance(engine, monday, quiet);
    expect([balanced.from, balanced.to]).toEqual(['2027-01-01', '2027-02-28']);
    expect(quiet.sent).toEqual([]);

    for (let i = 0; i < 2; i++) {
      await engine.backfill({ request: makeRequest({ type: 'rinvio_a_giudizio', requestedOn: '2027-02-10' }), judgeId: 'a', hearingDate: '2027-03-03', reason: 'turno cartaceo', actor: dibattimento });
    }
    const alerted = new MemoryNotifier();
    await watchGiadaBalance(engine, monday, alerted);
    expect(alerted.sent).toHaveLength(1);
    expect(alerted.sent[0]!.key).toBe('giada-balance:tribunale-prova:2027-03-01');
    expect(alerted.sent[0]!.text).toContain('verifica periodica dei carichi (richieste dal 1° gennaio al 28 febbraio 2027, tolleranza 10%)');
    expect(alerted.sent[0]!.text).toContain('oltre la tolleranza del 10%');
  });
});
