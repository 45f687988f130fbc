import { providesTask, type RosterModel } from '../model.ts';

export interface Turn {
  start: number;
  end: number;
}

/** Days on which a turn of `task` starts anew even if the day before worked it too (see `Task.turns`). */
export function listTurnCuts(model: RosterModel, task: number): Set<number> {
  const mode = model.tasks?.[task]?.turns ?? 'runs';
  if (mode === 'days') return new Set(Array.from({ length: model.days }, (_, d) => d));
  if (mode === 'runs') return new Set();
  return new Set(model.blocks.filter((b) => b.shift === task).map((b) => Math.min(...b.days)));
}

/** The turns of one task in one person's row, in order. */
export function listTurns(model: RosterModel, row: ArrayLike<number>, task: number): Turn[] {
  const cuts = listTurnCuts(model, task);
  const turns: Turn[] = [];
  for (let d = 0; d < row.length; d++) {
    if (!providesTask(model, row[d]!, task)) continue;
    const last = turns.at(-1);
    if (last && last.end === d - 1 && !cuts.has(d)) last.end = d;
    else turns.push({ start: d, end: d });
  }
  return turns;
}
