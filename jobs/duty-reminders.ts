import { dutiesInRange } from '../src/calendar/versions/duties-in-range.ts';
import type { Duty } from '../src/domain/calendar.ts';
import { addDays, civilDayAt, daysBetween } from '../src/domain/civil-day.ts';
import type { DeepReadonly } from '../src/domain/deep-readonly.ts';
import type { OfficeConfig } from '../src/domain/office-config.ts';
import { officeJobSettings, type OfficeJobs, type ReminderOffset } from '../src/domain/office-jobs.ts';
import { formatWhen, hoursOf, personNameIn, serviceNameIn } from '../src/conversation/format-duty.ts';
import { inWindow, isOpen, type DueItem, type Job } from './due-item.ts';
import { daysOf, plannedAt, romeDay } from './wall-clock.ts';
import { toName } from '../src/domain/italian-preposition.ts';
import { holderUnavailableOn } from './holder-unavailable.ts';
import { joinEdgePieces } from './whole-duties.ts';

type Config = DeepReadonly<OfficeConfig>;

/** How late a reminder must be to wait for a later one of the same day (due within twice this) instead of going out at once. */
const CATCH_UP_WAIT_MS = 60 * 60_000;

/** The offsets that apply to a person: their own list, else the office's. */
export function offsetsFor(settings: OfficeJobs['reminders'], personId: string): readonly ReminderOffset[] {
  return settings.people[personId] ?? settings.offsets;
}

/** When a reminder of a duty falls: `daysBefore` its first day at `time`, Rome local time. */
export function reminderInstant(duty: Pick<Duty, 'from'>, offset: ReminderOffset): Date {
  return plannedAt(addDays(duty.from, -offset.daysBefore), offset.time);
}

/** The reminder's text, worded for the day it is actually sent (a caught-up reminder says "oggi", not "domani"). */
export function reminderText(config: Config, duty: DeepReadonly<Duty>, sentOn: string): string {
  const service = serviceNameIn(config, duty.serviceId);
  const when = formatWhen(duty.from, duty.to);
  const hours = hoursOf(config, duty.serviceId);
  const lead = daysBetween(sentOn, duty.from);
  const start = lead < 0 ? `è in corso il tuo turno "${service}"` : `${lead === 0 ? 'oggi' : lead === 1 ? 'domani' : `tra ${lead} giorni`} inizia il tuo turno "${service}"`;
  return `Promemoria: ${start}, ${when}${hours ? `, orario ${hours}` : ''}.`;
}

/**
 * Reminders of on-call duties, derived at every tick from the duties published now: a swap or a replan
 * changes the duty (its id names the holder and the first day), so the old holder's reminder is no
 * longer due and the new holder's is. Key `reminder:<duty id>:<offset id>`. A reminder whose duty is
 * over is dropped; of several reminders of one duty due together (after downtime) only the latest is sent.
 * A holder who cannot take the duty up on its first day (absent, out of the office) is not reminded.
 * A block cut by a period's edge and held whole by one magistrate is one duty (`joinEdgePieces`).
 */
export const dutyRemindersJob: Job = {
  name: 'reminder',
  due(input) {
    const items: DueItem[] = [];
    const today = romeDay(input.at);
    const days = daysOf(input.from, input.to, 14);
    for (const config of Object.values(input.state.offices)) {
      const settings = officeJobSettings(config.jobs).reminders;
      if (!settings.enabled) continue;
      const officeId = config.office.id;
      const kinds = new Set(settings.serviceKinds);
      const reminded = new Set(config.services.filter((s) => kinds.has(s.kind)).map((s) => s.id));
      // Read a week more on both sides, so that both pieces of a block cut by a period's edge are seen.
      const found = dutiesInRange(input.state, officeId, addDays(days[0]!, -7), addDays(days.at(-1)!, 7));
      for (const duty of joinEdgePieces(found.duties, found.versions)) {
        if (duty.to < days[0]!) continue;
        if (!reminded.has(duty.serviceId)) continue;
        // A holder absent on the first day, or out of the office, waits for a replan: no "domani inizia".
        // Nothing is recorded, so a withdrawn absence brings the reminder back (at once if its time has passed).
        if (holderUnavailableOn(config, input.state.absences, duty.magistrateId, duty.from)) continue;
        const all = offsetsFor(settings, duty.magistrateId)
          .map((offset) => ({ offset, planned: reminderInstant(duty, offset), key: `reminder:${duty.id}:${offset.id}` }));
        // A reminder caught up more than an hour late (the duty handed over at 07:30) waits for a later one
        // coming within two hours the same day (08:00), which supersedes it: the holder would otherwise read
        // the same words twice within the hour. A tick missed by a minute changes nothing.
        const comingToday = all.some((r) => r.planned.getTime() > input.at.getTime() && r.planned.getTime() - input.at.getTime() <= CATCH_UP_WAIT_MS * 2 && romeDay(r.planned) === today);
        const waits = (r: { planned: Date }) => comingToday && input.at.getTime() - r.planned.getTime() > CATCH_UP_WAIT_MS;
        const due = all
          .filter((r) => inWindow(r.planned, input) && isOpen(input.state.jobs.records, r.key) && !waits(r))
          .sort((a, b) => a.planned.getTime() - b.planned.getTime());
        due.forEach(({ offset, planned, key }, i) => {
          const stale = today > duty.to ? 'il turno è già finito' : i < due.length - 1 ? `superato dal promemoria "${due.at(-1)!.offset.id}" dello stesso turno` : null;
          items.push({
            job: 'reminder', key, officeId, planned, stale, retryable: true,
            summary: `promemoria "${offset.id}" ${toName(personNameIn(config, duty.magistrateId))}: ${serviceNameIn(config, duty.serviceId)} ${formatWhen(duty.from, duty.to)}`,
            perform: async (ctx) => {
              // The tick may have taken a while: a swap published meanwhile leaves this duty no longer due.
              const still = dutiesInRange(ctx.store.snapshot(), officeId, duty.from, duty.to).duties.some((d) => d.id === duty.id);
              if (!still) return { kind: 'skip', detail: 'il turno è cambiato nel frattempo: il promemoria va al nuovo titolare' };
              const text = reminderText(config, duty, civilDayAt(ctx.at));
              return { kind: 'send', notification: { to: { kind: 'magistrate', officeId, magistrateId: duty.magistrateId }, text, key }, detail: text };
            },
          });
        });
      }
    }
    return items;
  },
};
