import { addDays, civilDayAt } from '../domain/civil-day.ts';
import { formatRangeIt } from '../domain/format-day-it.ts';
import type { Clock, Notifier } from '../ports.ts';
import { computeBalance, type BalanceReport } from './balance.ts';
import type { GiadaEngine } from './engine.ts';

/** The calendar semester holding `day`: 1 January – 30 June, or 1 July – 31 December. */
export function semesterOf(day: string): { from: string; to: string } {
  const year = day.slice(0, 4);
  return day.slice(5, 7) <= '06' ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

/**
 * The balance watch as a job (schedule: every Monday at 07:30 Europe/Rome). It computes the weighted
 * load per full-time equivalent over the semester so far (requests from the semester's first day to
 * yesterday) and, when the most and least loaded judges or panels differ by more than the configured
 * tolerance, tells the office's channel (the Dibattimento office and the President) with the figures.
 * Nothing is sent when the loads are within the tolerance. One alert per office and day (key).
 */
export async function watchGiadaBalance(engine: GiadaEngine, clock: Clock, notifier: Notifier): Promise<BalanceReport> {
  const today = civilDayAt(clock.now());
  const { from } = semesterOf(today);
  const to = addDays(today, -1) < from ? from : addDays(today, -1);
  const report = computeBalance(engine.state, from, to);
  if (report.alerts.length > 0) {
    const { setup } = engine.state.model;
    const text = [
      `GIADA, ${setup.officeName}: verifica periodica dei carichi (richieste ${formatRangeIt(from, to)}, tolleranza ${String(report.tolerancePercent).replace('.', ',')}%).`,
      ...report.alerts,
      'Il dettaglio per giudice, collegio e classe si ottiene con "turnario giada report".',
    ].join('\n');
    await notifier.send({ to: { kind: 'office', officeId: setup.officeId }, text, key: `giada-balance:${setup.officeId}:${today}` });
  }
  return report;
}
