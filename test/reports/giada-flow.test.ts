import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { parseOfficeConfigText } from '../../src/domain/parse-office-config.ts';
import { buildGiadaSetup, GiadaEngine } from '../../src/giada/index.ts';
import { FixedClock, MemoryNotifier } from '../../src/ports.ts';
import { giadaFlow, giadaFlowCsv, readGiadaState } from '../../src/reports/index.ts';
import { openFixture, type Fixture } from '../feeds/fixtures.ts';
import { assign, makeRequest, makeSetup, openEngine } from '../giada/fixtures.ts';

let fx: Fixture | undefined;
afterEach(async () => fx?.cleanup());

describe('GIADA workload and flow', () => {
  it('counts cases per month and class, and finds saturated hearings', async () => {
    // One judge, one hearing a week with room for two cases: the third case of a week goes to the next hearing.
    const setup = makeSetup({ judges: [{ id: 'g1', weekdays: [3], caps: { capacity: 2, directSummonsCap: 2, urgentExtra: 0 } }], window: { minDays: 10, maxDays: 200 } });
    const { engine } = await openEngine(setup);
    for (let i = 0; i < 3; i++) await assign(engine, makeRequest({ requestedOn: '2027-01-15' }));
    await assign(engine, makeRequest({ requestedOn: '2027-02-10', charges: [{ code: '624 c.p.' }, { code: '625 c.p.' }, { code: '612 c.p.' }] }));
    const flow = giadaFlow(engine.state, '2027-01-01', '2027-03-31');
    expect(flow.months.map((m) => [m.month, m.byClass, m.total])).toEqual([
      ['2027-01', { I: 3, II: 0, III: 0 }, 3],
      ['2027-02', { I: 0, II: 1, III: 0 }, 1],
      ['2027-03', { I: 0, II: 0, III: 0 }, 0],
    ]);
    expect(flow.saturatedHearings).toHaveLength(1);
    // Ten days after 15 January the first hearing is Wednesday 27th: it takes two cases, the third goes to 3 February.
    expect(flow.saturatedHearings).toEqual([{ date: '2027-01-27', owner: 'Giudice G1', used: 2, capacity: 2 }]);
    // January's Wednesdays are 13, 20 and 27 (the 6th is Epiphany); one of three hearings is full.
    expect(flow.months[0]).toMatchObject({ hearings: 3, saturated: 1 });
    expect(flow.months[0]!.meanFillPercent).toBeCloseTo(100 / 3);
    expect(flow.balance.pools[0]!.rows[0]!.cases).toBe(4);
    expect(giadaFlowCsv(flow).split('\r\n')[1]).toBe('2027-01;3;0;0;3;3;1;33,33');
  });

  it('replays the ledger of the store without writing to it, even when the configuration changed', async () => {
    fx = await openFixture();
    const parsed = parseOfficeConfigText(await readFile('data/demo/tribunale-napoli.json', 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const office = parsed.value;
    await fx.store.update((draft) => {
      draft.offices[office.office.id] = office;
    });
    const clock = new FixedClock(new Date('2027-01-15T08:00:00Z'));
    const engine = await GiadaEngine.open({ store: fx.store, clock, notifier: new MemoryNotifier(), setup: buildGiadaSetup(office) });
    const outcome = await engine.request(makeRequest({ requestedOn: '2027-01-15', subjectMatter: 'reati-comuni' }));
    expect(outcome.ok).toBe(true);
    const before = (await fx.store.readLog('giada-ledger')).length;
    // A judge's capacity changes: opening the engine would record a new setup; the report must not.
    await fx.store.update((draft) => {
      draft.offices[office.office.id]!.giada!.judges[0]!.monocraticCapacity = 50;
    });
    const state = await readGiadaState(fx.store, clock, office.office.id);
    expect(state?.cases.size).toBe(1);
    expect((await fx.store.readLog('giada-ledger')).length).toBe(before);
    expect(await readGiadaState(fx.store, clock, 'procura-prova')).toBeNull();
  });
});
