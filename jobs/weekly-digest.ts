import { dutiesInRange } from '../src/calendar/versions/duties-in-range.ts';
import { absenceTypeLabels } from '../src/domain/absence.ts';
import { addDays, isoWeekday, startOfWeek } from '../src/domain/civil-day.ts';
import type { DeepReadonly } from '../src/domain/deep-readonly.ts';
import { formatRangeIt } from '../src/domain/format-day-it.ts';
import type { OfficeConfig } from '../src/domain/office-config.ts';
import { officeJobSettings } from '../src/domain/office-jobs.ts';
import type { StoreState } from '../src/domain/store-state.ts';
import { formatOwnDuty, formatWhen, personNameIn, serviceNameIn } from '../src/conversation/format-duty.ts';
import { headOf } from '../src/conversation/head-of.ts';
import { actingHeadNote, withActingHeadNote } from '../src/conversation/acting-head-note.ts';
import { noHeadInService, noHeadRecipient } from '../src/conversation/no-head-notice.ts';
import type { Reply } from '../src/conversation/reply.ts';
import { countWords } from './count-words.ts';
import { holderUnavailableWithin } from './holder-unavailable.ts';
import { joinEdgePieces } from './whole-duties.ts';
import { inWindow, isOpen, sendReply, type DueItem, type Job } from './due-item.ts';
import { daysOf, plannedAt, romeDay } from './wall-clock.ts';
import { toName } from '../src/domain/italian-preposition.ts';

type State = DeepReadonly<StoreState>;
type Config = DeepReadonly<OfficeConfig>;

/** A person's published duties of the week. */
function personDigest(state: State, config: Config, personId: string, monday: string): Reply {
  const sunday = addDays(monday, 6);
  const found = dutiesInRange(state, config.office.id, monday, sunday);
  // A block cut by a period's edge is one line, as its holder lives it.
  const own = joinEdgePieces(found.duties, found.versions).filter((d) => d.magistrateId === personId);
  return { kind: 'answer', title: `I tuoi turni della settimana ${formatRangeIt(monday, sunday)}`, sections: [{ lines: own.map((d) => formatOwnDuty(config, d)), list: true }], actions: [] };
}

/** The head's view of the week: coverage (published, else provisional), duties whose holder cannot serve, absences. */
function headDigest(state: State, config: Config, monday: string): Reply {
  const sunday = addDays(monday, 6);
  const found = dutiesInRange(state, config.office.id, monday, sunday, { provisional: true });
  const source = found.source === 'provisional' ? ' (calendario ancora provvisorio)' : found.source === 'mixed' ? ' (in parte ancora provvisori)' : '';
  const gaps = found.uncovered.map((g) => `${serviceNameIn(config, g.serviceId)} ${formatWhen(g.from, g.to)}: ${g.reason}`);
  // Published duties whose holder is absent or out of the office: covered on paper only, until a replan.
  const stranded = found.duties.flatMap((d) => {
    const reason = holderUnavailableWithin(config, state.absences, d, monday, sunday);
    const who = config.magistrates.some((m) => m.id === d.magistrateId) ? personNameIn(config, d.magistrateId) : 'il titolare';
    return reason ? [`${serviceNameIn(config, d.serviceId)} ${formatWhen(d.from, d.to)}: ${who} ${reason}`] : [];
  });
  const coverage = found.versions.length === 0
    ? ['Per questa settimana non c\'è ancora un calendario.']
    : [`${countWords(found.duties.length, 'turno assegnato', 'turni assegnati')}${source}; ${found.uncovered.length === 0 ? 'nessun turno scoperto' : countWords(found.uncovered.length, 'turno scoperto', 'turni scoperti')}${stranded.length ? `; ${countWords(stranded.length, 'turno da riassegnare', 'turni da riassegnare')}` : ''}.`];
  const people = new Set(config.magistrates.map((m) => m.id));
  const absences = state.absences
    .filter((a) => a.status === 'active' && people.has(a.magistrateId) && a.from <= sunday && a.to >= monday)
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((a) => `${personNameIn(config, a.magistrateId)}: ${absenceTypeLabels[a.type]} ${formatRangeIt(a.from, a.to)}`);
  return {
    kind: 'answer', title: `Settimana ${formatRangeIt(monday, sunday)}: copertura e assenze`,
    sections: [
      { heading: 'Copertura', lines: coverage },
      ...(gaps.length ? [{ heading: 'Turni scoperti (aree critiche)', lines: gaps, list: true }] : []),
      ...(stranded.length ? [{ heading: 'Turni da riassegnare (il titolare non può svolgerli)', lines: stranded, list: true }] : []),
      { heading: 'Assenze', lines: absences.length ? absences : ['Nessuna assenza registrata.'], list: absences.length > 0 },
    ],
    actions: [],
  };
}

