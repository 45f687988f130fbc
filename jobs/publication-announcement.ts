import { diffVersions, type DutyChange } from '../src/calendar/versions/diff-versions.ts';
import type { CalendarVersion } from '../src/domain/calendar.ts';
import type { DeepReadonly } from '../src/domain/deep-readonly.ts';
import { formatRangeIt } from '../src/domain/format-day-it.ts';
import type { OfficeConfig } from '../src/domain/office-config.ts';
import { officeJobSettings } from '../src/domain/office-jobs.ts';
import { formatOwnDuty, formatWhen, personNameIn, serviceNameIn } from '../src/conversation/format-duty.ts';
import type { Reply } from '../src/conversation/reply.ts';
import { countWords } from './count-words.ts';
import { hasAnnouncementChannel, NO_OFFICE_CHANNEL } from './office-channel.ts';
import { inWindow, isOpen, sendReply, type DueItem, type Job } from './due-item.ts';
import { romeDay } from './wall-clock.ts';
import { toName } from '../src/domain/italian-preposition.ts';

type Version = DeepReadonly<CalendarVersion>;
type Config = DeepReadonly<OfficeConfig>;

/** The published version of the same period published just before `version`, if any. */
function previousPublished(calendars: readonly Version[], version: Version): Version | null {
  return calendars
    .filter((c) => c.officeId === version.officeId && c.from === version.from && c.to === version.to && c.status === 'published' && c.number < version.number)
    .sort((a, b) => a.number - b.number).at(-1) ?? null;
}

/** True when the magistrate is in the office on at least one day of `from`–`to`. */
function inServiceDuring(magistrate: { serviceStart?: string; serviceEnd?: string }, from: string, to: string): boolean {
  return (magistrate.serviceEnd === undefined || magistrate.serviceEnd >= from) && (magistrate.serviceStart === undefined || magistrate.serviceStart <= to);
}

/** The office channel: what was published, and that each person hears privately. */
function officeMessage(version: Version, previous: Version | null): Reply {
  const period = formatRangeIt(version.from, version.to);
  const open = version.uncovered.length;
  const gaps = open === 0 ? 'tutti i turni sono coperti' : `${countWords(open, 'turno resta scoperto', 'turni restano scoperti')}`;
  if (!previous) {
    return { kind: 'answer', title: `Pubblicato il calendario dei turni ${period}`, sections: [{ lines: [`Versione ${version.number}: ${countWords(version.duties.length, 'turno assegnato', 'turni assegnati')}, ${gaps}.`, 'Ciascun magistrato riceve i propri turni in un messaggio privato.'] }], actions: [] };
  }
  const diff = diffVersions(previous.duties, version.duties);
  return {
    kind: 'answer', title: `Aggiornato il calendario dei turni ${period}`,
    sections: [{ lines: [`Pubblicata la versione ${version.number}: ${diff.changes.length === 1 ? 'cambia' : 'cambiano'} ${countWords(diff.changes.length, 'turno', 'turni')} per ${countWords(diff.affected.length, 'magistrato', 'magistrati')}; ${gaps}.`, 'Chi è interessato riceve le modifiche in un messaggio privato.'] }],
    actions: [],
  };
}

/** A person's own duties of a first publication. */
function ownDutiesMessage(config: Config, version: Version, personId: string): Reply {
  const period = formatRangeIt(version.from, version.to);
  const own = version.duties.filter((d) => d.magistrateId === personId);
  const lines = own.length === 0 ? [`Nel calendario ${period} non hai turni assegnati.`] : own.map((d) => formatOwnDuty(config, d));
  return { kind: 'answer', title: `I tuoi turni nel calendario pubblicato ${period}`, sections: [{ lines, list: own.length > 0 }], actions: [] };
}

