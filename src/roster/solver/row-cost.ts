import type { Problem } from './problem.ts';

/** Reusable buffers and the outputs of `evaluateRow` (no allocation per call). */
export interface RowScratch {
  counts: Int32Array;
  weekendWorked: Uint8Array;
  hard: number;
  soft: number;
}

export function createRowScratch(problem: Problem): RowScratch {
  return { counts: new Int32Array(problem.S), weekendWorked: new Uint8Array(problem.weekends + 1), hard: 0, soft: 0 };
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

function judgeSpacings(pr: Problem, cells: Int16Array, base: number, out: RowScratch): void {
  for (const sp of pr.spacings) {
    let lastEnd = -1;
    for (let d = 0; d < pr.D; d++) {
      if (cells[base + d] !== sp.shift || (d > 0 && cells[base + d - 1] === sp.shift)) continue;
      const gap = d - lastEnd - 1;
      if (lastEnd >= 0 && gap < sp.minGap) {
        if (sp.hard) out.hard += sp.minGap - gap;
        else out.soft += (sp.minGap - gap) * sp.weight;
      }
      let end = d;
      while (end + 1 < pr.D && cells[base + end + 1] === sp.shift) end++;
      lastEnd = end;
    }
  }
}

function judgeBlocks(pr: Problem, cells: Int16Array, base: number): number {
  let hard = 0;
  for (const block of pr.blocks) {
    let k = 0;
    for (const d of block.days) if (cells[base + d] === block.shift) k++;
    const n = block.days.length;
    if (k > 0 && k < n) hard += Math.min(k, n - k);
  }
  return hard;
}

function judgeTotals(pr: Problem, p: number, minutes: number, out: RowScratch): void {
  const S = pr.S;
  for (let s = 0; s < S; s++) {
    const c = out.counts[s]!;
    if (c > pr.maxShifts[p * S + s]!) out.hard += c - pr.maxShifts[p * S + s]!;
  }
  if (minutes < pr.minMinutes[p]!) out.hard += Math.ceil((pr.minMinutes[p]! - minutes) / 60);
  else if (minutes > pr.maxMinutes[p]!) out.hard += Math.ceil((minutes - pr.maxMinutes[p]!) / 60);
  let weekends = 0;
  for (let w = 0; w < pr.weekends; w++) weekends += out.weekendWorked[w]!;
  if (weekends > pr.maxWeekends[p]!) out.hard += weekends - pr.maxWeekends[p]!;
  for (const g of pr.loadGroups) {
    const target = g.targets[p]!;
    if (!(target >= 0)) continue;
    let load = 0;
    for (let s = 0; s < S; s++) load += out.counts[s]! * g.load[s]!;
    const dev = Math.abs(load - target);
    out.soft += g.weight * dev + g.squareWeight * dev * dev;
  }
}

/** Hard amount and soft penalty of one person's row, excluding cover (which is per day). */
export function evaluateRow(pr: Problem, cells: Int16Array, p: number, out: RowScratch): void {
  const D = pr.D;
  const S = pr.S;
  const base = p * D;
  out.counts.fill(0);
  out.weekendWorked.fill(0);
  let hard = 0;
  let soft = 0;
  let minutes = 0;
  let run = 0;
  let off = 0;
  let prev = -1;
  for (let d = 0; d < D; d++) {
    const v = cells[base + d]!;
    soft += pr.cellCost[(base + d) * (S + 1) + v + 1]!;
    const pin = pr.fixed[base + d]!;
    if (pin !== -2 && pin !== v) hard++;
    if (v >= 0) {
      minutes += pr.minutes[v]!;
      out.counts[v]!++;
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
  if (pr.spacings.length > 0) judgeSpacings(pr, cells, base, out);
}

/** Cover penalty of one (day, shift) given how many people work it. */
export function coverCost(pr: Problem, index: number, count: number): number {
  const target = pr.coverTarget[index]!;
  return count < target ? (target - count) * pr.coverUnder[index]! : (count - target) * pr.coverOver[index]!;
}
