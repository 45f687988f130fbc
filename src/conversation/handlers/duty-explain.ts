import { noCalendarAnswer } from '../no-calendar.ts';
import { explainDuty } from '../../calendar/explain-duty.ts';
import { fairnessHistoryFrom } from '../../calendar/fairness-history.ts';
import { dutiesInRange } from '../../calendar/versions/duties-in-range.ts';
import { slotIdOf, toAssignments } from '../../calendar/versions/duties.ts';
import { addDays } from '../../domain/civil-day.ts';
import type { Duty } from '../../domain/calendar.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import { formatDayMonthIt } from '../../domain/format-day-it.ts';
import { calendarContextFor, withContinuations } from '../../use-cases/generate-calendar.ts';
import type { Understanding } from '../understanding/index.ts';
import { formatOwnDuty } from '../format-duty.ts';
import { formatPeriod } from '../format-period.ts';
import { noServicesAnswer } from '../no-services.ts';
import { reply, say, type Reply, type ReplySection } from '../reply.ts';
import { askedAbout } from '../resolve-colleague.ts';
import type { Turn } from '../turn.ts';
import { serviceKindWord } from './duties.ts';

/** At most this many duties are explained in one answer: each takes several lines. */
const MAX_EXPLAINED = 3;

/** Why one published duty went to its holder: the calendar's explanation, its first line (the duty itself) as the heading. */
function explainSection(turn: Turn, duty: DeepReadonly<Duty>): ReplySection {
  const state = turn.deps.store.snapshot();
  const version = dutiesInRange(state, turn.who.officeId, duty.from, duty.to).versions.find((v) => v.duties.some((d) => d.id === duty.id));
  const found = version ? calendarContextFor(state, { officeId: turn.who.officeId, from: version.from, to: version.to }) : null;
  const heading = formatOwnDuty(turn.config, duty);
  if (!version || !found?.ok) return { heading, lines: [`Non riesco a ricostruire la spiegazione di questo turno${found && !found.ok ? `: ${found.message}` : '.'}`] };
  const assignments = toAssignments(version.duties);
  const assignment = assignments.find((a) => a.slotId === slotIdOf(duty) && a.magistrateId === duty.magistrateId)!;
  const lines = explainDuty(withContinuations(state, turn.who.officeId, found.ctx), assignments, assignment, fairnessHistoryFrom(state, turn.who.officeId, version.from));
  return { heading, lines: lines.slice(1).map((l) => l.replace(/^- /, '')), list: true };
}

/**
 * "Perché a me?", "come mai ho gli arrestati il 7 dicembre?": why published duties went to the writer (or to the colleague
 * named), in the calendar's words: who may do the service, availability, load against the fair target, the rules. With no
 * day, the next duty; with a day or a period, each of its duties (up to three).
 */
export function answerDutyExplain(turn: Turn, u: Understanding): Reply {
  const none = noServicesAnswer(turn);
  if (none) return say('answer', none);
  const asked = askedAbout(turn, u.magistrate);
  if (!asked.ok) return say('problem', asked.message);
  const { personId, colleague } = asked;
  if (!u.magistrate && turn.who.kind === 'staff') {
    return say('problem', 'Di quale magistrato e di quale turno? Per esempio: "perché Rossi ha gli arrestati il 7 dicembre?".');
  }
  const from = u.from ?? turn.today;
  const to = u.to ?? addDays(from, 27);
  const period = formatPeriod(turn.today, from, to);
  const found = dutiesInRange(turn.deps.store.snapshot(), turn.who.officeId, from, to);
  // No calendar, published or provisional, covers the days: said in their tense, with nothing to explain.
  if (found.source === 'none') return say('answer', `${noCalendarAnswer(turn.today, from, to)} Non ci sono quindi turni da spiegare.`);
  const kinds = new Map(turn.config.services.map((s) => [s.id, s.kind]));
  const theirs = found.duties.filter((d) => d.magistrateId === personId && (u.service === null || kinds.get(d.serviceId) === u.service));
  const serviceWord = u.service ? ` di ${serviceKindWord(u.service)}` : '';
  if (theirs.length === 0) return say('answer', `${colleague ? `${colleague} non ha` : 'Non hai'} turni${serviceWord} pubblicati ${period}: non c'è nulla da spiegare.`);
  const chosen = theirs.slice(0, u.from ? MAX_EXPLAINED : 1);
  const notes: string[] = [];
  if (!u.from && theirs.length > 1) {
    notes.push(`Ti ho spiegato il prossimo turno; per un altro indica il giorno, per esempio "perché ${colleague ? `${colleague} ha` : 'ho'} il turno del ${formatDayMonthIt(theirs[1]!.from)}?".`);
  } else if (theirs.length > chosen.length) {
    notes.push(`Ho spiegato i primi ${chosen.length} dei ${theirs.length} turni ${period}: per gli altri indica il giorno.`);
  }
  const whose = colleague ? `di ${colleague}` : chosen.length === 1 ? 'tuo' : 'tuoi';
  const title = chosen.length === 1 ? `Perché questo turno è ${whose}` : `Perché questi turni sono ${whose}`;
  return reply('answer', title, ...chosen.map((d) => explainSection(turn, d)), ...(notes.length ? [{ lines: notes }] : []));
}
