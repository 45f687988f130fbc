import { describe, expect, it } from 'vitest';
import { simulateRequests } from '../../src/giada/simulate.ts';
import { verifyLedger } from '../../src/giada/verify.ts';
import { FixedClock, MemoryNotifier, MemoryStore } from '../../src/ports.ts';
import { assign, dibattimento, makeRequest, makeSetup, openEngine } from './fixtures.ts';

// The fixtures' clock reads 15 January 2027.

describe('request dates: no first hearing on a day already gone', () => {
  it('refuses a request dated before today, records the refusal, and leaves the number free', async () => {
    const { engine, store } = await openEngine(makeSetup({ from: '2026-01-01' }));
    const out = await engine.request(makeRequest({ id: '10/2026', requestedOn: '2026-04-01' }));
    expect(out.ok).toBe(false);
    expect(out.message).toBe(
      "La richiesta 10/2026 è datata 1° aprile 2026, un giorno già passato: la data della richiesta è quella in cui la si presenta (oggi è il 15 gennaio 2027). Se il processo è già stato fissato con il turno cartaceo, l'ufficio del dibattimento lo inserisce come assegnazione del turno cartaceo.",
    );
    expect(out.record).toMatchObject({ kind: 'refusal', action: 'request', subject: '10/2026' });
    expect(engine.state.cases.has('10/2026')).toBe(false);
    const today = await assign(engine, makeRequest({ id: '10/2026', requestedOn: '2027-01-15' }));
    expect(today.hearingDate! > '2027-01-15').toBe(true);
    expect(verifyLedger(await store.readLog('giada-ledger')).ok).toBe(true);
  });

  it('refuses a reassignment whose new request date is already gone', async () => {
    const { engine } = await openEngine(makeSetup({ from: '2026-01-01' }));
    const first = await assign(engine, makeRequest({ id: 'A1' }));
    const out = await engine.reassign({ requestId: 'A1', cause: 'astensione', reason: 'astensione', actor: dibattimento, on: '2020-01-01' });
    expect(out.ok).toBe(false);
    expect(out.message).toBe('La nuova data di richiesta (1° gennaio 2020) è già passata: la nuova udienza si cerca a partire da essa, quindi indica la data di oggi (15 gennaio 2027) o una successiva.');
    expect(engine.state.cases.get('A1')).toMatchObject({ status: 'assigned', hearingDate: first.hearingDate });
  });

  it('simulate replays a file of requests as of each request day, even when they are all in the past', async () => {
    const text = ['2026-03-02', '2026-03-03'].map((day, i) => JSON.stringify(makeRequest({ id: `S${i}`, requestedOn: day }))).join('\n');
    const result = await simulateRequests({ setup: makeSetup({ from: '2026-01-01' }), text, store: new MemoryStore(), clock: new FixedClock(new Date('2027-01-15T08:00:00Z')), notifier: new MemoryNotifier() });
    expect(result.bad).toEqual([]);
    expect(result.assignments.map((a) => a.status)).toEqual(['assigned', 'assigned']);
  });
});

describe('subject matter', () => {
  it('refuses a request naming a matter the Tribunale does not have, and the number can be filed again correctly', async () => {
    const { engine, notifier } = await openEngine(makeSetup());
    const out = await engine.request(makeRequest({ id: '13/2027', subjectMatter: 'materia-ignota' }));
    expect(out.ok).toBe(false);
    expect(out.message).toBe('La richiesta 13/2027 indica la materia «materia-ignota», che il Tribunale non ha configurato: la richiesta non è stata registrata. Le materie sono: «Reati comuni» (codice comune), «Pubblica amministrazione» (codice pa).');
    expect(notifier.sent).toHaveLength(0);
    expect((await assign(engine, makeRequest({ id: '13/2027' }))).status).toBe('assigned');
  });
});

describe('a cancelled proceeding', () => {
  it('may be requested again; one still assigned may not', async () => {
    const { engine } = await openEngine(makeSetup());
    await assign(engine, makeRequest({ id: 'C1' }));
    const twice = await engine.request(makeRequest({ id: 'C1' }));
    expect(twice.ok).toBe(false);
    expect(twice.message).toContain('è già stata trattata');
    expect((await engine.cancel('C1', 'decreto annullato', dibattimento)).ok).toBe(true);
    const again = await assign(engine, makeRequest({ id: 'C1' }));
    expect(again.status).toBe('assigned');
    expect(engine.state.cases.get('C1')?.status).toBe('assigned');
    const received = [0, 1, 2].reduce((n, c) => n + engine.state.queues.received(c, 0), 0);
    expect(received).toBe(1);
  });
});

describe('a joined proceeding', () => {
  it('is not requested again, and the refusal says it was joined', async () => {
    const { engine } = await openEngine(makeSetup());
    await assign(engine, makeRequest({ id: 'J1' }));
    await assign(engine, makeRequest({ id: 'J2' }));
    expect((await engine.join('J1', ['J2'], 'riunione', dibattimento)).ok).toBe(true);
    const again = await engine.request(makeRequest({ id: 'J2' }));
    expect(again.message).toBe('Il processo J2 è stato riunito ad altro processo e non è più attivo: la data è quella del processo a cui è stato riunito.');
  });
});

describe('finding a stored proceeding by its number', () => {
  it('takes the exact id, else the only one with the same number and year, however written', async () => {
    const { findProceedingId, registerNumberOf } = await import('../../src/giada/register-number.ts');
    const ids = ['n. 77/26 R.G.N.R.', '1234/2026', '5/2027', 'n. 5/27 R.G.'];
    expect(registerNumberOf('n. 077/26 R.G.N.R.')).toBe('77/2026');
    expect(findProceedingId(ids, '77/2026')).toBe('n. 77/26 R.G.N.R.');
    expect(findProceedingId(ids, '1234/26')).toBe('1234/2026');
    expect(findProceedingId(ids, '1234/2026')).toBe('1234/2026');
    expect(findProceedingId(ids, '5/2027')).toBe('5/2027');
    expect(findProceedingId(ids, '5/27')).toBeNull();
    expect(findProceedingId(ids, '999/2026')).toBeNull();
    expect(findProceedingId(ids, 'abc')).toBeNull();
  });
});
