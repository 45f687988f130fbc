import { beforeEach, describe, expect, it } from 'vitest';
import type { LowdbStore } from '../../adapters/store/index.ts';
import { edgeLimitCounts } from '../../src/calendar/edge-limit-counts.ts';
import { edgeTurns } from '../../src/calendar/edge-turns.ts';
import { daysBetween } from '../../src/domain/civil-day.ts';
import { latestVersion } from '../../src/calendar/versions/calendar-versions.ts';
import { editCalendar } from '../../src/calendar/versions/edit-calendar.ts';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import { boundaryViolations } from '../../src/calendar/boundary-violations.ts';
import { compileCalendar } from '../../src/calendar/compile/calendar-model.ts';
import { encodeAssignments } from '../../src/calendar/compile/roster-codec.ts';
import { scoreRoster } from '../../src/roster/score.ts';
import { publishedNeighbours } from '../../src/calendar/edge-neighbours.ts';
import { calendarContextFor, withEdgeBans } from '../../src/use-cases/generate-calendar.ts';
import { clock, demoStorePerTest, generateOn, q1, q2, type Period } from './demo-edge.ts';

/**
 * Rules of the demo Procura that reach across the edge between the first and the second quarter of 2027, beyond the
 * hard ones the edge bans keep. The rule "di regola una sola udienza monocratica a settimana, mai più di due" counts
 * calendar weeks; the week
 * Monday 29 March – Sunday 4 April 2027 is cut by the edge between the first and the second quarter, with an udienza
 * on Tuesday 30 March (first quarter) and one on Thursday 1 April (second). Generating the second quarter after the
 * first was published must count the udienze of 30 March.
 */
const demoStore = demoStorePerTest('turnario-edge-limits-');
let store: LowdbStore;
beforeEach(() => {
  store = demoStore();
});

const generate = (period: Period, seed = 1) => generateOn(store, period, seed);

/** Who holds the udienze monocratiche of a day in the period's latest version. */
function hearingHolders(period: Period, day: string): string[] {
  return latestVersion(store.snapshot(), period)!.duties.filter((d) => d.serviceId === 'udienze-monocratiche' && d.from === day).map((d) => d.magistrateId).sort();
}

