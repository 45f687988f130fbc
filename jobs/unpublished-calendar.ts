import { tellSegreteria } from './segreteria-notice.ts';
import { versionsByPeriod } from '../src/calendar/versions/duties-in-range.ts';
import type { CalendarVersion } from '../src/domain/calendar.ts';
import { addDays, civilDayAt, daysBetween, type CivilDay } from '../src/domain/civil-day.ts';
import type { DeepReadonly } from '../src/domain/deep-readonly.ts';
import { elided, formatDayIt, formatRangeIt } from '../src/domain/format-day-it.ts';
import type { OfficeConfig } from '../src/domain/office-config.ts';
import { officeJobSettings } from '../src/domain/office-jobs.ts';
import { headOf } from '../src/conversation/head-of.ts';
import { actingHeadNote, withActingHeadNote } from '../src/conversation/acting-head-note.ts';
import { openPending } from '../src/conversation/pending.ts';
import type { Reply } from '../src/conversation/reply.ts';
import { inWindow, isOpen, sendReply, type DueItem, type Job, type JobContext, type Performed } from './due-item.ts';
import { offsetsFor, reminderInstant } from './duty-reminders.ts';
import { hasAnnouncementChannel, NO_OFFICE_CHANNEL } from './office-channel.ts';
import { JOBS_ACTOR } from './provisional-calendar.ts';
import { daysOf, plannedAt, romeDay } from './wall-clock.ts';

type Config = DeepReadonly<OfficeConfig>;
type Version = DeepReadonly<CalendarVersion>;

/** When a period starts, if no reminder of it comes earlier: its first morning. */
const PERIOD_START_TIME = '08:00';

/**
 * When an unpublished period becomes a problem: the first reminder one of its duties would get if it
 * were published, or the period's first morning, whichever comes first.
 */
export function unpublishedNoticeAt(config: Config, version: Version): Date {
  const settings = officeJobSettings(config.jobs).reminders;
  let first = plannedAt(version.from, PERIOD_START_TIME);
  if (!settings.enabled) return first;
  const kinds = new Set(settings.serviceKinds);
  const reminded = new Set(config.services.filter((s) => kinds.has(s.kind)).map((s) => s.id));
  for (const duty of version.duties) {
    if (!reminded.has(duty.serviceId)) continue;
    for (const offset of offsetsFor(settings, duty.magistrateId)) {
      const at = reminderInstant(duty, offset);
      if (at.getTime() < first.getTime()) first = at;
    }
  }
  return first;
}

/** "inizia domani", "inizia tra 3 giorni", "è iniziato il 1° gennaio 2027", seen from the day it is sent. */
export function periodStartIt(from: CivilDay, sentOn: CivilDay): string {
  const lead = daysBetween(sentOn, from);
  if (lead < 0) return `è iniziato ${elided('il', Number(from.slice(8)))}${formatDayIt(from)}`;
  return lead === 0 ? 'inizia oggi' : lead === 1 ? 'inizia domani' : `inizia tra ${lead} giorni`;
}

/** The head's message: the period is about to start unpublished; review it and publish it. */
export function unpublishedHeadMessage(version: Version, sentOn: CivilDay, pending: { id: string; expiresOn: CivilDay } | null): Reply {
  const period = formatRangeIt(version.from, version.to);
  const button = pending ? ` Il pulsante "Pubblica" resta valido fino ${elided('al', Number(pending.expiresOn.slice(8)))}${formatDayIt(pending.expiresOn)}.` : '';
  return {
    kind: 'confirm', title: `Calendario ${period} ancora da pubblicare`,
    sections: [{
      lines: [
        `Il calendario dei turni ${period} ${periodStartIt(version.from, sentOn)}, ma è ancora provvisorio (versione ${version.number}): finché non sarà pubblicato, i magistrati non riceveranno i promemoria dei propri turni.`,
        `Ti chiedo cortesemente di rivederlo e, se è tutto in ordine, di pubblicarlo appena possibile.${button}`,
      ],
    }],
    actions: pending ? [
      { id: 'publish', label: 'Pubblica', style: 'primary', pendingId: pending.id },
      { id: 'cancel', label: 'Non ora', style: 'default', pendingId: pending.id },
    ] : [],
  };
}

/** The office channel's message: the duties shown so far are provisional. */
export function unpublishedOfficeMessage(version: Version, sentOn: CivilDay): Reply {
  const period = formatRangeIt(version.from, version.to);
  return {
    kind: 'answer', title: `Calendario ${period} non ancora pubblicato`,
    sections: [{
      lines: [
        `Il calendario dei turni ${period} ${periodStartIt(version.from, sentOn)}, ma non è ancora stato pubblicato: i turni sono provvisori e i promemoria saranno inviati dopo la pubblicazione.`,
        'Il capo dell\'ufficio è stato avvisato.',
      ],
    }],
    actions: [],
  };
}

