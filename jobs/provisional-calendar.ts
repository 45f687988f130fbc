import { tellSegreteria } from './segreteria-notice.ts';
import { fairnessHistoryFrom } from '../src/calendar/fairness-history.ts';
import { fairnessReport, formatFairnessReport } from '../src/calendar/fairness-report.ts';
import { toAssignments } from '../src/calendar/versions/duties.ts';
import { civilDayAt, lastDayOfMonth, makeDay } from '../src/domain/civil-day.ts';
import { elided, formatDayIt, formatRangeIt } from '../src/domain/format-day-it.ts';
import { officeJobSettings } from '../src/domain/office-jobs.ts';
import { formatWhen, serviceNameIn } from '../src/conversation/format-duty.ts';
import { headOf } from '../src/conversation/head-of.ts';
import { actingHeadNote, notifyWithActingHeadNote, withActingHeadNote } from '../src/conversation/acting-head-note.ts';
import { openPending } from '../src/conversation/pending.ts';
import { replyText, type Reply } from '../src/conversation/reply.ts';
import { generateCalendar } from '../src/use-cases/generate-calendar.ts';
import { inWindow, isOpen, type DueItem, type Job } from './due-item.ts';
import { missedGenerationDay } from './missed-generation.ts';
import { daysOf, plannedAt, romeDay } from './wall-clock.ts';
import type { DeepReadonly } from '../src/domain/deep-readonly.ts';
import type { StoreState } from '../src/domain/store-state.ts';

/** Who the generated versions are created by, in the calendar and the audit log. */
export const JOBS_ACTOR = 'turnario:job';

/** The month `ahead` months after the one of `day`: its first and last day. */
export function monthAfter(day: string, ahead: number): { from: string; to: string; month: string } {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + ahead;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { from: makeDay(year, month, 1), to: lastDayOfMonth(year, month), month: `${year}-${String(month).padStart(2, '0')}` };
}

/**
 * On the configured day of each month (default the 10th at 07:00) the provisional calendar of the
 * coming month is generated and the head is told: coverage, uncovered places with their reasons,
 * fairness summary, and a button to publish. When a calendar of that month already exists (someone
 * generated it by hand), nothing is generated. A store first ticked after that day (or down longer than
 * the catch-up window) still generates the coming month once, under the same key (`missedGenerationDay`).
 */
export const provisionalCalendarJob: Job = {
  name: 'calendar.generate',
  due(input) {
    const items: DueItem[] = [];
    const today = romeDay(input.at);
    for (const config of Object.values(input.state.offices)) {
      const settings = officeJobSettings(config.jobs).generation;
      if (!settings.enabled || config.services.length === 0) continue;
      const officeId = config.office.id;
      const itemFor = (day: string, planned: Date, late: string) => {
        const period = monthAfter(day, settings.monthsAhead);
        const key = `calendar.generate:${officeId}:${period.month}`;
        if (!isOpen(input.state.jobs.records, key)) return null;
        return {
          job: 'calendar.generate', key, officeId, planned, retryable: false,
          stale: today > period.to ? `il periodo ${formatRangeIt(period.from, period.to)} è già finito` : null,
          summary: `calendario provvisorio ${formatRangeIt(period.from, period.to)} per ${config.office.name}${late}`,
          perform: (ctx) => generateAndTell(ctx, officeId, period),
        } satisfies DueItem;
      };
      for (const day of daysOf(input.from, input.to)) {
        if (Number(day.slice(8)) !== settings.dayOfMonth) continue;
        const planned = plannedAt(day, settings.time);
        const item = inWindow(planned, input) ? itemFor(day, planned, '') : null;
        if (item) items.push(item);
      }
      // This month's generation fell before the window (turnario installed or first started after it, or
      // down longer than the catch-up window): the coming period is generated now, under the same key, if
      // nobody has generated it yet. A month already generated is left alone and nothing is recorded.
      const missed = missedGenerationDay(settings, input);
      if (missed && !hasCalendarOf(input.state, officeId, monthAfter(missed.day, settings.monthsAhead))) {
        const item = itemFor(missed.day, missed.planned, ` (recupero della generazione prevista ${elided('il', Number(missed.day.slice(8)))}${formatDayIt(missed.day)})`);
        if (item) items.push(item);
      }
    }
    return items;
  },
};