describe('recommended rules across the edge between two calendars', () => {
  it('counts the published udienze of the cut week\'s first days', async () => {
    await generate(q1);
    expect((await publishCalendar(store, clock, q1, 'test')).ok).toBe(true);
    const tuesday = hearingHolders(q1, '2027-03-30');
    expect(tuesday).toHaveLength(3);
    const found = calendarContextFor(store.snapshot(), q2);
    if (!found.ok) throw new Error(found.message);
    const counts = edgeLimitCounts(found.ctx, publishedNeighbours(store.snapshot(), 'procura-napoli', found.ctx));
    expect([...counts.keys()]).toEqual(['udienze-monocratiche-a-settimana@2027-04-01']);
    expect([...counts.get('udienze-monocratiche-a-settimana@2027-04-01')!].sort()).toEqual(tuesday.map((id) => [id, 1]));
  });

  it('gives the udienze of Thursday 1 April to others than those of Tuesday 30 March, and warns of nothing', async () => {
    await generate(q1);
    await publishCalendar(store, clock, q1, 'test');
    const tuesday = hearingHolders(q1, '2027-03-30');
    for (const seed of [1, 2, 3]) {
      const result = await generate(q2, seed);
      const thursday = hearingHolders(q2, '2027-04-01');
      expect(thursday).toHaveLength(3);
      expect(thursday.filter((id) => tuesday.includes(id))).toEqual([]);
      expect(result.message).not.toContain('Udienze dibattimentali monocratiche');
    }
  });

  it('measures the recommended gap between two turni arrestati from the published ones too', async () => {
    await generate(q1);
    await publishCalendar(store, clock, q1, 'test');
    // "Preferibilmente almeno cinque giorni tra due turni arrestati dello stesso sostituto".
    const lastInMarch = new Map<string, string>();
    for (const d of latestVersion(store.snapshot(), q1)!.duties) {
      if (d.serviceId === 'arrestati' && d.from >= '2027-03-20') lastInMarch.set(d.magistrateId, d.from);
    }
    expect(lastInMarch.size).toBeGreaterThan(5);
    const found = calendarContextFor(store.snapshot(), q2);
    if (!found.ok) throw new Error(found.message);
    const neighbours = publishedNeighbours(store.snapshot(), 'procura-napoli', found.ctx);
    const turns = edgeTurns(found.ctx, neighbours).get('arrestati')!;
    for (const [id, day] of lastInMarch) expect(turns.get(id)!.lastBefore).toBe(day);
    // The model the solver sees prices each place too close to a published turno arrestati, as the edge check finds it.
    const ctx = withEdgeBans(store.snapshot(), 'procura-napoli', found.ctx, neighbours);
    const compiled = compileCalendar(ctx);
    const [someone, day] = [...lastInMarch].find(([, d]) => d >= '2027-03-29')!;
    const tooSoon = [{ slotId: 'arrestati@2027-04-01', magistrateId: someone }];
    const gap = daysBetween(day, '2027-04-01');
    const spacing = scoreRoster(compiled.model, encodeAssignments(ctx, compiled, tooSoon)).softViolations.filter((v) => v.rule === 'spacing:arrestati-distanziati');
    expect(spacing.map((v) => v.penalty)).toEqual([(5 - gap) * 5]);
    const edge = boundaryViolations(ctx, tooSoon, neighbours).flatMap((f) => f.violations).filter((v) => v.ruleId === 'arrestati-distanziati');
    expect(edge.map((v) => v.magistrateIds)).toEqual([[someone]]);
    // And the generation keeps the recommended gap where it costs nothing else.
    const result = await generate(q2);
    expect(latestVersion(store.snapshot(), q2)!.duties
      .filter((d) => d.serviceId === 'arrestati' && lastInMarch.has(d.magistrateId) && daysBetween(lastInMarch.get(d.magistrateId)!, d.from) < 5)).toEqual([]);
    expect(result.message).not.toContain('arrestati');
  });

  it('a head\'s edit breaking a rule together with the published calendar is warned of, by rule', async () => {
    await generate(q1);
    await publishCalendar(store, clock, q1, 'test');
    await generate(q2);
    const march31 = latestVersion(store.snapshot(), q1)!.duties.find((d) => d.serviceId === 'arrestati' && d.from === '2027-03-31')!.magistrateId;
    const april1 = latestVersion(store.snapshot(), q2)!.duties.find((d) => d.serviceId === 'arrestati' && d.from === '2027-04-01')!.magistrateId;
    expect(april1).not.toBe(march31);
    const found = calendarContextFor(store.snapshot(), q2);
    if (!found.ok) throw new Error(found.message);
    const edit = await editCalendar(store, clock, found.ctx, q2, { kind: 'reassign', place: { slotId: 'arrestati@2027-04-01', magistrateId: april1 }, magistrateId: march31 }, 'prova', 'test');
    if (!edit.ok) throw new Error(edit.message);
    expect(edit.warnings.map((w) => [w.ruleId, w.level])).toContainEqual(['arrestati-non-consecutivi', 'hard']);
    expect(edit.message).toMatch(/Regola inderogabile: .*31 marzo 2027.*1° aprile 2027/);
  });

  it('counts nothing when the neighbour is not published', async () => {
    await generate(q1);
    const found = calendarContextFor(store.snapshot(), q2);
    if (!found.ok) throw new Error(found.message);
    expect(edgeLimitCounts(found.ctx, publishedNeighbours(store.snapshot(), 'procura-napoli', found.ctx)).size).toBe(0);
  });
});