/** One change as the person it concerns reads it. */
export function describeChangeFor(config: Config, change: DutyChange, personId: string): string {
  const what = `${serviceNameIn(config, change.serviceId)} ${formatWhen(change.from, change.to)}`;
  if (change.after === personId) {
    return `Nuovo turno: ${what}${change.before ? ` (prima era di ${personNameIn(config, change.before)})` : ''}.`;
  }
  return `Non sei più di turno: ${what}${change.after ? ` (ora è di ${personNameIn(config, change.after)})` : ' (il turno resta scoperto)'}.`;
}

function changesMessage(config: Config, version: Version, changes: readonly DutyChange[], personId: string): Reply {
  const mine = changes.filter((c) => c.before === personId || c.after === personId);
  return {
    kind: 'answer', title: `Il calendario ${formatRangeIt(version.from, version.to)} è cambiato per te`,
    sections: [{ lines: [`È stata pubblicata la versione ${version.number}. Ecco cosa cambia nei tuoi turni:`] }, { lines: mine.map((c) => describeChangeFor(config, c, personId)), list: true }],
    actions: [],
  };
}

/**
 * When a calendar is published: the office channel hears of it, and each magistrate gets their own
 * duties; after a republication only the people whose duties changed, with what changed (diffVersions).
 * One key per recipient: `calendar.announce:<version>:office` and `calendar.announce:<version>:<person>`.
 * An office without an announcement channel gets no channel message (recorded as skipped, with why).
 */
export const publicationAnnouncementJob: Job = {
  name: 'calendar.announce',
  due(input) {
    const items: DueItem[] = [];
    const today = romeDay(input.at);
    const calendars = input.state.calendars;
    for (const version of calendars) {
      if (version.status !== 'published' || !version.publishedAt) continue;
      const config = input.state.offices[version.officeId];
      if (!config || !officeJobSettings(config.jobs).announcements.enabled) continue;
      const planned = new Date(version.publishedAt);
      if (!inWindow(planned, input)) continue;
      const previous = previousPublished(calendars, version);
      const diff = previous ? diffVersions(previous.duties, version.duties) : null;
      // A first publication goes to everyone in service during the period, not to who left before it or arrives after it.
      const people = diff ? diff.affected : config.magistrates.filter((m) => inServiceDuring(m, version.from, version.to)).map((m) => m.id);
      const stale = today > version.to ? `il periodo ${formatRangeIt(version.from, version.to)} è già finito` : null;
      const period = formatRangeIt(version.from, version.to);
      const base = { job: 'calendar.announce' as const, officeId: version.officeId, planned, stale, retryable: true };
      const officeKey = `calendar.announce:${version.id}:office`;
      if (isOpen(input.state.jobs.records, officeKey)) {
        items.push({
          ...base, key: officeKey, summary: `annuncio nel canale dell'ufficio: calendario ${period}, versione ${version.number}`,
          perform: async () => {
            if (!hasAnnouncementChannel(config)) return { kind: 'skip', detail: `annuncio nel canale dell'ufficio non inviato: ${NO_OFFICE_CHANNEL}; ciascun magistrato riceve comunque i propri turni` };
            const message = officeMessage(version, previous);
            return sendReply({ kind: 'office', officeId: version.officeId }, message, message.sections[0]!.lines[0]!);
          },
        });
      }
      for (const personId of people) {
        const key = `calendar.announce:${version.id}:${personId}`;
        if (!isOpen(input.state.jobs.records, key)) continue;
        items.push({
          ...base, key, summary: `${diff ? 'modifiche' : 'turni'} del calendario ${period} ${toName(personNameIn(config, personId))}`,
          perform: async () => {
            const message = diff ? changesMessage(config, version, diff.changes, personId) : ownDutiesMessage(config, version, personId);
            return sendReply({ kind: 'magistrate', officeId: version.officeId, magistrateId: personId }, message, `${message.title!} – ${toName(personNameIn(config, personId))}`);
          },
        });
      }
    }
    return items;
  },
};
