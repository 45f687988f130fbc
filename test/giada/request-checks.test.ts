import { describe, expect, it } from 'vitest';
import { formatWeekdayDayIt } from '../../src/domain/format-day-it.ts';
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
    expect(twice.message).toContain('Il procedimento C1 è già stato assegnato al giudice Giudice ');
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

  it('reads the register a number names, and keeps numbers of two named registers apart', async () => {
    const { isSameProceeding, registerOf } = await import('../../src/giada/register-number.ts');
    expect(['n. 77/26 R.G.N.R.', 'R.G.N.R. n. 77/26', '77/2026 rgnr', '77/2026 R.G. Trib.', 'n. 5/27 R.G.', 'proc. n. 77/26', '77/2026'].map(registerOf))
      .toEqual(['RGNR', 'RGNR', 'RGNR', 'RGTRIB', '', '', '']);
    expect(isSameProceeding('77/2026', 'n. 77/26 R.G.N.R.')).toBe(true);
    expect(isSameProceeding('n. 5/27 R.G.', '5/2027 R.G.N.R.')).toBe(true);
    expect(isSameProceeding('77/2026 R.G. Trib.', 'n. 77/26 R.G.N.R.')).toBe(false);
    expect(isSameProceeding('77/2026', '77/2027')).toBe(false);
    expect(isSameProceeding('C1', 'C1')).toBe(true);
    expect(isSameProceeding('C1', 'C2')).toBe(false);
  });
});

describe('the same proceeding written another way', () => {
  // [held, then asked]: the second is the same proceeding (refused) or another (assigned).
  it.each([
    ['n. 77/26 R.G.N.R.', '77/2026', true],
    ['77/2026', 'n. 77/26 R.G.N.R.', true],
    ['R.G.N.R. n. 77/26', '077/26 RGNR', true],
    ['77/2026', '77/2026', true],
    ['n. 77/26 R.G.N.R.', '77/2026 R.G. Trib.', false],
    ['77/2026', '77/2025', false],
    ['77/2026', '78/2026', false],
  ] as const)('%s held, %s asked: refused %s', async (held, asked, refused) => {
    const { engine } = await openEngine(makeSetup());
    await assign(engine, makeRequest({ id: held }));
    const out = await engine.request(makeRequest({ id: asked }));
    expect(out.ok).toBe(!refused);
    expect(engine.state.cases.has(asked)).toBe(!refused || asked === held);
    if (refused) expect(out.record).toMatchObject({ kind: 'refusal', action: 'request', subject: asked });
  });

  it.each([
    ['F', 'alla giudice Giudice A'],
    ['M', 'al giudice Giudice A'],
    [null, 'a Giudice A'],
  ] as const)('gender %s: the refusal names the earlier assignment, its judge and day, and points to reassignment', async (gender, who) => {
    const { engine, store } = await openEngine(makeSetup({ judges: [{ id: 'a', gender }] }));
    const first = await assign(engine, makeRequest({ id: 'n. 77/26 R.G.N.R.' }));
    const out = await engine.request(makeRequest({ id: '77/2026' }));
    expect(out.message).toBe(
      `Il procedimento 77/2026 (registrato come «n. 77/26 R.G.N.R.») è già stato assegnato ${who}, con prima udienza ${formatWeekdayDayIt(first.hearingDate!)}: questa seconda richiesta non è stata registrata. Per cambiare giudice o data serve una riassegnazione, che dispone l'ufficio del dibattimento. Se invece si tratta di un procedimento di un altro registro, indica il registro accanto al numero (per esempio «77/2026 R.G. Trib.»).`,
    );
    expect(engine.state.queues.received(0, 0)).toBe(1);
    expect(verifyLedger(await store.readLog('giada-ledger')).ok).toBe(true);
  });

  it('held as written without a register, the refusal does not suggest naming one', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a', gender: 'F' }] }));
    const first = await assign(engine, makeRequest({ id: '77/2026' }));
    const out = await engine.request(makeRequest({ id: 'n. 77/26 R.G.N.R.' }));
    expect(out.message).toBe(`Il procedimento n. 77/26 R.G.N.R. (registrato come «77/2026») è già stato assegnato alla giudice Giudice A, con prima udienza ${formatWeekdayDayIt(first.hearingDate!)}: questa seconda richiesta non è stata registrata. Per cambiare giudice o data serve una riassegnazione, che dispone l'ufficio del dibattimento.`);
  });

  it('cancelled, it may be requested again under the other spelling; joined or waiting for manual intervention, it may not', async () => {
    const { engine } = await openEngine(makeSetup());
    await assign(engine, makeRequest({ id: 'n. 77/26 R.G.N.R.' }));
    expect((await engine.cancel('n. 77/26 R.G.N.R.', 'decreto annullato', dibattimento)).ok).toBe(true);
    expect((await assign(engine, makeRequest({ id: '77/2026' }))).status).toBe('assigned');
    await assign(engine, makeRequest({ id: '80/2026' }));
    expect((await engine.join('77/2026', ['80/2026'], 'riunione', dibattimento)).ok).toBe(true);
    const joined = await engine.request(makeRequest({ id: 'n. 80/26 R.G.N.R.' }));
    expect(joined.message).toBe('Il processo n. 80/26 R.G.N.R. (registrato come «80/2026») è stato riunito ad altro processo e non è più attivo: la data è quella del processo a cui è stato riunito.');

    const full = await openEngine(makeSetup({ judges: [{ id: 'a', weekdays: [3], caps: { capacity: 1, directSummonsCap: 1, urgentExtra: 0 } }], from: '2027-03-03', to: '2027-03-03' }));
    await assign(full.engine, makeRequest({ id: '1/2027' }));
    expect((await assign(full.engine, makeRequest({ id: 'n. 2/27 R.G.N.R.' }))).status).toBe('manual');
    const waiting = await full.engine.request(makeRequest({ id: '2/2027' }));
    expect(waiting.message).toBe("Il procedimento 2/2027 (registrato come «n. 2/27 R.G.N.R.») è già nel registro GIADA, in attesa di intervento manuale: giudice o collegio e data li fissa a mano l'ufficio del dibattimento. Una seconda richiesta non è stata registrata.");
  });

  it('a paper-shift assignment under another spelling of a proceeding already held is refused too', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a', gender: 'F' }] }));
    await assign(engine, makeRequest({ id: 'n. 77/26 R.G.N.R.' }));
    const out = await engine.backfill({ request: makeRequest({ id: '77/2026' }), judgeId: 'a', hearingDate: '2027-03-10', reason: 'turno cartaceo', actor: dibattimento });
    expect(out.ok).toBe(false);
    expect(out.message).toContain('Il procedimento 77/2026 (registrato come «n. 77/26 R.G.N.R.») è già stato assegnato alla giudice Giudice A');
    expect(engine.state.cases.has('77/2026')).toBe(false);
  });
});
