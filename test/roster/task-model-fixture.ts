import { createModel, type Person, type RosterModel } from '../../src/roster/model.ts';

/**
 * A model with declared tasks: on-call (weekly blocks), arrest duty (daily turns) and hearings
 * (daily turns). Shift types: each task alone, and on-call+hearing, the declared compatibility;
 * on-call+arrest is tolerated at a cost. Arrest duty and hearings never share a day.
 */
export function buildTaskModel(people = 5, days = 14): RosterModel {
  const shifts = [
    { id: 'oncall', minutes: 60, forbiddenNext: [], provides: [0] },
    { id: 'arrest', minutes: 60, forbiddenNext: [1, 4], provides: [1] },
    { id: 'hearing', minutes: 60, forbiddenNext: [], provides: [2] },
    { id: 'oncall+hearing', minutes: 60, forbiddenNext: [], provides: [0, 2] },
    { id: 'oncall+arrest', minutes: 60, forbiddenNext: [1, 4], provides: [0, 1], cost: 3 },
  ];
  const person = (i: number): Person => ({
    id: `P${i}`, eligible: [true, true, true, true, true], maxShifts: [days, days, 6], minMinutes: 0,
    maxMinutes: days * 60, maxConsecutive: days, minConsecutive: 0, minConsecutiveOff: 0, maxWeekends: days,
    unavailable: i === 1 ? [3, 4] : [],
  });
  const model = createModel('tasks', days, shifts, Array.from({ length: people }, (_, i) => person(i)));
  model.tasks = [{ id: 'oncall', turns: 'blocks' }, { id: 'arrest', turns: 'days' }, { id: 'hearing', turns: 'days' }];
  for (let day = 0; day < days; day++) {
    model.cover.push({ day, shift: 0, target: 1, weightUnder: 100, weightOver: 100 });
    model.cover.push({ day, shift: 1, target: 1, weightUnder: 100, weightOver: 100 });
    model.cover.push({ day, shift: 2, target: day % 7 >= 5 ? 0 : 2, weightUnder: 100, weightOver: 100 });
  }
  for (let w = 0; w * 7 < days; w++) model.blocks.push({ shift: 0, days: Array.from({ length: Math.min(7, days - w * 7) }, (_, k) => w * 7 + k) });
  model.spacings = [
    { id: 'oncall-apart', shift: 0, minGap: 7, hard: false, weight: 5 },
    { id: 'hearing-gap', shift: 2, minGap: 1, hard: false, weight: 2 },
  ];
  model.limits = [{ id: 'arrest-week-1', task: 1, from: 0, to: 6, softMax: 1, hardMax: 3, softMin: 1, weight: 4, minFor: [0, 2] }];
  const weekendLoad = Array.from({ length: days }, (_, d) => (d % 7 >= 5 ? 1.5 : 1));
  model.loadGroups = [
    { id: 'arrest', load: [0, 1, 0], dayLoad: [undefined, weekendLoad], targets: Array(people).fill((days * 1.1) / people), weight: 10, squareWeight: 5 },
    { id: 'hearing', load: [0, 0, 1], targets: Array(people).fill(20 / people), weight: 10, squareWeight: 5, band: 1, bandWeight: 50 },
  ];
  return model;
}
