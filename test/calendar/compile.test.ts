import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../../src/calendar/compile/calendar-model.ts';
import { decodeRoster, encodeAssignments } from '../../src/calendar/compile/roster-codec.ts';
import { solveCalendar, standingOf } from '../../src/calendar/compile/solve-calendar.ts';
import { constructCalendar } from '../../src/calendar/construct-calendar.ts';
import { fairnessReport } from '../../src/calendar/fairness-report.ts';
import { checkRules } from '../../src/calendar/rules/index.ts';
import { scoreRoster } from '../../src/roster/score.ts';
import { absence, decemberContext, smallOffice } from './fixtures.ts';

const rules = [
  { id: 'arrestati-udienza', type: 'exclusion', services: ['arrestati', 'udienza'], mode: 'same_day' },
  { id: 'arrestati-consecutivi', type: 'exclusion', services: ['arrestati', 'arrestati'], mode: 'consecutive_days' },
  { id: 'max-arrestati', type: 'limit', service: 'arrestati', per: 'month', softMax: 8, hardMax: 10, weight: 5 },
  { id: 'reperibilita-distanti', type: 'exclusion', services: ['reperibilita', 'reperibilita'], mode: 'within_days', days: 7, level: 'soft', weight: 3 },
];
const december = () => decemberContext(smallOffice({ rules }), [absence('rossi-mario', '2026-12-10', '2026-12-12')]);
const keys = (list: { slotId: string; magistrateId: string }[]) => list.map((a) => `${a.slotId}#${a.magistrateId}`).sort();

describe('the Calendar compiled into the roster model', () => {
  it('states services as tasks, forbidden combinations by leaving them out, absences as unavailable days', () => {
    const ctx = december();
    const { model, serviceIds } = compileCalendar(ctx);
    expect(model.tasks!.map((t) => [t.id, t.turns])).toEqual([['reperibilita', 'blocks'], ['arrestati', 'days'], ['udienza', 'days'], ['festivo', 'blocks']]);
    const ids = model.shifts.map((s) => s.id);
    expect(ids).toContain('reperibilita+arrestati');
    expect(ids).not.toContain('arrestati+udienza');
    const arrestati = serviceIds.indexOf('arrestati');
    const rossi = model.people.findIndex((p) => p.id === 'rossi-mario');
    expect(model.people[rossi]!.unavailable).toEqual([9, 10, 11]);
    // The procuratore does none of these services; Greco may not do hearings.
    expect(model.people[0]!.eligible.every((e) => !e)).toBe(true);
    expect(model.people.find((p) => p.id === 'greco-paolo')!.eligible[ids.indexOf('udienza')]).toBe(false);
    // Week blocks of on-call: Tuesday 1 to Sunday 6, then whole weeks.
    expect(model.blocks.filter((b) => b.shift === 0).map((b) => b.days.length)).toEqual([6, 7, 7, 7, 4]);
    // Two turns of one service too close: a spacing between its turns (a day each for arrest duty,
    // a block each for on-call); the monthly limit is one window.
    expect(model.spacings).toMatchObject([
      { id: 'arrestati-consecutivi', shift: arrestati, minGap: 1, hard: true },
      { id: 'reperibilita-distanti', shift: 0, minGap: 7, hard: false, weight: 3 },
    ]);
    expect(model.limits).toMatchObject([{ task: arrestati, from: 0, to: 30, softMax: 8, hardMax: 10 }]);
  });

  it('encodes assignments to a roster and decodes the same assignments back', () => {
    const ctx = december();
    const built = constructCalendar(ctx);
    const compiled = compileCalendar(ctx, { initial: built.assignments });
    const roster = encodeAssignments(ctx, compiled, built.assignments);
    expect(keys(decodeRoster(ctx, compiled, roster))).toEqual(keys(built.assignments));
    // The roster's objective is the calendar's soft cost (no hard rule broken on either side).
    const score = scoreRoster(compiled.model, roster);
    expect(score.hardPenalty).toBe(0);
    const standing = standingOf(ctx, built.assignments);
    expect(score.objective - 1000 * 2 * 1).toBeCloseTo(standing.cost, 6); // the uncovered weekend: 2 magistrate-days
  });

  it('a slot held on only some of its days is not decoded as a duty', () => {
    const ctx = december();
    const built = constructCalendar(ctx);
    const compiled = compileCalendar(ctx, { initial: built.assignments });
    const roster = encodeAssignments(ctx, compiled, built.assignments);
    const first = built.assignments.find((a) => a.slotId === 'reperibilita@2026-12-07')!;
    const p = compiled.magistrateIds.indexOf(first.magistrateId);
    roster.cells[p * 31 + 8] = -1; // 9 December off, in the middle of the week
    expect(keys(decodeRoster(ctx, compiled, roster))).not.toContain(`${first.slotId}#${first.magistrateId}`);
  });
});

