import { tellSegreteria } from './segreteria-notice.ts';
import { missingStretches } from '../src/calendar/versions/duties-in-range.ts';
import { formatMonthIt, formatRangeIt, monthNamesIt } from '../src/domain/format-day-it.ts';
import { officeJobSettings } from '../src/domain/office-jobs.ts';
import { actingHeadNote, notifyWithActingHeadNote } from '../src/conversation/acting-head-note.ts';
import { headOf } from '../src/conversation/head-of.ts';
import { inWindow, isOpen, type DueItem, type Job, type JobContext, type Performed } from './due-item.ts';
import { monthAfter } from './provisional-calendar.ts';
import { daysOf, plannedAt, romeDay } from './wall-clock.ts';

type Period = { from: string; to: string; month: string };

/** The days of the period no calendar of the office covers, published or provisional (withdrawn proposals aside). */
function missingDays(ctx: JobContext, officeId: string, period: Period): { from: string; to: string }[] {
  const versions = ctx.store.snapshot().calendars.filter((c) => c.officeId === officeId && c.status !== 'withdrawn');
  return missingStretches(versions, period.from, period.to);
}

/** The head's message: which days have no calendar, and the two ways to generate them (the first stretch, when several). */
export function missingCalendarText(period: Period, missing: readonly { from: string; to: string }[]): string {
  const whole = missing.length === 1 && missing[0]!.from === period.from && missing[0]!.to === period.to;
  const first = missing[0]!;
  const what = whole
    ? `non c'è ancora un calendario dei turni di ${formatMonthIt(period.month)}`
    : `mancano ancora i turni ${missing.map((m) => formatRangeIt(m.from, m.to)).join(', ')}`;
  const chat = whole ? `genera il calendario di ${monthNamesIt[Number(period.month.slice(5)) - 1]}` : `genera il calendario ${formatRangeIt(first.from, first.to)}`;
  return `La generazione automatica dei calendari è disattivata per il tuo ufficio e ${what}. `
    + `Quando vuoi, puoi generarlo scrivendomi "${chat}" oppure con "turnario calendar generate --from ${first.from} --to ${first.to}"; poi lo rivedi e lo pubblichi.`;
}

async function tellHead(ctx: JobContext, officeId: string, period: Period): Promise<Performed> {
  const missing = missingDays(ctx, officeId, period);
  if (missing.length === 0) return { kind: 'skip', detail: `il calendario di ${formatMonthIt(period.month)} c'è già: nessun avviso` };
  const state = ctx.store.snapshot();
  const config = state.offices[officeId]!;
  const today = romeDay(ctx.at);
  const text = missingCalendarText(period, missing);
  const head = headOf(config, today, state.absences);
  if (!head) return tellSegreteria(config, today, text, `manca il calendario di ${formatMonthIt(period.month)}`);
  const notification = notifyWithActingHeadNote({ to: { kind: 'magistrate', officeId, magistrateId: head }, text }, actingHeadNote(config, today, state.absences));
  return { kind: 'send', notification, detail: `manca il calendario di ${formatMonthIt(period.month)}: avvisato il capo dell'ufficio` };
}

/**
 * An office that generates its calendars by hand (`jobs.generation.enabled: false`) is told, on the day the automatic
 * generation would have run (the 10th at 07:00 by default), when the coming month still has days no calendar covers:
 * nobody would otherwise notice until the month began with no duties and no reminders. Once a month, key
 * `calendar.missing:<office>:<YYYY-MM>`; a month generated meanwhile gets nothing.
 */
export const missingCalendarJob: Job = {
  name: 'calendar.missing',
  due(input) {
    const items: DueItem[] = [];
    const today = romeDay(input.at);
    for (const config of Object.values(input.state.offices)) {
      const settings = officeJobSettings(config.jobs).generation;
      if (settings.enabled || config.services.length === 0) continue;
      const officeId = config.office.id;
      for (const day of daysOf(input.from, input.to)) {
        if (Number(day.slice(8)) !== settings.dayOfMonth) continue;
        const planned = plannedAt(day, settings.time);
        if (!inWindow(planned, input)) continue;
        const period = monthAfter(day, settings.monthsAhead);
        const key = `calendar.missing:${officeId}:${period.month}`;
        if (!isOpen(input.state.jobs.records, key)) continue;
        items.push({
          job: 'calendar.missing', key, officeId, planned, retryable: true,
          stale: today > period.to ? `il periodo ${formatRangeIt(period.from, period.to)} è già finito` : null,
          summary: `avviso al capo dell'ufficio: calendario di ${formatMonthIt(period.month)} non ancora generato`,
          perform: (ctx) => tellHead(ctx, officeId, period),
        });
      }
    }
    return items;
  },
};
