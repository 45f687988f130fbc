import { absenceTypeLabels } from '../../domain/absence.ts';
import { addDays } from '../../domain/civil-day.ts';
import { dutiesInRange } from '../../calendar/versions/duties-in-range.ts';
import { formatOwnDuty, formatWhen, serviceNameIn } from '../format-duty.ts';
import { formatPeriod, formatPeriods } from '../format-period.ts';
import { allows } from '../permissions.ts';
import { openForToday } from '../head-decisions.ts';
import type { Reply, ReplyAction, ReplySection } from '../reply.ts';
import type { Turn } from '../turn.ts';
import { versionsInReview } from '../../calendar/versions/versions-in-review.ts';

const pendingTitles = {
  absence_declare: 'Assenza da confermare', absence_cancel: 'Annullamento da confermare', swap: 'Richiesta di scambio turno',
  swap_approval: 'Scambio da approvare', replan_approval: 'Ripianificazione da approvare', publish: 'Calendario da pubblicare',
} as const;

/**
 * The person's overview: next four weeks of duties, own absences, what waits for their answer and,
 * for the head and the staff, the coverage of the provisional calendars.
 */
export function homeView(turn: Turn): Reply {
  const state = turn.deps.store.snapshot();
  const to = addDays(turn.today, 27);
  const sections: ReplySection[] = [];
  // An office with no duty services (a Tribunale on GIADA only) has no duties or duty calendars to show.
  const duties = turn.config.services.length > 0;
  if (turn.who.kind === 'magistrate' && duties) {
    const mine = dutiesInRange(state, turn.who.officeId, turn.today, to).duties.filter((d) => d.magistrateId === turn.who.personId);
    sections.push({ heading: `I tuoi turni ${formatPeriod(turn.today, turn.today, to)}`, lines: mine.length ? mine.map((d) => formatOwnDuty(turn.config, d)) : ['Nessun turno.'], list: mine.length > 0 });
  }
  if (turn.who.kind === 'magistrate') {
    const absences = state.absences.filter((a) => a.status === 'active' && a.magistrateId === turn.who.personId && a.to >= turn.today);
    sections.push({ heading: 'Le tue assenze', lines: absences.length ? absences.map((a) => `${absenceTypeLabels[a.type]} ${formatPeriod(turn.today, a.from, a.to)}`) : ['Nessuna assenza in programma.'], list: absences.length > 0 });
  }
  const waiting = openForToday(state.conversations, turn.who, turn.deps.clock.now()).filter((p) => p.kind !== 'absence_declare' && p.kind !== 'absence_cancel');
  const actions: ReplyAction[] = [];
  if (waiting.length > 0) {
    sections.push({ heading: 'In attesa di una tua risposta', lines: waiting.map((p) => `${pendingTitles[p.kind]}${typeof p.payload.duty === 'string' ? `: il turno ${p.payload.duty}` : Array.isArray(p.payload.periods) ? `: ${formatPeriods(turn.today, p.payload.periods as { from: string; to: string }[])}` : typeof p.payload.from === 'string' ? `: ${formatPeriod(turn.today, p.payload.from, p.payload.to as string)}` : ''}`), list: true });
    for (const p of waiting.slice(0, 5)) {
      if (p.kind === 'swap') actions.push({ id: 'accept', label: 'Accetta lo scambio', style: 'primary', pendingId: p.id }, { id: 'decline', label: 'Rifiuta', style: 'default', pendingId: p.id });
      if (p.kind === 'swap_approval' || p.kind === 'replan_approval') actions.push({ id: 'approve', label: 'Approva', style: 'primary', pendingId: p.id }, { id: 'reject', label: 'Rifiuta', style: 'default', pendingId: p.id });
      if (p.kind === 'publish') actions.push({ id: 'publish', label: 'Pubblica', style: 'primary', pendingId: p.id });
    }
  }
  if (allows(turn.who, 'office_status') && duties) {
    const provisional = versionsInReview(state, turn.who.officeId, turn.today, addDays(turn.today, 92));
    sections.push({
      heading: 'Calendari provvisori',
      lines: provisional.length ? provisional.map(({ version: v, replacesPublished }) => `${formatPeriod(turn.today, v.from, v.to)}: versione ${v.number}${replacesPublished === null ? '' : ` (sostituirebbe la versione ${replacesPublished}, pubblicata)`}, ${v.uncovered.length === 0 ? 'tutti i turni coperti' : `${v.uncovered.length} scoperti (${v.uncovered.slice(0, 3).map((g) => `${serviceNameIn(turn.config, g.serviceId)} ${formatWhen(g.from, g.to)}`).join('; ')}${v.uncovered.length > 3 ? '; …' : ''})`}`) : ['Nessun calendario provvisorio in revisione.'],
      list: provisional.length > 0,
    });
  }
  return { kind: 'answer', title: `turnario — ${turn.who.displayName}`, sections, actions };
}
