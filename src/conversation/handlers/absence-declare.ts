import { absenceTypeLabels, type AbsenceType } from '../../domain/absence.ts';
import type { Duty } from '../../domain/calendar.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import { dutiesInRange } from '../../calendar/versions/duties-in-range.ts';
import { checkAbsenceInput } from '../../use-cases/declare-absence.ts';
import { formatAbsenceConflict, planAbsenceDeclaration } from '../../availability/absence-overlap.ts';
import type { DayRange, Understanding } from '../understanding/index.ts';
import { absenceForm } from '../forms.ts';
import { formatOwnDuty } from '../format-duty.ts';
import { formatPeriod, formatPeriods } from '../format-period.ts';
import { allows } from '../permissions.ts';
import { openPending } from '../pending.ts';
import type { ReplySection, Reply } from '../reply.ts';
import { say } from '../reply.ts';
import { targetOf } from '../target-person.ts';
import type { Turn } from '../turn.ts';

export interface AbsenceDraftInput {
  magistrate: string | null;
  type: AbsenceType | null;
  from: string | null;
  to: string | null;
  note?: string;
}

/**
 * "Sarò in ferie dal 3 al 7 marzo": shows what was understood and the published duties it collides
 * with, and asks for confirmation. Nothing is recorded before the confirmation.
 */
export async function startAbsenceDeclare(turn: Turn, u: Understanding): Promise<Reply> {
  if (u.periods && u.periods.length > 1) return proposeAbsences(turn, { magistrate: u.magistrate, type: u.absenceType, periods: u.periods });
  return proposeAbsence(turn, { magistrate: u.magistrate, type: u.absenceType, from: u.from, to: u.to });
}

export async function proposeAbsence(turn: Turn, input: AbsenceDraftInput): Promise<Reply> {
  const target = await targetOf(turn, { magistrate: input.magistrate }, 'absence.declare');
  if (!target.ok) return say(target.refused ? 'refusal' : 'problem', target.message);
  if (!input.type || !input.from || !input.to) {
    const missing = !input.type ? 'Mi manca il tipo di assenza' : 'Mi mancano le date';
    const form = absenceForm(turn, { type: input.type, from: input.from, to: input.to });
    return { ...say('problem', `${missing}: compila il modulo qui sotto, oppure riscrivi la frase con tipo e date (es. "ferie dal 3 al 7 marzo").`), form };
  }
  const problem = checkAbsenceInput({ type: input.type, from: input.from, to: input.to });
  if (problem) return say('problem', `Non posso registrare l'assenza: ${problem}`);
  if (input.to < turn.today && !allows(turn.who, 'act_for_others')) {
    // "Il 22 novembre è già passato", "Il periodo dal 16 al 20 novembre è già passato" (formatPeriod says "il …" or "dal … al …").
    const when = formatPeriod(turn.today, input.from, input.to);
    const past = input.from === input.to ? `${when.charAt(0).toUpperCase()}${when.slice(1)}` : `Il periodo ${when}`;
    return say('problem', `${past} è già passato: per registrare un'assenza trascorsa rivolgiti alla segreteria.`);
  }
  if (input.from < turn.today && input.type !== 'malattia' && !allows(turn.who, 'act_for_others')) {
    return say('problem', `L'assenza inizierebbe nel passato (${formatPeriod(turn.today, input.from, input.from)}): indica un inizio da oggi in poi, oppure rivolgiti alla segreteria.`);
  }
  const state = turn.deps.store.snapshot();
  const request = { magistrateId: target.magistrateId, type: input.type, from: input.from, to: input.to };
  const plan = planAbsenceDeclaration(state.absences.map((a) => ({ ...a })), request, { mergeSameType: false });
  if (plan.kind === 'conflict' && !plan.mergeable) return say('problem', formatAbsenceConflict(plan, request, target.self ? undefined : target.name));
  // Days already inside an absence of the same type: nothing to merge or record ("unisco i periodi" would change nothing).
  const holding = plan.kind === 'conflict' ? plan.conflicts.find((c) => c.absence.from <= request.from && c.absence.to >= request.to) : undefined;
  if (holding) {
    const held = `${absenceTypeLabels[holding.absence.type]} ${formatPeriod(turn.today, holding.absence.from, holding.absence.to)}`;
    return say('answer', `${target.self ? '' : `Per ${target.name} `}${target.self ? 'Quei' : 'quei'} giorni sono già registrati: ${held}. Non c'è nulla da aggiungere.`);
  }
  const merge = plan.kind === 'conflict';
  const collisions = dutiesInRange(state, turn.who.officeId, input.from, input.to).duties.filter((d) => d.magistrateId === target.magistrateId);
  const pending = await openPending(turn.deps.store, turn.deps.clock, {
    kind: 'absence_declare', officeId: turn.who.officeId, createdBy: turn.who.personId, answerers: [turn.who.personId],
    payload: { magistrateId: target.magistrateId, type: input.type, from: input.from, to: input.to, note: input.note ?? '', merge },
  });
  const whose = target.self ? '' : ` per ${target.name}`;
  const sections: ReplySection[] = [{ lines: [`Ho capito: ${absenceTypeLabels[input.type]}${whose} ${formatPeriod(turn.today, input.from, input.to)}.`] }];
  if (plan.kind === 'conflict') sections.push({ lines: [formatAbsenceConflict(plan, request, target.self ? undefined : target.name).replace('Posso unire i periodi in uno solo, oppure puoi correggere le date.', 'Se confermi, unisco i periodi in uno solo.')] });
  sections.push(...collisionSections(turn, target.self, collisions, input.from === input.to), { lines: ['Confermi?'] });
  return {
    kind: 'confirm', title: 'Conferma assenza', sections,
    actions: [
      { id: 'confirm', label: merge ? 'Unisci i periodi' : 'Conferma', style: 'primary', pendingId: pending.id },
      { id: 'cancel', label: 'Annulla', style: 'default', pendingId: pending.id },
    ],
  };
}

