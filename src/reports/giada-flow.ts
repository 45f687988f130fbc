import type { EngineState } from '../giada/index.ts';
import { computeBalance, type BalanceReport } from '../giada/index.ts';

export interface FlowClass {
  id: string;
  name: string;
}

/** Cases assigned in one month (by the day they were requested), per weight class. */
export interface FlowMonth {
  month: string;
  byClass: Record<string, number>;
  total: number;
  /** Hearings held that month, how many were saturated (regular places all taken), and the mean fill in percent. */
  hearings: number;
  saturated: number;
  meanFillPercent: number;
}

export interface SaturatedHearing {
  date: string;
  owner: string;
  used: number;
  capacity: number;
}

export interface GiadaFlow {
  from: string;
  to: string;
  classes: FlowClass[];
  months: FlowMonth[];
  /** The balance watch of the period, as `turnario giada report` computes it (per judge and panel, per class). */
  balance: BalanceReport;
  /** The saturated hearings of the period, by date. */
  saturatedHearings: SaturatedHearing[];
}

const monthOf = (day: string) => day.slice(0, 7);

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = monthOf(to);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/**
 * The GIADA workload and flow of a period: cases per month by class, hearings and their saturation,
 * and the balance by judge, panel and class. Cases count while active (assigned); hearings count
 * when their date is in the period.
 */
export function giadaFlow(state: EngineState, from: string, to: string): GiadaFlow {
  const { model } = state;
  const classes = model.config.weightClasses.map((c) => ({ id: c.id, name: c.name }));
  const months = new Map(monthsBetween(from, to).map((month): [string, FlowMonth] => [month, {
    month, byClass: Object.fromEntries(classes.map((c) => [c.id, 0])), total: 0, hearings: 0, saturated: 0, meanFillPercent: 0,
  }]));
  const usedByHearing = new Map<number, number>();
  for (const entry of state.cases.values()) {
    if (entry.status !== 'assigned') continue;
    if (entry.hearing >= 0) usedByHearing.set(entry.hearing, (usedByHearing.get(entry.hearing) ?? 0) + 1);
    const day = entry.request.requestedOn;
    const row = day >= from && day <= to ? months.get(monthOf(day)) : undefined;
    const klass = classes[entry.classIndex];
    if (!row || !klass) continue;
    row.byClass[klass.id] = (row.byClass[klass.id] ?? 0) + 1;
    row.total += 1;
  }
  const { table } = model;
  const ownerOf = (h: number) => {
    const c = model.candidates.find((x) => (table.start[x.index] ?? 0) <= h && h < (table.end[x.index] ?? 0));
    if (!c) return '';
    return c.kind === 'judge' ? model.names(c.id) : (model.config.panels.find((p) => p.id === c.id)?.name ?? c.id);
  };
  const fillSums = new Map<string, number>();
  const saturatedHearings: SaturatedHearing[] = [];
  for (let h = 0; h < table.size; h++) {
    const date = table.dateOf(h);
    const row = date >= from && date <= to ? months.get(monthOf(date)) : undefined;
    const capacity = table.capsOf(h).capacity;
    if (!row || capacity <= 0) continue;
    const used = usedByHearing.get(h) ?? 0;
    row.hearings += 1;
    fillSums.set(row.month, (fillSums.get(row.month) ?? 0) + Math.min(1, used / capacity));
    if (used >= capacity) {
      row.saturated += 1;
      saturatedHearings.push({ date, owner: ownerOf(h), used, capacity });
    }
  }
  for (const row of months.values()) row.meanFillPercent = row.hearings > 0 ? ((fillSums.get(row.month) ?? 0) / row.hearings) * 100 : 0;
  saturatedHearings.sort((a, b) => (a.date === b.date ? a.owner.localeCompare(b.owner, 'it') : a.date < b.date ? -1 : 1));
  return { from, to, classes, months: [...months.values()], balance: computeBalance(state, from, to), saturatedHearings };
}
