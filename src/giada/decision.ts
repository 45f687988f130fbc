import type { HearingRequest } from '../domain/giada.ts';
import type { BalanceLean } from './balance-lean.ts';
import type { SlotKind } from './hearing-slots.ts';
import type { WeightPart } from './weight.ts';

/** One competent candidate as the decision saw it. */
export interface CandidateTrace {
  kind: 'judge' | 'panel';
  id: string;
  /** Cases of the class received so far (of the class and the matter, with `sectionPercent`). */
  received: number;
  /** Capacity in percent. */
  capacity: number;
  /** Assignment index: received per full-time equivalent (of capacity × `sectionPercent` / 100, with it). */
  index: number;
  /**
   * Only for a matter restricted to sections where some competent candidate sits below 100% (section-share.ts): the
   * candidate's percentage in the matter's sections (summed, at most 100), which weighs its capacity in the matter.
   */
  sectionPercent?: number;
  outcome: 'scelto' | 'senza_udienze' | 'parita_riserva' | 'parita_carico' | 'parita_udienza_successiva' | 'parita_ordine' | 'non_estratto';
  /** Weighted load (all classes) per full-time equivalent. */
  load: number;
  /**
   * How much heavier (positive) or lighter its cases are than the means of their classes, per FTE; with
   * `load` and the decision's `lean.correction` it gives the balancing key of the tie-break (balance-lean.ts).
   */
  deviation: number;
  /** Italian: why it was or was not chosen. */
  reason: string;
  /** First hearing with room, when the candidate's hearings were looked at. */
  firstFree: string | null;
}

/** The date search of the chosen candidate (or the summary when none had room). */
export interface DateSearchTrace {
  /** The configured fixing window, as dates. */
  windowFrom: string;
  windowTo: string;
  /** The earliest lawful date after the statutory terms, and the term that set it. */
  lawfulFrom: string;
  term: { minDays: number; source: string; ends: string } | null;
  /** The dates actually searched: max(windowFrom, lawfulFrom) … windowTo. */
  from: string;
  to: string;
  checked: number;
  saturated: number;
  blocked: number;
  suspended: number;
  blockedReason: string | null;
}

/** The reserve among tied candidates: the restricted matters it kept them for, and how many were put after. */
export interface ReserveTrace {
  matterIds: string[];
  after: number;
}

export interface DrawTrace {
  day: string;
  commitment: string;
  drawNumber: number;
  /** The pool, sorted by id, and the drawn position. */
  pool: string[];
  position: number;
}

/** A complete assignment decision: everything the ledger keeps and replay recomputes. */
export interface AssignmentDecision {
  requestId: string;
  status: 'assigned' | 'manual';
  kind: 'judge' | 'panel';
  candidateId: string | null;
  hearingDate: string | null;
  slot: SlotKind | null;
  /** The day the search started from (the request's, or the reassignment's). */
  searchedOn: string;
  weight: number;
  weightParts: WeightPart[];
  weightClass: string;
  collegial: boolean;
  urgent: boolean;
  detained: boolean;
  excluded: string[];
  search: DateSearchTrace | null;
  /** The candidates whose hearings were looked at (the lowest indices), each with why chosen or not. */
  candidates: CandidateTrace[];
  /**
   * The other competent candidates, not reached because their index was higher than the chosen one's,
   * or equal with a higher balancing key: `[id, cases of the class received, assignment index, weighted
   * load per FTE]`, compact because there are many.
   */
  notReached: [string, number, number, number][];
  draw: DrawTrace | null;
  /** Rotation mode: how ties in the class were broken by the balancing key (balance-lean.ts). */
  lean: BalanceLean | null;
  /**
   * Rotation mode: tied candidates put after the chosen one because they may also receive matters
   * restricted to their sections (the reserve, before the lean); null when no tie was broken that way.
   */
  reserve: ReserveTrace | null;
  /** Why the request is manual (Italian), else null. */
  manualReason: string | null;
  explanation: string;
}

/** What a decision needs besides the engine's state. */
export interface DecisionInput {
  request: HearingRequest;
  /** The day the date search counts from: the request's day, or the reassignment's. */
  on: string;
  excluded: readonly string[];
  /** Draw mode: picks a position in the pool, or null when the draw cannot be made. */
  draw: DrawSource | null;
}

export interface DrawSource {
  day: string;
  commitment: string;
  drawNumber: number;
  choose(pool: readonly string[]): number;
}
