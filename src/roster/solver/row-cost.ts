import { keepsTaskPin, type Problem } from './problem.ts';

/** Reusable buffers and the outputs of `evaluateRow` (no allocation per call). */
export interface RowScratch {
  /** Days worked per shift type. */
  counts: Int32Array;
  /** Days worked per task (filled only when tasks are declared). */
  taskCounts: Int32Array;
  /** Per load group, the load (filled only for groups with day loads). */
  loads: Float64Array;
  weekendWorked: Uint8Array;
  hard: number;
  soft: number;
}

export function createRowScratch(problem: Problem): RowScratch {
  return { counts: new Int32Array(problem.S), taskCounts: new Int32Array(problem.T), loads: new Float64Array(problem.loadGroups.length), weekendWorked: new Uint8Array(problem.weekends + 1), hard: 0, soft: 0 };
}

function judgeWorkRun(pr: Problem, p: number, start: number, length: number): number {
  let hard = 0;
  const max = pr.maxConsecutive[p]!;
  if (length > max) hard += length - max;
  const min = pr.minConsecutive[p]!;
  if (length < min && !(pr.exemptMinConsecutive && (start === 0 || start + length === pr.D))) hard += min - length;
  return hard;
}

function judgeOffRun(pr: Problem, p: number, start: number, length: number): number {
  const min = pr.minOff[p]!;
  if (length >= min || (pr.exemptMinOff && (start === 0 || start + length === pr.D))) return 0;
  return min - length;
}

/** Whether the cell value v (−1 = off) provides task t. */
function has(pr: Problem, v: number, t: number): boolean {
  return v >= 0 && pr.provides[v * pr.T + t] === 1;
}

/** Whether a turn of task t starts on day d of the row at `base` (the cell there provides t). */
function startsTurn(pr: Problem, cells: Int16Array, base: number, t: number, d: number): boolean {
  return d === 0 || !has(pr, cells[base + d - 1]!, t) || pr.turnCut[t * pr.D + d] === 1;
}

function judgeSpacings(pr: Problem, cells: Int16Array, p: number, base: number, out: RowScratch): void {
  const breach = (sp: Problem['spacings'][number], gap: number) => {
    if (gap >= sp.minGap) return;
    if (sp.hard) out.hard += sp.minGap - gap;
    else out.soft += (sp.minGap - gap) * sp.weight;
  };
  for (const sp of pr.spacings) {
    const t = sp.shift;
    // The last turn before the horizon (another plan's) counts against the first one in it; -Infinity: none.
    let lastEnd = sp.lastBefore[p]!;
    let inside = false;
    for (let d = 0; d < pr.D; d++) {
      if (!has(pr, cells[base + d]!, t) || !startsTurn(pr, cells, base, t, d)) continue;
      breach(sp, d - lastEnd - 1);
      let end = d;
      while (end + 1 < pr.D && has(pr, cells[base + end + 1]!, t) && pr.turnCut[t * pr.D + end + 1] === 0) end++;
      lastEnd = end;
      inside = true;
    }
    if (inside) breach(sp, sp.firstAfter[p]! - lastEnd - 1);
  }
}

function judgeLimits(pr: Problem, cells: Int16Array, p: number, base: number, out: RowScratch): void {
  for (const l of pr.limits) {
    let count = l.outside[p]!;
    for (let d = l.from; d <= l.to; d++) if (has(pr, cells[base + d]!, l.task) && startsTurn(pr, cells, base, l.task, d)) count++;
    if (count > l.hardMax) out.hard += count - l.hardMax;
    if (count > l.softMax) out.soft += (Math.min(count, l.hardMax) - l.softMax) * l.weight;
    if (l.minFor[p]) {
      if (count < l.hardMin) out.hard += l.hardMin - count;
      if (count < l.softMin) out.soft += (l.softMin - Math.max(count, l.hardMin)) * l.weight;
    }
  }
}

function judgeBlocks(pr: Problem, cells: Int16Array, base: number): number {
  let hard = 0;
  for (const block of pr.blocks) {
    let k = 0;
    for (const d of block.days) if (has(pr, cells[base + d]!, block.shift)) k++;
    const n = block.days.length;
    if (k > 0 && k < n) hard += Math.min(k, n - k);
  }
  return hard;
}

