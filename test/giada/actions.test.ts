import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../../src/giada/day-number.ts';
import { assign, dibattimento, makeRequest, makeSetup, openEngine } from './fixtures.ts';

describe('saturation', () => {
  it('makes the request manual with the reason, notifies the Dibattimento office, and assigns nothing', async () => {
    const { engine, notifier } = await openEngine(makeSetup({ judges: [{ id: 'a', weekdays: [3], caps: { capacity: 1, directSummonsCap: 1, urgentExtra: 0 } }], from: '2027-03-03', to: '2027-03-03' }));
    await assign(engine, makeRequest());
    const second = await assign(engine, makeRequest());
    expect(second).toMatchObject({ status: 'manual', judgeId: null, panelId: null, hearingDate: null });
    expect(second.explanation).toContain('intervento manuale');
    expect(notifier.sent).toHaveLength(1);
    expect(notifier.sent[0]!.to).toEqual({ kind: 'office', officeId: 'tribunale-prova' });
    expect(notifier.sent[0]!.text).toContain('nessuna udienza non satura');
    expect(engine.state.queues.received(0, 0)).toBe(1);
  });
});

describe('reassignment', () => {
  it('abstention: reassigns automatically excluding the judge, frees the slot, links the records', async () => {
    const { engine } = await openEngine(makeSetup());
    const first = await assign(engine, makeRequest({ id: 'A1' }));
    const table = engine.state.model.table;
    const oldHearing = table.find(0, toDayNumber(first.hearingDate!));
    const out = await engine.reassign({ requestId: 'A1', cause: 'astensione', reason: 'astensione ex art. 36 c.p.p.', actor: dibattimento, on: '2027-01-20' });
    if (!out.ok || out.record.kind !== 'reassignment') throw new Error(out.message);
    expect(out.assignment?.judgeId).not.toBe(first.judgeId);
    expect(out.record.previous).toMatchObject({ hash: first.ledgerHash, candidateId: 'g1' });
    expect(table.fillOf(oldHearing).direct).toBe(0);
    expect(engine.state.queues.received(0, 0)).toBe(0);
    expect(engine.state.queues.received(1, 0)).toBe(1);
    const again = await engine.reassign({ requestId: 'A1', cause: 'astensione', reason: 'seconda astensione', actor: dibattimento, on: '2027-01-21' });
    expect(again.ok && again.assignment?.judgeId).toBe('g3');
  });

  it("reassigns a direct-summons case on the tribunal's own decision (the original could not)", async () => {
    const { engine } = await openEngine(makeSetup());
    await assign(engine, makeRequest({ id: 'D1', type: 'citazione_diretta' }));
    const out = await engine.reassign({ requestId: 'D1', cause: 'riassegnazione', reason: 'riequilibrio dei ruoli', actor: dibattimento, on: '2027-02-01' });
    expect(out.ok && out.assignment?.status).toBe('assigned');
  });

  it('joinder: the joined case leaves the queues, the surviving one is reweighed and moves class', async () => {
    const { engine } = await openEngine(makeSetup());
    const a = await assign(engine, makeRequest({ id: 'J1' }));
    const b = await assign(engine, makeRequest({ id: 'J2', defendants: [{ detained: false }, { detained: false }] }));
    expect([a.weightClass, b.weightClass]).toEqual(['I', 'II']);
    const out = await engine.join('J1', ['J2'], 'riunione disposta all\'udienza', dibattimento);
    if (!out.ok || out.record.kind !== 'joinder') throw new Error(out.message);
    expect(out.record).toMatchObject({ weight: 5, weightClass: 'II', previousWeight: 2, previousWeightClass: 'I' });
    expect(engine.state.cases.get('J2')?.status).toBe('joined');
    expect(engine.state.queues.received(0, 0)).toBe(0);
    expect(engine.state.queues.received(0, 1)).toBe(1);
    expect(engine.state.queues.received(1, 1)).toBe(0);
  });

  it('cancellation gives back the slot and the queue place', async () => {
    const { engine } = await openEngine(makeSetup());
    await assign(engine, makeRequest({ id: 'C1' }));
    const out = await engine.cancel('C1', 'richiesta revocata', dibattimento);
    expect(out.ok).toBe(true);
    expect(engine.state.queues.received(0, 0)).toBe(0);
    expect((await engine.cancel('C1', 'di nuovo', dibattimento)).message).toBe('Il processo C1 è già stato annullato.');
  });
});

