import { describe, expect, it } from 'vitest';
import { computeCeiling, fitSlot } from '../../src/giada/hearing-slots.ts';
import { toDayNumber } from '../../src/giada/day-number.ts';
import type { GiadaEngine } from '../../src/giada/engine.ts';
import { makeRequest, makeSetup, openEngine } from './fixtures.ts';

const caps = { capacity: 10, directSummonsCap: 6, urgentExtra: 2 };
const empty = { urgent: 0, outside: 0, direct: 0, otherInContainer: 0 };

describe('fitSlot (the seed worked example: capacity 10, 6 direct summons, 2 urgent)', () => {
  it.each([
    { fill: empty, item: { direct: true, urgent: false }, pass: 'first', slot: 'container' },
    { fill: empty, item: { direct: false, urgent: false }, pass: 'first', slot: 'outside' },
    { fill: { ...empty, outside: 4 }, item: { direct: false, urgent: false }, pass: 'first', slot: null },
    { fill: { ...empty, outside: 4 }, item: { direct: false, urgent: false }, pass: 'container', slot: 'container' },
    { fill: { ...empty, direct: 6 }, item: { direct: true, urgent: false }, pass: 'first', slot: null },
    { fill: { ...empty, outside: 4, otherInContainer: 6 }, item: { direct: true, urgent: false }, pass: 'first', slot: null },
    { fill: { ...empty, outside: 4, direct: 6 }, item: { direct: false, urgent: true }, pass: 'first', slot: 'urgent' },
    { fill: { ...empty, urgent: 2 }, item: { direct: true, urgent: true }, pass: 'first', slot: 'container' },
    { fill: { urgent: 2, outside: 4, direct: 6, otherInContainer: 0 }, item: { direct: false, urgent: true }, pass: 'container', slot: null },
  ] as const)('$fill + $item ($pass) → $slot', ({ fill, item, pass, slot }) => {
    expect(fitSlot(caps, fill, item, pass)).toBe(slot);
  });

  it('gives a ceiling of 12 that day', () => {
    expect(computeCeiling(caps)).toBe(12);
  });
});

const WED = '2027-03-03';
const NEXT_WED = '2027-03-10';

function oneJudge(to = WED) {
  return makeSetup({ judges: [{ id: 'g1', weekdays: [3] }], from: WED, to });
}

function fillOn(engine: GiadaEngine, day: string) {
  const table = engine.state.model.table;
  return table.fillOf(table.find(0, toDayNumber(day)));
}

async function send(engine: GiadaEngine, n: number, overrides: Parameters<typeof makeRequest>[0]) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const o = await engine.request(makeRequest(overrides));
    if (!o.ok || !o.assignment) throw new Error(o.message);
    out.push(o.assignment);
  }
  return out;
}

const other = { type: 'rinvio_a_giudizio' } as const;
const direct = { type: 'citazione_diretta' } as const;

describe('one hearing with capacity 10, 6 direct summons, 2 urgent', () => {
  it('takes 6 direct summons and 4 other cases, then only the 2 urgent ones: 12 that day', async () => {
    const { engine } = await openEngine(oneJudge());
    expect((await send(engine, 6, direct)).every((a) => a.hearingDate === WED)).toBe(true);
    expect((await send(engine, 1, direct))[0]!.status).toBe('manual');
    expect((await send(engine, 4, other)).every((a) => a.hearingDate === WED)).toBe(true);
    expect((await send(engine, 1, other))[0]!.status).toBe('manual');
    const urgent = await send(engine, 2, { ...other, urgent: true });
    expect(urgent.map((a) => a.hearingDate)).toEqual([WED, WED]);
    expect((await send(engine, 1, { ...direct, urgent: true }))[0]!.status).toBe('manual');
    const fill = fillOn(engine, WED);
    expect(fill.outside + fill.direct + fill.otherInContainer + fill.urgent).toBe(12);
  });

  it('lets other types fill the direct-summons container when no direct summons use it', async () => {
    const { engine } = await openEngine(oneJudge());
    const ten = await send(engine, 10, other);
    expect(ten.every((a) => a.status === 'assigned')).toBe(true);
    expect(fillOn(engine, WED)).toEqual({ urgent: 0, outside: 4, direct: 0, otherInContainer: 6 });
    expect((await send(engine, 1, direct))[0]!.status).toBe('manual');
  });

  it('leaves the urgent slots empty when no urgent case comes', async () => {
    const { engine } = await openEngine(oneJudge());
    await send(engine, 10, other);
    const eleventh = (await send(engine, 1, other))[0]!;
    expect(eleventh.status).toBe('manual');
    expect(fillOn(engine, WED).urgent).toBe(0);
  });

  it('fills the container last: other types use room outside it in later hearings of the window first', async () => {
    const { engine } = await openEngine(oneJudge(NEXT_WED));
    const first = await send(engine, 8, other);
    expect(first.map((a) => a.hearingDate)).toEqual([...Array(4).fill(WED), ...Array(4).fill(NEXT_WED)]);
    const ninth = (await send(engine, 1, other))[0]!;
    expect(ninth.hearingDate).toBe(WED);
    expect(fillOn(engine, WED)).toEqual({ urgent: 0, outside: 4, direct: 0, otherInContainer: 1 });
  });
});
