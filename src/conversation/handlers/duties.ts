import { dutiesInRange, missingStretches } from '../../calendar/versions/duties-in-range.ts';
import { addDays } from '../../domain/civil-day.ts';
import type { Understanding } from '../understanding/index.ts';
import { formatOwnDuty } from '../format-duty.ts';
import { formatAskedPeriod, formatPeriod } from '../format-period.ts';
import { reply, say, type Reply } from '../reply.ts';
import { noServicesAnswer } from '../no-services.ts';
import { askedAbout } from '../resolve-colleague.ts';
import type { Turn } from '../turn.ts';
import { noCalendarAnswer } from '../no-calendar.ts';
import { periodTense, type PeriodTense } from '../period-tense.ts';

/** The note when part of the period has only a provisional calendar, whose duties are not listed: only the days from today on may still change. */
const provisionalPartNote: Record<PeriodTense, string> = {
  ahead: 'Per una parte del periodo c\'è solo un calendario provvisorio, non ancora pubblicato: quei turni possono ancora cambiare e non sono elencati.',
  'partly-past': 'Per una parte del periodo c\'è solo un calendario provvisorio, non pubblicato: quei turni non sono elencati, e da oggi in poi possono ancora cambiare.',
  past: 'Per una parte del periodo c\'è solo un calendario provvisorio, non pubblicato: quei turni non sono elencati.',
};

/** "I miei turni la prossima settimana": one's own duties (or a colleague's) by day, from the published calendar. */
export function answerDuties(turn: Turn, u: Understanding): Reply {
  const none = noServicesAnswer(turn);
  if (none) return say('answer', none);
  const state = turn.deps.store.snapshot();
  // The colleague asked about, when not the writer: named when they have no duty, else "Nessun turno" would read as nobody's.
  const asked = askedAbout(turn, u.magistrate);
  if (!asked.ok) return say('problem', asked.message);
  const { personId, colleague } = asked;
  const whose = colleague ? `I turni di ${colleague}` : 'I tuoi turni';
  if (!u.magistrate && turn.who.kind === 'staff') {
    return say('problem', 'Dimmi di quale magistrato vuoi vedere i turni, per esempio: "turni di Rossi la prossima settimana".');
  }
  const from = u.from ?? turn.today;
  const to = u.to ?? addDays(from, 27);
  const period = formatPeriod(turn.today, from, to);
  const found = dutiesInRange(state, turn.who.officeId, from, to);
  const kinds = new Map(turn.config.services.map((s) => [s.id, s.kind]));
  const own = found.duties.filter((d) => d.magistrateId === personId && (u.service === null || kinds.get(d.serviceId) === u.service));
  const notes: string[] = [];
  const provisional = dutiesInRange(state, turn.who.officeId, from, to, { provisional: true });
  if (provisional.versions.length > found.versions.length) {
    // The tense of the days asked that only a provisional calendar covers: "quei turni" are theirs.
    const unpublished = provisional.versions.filter((v) => v.status !== 'published');
    const partFrom = unpublished.map((v) => (v.from > from ? v.from : from)).sort()[0] ?? from;
    const partTo = unpublished.map((v) => (v.to < to ? v.to : to)).sort().at(-1) ?? to;
    notes.push(provisionalPartNote[periodTense(turn.today, partFrom, partTo)]);
  }
  if (found.source === 'none' && provisional.source === 'none') return say('answer', noCalendarAnswer(turn.today, from, to));
  // Days of the range no calendar covers yet (or ever did): said, or "Nessun turno" would read as settled.
  for (const gap of missingStretches(provisional.versions, from, to)) notes.push(noCalendarAnswer(turn.today, gap.from, gap.to));
  const serviceWord = u.service ? ` di ${serviceKindWord(u.service)}` : '';
  if (own.length === 0) {
    const asked = formatAskedPeriod(turn.today, from, to);
    const none = colleague ? `${colleague} non ha turni${serviceWord} ${asked}.` : `Nessun turno${serviceWord} ${asked}.`;
    return reply('answer', undefined, { lines: [none, ...notes] });
  }
  return reply('answer', `${whose}${serviceWord} ${period}`, { lines: own.map((d) => formatOwnDuty(turn.config, d)), list: true }, ...(notes.length ? [{ lines: notes }] : []));
}

export function serviceKindWord(kind: string): string {
  return { reperibilita: 'reperibilità', arrestati: 'arrestati e direttissime', udienza: 'udienza', assegnazione: 'assegnazione affari' }[kind] ?? kind;
}
