import { describe, expect, it } from 'vitest';
import { assign, dibattimento, makeRequest, makeSetup, openEngine } from './fixtures.ts';

describe('what the Dibattimento office reads after a manual action', () => {
  it('a joinder names the proceedings in the right number and the new weight and class', async () => {
    const { engine } = await openEngine(makeSetup());
    await assign(engine, makeRequest({ id: '60/2027' }));
    await assign(engine, makeRequest({ id: '61/2027', defendants: [{ detained: false }, { detained: false }] }));
    await assign(engine, makeRequest({ id: '62/2027' }));
    const one = await engine.join('60/2027', ['61/2027'], 'stessi fatti', dibattimento);
    expect(one.message).toBe('Riunione registrata: il processo 61/2027 è riunito al 60/2027, che ora pesa 5 (prima 2) e passa dalla I classe alla II classe.');
    await assign(engine, makeRequest({ id: '63/2027' }));
    const two = await engine.join('62/2027', ['63/2027'], 'stessi fatti', dibattimento);
    expect(two.message).toBe('Riunione registrata: il processo 63/2027 è riunito al 62/2027, che ora pesa 4 (prima 2) e passa dalla I classe alla II classe.');
  });

  it('a paper-shift backfill says whether the case took a place in the hearing', async () => {
    const { engine } = await openEngine(makeSetup());
    const on = await engine.backfill({ request: makeRequest({ id: 'P1', type: 'rinvio_a_giudizio' }), judgeId: 'g1', hearingDate: '2027-02-11', reason: 'sistema fermo', actor: dibattimento });
    expect(on.message).toBe("Assegnazione del turno cartaceo registrata per P1: posto occupato nell'udienza dell'11 febbraio 2027.");
    const off = await engine.backfill({ request: makeRequest({ id: 'P2', type: 'rinvio_a_giudizio' }), judgeId: 'g1', hearingDate: '2027-02-13', reason: 'sistema fermo', actor: dibattimento });
    expect(off.message).toBe("Assegnazione del turno cartaceo registrata per P2: il 13 febbraio 2027 non è un'udienza del calendario: il processo conta nella coda ma non occupa posti.");
  });
});

describe('saturation with a single competent candidate', () => {
  it('names the only panel instead of "nessuno dei 1 collegi competenti"', async () => {
    const setup = makeSetup({ panels: [{ id: 'c1', members: ['g1', 'g2', 'g3'], caps: { capacity: 1, directSummonsCap: 0, urgentExtra: 0 } }], from: '2027-01-01', to: '2027-02-28' });
    const { engine } = await openEngine(setup);
    const collegial = () => makeRequest({ type: 'rinvio_a_giudizio', charges: [{ code: '416-bis c.p.' }] });
    for (let i = 0; i < 7; i++) await assign(engine, collegial());
    const last = await assign(engine, collegial());
    expect(last.status).toBe('manual');
    expect(last.explanation).toContain("per l'unico collegio competente (Collegio c1).");
    expect(last.explanation).not.toContain('nessuno dei 1');
  });
});

describe('manual intervention on a saturated case', () => {
  it('the Dibattimento office fixes judge and date by hand on the case GIADA left to it; an assigned case still needs a reassignment', async () => {
    const { engine, store } = await openEngine(makeSetup({ judges: [{ id: 'a', weekdays: [3], caps: { capacity: 1, directSummonsCap: 1, urgentExtra: 0 } }], from: '2027-03-03', to: '2027-03-03' }));
    const first = await assign(engine, makeRequest({ id: 'M0' }));
    const saturated = await assign(engine, makeRequest({ id: 'M1' }));
    expect(saturated.status).toBe('manual');
    const fixed = await engine.backfill({ request: engine.state.cases.get('M1')!.request, judgeId: 'a', hearingDate: '2027-03-10', reason: 'fissata a mano dal presidente di sezione', actor: dibattimento });
    // The only configured hearing (3 March) is full: the date fixed by hand is outside the calendar, and said so.
    expect(fixed.message).toBe("Intervento manuale registrato per M1: il 10 marzo 2027 non è un'udienza del calendario: il processo conta nella coda ma non occupa posti.");
    expect(engine.state.cases.get('M1')).toMatchObject({ status: 'assigned', hearingDate: '2027-03-10' });
    expect(engine.state.queues.received(0, 0)).toBe(2);
    const twice = await engine.backfill({ request: engine.state.cases.get('M0')!.request, judgeId: 'a', hearingDate: '2027-03-10', reason: 'r', actor: dibattimento });
    expect(twice.message).toBe('La richiesta M0 è già nel registro GIADA ed è assegnata: per cambiarne giudice o data serve una riassegnazione.');
    expect(first.status).toBe('assigned');
    const { verifyLedger } = await import('../../src/giada/verify.ts');
    expect(verifyLedger(await store.readLog('giada-ledger')).ok).toBe(true);
  });
});
