import { isoWeekday } from '../src/domain/civil-day.ts';
import { formatDayIt } from '../src/domain/format-day-it.ts';
import { officeJobSettings } from '../src/domain/office-jobs.ts';
import type { OfficeConfig } from '../src/domain/office-config.ts';
import type { DeepReadonly } from '../src/domain/deep-readonly.ts';
import { watchGiadaBalance } from '../src/giada/balance-watch.ts';
import { publishDrawDay } from '../src/giada/draw-publication.ts';
import type { GiadaEngine } from '../src/giada/engine.ts';
import { openOfficeEngine } from '../src/giada/open-office-engine.ts';
import type { Clock, Notification, Notifier } from '../src/ports.ts';
import { headOf } from '../src/conversation/head-of.ts';
import { actingHeadNote, notifyWithActingHeadNote } from '../src/conversation/acting-head-note.ts';
import { personNameIn } from '../src/conversation/format-duty.ts';
import { toName } from '../src/domain/italian-preposition.ts';
import { hasAnnouncementChannel, NO_OFFICE_CHANNEL } from './office-channel.ts';
import { inWindow, isOpen, type DueItem, type Job, type JobContext, type Performed } from './due-item.ts';
import { daysOf, plannedAt, romeDay } from './wall-clock.ts';
import { noHeadInService, noHeadRecipient } from '../src/conversation/no-head-notice.ts';

type Run = (engine: GiadaEngine, clock: Clock, notifier: Notifier) => Promise<unknown>;

/** Collects what a GIADA function sends, so that the tick sends it under its own claim. */
class Capture implements Notifier {
  readonly sent: Notification[] = [];
  async send(notification: Notification): Promise<void> {
    this.sent.push(notification);
  }
}

/** Runs a GIADA job function on the office's engine (the shared one when given) and returns its message. */
async function runOnEngine(ctx: JobContext, officeId: string, run: Run, quiet: string): Promise<Performed> {
  const capture = new Capture();
  let engine: GiadaEngine;
  if (ctx.giadaEngine) {
    engine = await ctx.giadaEngine(officeId);
  } else {
    const opened = await openOfficeEngine({ store: ctx.store, clock: ctx.clock, notifier: capture, officeId });
    if (!opened.ok) return { kind: 'skip', detail: opened.message };
    engine = opened.engine;
  }
  await run(engine, ctx.clock, capture);
  const [notification] = capture.sent;
  if (!notification) return { kind: 'skip', detail: quiet };
  const detail = notification.text.split('\n')[0]!;
  const state = ctx.store.snapshot();
  const config = state.offices[officeId];
  if (notification.to.kind !== 'office' || !config || hasAnnouncementChannel(config)) return { kind: 'send', notification, detail };
  // No channel to publish on: the president hears it rather than nobody.
  const today = romeDay(ctx.at);
  const president = headOf(config, today, state.absences);
  if (!president) {
    // Nor a president in service: the segreteria hears it, with why, rather than nobody.
    const clerk = noHeadRecipient(config);
    if (!clerk || clerk.kind !== 'magistrate') return { kind: 'skip', detail: `${detail}: non inviato, ${NO_OFFICE_CHANNEL}, nessun presidente è in servizio e l'ufficio non ha personale` };
    return {
      kind: 'send', notification: { ...notification, to: clerk, text: `${notification.text}\n\n${noHeadInService(config, today)}` },
      detail: `${detail} (inviato ${toName(personNameIn(config, clerk.magistrateId))}: ${NO_OFFICE_CHANNEL} e nessun presidente è in servizio)`,
    };
  }
  return {
    kind: 'send', notification: notifyWithActingHeadNote({ ...notification, to: { kind: 'magistrate', officeId, magistrateId: president } }, actingHeadNote(config, today, state.absences)),
    detail: `${detail} (inviato al presidente del Tribunale, ${personNameIn(config, president)}: ${NO_OFFICE_CHANNEL})`,
  };
}

interface Schedule {
  job: 'giada.draw' | 'giada.balance';
  /** Whether the office runs this job, and on which days at which time. */
  applies(config: DeepReadonly<OfficeConfig>): boolean;
  on(day: string, config: DeepReadonly<OfficeConfig>): string | null;
  run: Run;
  what: string;
  quiet: string;
}

/**
 * A GIADA function (`src/giada`) as a job: one occurrence per office and day, keyed
 * `<job>:<office>:<day>`. Each run covers everything before it (the draw reveals every past seed; the
 * balance reads the semester so far), so after downtime only the latest occurrence runs.
 */
function giadaJob(schedule: Schedule): Job {
  return {
    name: schedule.job,
    due(input) {
      const items: DueItem[] = [];
      for (const config of Object.values(input.state.offices)) {
        if (!config.giada || !schedule.applies(config)) continue;
        const officeId = config.office.id;
        const due = daysOf(input.from, input.to).flatMap((day) => {
          const time = schedule.on(day, config);
          if (!time) return [];
          const planned = plannedAt(day, time);
          const key = `${schedule.job}:${officeId}:${day}`;
          return inWindow(planned, input) && isOpen(input.state.jobs.records, key) ? [{ day, planned, key }] : [];
        });
        due.forEach(({ planned, key }, i) => {
          const latest = due.at(-1)!.day;
          items.push({
            job: schedule.job, key, officeId, planned, retryable: true,
            stale: i < due.length - 1 ? `superato dall'esecuzione del ${formatDayIt(latest)}` : null,
            summary: `${schedule.what} per ${config.office.name}`,
            perform: (ctx) => runOnEngine(ctx, officeId, schedule.run, schedule.quiet),
          });
        });
      }
      return items;
    },
  };
}

export const giadaDrawJob = giadaJob({
  job: 'giada.draw',
  applies: (config) => config.giada?.mode === 'draw',
  on: (_day, config) => officeJobSettings(config.jobs).giada.drawTime,
  run: publishDrawDay,
  what: 'impegno del sorteggio di oggi e di domani e semi dei giorni passati',
  quiet: 'nessun messaggio da inviare',
});

export const giadaBalanceJob = giadaJob({
  job: 'giada.balance',
  applies: () => true,
  on: (day, config) => {
    const settings = officeJobSettings(config.jobs).giada;
    return isoWeekday(day) === settings.balanceWeekday ? settings.balanceTime : null;
  },
  run: watchGiadaBalance,
  what: 'verifica dei carichi del semestre',
  quiet: 'carichi entro la tolleranza: nessun avviso',
});
