import { dutiesInRange, missingStretches } from '../../calendar/versions/duties-in-range.ts';
import { eachDay } from '../../domain/civil-day.ts';
import type { Understanding } from '../understanding/index.ts';
import { formatWhen, personNameIn, serviceWithHours } from '../format-duty.ts';
import { formatAskedPeriod } from '../format-period.ts';
import { reply, say, type Reply, type ReplySection } from '../reply.ts';
import type { Turn } from '../turn.ts';
import { serviceKindWord } from './duties.ts';
import { noServicesAnswer } from '../no-services.ts';
import { noCalendarAnswer } from '../no-calendar.ts';
import { periodTense, type PeriodTense } from '../period-tense.ts';

const MAX_DAYS = 31;

/** The warning over duties read from a provisional calendar: only the days from today on may still change. */
const provisionalWarning: Record<PeriodTense, string> = {
  ahead: 'Attenzione: il calendario di questo periodo è ancora provvisorio, non pubblicato; può cambiare.',
  'partly-past': 'Attenzione: il calendario di questo periodo è provvisorio, non pubblicato; da oggi in poi può ancora cambiare.',
  past: 'Attenzione: il calendario di questo periodo è provvisorio, non pubblicato.',
};

/** "Chi è reperibile sabato?": who covers which service, day by day, from the published calendar. */
export function answerOnDuty(turn: Turn, u: Understanding): Reply {
  const from = u.from ?? turn.today;
  const to = u.to ?? from;
  if (eachDay(from, to).length > MAX_DAYS) return say('problem', 'Posso mostrare al massimo un mese alla volta: restringi il periodo, per favore.');
  const none = noServicesAnswer(turn);
  if (none) return say('answer', none);
  const state = turn.deps.store.snapshot();
  const services = turn.config.services.filter((s) => u.service === null || s.kind === u.service);
  if (services.length === 0) return say('answer', `Nel tuo ufficio non c'è un servizio di ${serviceKindWord(u.service!)}.`);
  const asked = formatAskedPeriod(turn.today, from, to);
  const published = dutiesInRange(state, turn.who.officeId, from, to);
  const any = dutiesInRange(state, turn.who.officeId, from, to, { provisional: true });
  if (any.source === 'none') return say('answer', noCalendarAnswer(turn.today, from, to));
  const usable = published.source === 'none' ? any : published;
  const notes = published.source === 'none'
    ? [provisionalWarning[periodTense(turn.today, from, to)]]
    : any.versions.length > published.versions.length ? ['Per una parte del periodo esiste solo un calendario provvisorio, non incluso qui.'] : [];
  // Days of the range no calendar covers: said, or "Nessun turno" would read as nobody on duty.
  for (const gap of missingStretches(any.versions, from, to)) notes.push(noCalendarAnswer(turn.today, gap.from, gap.to));
  const sections: ReplySection[] = [];
  for (const service of services) {
    const lines = usable.duties.filter((d) => d.serviceId === service.id)
      .reduce<Map<string, string[]>>((byWhen, d) => byWhen.set(formatWhen(d.from, d.to), [...(byWhen.get(formatWhen(d.from, d.to)) ?? []), personNameIn(turn.config, d.magistrateId)]), new Map());
    const gaps = usable.uncovered.filter((g) => g.serviceId === service.id).map((g) => `${formatWhen(g.from, g.to)}: scoperto (${g.reason})`);
    const text = [...lines].map(([when, names]) => `${when}: ${names.join(', ')}`).concat(gaps);
    if (text.length === 0) continue;
    sections.push({ heading: serviceWithHours(turn.config, service.id), lines: text, list: true });
  }
  if (sections.length === 0) return reply('answer', undefined, { lines: [`Nessun turno${u.service ? ` di ${serviceKindWord(u.service)}` : ''} ${asked}.`, ...notes] });
  return reply('answer', `In servizio ${asked}`, ...sections, ...(notes.length ? [{ lines: notes }] : []));
}