/** The calendar versions of an office that overlap a period, whatever their status. */
function calendarsOf(state: DeepReadonly<StoreState>, officeId: string, period: { from: string; to: string }) {
  return state.calendars.filter((c) => c.officeId === officeId && c.from <= period.to && c.to >= period.from);
}

function hasCalendarOf(state: DeepReadonly<StoreState>, officeId: string, period: { from: string; to: string }): boolean {
  return calendarsOf(state, officeId, period).length > 0;
}

async function generateAndTell(ctx: Parameters<DueItem['perform']>[0], officeId: string, period: { from: string; to: string }) {
  const state = ctx.store.snapshot();
  const existing = calendarsOf(state, officeId, period);
  if (existing.length > 0) {
    const latest = [...existing].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1)!;
    return { kind: 'skip' as const, detail: `esiste già un calendario ${formatRangeIt(latest.from, latest.to)} (versione ${latest.number}): non ne genero un altro` };
  }
  const config = state.offices[officeId]!;
  const today = romeDay(ctx.at);
  const head = headOf(config, today, state.absences);
  const result = await generateCalendar(ctx.store, ctx.clock, { officeId, ...period }, JOBS_ACTOR);
  if (!head) {
    // Nobody to publish it: the segreteria (or the office channel) hears it was generated and why it waits.
    const what = result.ok
      ? `${result.message} Resta provvisorio finché un capo dell'ufficio in servizio non lo pubblica.`
      : `Non ho potuto generare il calendario provvisorio ${formatRangeIt(period.from, period.to)}: ${result.message}`;
    return tellSegreteria(config, today, what, result.message.replace(/\.$/, ''));
  }
  const to = { kind: 'magistrate' as const, officeId, magistrateId: head };
  /** Said to the vicario when she acts for the head. */
  const note = actingHeadNote(config, today, state.absences);
  if (!result.ok) {
    const text = `Non ho potuto generare il calendario provvisorio ${formatRangeIt(period.from, period.to)}: ${result.message}`;
    return { kind: 'send' as const, notification: notifyWithActingHeadNote({ to, text }, note), detail: result.message };
  }
  const { version, ctx: calendar } = result;
  const pending = await openPending(ctx.store, ctx.clock, { kind: 'publish', officeId, createdBy: JOBS_ACTOR, answerers: [head], payload: { from: period.from, to: period.to, versionNumber: version.number } });
  const expiry = civilDayAt(new Date(pending.expiresAt));
  const gaps = version.uncovered.map((g) => `${serviceNameIn(config, g.serviceId)} ${formatWhen(g.from, g.to)}: ${g.reason}`);
  // The same figures as `turnario calendar fairness`: cumulative, counting the periods published before.
  const history = fairnessHistoryFrom(ctx.store.snapshot(), officeId, period.from);
  const fairness = formatFairnessReport(fairnessReport(calendar, toAssignments(version.duties), history)).filter((l) => !l.startsWith(' '));
  const message: Reply = withActingHeadNote({
    kind: 'confirm', title: `Calendario provvisorio ${formatRangeIt(period.from, period.to)} pronto`,
    sections: [
      { lines: [result.message] },
      ...(gaps.length ? [{ heading: 'Turni scoperti (aree critiche)', lines: gaps, list: true }] : []),
      { heading: 'Equità della distribuzione (scarto dal carico obiettivo)', lines: fairness, list: true },
      { lines: [`Puoi rivederlo e modificarlo prima di pubblicarlo. Il pulsante "Pubblica" resta valido fino ${elided('al', Number(expiry.slice(8)))}${formatDayIt(expiry)}.`] },
    ],
    actions: [
      { id: 'publish', label: 'Pubblica', style: 'primary', pendingId: pending.id },
      { id: 'cancel', label: 'Non ora', style: 'default', pendingId: pending.id },
    ],
  }, note);
  return { kind: 'send' as const, notification: { to, text: replyText(message), reply: message }, detail: `${result.message} Inviato al capo dell'ufficio con il pulsante "Pubblica".` };
}