/**
 * Monday 08:00 (configurable): each magistrate with published duties that week gets them; the head
 * gets the week's coverage and absences. Keys `digest:<office>:<monday>:<person>` and `…:head`.
 * A digest whose week is over is dropped.
 */
export const weeklyDigestJob: Job = {
  name: 'digest',
  due(input) {
    const items: DueItem[] = [];
    const today = romeDay(input.at);
    for (const config of Object.values(input.state.offices)) {
      const settings = officeJobSettings(config.jobs).digest;
      if (!settings.enabled || config.services.length === 0) continue;
      const officeId = config.office.id;
      for (const day of daysOf(input.from, input.to)) {
        if (isoWeekday(day) !== settings.weekday) continue;
        const planned = plannedAt(day, settings.time);
        if (!inWindow(planned, input)) continue;
        const monday = startOfWeek(day);
        const sunday = addDays(monday, 6);
        const stale = today > sunday ? `la settimana ${formatRangeIt(monday, sunday)} è già finita` : null;
        const base = { job: 'digest' as const, officeId, planned, stale, retryable: true };
        const holders = new Set(dutiesInRange(input.state, officeId, monday, sunday).duties.map((d) => d.magistrateId));
        // Who left the office before the week gets no digest of it (their duties are the head's to reassign).
        const present = config.magistrates.filter((m) => m.serviceEnd === undefined || m.serviceEnd >= monday);
        for (const personId of present.map((m) => m.id).filter((id) => holders.has(id))) {
          const key = `digest:${officeId}:${monday}:${personId}`;
          if (!isOpen(input.state.jobs.records, key)) continue;
          items.push({
            ...base, key, summary: `riepilogo della settimana ${formatRangeIt(monday, sunday)} ${toName(personNameIn(config, personId))}`,
            perform: async (ctx) => {
              const message = personDigest(ctx.store.snapshot(), config, personId, monday);
              return sendReply({ kind: 'magistrate', officeId, magistrateId: personId }, message, `riepilogo della settimana ${formatRangeIt(monday, sunday)} ${toName(personNameIn(config, personId))}`);
            },
          });
        }
        // The head in service on the day the digest goes out: a head who has left gets no more of them.
        const head = headOf(config, today, input.state.absences);
        const headKey = `digest:${officeId}:${monday}:head`;
        const clerk = head ? null : noHeadRecipient(config);
        if (!head && clerk && isOpen(input.state.jobs.records, headKey)) {
          items.push({
            ...base, key: headKey, summary: `copertura e assenze della settimana ${formatRangeIt(monday, sunday)} alla segreteria: nessun capo dell'ufficio in servizio`,
            perform: async (ctx) => {
              const digest = headDigest(ctx.store.snapshot(), config, monday);
              const message: Reply = { ...digest, sections: [{ lines: [noHeadInService(config, today)] }, ...digest.sections] };
              return sendReply(clerk, message, `copertura e assenze della settimana ${formatRangeIt(monday, sunday)} alla segreteria, perché nessun capo dell'ufficio è in servizio`);
            },
          });
        }
        if (head && isOpen(input.state.jobs.records, headKey)) {
          items.push({
            ...base, key: headKey, summary: `copertura e assenze della settimana ${formatRangeIt(monday, sunday)} al capo dell'ufficio`,
            perform: async (ctx) => {
              const state = ctx.store.snapshot();
              const message = withActingHeadNote(headDigest(state, config, monday), actingHeadNote(config, today, state.absences));
              return sendReply({ kind: 'magistrate', officeId, magistrateId: head }, message, `copertura e assenze della settimana ${formatRangeIt(monday, sunday)} ${toName(personNameIn(config, head))}`);
            },
          });
        }
      }
    }
    return items;
  },
};