function judgeTotals(pr: Problem, p: number, minutes: number, out: RowScratch): void {
  const { S, T } = pr;
  const perTask = pr.identity ? out.counts : out.taskCounts;
  if (!pr.identity) {
    perTask.fill(0);
    for (let s = 0; s < S; s++) {
      const c = out.counts[s]!;
      if (c > 0) for (let k = pr.taskStart[s]!; k < pr.taskStart[s + 1]!; k++) perTask[pr.taskList[k]!]! += c;
    }
  }
  for (let t = 0; t < T; t++) {
    const c = perTask[t]!;
    if (c > pr.maxShifts[p * T + t]!) out.hard += c - pr.maxShifts[p * T + t]!;
  }
  if (minutes < pr.minMinutes[p]!) out.hard += Math.ceil((pr.minMinutes[p]! - minutes) / 60);
  else if (minutes > pr.maxMinutes[p]!) out.hard += Math.ceil((minutes - pr.maxMinutes[p]!) / 60);
  let weekends = 0;
  for (let w = 0; w < pr.weekends; w++) weekends += out.weekendWorked[w]!;
  if (weekends > pr.maxWeekends[p]!) out.hard += weekends - pr.maxWeekends[p]!;
  for (let k = 0; k < pr.loadGroups.length; k++) {
    const g = pr.loadGroups[k]!;
    const target = g.targets[p]!;
    if (!(target >= 0)) continue;
    let load = 0;
    if (g.shiftDayLoad) load = out.loads[k]!;
    else for (let s = 0; s < S; s++) load += out.counts[s]! * g.shiftLoad[s]!;
    const dev = Math.abs(load - target);
    out.soft += g.weight * dev + g.squareWeight * dev * dev;
    if (dev > g.band) out.soft += g.bandWeight * (dev - g.band);
  }
}

/** Hard amount and soft penalty of one person's row, excluding cover (which is per day). */
export function evaluateRow(pr: Problem, cells: Int16Array, p: number, out: RowScratch): void {
  const D = pr.D;
  const S = pr.S;
  const base = p * D;
  out.counts.fill(0);
  out.loads.fill(0);
  out.weekendWorked.fill(0);
  const groups = pr.loadGroups;
  let hard = 0;
  let soft = 0;
  let minutes = 0;
  let run = 0;
  let off = 0;
  let prev = -1;
  for (let d = 0; d < D; d++) {
    const v = cells[base + d]!;
    if (pr.hasRequests) soft += pr.cellCost[(base + d) * (S + 1) + v + 1]!;
    const pin = pr.fixed[base + d]!;
    if (pin !== -2 && pin !== v) hard++;
    if (!keepsTaskPin(pr, base + d, v)) hard++;
    if (v >= 0) {
      minutes += pr.minutes[v]!;
      out.counts[v]!++;
      if (pr.hasShiftCost) soft += pr.shiftCost[v]!;
      for (let k = 0; k < groups.length; k++) {
        const sdl = groups[k]!.shiftDayLoad;
        if (sdl) out.loads[k]! += sdl[v * D + d]!;
      }
      if (!pr.eligible[p * S + v]) hard++;
      if (pr.unavailable[base + d]) hard++;
      if (prev >= 0 && pr.forbidden[prev * S + v]) hard++;
      const w = pr.weekendOf[d]!;
      if (w >= 0) out.weekendWorked[w] = 1;
      if (off > 0) { hard += judgeOffRun(pr, p, d - off, off); off = 0; }
      run++;
    } else {
      if (run > 0) { hard += judgeWorkRun(pr, p, d - run, run); run = 0; }
      off++;
    }
    prev = v;
  }
  if (run > 0) hard += judgeWorkRun(pr, p, D - run, run);
  if (off > 0) hard += judgeOffRun(pr, p, D - off, off);
  out.hard = hard + judgeBlocks(pr, cells, base);
  out.soft = soft;
  judgeTotals(pr, p, minutes, out);
  if (pr.spacings.length > 0) judgeSpacings(pr, cells, p, base, out);
  if (pr.limits.length > 0) judgeLimits(pr, cells, p, base, out);
}

/** Cover penalty of one (day, task) given how many people work it. */
export function coverCost(pr: Problem, index: number, count: number): number {
  const target = pr.coverTarget[index]!;
  return count < target ? (target - count) * pr.coverUnder[index]! : (count - target) * pr.coverOver[index]!;
}
