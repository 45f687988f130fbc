import type { GiadaConfig, RequestType } from '../domain/giada.ts';
import { fromDayNumber } from './day-number.ts';
import type { LegalDays } from './legal-days.ts';

type StatutoryTerm = GiadaConfig['statutoryTerms'][number];

/**
 * How a minimum term before the hearing is counted (code of criminal procedure, art. 172):
 *
 * - c. 4: "nel termine non si computa […] il giorno in cui ne è iniziata la decorrenza": the day of
 *   the request (the start of the term) is not counted; the first day counted is the next one.
 * - c. 5: "quando è stabilito soltanto il momento finale, le unità di tempo stabilite per il termine si
 *   computano intere e libere": the terms before a hearing ("almeno venti giorni prima", art. 429 c. 3;
 *   "almeno sessanta giorni", art. 552 c. 3) are free days (giorni liberi): neither the start day nor
 *   the end day (the hearing) counts. So `minDays` whole days must lie strictly between the request and
 *   the hearing: with a request on the 1st and 20 free days, days 2…21 are the term and the hearing can
 *   be on the 22nd at the earliest. The hearing on day 21 (request + 20) would leave only 19 free days:
 *   the error the original GIADA was publicly caught making.
 * - c. 3: "il termine stabilito a giorni, il quale scade in giorno festivo, è prorogato di diritto al
 *   giorno successivo non festivo": when the last day of the term is not a working day, the term ends on
 *   the next working day and the hearing comes after it. We treat Saturday as not working too: the
 *   result can only be later, never short of the term.
 * - L. 742/1969, art. 1 and 2: procedural terms are suspended from 1 to 31 August, except in proceedings
 *   with detained defendants. When no defendant is detained, August days do not count towards the term
 *   (conservative for dilatory terms: again, the date can only move later).
 */
export interface LawfulStart {
  /** Day number of the earliest hearing day that respects every configured term. */
  earliest: number;
  /** The binding term, if any, for explanations. */
  term: StatutoryTerm | null;
  /** Day number of the last day of the binding term (after any extension). */
  termEnd: number | null;
}

function isAugust(dayNumber: number): boolean {
  return fromDayNumber(dayNumber).slice(5, 7) === '08';
}

/** The last day of a `minDays` term starting after `requestDay`, extended past holidays and suspended in August. */
export function computeTermEnd(requestDay: number, minDays: number, legal: LegalDays, suspendInAugust: boolean): number {
  let counted = 0;
  let day = requestDay;
  while (counted < minDays) {
    day += 1;
    if (suspendInAugust && isAugust(day)) continue;
    counted += 1;
  }
  return legal.onOrAfterWorkingDay(day);
}

/** The earliest lawful hearing for a request type, from the configured terms (free days, art. 172 c.p.p.). */
export function computeLawfulStart(
  requestDay: number,
  type: RequestType,
  detained: boolean,
  terms: readonly StatutoryTerm[],
  legal: LegalDays,
): LawfulStart {
  let best: LawfulStart = { earliest: requestDay + 1, term: null, termEnd: null };
  for (const term of terms) {
    if (term.requestType !== type) continue;
    const termEnd = computeTermEnd(requestDay, term.minDays, legal, !detained);
    if (termEnd + 1 > best.earliest) best = { earliest: termEnd + 1, term, termEnd };
  }
  return best;
}

/** Whole days strictly between the request and the hearing: the free days a hearing leaves. */
export function countFreeDays(requestDay: number, hearingDay: number): number {
  return Math.max(0, hearingDay - requestDay - 1);
}