describe('emergency paper shift (backfill)', () => {
  it('counts a paper assignment in the queues like any other', async () => {
    const { engine } = await openEngine(makeSetup());
    const out = await engine.backfill({ request: makeRequest({ id: 'P1', type: 'rinvio_a_giudizio' }), judgeId: 'g1', hearingDate: '2027-02-01', reason: 'sistema non disponibile', actor: dibattimento });
    expect(out.ok).toBe(true);
    expect(engine.state.queues.received(0, 0)).toBe(1);
    const next = await assign(engine, makeRequest());
    expect(next.judgeId).toBe('g2');
  });
});

describe('profiles and permissions', () => {
  const gip = { profile: 'gip' as const, userId: 'gip1' };
  const pm = { profile: 'pm' as const, userId: 'pm1' };
  it.each([
    { who: pm, type: 'rinvio_a_giudizio', text: 'Il profilo PM non può presentare una richiesta di rinvio a giudizio' },
    { who: gip, type: 'citazione_diretta', text: 'Il profilo GIP/GUP non può presentare una richiesta di citazione diretta a giudizio' },
    { who: dibattimento, type: 'giudizio_immediato', text: "Il profilo dell'ufficio del dibattimento non può chiedere la fissazione" },
  ] as const)('refuses $who.profile asking $type, in Italian, and records it', async ({ who, type, text }) => {
    const { engine } = await openEngine(makeSetup());
    const out = await engine.request(makeRequest({ type, requestedBy: who }));
    expect(out.ok).toBe(false);
    expect(out.message).toContain(text);
    expect(out.record).toMatchObject({ kind: 'refusal', actor: who });
  });

  it.each([pm, gip])('refuses reassignment, joinder, cancellation and backfill to $profile', async (who) => {
    const { engine, store } = await openEngine(makeSetup());
    await assign(engine, makeRequest({ id: 'X1' }));
    const outs = [
      await engine.reassign({ requestId: 'X1', cause: 'astensione', reason: 'r', actor: who, on: '2027-01-20' }),
      await engine.join('X1', ['X2'], 'r', who),
      await engine.cancel('X1', 'r', who),
      await engine.backfill({ request: makeRequest(), judgeId: 'g1', hearingDate: '2027-02-01', reason: 'r', actor: who }),
      await engine.configure(makeSetup(), 'r', who),
    ];
    expect(outs.every((o) => !o.ok && o.message.includes("riservata all'ufficio del dibattimento"))).toBe(true);
    const ledger = (await store.readLog('giada-ledger')) as { kind: string }[];
    expect(ledger.filter((r) => r.kind === 'refusal')).toHaveLength(5);
  });
});

describe('configuration changes', () => {
  it('records a new setup with its reason, keeps the queues, and the ledger still verifies', async () => {
    const { engine, store } = await openEngine(makeSetup());
    await assign(engine, makeRequest({ id: 'K1' }));
    const next = makeSetup();
    next.absences.push({ magistrateId: 'g2', type: 'ferie', from: '2027-01-25', to: '2027-02-05' });
    const out = await engine.configure(next, 'ferie di G2', dibattimento);
    expect(out.ok && out.record).toMatchObject({ kind: 'setup', reason: 'ferie di G2', actor: dibattimento });
    expect(engine.state.queues.received(0, 0)).toBe(1);
    // g2 and g3 tie; g2 is on leave until 5 February, so g3's earlier free hearing wins, then g2 gets the next.
    expect(await assign(engine, makeRequest())).toMatchObject({ judgeId: 'g3', hearingDate: '2027-01-25' });
    expect(await assign(engine, makeRequest())).toMatchObject({ judgeId: 'g2', hearingDate: '2027-02-08' });
    const { verifyLedger } = await import('../../src/giada/verify.ts');
    expect(verifyLedger(await store.readLog('giada-ledger')).ok).toBe(true);
  });
});
