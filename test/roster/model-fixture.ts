import { createModel, type Person, type RosterModel } from '../../src/roster/model.ts';

function person(id: string, unavailable: number[] = []): Person {
  return {
    id, eligible: [true, true, true], maxShifts: [20, 20, 3], minMinutes: 960, maxMinutes: 6000,
    maxConsecutive: 4, minConsecutive: 2, minConsecutiveOff: 2, maxWeekends: 1, unavailable,
  };
}

/** A small general model using every rule kind: blocks, pins, spacing, fairness, requests, cover. */
export function buildRichModel(): RosterModel {
  const shifts = [
    { id: 'M', minutes: 480, forbiddenNext: [] },
    { id: 'S', minutes: 600, forbiddenNext: [0] },
    { id: 'R', minutes: 720, forbiddenNext: [0, 1] },
  ];
  const people = [person('P0'), person('P1', [3]), person('P2'), { ...person('P3'), eligible: [true, true, false], maxShifts: [20, 20, 0] }];
  const model = createModel('rich', 14, shifts, people);
  for (let day = 0; day < 14; day++) {
    model.cover.push({ day, shift: 0, target: 1, weightUnder: 50, weightOver: 2 });
    model.cover.push({ day, shift: 1, target: day % 7 >= 5 ? 0 : 1, weightUnder: 30, weightOver: 1 });
  }
  model.requests = [
    { person: 0, day: 2, shift: 0, weight: 3, kind: 'on' },
    { person: 2, day: 4, shift: 1, weight: 2, kind: 'off' },
  ];
  model.pins = [{ person: 1, day: 0, shift: 0 }, { person: 2, day: 1, shift: null }];
  model.blocks = [{ shift: 2, days: [7, 8, 9] }];
  model.spacings = [
    { id: 'S-gap', shift: 1, minGap: 2, hard: false, weight: 4 },
    { id: 'R-gap', shift: 2, minGap: 3, hard: true, weight: 1 },
  ];
  model.loadGroups = [{ id: 'all', load: [1, 1, 2], targets: [6, 6, 6, 6], weight: 5, squareWeight: 1 }];
  return model;
}