describe('solving a calendar', () => {
  it('strictly improves fairness over the construction, with no hard rule broken', async () => {
    const ctx = december();
    const solved = await solveCalendar(ctx, { iterations: 100_000, seed: 1 });
    expect(solved.chosen).toBe('solver');
    expect(solved.solved.cost).toBeLessThan(solved.construction.cost);
    expect(checkRules(ctx, solved.assignments).filter((v) => v.level === 'hard')).toEqual([]);
    const before = fairnessReport(ctx, constructCalendar(ctx).assignments).summary.find((s) => s.kind === 'reperibilita')!;
    const after = fairnessReport(ctx, solved.assignments).summary.find((s) => s.kind === 'reperibilita')!;
    expect(after.meanDeviation).toBeLessThan(before.meanDeviation);
  });

  it('still reports the slot nobody can cover, with its reason', async () => {
    const solved = await solveCalendar(december(), { iterations: 20_000, seed: 1 });
    expect(solved.uncovered).toEqual([{
      serviceId: 'festivo', from: '2026-12-12', to: '2026-12-13', missing: 1,
      reason: 'tutti i magistrati che possono svolgerlo sono assenti o fuori servizio',
    }]);
  });

  it('is the same for the same seed and iteration budget, and keeps pinned duties', async () => {
    const ctx = december();
    const pinned = [{ slotId: 'arrestati@2026-12-02', magistrateId: 'russo-sara' }];
    const a = await solveCalendar(ctx, { iterations: 30_000, seed: 4, pinned });
    const b = await solveCalendar(ctx, { iterations: 30_000, seed: 4, pinned });
    expect(keys(a.assignments)).toEqual(keys(b.assignments));
    expect(a.assignments).toContainEqual({ slotId: 'arrestati@2026-12-02', magistrateId: 'russo-sara', pinned: true });
  });

  it('a pinned duty pins its task, not the whole day: another duty of that day stays free', () => {
    const ctx = december();
    const initial = constructCalendar(ctx).assignments;
    // A day on which someone holds a week of reperibilità and another duty besides.
    const slotOf = (id: string) => ctx.slotById.get(id)!;
    const shared = initial.find((a) => slotOf(a.slotId).serviceId !== 'reperibilita' && initial.some((b) =>
      b.magistrateId === a.magistrateId && slotOf(b.slotId).serviceId === 'reperibilita' && slotOf(b.slotId).dayIndexes.includes(slotOf(a.slotId).dayIndexes[0]!)))!;
    expect(shared).toBeDefined();
    const week = initial.find((b) => b.magistrateId === shared.magistrateId && slotOf(b.slotId).serviceId === 'reperibilita'
      && slotOf(b.slotId).dayIndexes.includes(slotOf(shared.slotId).dayIndexes[0]!))!;
    const { model, serviceIds, magistrateIds } = compileCalendar(ctx, { pinned: [week], initial });
    const person = magistrateIds.indexOf(shared.magistrateId);
    const day = slotOf(shared.slotId).dayIndexes[0]!;
    expect(model.pins).toEqual([]);
    expect(model.taskPins).toContainEqual({ person, day, tasks: [serviceIds.indexOf('reperibilita')] });
    // The day may hold the on-call alone: a shift type providing just it exists.
    expect(model.shifts.some((s) => s.provides!.length === 1 && s.provides![0] === serviceIds.indexOf('reperibilita'))).toBe(true);
  });
});

describe('rules between two services', () => {
  it('arrest duty the day after a hearing is a forbidden succession of every shift type holding them', () => {
    const ctx = decemberContext(smallOffice({ rules: [{ id: 'dopo-udienza', type: 'exclusion', services: ['udienza', 'arrestati'], mode: 'consecutive_days' }] }));
    const { model } = compileCalendar(ctx);
    const ids = model.shifts.map((s) => s.id);
    const hearing = model.shifts[ids.indexOf('udienza')]!;
    expect(hearing.forbiddenNext).toContain(ids.indexOf('arrestati'));
    expect(hearing.forbiddenNext).toContain(ids.indexOf('reperibilita+arrestati'));
    expect(hearing.forbiddenNext).not.toContain(ids.indexOf('reperibilita'));
  });

  it('a soft same-day exclusion keeps the pair at its weight per day; a dependency drops the service alone', () => {
    const ctx = decemberContext(smallOffice({ rules: [
      { id: 'meglio-di-no', type: 'exclusion', services: ['reperibilita', 'arrestati'], mode: 'same_day', level: 'soft', weight: 4 },
      { id: 'festivo-al-reperibile', type: 'dependency', service: 'festivo', then: 'reperibilita' },
    ] }));
    const { model } = compileCalendar(ctx);
    expect(model.shifts.find((s) => s.id === 'reperibilita+arrestati')!.cost).toBe(4);
    const ids = model.shifts.map((s) => s.id);
    expect(ids).not.toContain('festivo');
    expect(ids).toContain('reperibilita+festivo');
  });
});

describe('an office beyond what the compiler takes', () => {
  it('keeps the construction when it has more than 30 services', async () => {
    const base = smallOffice();
    const services = Array.from({ length: 31 }, (_, i) => ({ ...base.services[1]!, id: `servizio-${i}`, name: `Servizio ${i}`, coverage: { ...base.services[1]!.coverage, monday: i === 0 ? 1 : 0, tuesday: 0, wednesday: 0, thursday: 0, friday: 0, saturday: 0, sunday: 0 } }));
    const ctx = decemberContext({ ...base, services });
    const solved = await solveCalendar(ctx, { iterations: 1000 });
    expect(solved.chosen).toBe('construction');
    expect(solved.assignments.length).toBe(4); // the four Mondays of servizio-0
    expect(solved.approximations).toEqual(['more than 30 services: the roster solver was not used']);
  });
});
