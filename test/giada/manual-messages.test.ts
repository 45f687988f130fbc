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
