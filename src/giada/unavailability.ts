import { byGender, type Gender } from '../domain/gender.ts';
import type { GiadaSetup } from '../domain/giada.ts';
import { toDayNumber } from './day-number.ts';

/** Why a magistrate cannot sit on a day. */
export type UnavailableReason = 'absence' | 'service' | 'exemption';

export interface Span {
  from: number;
  to: number;
  reason: UnavailableReason;
  /** Italian words: "in ferie", "non in servizio", "esonerato al 100%". */
  text: string;
}

const absenceWords: Record<string, string> = {
  ferie: 'in ferie', malattia: 'in malattia', congedo: 'in congedo', formazione: 'in formazione',
};

/**
 * The days each judge cannot sit: outside the service span, during an active absence, or under a full
 * (100%) exemption. Partial exemptions are not here: the seed calibrates them through the configured
 * capacity ("parametro percentuale utilizzato per calibrare gli esoneri").
 */
export class Unavailability {
  readonly #spans = new Map<string, Span[]>();

  constructor(setup: Pick<GiadaSetup, 'magistrates' | 'absences'>) {
    const add = (id: string, span: Span) => {
      const list = this.#spans.get(id) ?? [];
      list.push(span);
      this.#spans.set(id, list);
    };
    for (const m of setup.magistrates) {
      if (m.serviceStart !== undefined) add(m.id, { from: -1e9, to: toDayNumber(m.serviceStart) - 1, reason: 'service', text: 'non ancora in servizio' });
      if (m.serviceEnd !== undefined) add(m.id, { from: toDayNumber(m.serviceEnd) + 1, to: 1e9, reason: 'service', text: 'non più in servizio' });
      for (const e of m.exemptions) {
        if (e.percentage >= 100) add(m.id, { from: toDayNumber(e.from), to: e.to === undefined ? 1e9 : toDayNumber(e.to), reason: 'exemption', text: 'esonerato al 100%' });
      }
    }
    for (const a of setup.absences) {
      add(a.magistrateId, { from: toDayNumber(a.from), to: toDayNumber(a.to), reason: 'absence', text: absenceWords[a.type] ?? 'assente' });
    }
  }

  /** The first reason `magistrateId` cannot sit on `dayNumber`, or null. */
  reasonOn(magistrateId: string, dayNumber: number): Span | null {
    const spans = this.#spans.get(magistrateId);
    if (!spans) return null;
    for (const s of spans) if (s.from <= dayNumber && dayNumber <= s.to) return s;
    return null;
  }
}

/**
 * A reason as the predicate of a sentence about the magistrate, agreeing with the declared gender: "è in ferie",
 * "non è più in servizio", "è esonerata al 100%" / "è esonerato al 100%", "ha un esonero del 100%" when undeclared.
 * For what is shown to people; the ledger keeps the short text the decisions recorded ("esonerato al 100%").
 */
export function describeUnavailable(span: Pick<Span, 'reason' | 'text'>, gender: Gender | undefined): string {
  if (span.reason === 'exemption') return byGender(gender, { F: 'è esonerata al 100%', M: 'è esonerato al 100%', unknown: 'ha un esonero del 100%' });
  // "non ancora in servizio" → "non è ancora in servizio".
  return span.text.startsWith('non ') ? `non è ${span.text.slice(4)}` : `è ${span.text}`;
}