/** The published duties an absence collides with, which the head will be asked to cover; nothing when there are none. */
function collisionSections(turn: Turn, self: boolean, collisions: readonly DeepReadonly<Duty>[], oneDay = false): ReplySection[] {
  if (collisions.length === 0) return [];
  const one = collisions.length === 1;
  return [{
    heading: `${self ? 'Hai' : 'Ha'} ${one ? 'un turno pubblicato' : `${collisions.length} turni pubblicati`} ${oneDay ? 'quel giorno' : 'in quei giorni'}; proporrò al capo dell'ufficio chi ${one ? 'lo' : 'li'} copre:`,
    lines: collisions.map((d) => formatOwnDuty(turn.config, d)), list: true,
  }];
}

/**
 * "Sarò in ferie il 3 e il 10 marzo": several periods apart, each an absence of its own, shown together with the published
 * duties they collide with and confirmed once. Every period is checked first; one that cannot be recorded (reversed, past,
 * overlapping an absence already held) stops them all, the reply saying which and what to do, and nothing is recorded.
 */
export async function proposeAbsences(turn: Turn, input: { magistrate: string | null; type: AbsenceType | null; periods: readonly DayRange[] }): Promise<Reply> {
  const target = await targetOf(turn, { magistrate: input.magistrate }, 'absence.declare');
  if (!target.ok) return say(target.refused ? 'refusal' : 'problem', target.message);
  const all = formatPeriods(turn.today, input.periods);
  const type = input.type;
  if (!type) return say('problem', `Mi manca il tipo di assenza per ${all}: riscrivi la frase con il tipo, per esempio "ferie il 3 e il 10 marzo".`);
  const none = 'Non ho registrato nulla, neanche gli altri periodi';
  const state = turn.deps.store.snapshot();
  for (const period of input.periods) {
    const one = periodName(turn.today, period);
    const problem = checkAbsenceInput({ type, from: period.from, to: period.to });
    if (problem) return say('problem', `${none}: per ${one}, ${problem}`);
    if (period.to < turn.today && !allows(turn.who, 'act_for_others')) {
      return say('problem', `${none}: ${one} è già passato. Riscrivi la richiesta senza quel periodo; per un'assenza trascorsa rivolgiti alla segreteria.`);
    }
    if (period.from < turn.today && type !== 'malattia' && !allows(turn.who, 'act_for_others')) {
      return say('problem', `${none}: ${one} inizierebbe nel passato. Indica periodi da oggi in poi, oppure rivolgiti alla segreteria.`);
    }
    const request = { magistrateId: target.magistrateId, type, from: period.from, to: period.to };
    const plan = planAbsenceDeclaration(state.absences.map((a) => ({ ...a })), request, { mergeSameType: false });
    if (plan.kind === 'conflict') {
      const conflict = formatAbsenceConflict(plan, request, target.self ? undefined : target.name)
        .replace('Posso unire i periodi in uno solo, oppure puoi correggere le date.', 'Correggi le date di quel periodo, oppure scrivimelo a parte: potrò unirlo a quella già registrata.');
      return say('problem', `${none}, per ${one}. ${conflict}`);
    }
  }
  const collisions = input.periods
    .flatMap((period) => dutiesInRange(state, turn.who.officeId, period.from, period.to).duties)
    .filter((d, i, found) => d.magistrateId === target.magistrateId && found.findIndex((o) => o.id === d.id) === i);
  const [first] = input.periods;
  const pending = await openPending(turn.deps.store, turn.deps.clock, {
    kind: 'absence_declare', officeId: turn.who.officeId, createdBy: turn.who.personId, answerers: [turn.who.personId],
    payload: { magistrateId: target.magistrateId, type, from: first!.from, to: first!.to, periods: input.periods.map((p) => ({ from: p.from, to: p.to })), note: '', merge: false },
  });
  const whose = target.self ? '' : ` per ${target.name}`;
  const sections: ReplySection[] = [{ lines: [`Ho capito: ${absenceTypeLabels[type]}${whose} ${all}.`] }];
  sections.push(...collisionSections(turn, target.self, collisions), { lines: ['Confermi?'] });
  return {
    kind: 'confirm', title: 'Conferma assenze', sections,
    actions: [
      { id: 'confirm', label: 'Conferma', style: 'primary', pendingId: pending.id },
      { id: 'cancel', label: 'Annulla', style: 'default', pendingId: pending.id },
    ],
  };
}

/** "il giorno 15 dicembre", "il periodo dal 3 al 7 marzo": one of several periods, named in a sentence. */
function periodName(today: string, period: DayRange): string {
  const text = formatPeriod(today, period.from, period.to);
  return period.from === period.to ? `il giorno ${text.replace(/^(?:il |l')/, '')}` : `il periodo ${text}`;
}