/** The newest non-withdrawn version of a period, when none of its versions is published. */
function unpublishedLatest(versions: readonly Version[]): Version | null {
  if (versions.some((v) => v.status === 'published')) return null;
  const latest = versions.at(-1);
  return latest?.status === 'provisional' ? latest : null;
}

function stillUnpublished(ctx: JobContext, version: Version): Version | null {
  const periods = versionsByPeriod(ctx.store.snapshot(), version.officeId, version.from, version.to)
    .filter((list) => list[0]!.from === version.from && list[0]!.to === version.to);
  return periods.length === 1 ? unpublishedLatest(periods[0]!) : null;
}

const PUBLISHED_MEANWHILE = 'il calendario è stato pubblicato nel frattempo: nessun avviso';

async function tellHead(ctx: JobContext, config: Config, seen: Version): Promise<Performed> {
  const version = stillUnpublished(ctx, seen);
  if (!version) return { kind: 'skip', detail: PUBLISHED_MEANWHILE };
  const today = civilDayAt(ctx.at);
  const officeId = config.office.id;
  const absences = ctx.store.snapshot().absences;
  const head = headOf(config, today, absences);
  if (!head) {
    const message = unpublishedHeadMessage(version, today, null);
    return tellSegreteria(config, today, message.sections[0]!.lines[0]!, message.title!);
  }
  const pending = await openPending(ctx.store, ctx.clock, { kind: 'publish', officeId, createdBy: JOBS_ACTOR, answerers: [head], payload: { from: version.from, to: version.to, versionNumber: version.number } });
  const message = withActingHeadNote(unpublishedHeadMessage(version, today, { id: pending.id, expiresOn: civilDayAt(new Date(pending.expiresAt)) }), actingHeadNote(config, today, absences));
  return sendReply({ kind: 'magistrate', officeId, magistrateId: head }, message, `${message.title!}: avvisato il capo dell'ufficio con il pulsante "Pubblica".`);
}

async function tellOffice(ctx: JobContext, config: Config, seen: Version): Promise<Performed> {
  const version = stillUnpublished(ctx, seen);
  if (!version) return { kind: 'skip', detail: PUBLISHED_MEANWHILE };
  const today = civilDayAt(ctx.at);
  if (!hasAnnouncementChannel(config)) return { kind: 'skip', detail: `avviso nel canale dell'ufficio non inviato: ${NO_OFFICE_CHANNEL}` };
  // With nobody acting as head, the channel already hears the segreteria's notice (noHeadRecipient).
  if (!headOf(config, today, ctx.store.snapshot().absences)) return { kind: 'skip', detail: 'nessun capo dell\'ufficio in servizio: il canale dell\'ufficio riceve già l\'avviso per la segreteria' };
  const message = unpublishedOfficeMessage(version, today);
  return sendReply({ kind: 'office', officeId: config.office.id }, message, message.sections[0]!.lines[0]!);
}

/**
 * A period whose calendar is still provisional (no version published) when its first reminder would go
 * out, or when it starts: no reminder goes out for it (reminders read published duties only), so the head
 * is told once to review and publish it, with a "Pubblica" button, and the office channel hears that the
 * duties are provisional. Keys `calendar.unpublished:<office>:<from>/<to>:head` and `:office`.
 */
export const unpublishedCalendarJob: Job = {
  name: 'calendar.unpublished',
  due(input) {
    const items: DueItem[] = [];
    const today = romeDay(input.at);
    const days = daysOf(input.from, input.to);
    for (const config of Object.values(input.state.offices)) {
      const officeId = config.office.id;
      // Periods still running, or starting within the reach of the earliest reminder offset.
      for (const versions of versionsByPeriod(input.state, officeId, days[0]!, addDays(days.at(-1)!, 14))) {
        const version = unpublishedLatest(versions);
        if (!version) continue;
        const noticeAt = unpublishedNoticeAt(config, version);
        if (noticeAt.getTime() > input.to.getTime()) continue;
        const period = formatRangeIt(version.from, version.to);
        const stale = today > version.to ? `il periodo ${period} è già finito` : null;
        // A notice that fell before the window (turnario first started after it) is still due while the
        // period lasts: planned at the window's start, so its record outlives the period like the others.
        if (!inWindow(noticeAt, input) && stale) continue;
        const planned = inWindow(noticeAt, input) ? noticeAt : input.from;
        const base = { job: 'calendar.unpublished' as const, officeId, planned, stale };
        const key = `calendar.unpublished:${officeId}:${version.from}/${version.to}`;
        if (isOpen(input.state.jobs.records, `${key}:head`)) {
          items.push({ ...base, key: `${key}:head`, retryable: false, summary: `avviso al capo dell'ufficio: calendario ${period} non ancora pubblicato`, perform: (ctx) => tellHead(ctx, config, version) });
        }
        if (isOpen(input.state.jobs.records, `${key}:office`)) {
          items.push({ ...base, key: `${key}:office`, retryable: true, summary: `avviso nel canale dell'ufficio: calendario ${period} non ancora pubblicato`, perform: (ctx) => tellOffice(ctx, config, version) });
        }
      }
    }
    return items;
  },
};
