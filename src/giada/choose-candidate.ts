import { leanKey, type BalanceLean } from './balance-lean.ts';
import type { Candidate } from './candidates.ts';
import type { CandidateTrace, DrawSource, DrawTrace, ReserveTrace } from './decision.ts';
import type { HearingSearch } from './search-hearing.ts';
import { sameIndex, type Queues } from './queues.ts';

export interface Choice {
  chosen: { candidate: Candidate; search: HearingSearch } | null;
  traces: CandidateTrace[];
  notReached: [string, number, number, number][];
  draw: DrawTrace | null;
  /** Rotation mode: tied candidates put after the chosen one because they can also receive restricted matters. */
  reserve: ReserveTrace | null;
  /** Hearings in the window looked at over every candidate searched, and why each was passed over. */
  passedOver: { checked: number; saturated: number; blocked: number; suspended: number };
}

interface Row {
  candidate: Candidate;
  received: number;
  index: number;
  load: number;
  /** Deviation of its cases from their classes' means, per FTE (balance-lean.ts). */
  deviation: number;
  /** The balancing key: load + correction × deviation; lower first. */
  key: number;
  reserve: number;
  /** The candidate's share of the matter's sections, when the rotation weighs it (section-share.ts). */
  sectionPercent: number | undefined;
  search: HearingSearch | null;
  trace: CandidateTrace | null;
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function trace(row: Row, outcome: CandidateTrace['outcome'], reason: string, dayOf: (h: number) => string): CandidateTrace {
  const hearing = row.search && row.search.hearing >= 0 ? dayOf(row.search.hearing) : null;
  return {
    kind: row.candidate.kind, id: row.candidate.id, received: row.received, capacity: row.candidate.capacity,
    index: round(row.index), load: round(row.load), deviation: round(row.deviation), outcome, reason, firstFree: hearing,
    ...(row.sectionPercent === undefined ? {} : { sectionPercent: row.sectionPercent }),
  };
}

/** "nessuna udienza con posto nel range: delle 30 esaminate, 30 in giorni di indisponibilità (Antonio Grasso in congedo)". */
function noRoomReason(s: HearingSearch): string {
  if (s.checked === 0) return 'nessuna udienza in calendario nel range';
  const parts: string[] = [];
  if (s.saturated > 0) parts.push(`${s.saturated} ${s.saturated === 1 ? 'satura' : 'sature'}`);
  if (s.blocked > 0) parts.push(`${s.blocked} in giorni di indisponibilità (${s.blockedReason ?? ''})`);
  if (s.suspended > 0) parts.push(`${s.suspended} nella sospensione feriale`);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} e ${parts[parts.length - 1]}` : parts[0] ?? '';
  return `nessuna udienza con posto nel range: ${s.checked === 1 ? "l'unica esaminata era" : `delle ${s.checked} esaminate,`} ${list}`;
}

/** Rotation tie-break among candidates with the same index: the reserve, the balancing key (balance-lean.ts), earlier free hearing, id. */
function rankTied(withRoom: Row[], dayOf: (h: number) => string): void {
  withRoom.sort((a, b) => {
    if (a.reserve !== b.reserve) return a.reserve - b.reserve;
    if (!sameIndex(a.key, b.key)) return a.key - b.key;
    const da = dayOf(a.search!.hearing);
    const db = dayOf(b.search!.hearing);
    return da !== db ? (da < db ? -1 : 1) : a.candidate.id < b.candidate.id ? -1 : 1;
  });
  const chosen = withRoom[0]!;
  const chosenDay = dayOf(chosen.search!.hearing);
  for (const r of withRoom.slice(1)) {
    if (r.reserve !== chosen.reserve) r.trace = trace(r, 'parita_riserva', `stesso indice (${fmt(r.index)}), ma può ricevere anche processi di materie riservate alla sua sezione, che gli altri non possono ricevere: resta disponibile per quelli`, dayOf);
    else if (!sameIndex(r.key, chosen.key)) r.trace = trace(r, 'parita_carico', `stesso indice (${fmt(r.index)}), ma carico di riequilibrio più alto (${fmt(r.key)} contro ${fmt(chosen.key)}: carico ponderato ${fmt(r.load)}, scarto dalle medie delle classi ${fmt(r.deviation)} per tempo pieno)`, dayOf);
    else if (dayOf(r.search!.hearing) > chosenDay) r.trace = trace(r, 'parita_udienza_successiva', `stesso indice e stesso carico di riequilibrio, ma prima udienza libera più tarda`, dayOf);
    else r.trace = trace(r, 'parita_ordine', `stesso indice, stesso carico di riequilibrio e stessa data, viene dopo nell'ordine degli identificativi`, dayOf);
  }
}

/**
 * Rotation within the weight class: the competent candidates by assignment index, lowest first. A
 * group with the same index is looked at together: those without a hearing with room are skipped (and
 * recorded), the others are ranked first by the reserve (`reserveOf`: fewer matters restricted to their
 * sections first, candidates.ts), then by the balancing key, lowest first (balance-lean.ts: overall load
 * per FTE corrected by how far the candidate's cases are from their classes' means; this keeps the
 * overall load balanced while every class rotates), then by first free hearing, then by id; in draw mode the
 * pool is every candidate within `slack` of the lowest index still in play, and one is drawn.
 * Candidates never reached (a higher index, or the same index and a higher key) are listed compactly.
 * With `shares` (a matter restricted to sections where someone sits below 100%, section-share.ts), the index is
 * the matter's: cases of the class and matter per FTE weighed by each one's share of the matter's sections.
 */
export function chooseCandidate(
  competent: readonly Candidate[],
  klass: number,
  lean: BalanceLean,
  queues: Queues,
  search: (c: Candidate) => HearingSearch,
  dayOf: (h: number) => string,
  draw: { source: DrawSource; slack: number } | null,
  reserveOf: (c: Candidate) => number,
  shares: { matter: number; percentOf: ReadonlyMap<number, number> } | null = null,
): Choice {
  const rows: Row[] = competent
    .map((candidate): Row => {
      const sectionPercent = shares ? (shares.percentOf.get(candidate.index) ?? 0) : undefined;
      const received = shares ? queues.matterReceived(candidate.index, klass, shares.matter) : queues.received(candidate.index, klass);
      const index = shares ? queues.matterIndex(candidate.index, klass, shares.matter, sectionPercent ?? 0) : queues.index(candidate.index, klass);
      // The deviation and key are filled in only for the groups looked at (below): the others never need them.
      return {
        candidate, received, index, load: queues.loadPerFte(candidate.index), deviation: 0, key: 0,
        reserve: draw ? 0 : reserveOf(candidate), sectionPercent, search: null, trace: null,
      };
    })
    .sort((a, b) => (sameIndex(a.index, b.index) ? (a.candidate.id < b.candidate.id ? -1 : 1) : a.index - b.index));
  let chosen: Row | null = null;
  let drawTrace: DrawTrace | null = null;
  let reserve: ReserveTrace | null = null;
  let at = 0;
  while (at < rows.length && chosen === null) {
    const lowest = rows[at]!.index;
    let endGroup = at;
    while (endGroup < rows.length && (draw ? rows[endGroup]!.index <= lowest + draw.slack + 1e-9 : sameIndex(rows[endGroup]!.index, lowest))) endGroup += 1;
    const withRoom: Row[] = [];
    const group = rows.slice(at, endGroup);
    for (const row of group) {
      row.deviation = queues.deviationPerFte(row.candidate.index, lean.classMeans);
      row.key = leanKey(lean, row.load, row.deviation);
    }
    // Rotation looks at the group by reserve, then balancing key, and stops once no one left could win the tie-break.
    if (!draw) group.sort((a, b) => (a.reserve !== b.reserve ? a.reserve - b.reserve : sameIndex(a.key, b.key) ? (a.candidate.id < b.candidate.id ? -1 : 1) : a.key - b.key));
    for (const row of group) {
      if (!draw && withRoom[0] && (row.reserve !== withRoom[0].reserve || !sameIndex(row.key, withRoom[0].key))) break;
      row.search = search(row.candidate);
      if (row.search.hearing >= 0) withRoom.push(row);
      else row.trace = trace(row, 'senza_udienze', noRoomReason(row.search), dayOf);
    }
    if (withRoom.length > 0 && draw) {
      const pool = withRoom.map((r) => r.candidate.id).sort();
      const position = draw.source.choose(pool);
      chosen = withRoom.find((r) => r.candidate.id === pool[position]) ?? null;
      drawTrace = { day: draw.source.day, commitment: draw.source.commitment, drawNumber: draw.source.drawNumber, pool, position };
      for (const r of withRoom) if (r !== chosen) r.trace = trace(r, 'non_estratto', `nell'insieme dei meno carichi (${pool.length}), non estratto`, dayOf);
    } else if (withRoom.length > 0) {
      rankTied(withRoom, dayOf);
      chosen = withRoom[0]!;
      const after = group.filter((r) => r.reserve > chosen!.reserve);
      if (after.length > 0) reserve = { matterIds: [...new Set(after.flatMap((r) => r.candidate.restrictedMatterIds.filter((m) => !chosen!.candidate.restrictedMatterIds.includes(m))))].sort(), after: after.length };
    }
    at = endGroup;
  }
  if (chosen) {
    const why = drawTrace ? `estratto tra i ${drawTrace.pool.length} meno carichi con udienze libere` : `indice di assegnazione più basso (${fmt(chosen.index)})`;
    chosen.trace = trace(chosen, 'scelto', why, dayOf);
  }
  return {
    chosen: chosen ? { candidate: chosen.candidate, search: chosen.search! } : null,
    traces: rows.filter((r) => r.trace !== null).map((r) => r.trace!),
    notReached: rows.filter((r) => r.trace === null).map((r) => [r.candidate.id, r.received, round(r.index), round(r.load)]),
    draw: drawTrace,
    reserve,
    passedOver: sumPassedOver(rows),
  };
}

/** The hearings looked at and passed over, summed over every candidate searched (for the manual reason). */
function sumPassedOver(rows: readonly Row[]): Choice['passedOver'] {
  const sum = { checked: 0, saturated: 0, blocked: 0, suspended: 0 };
  for (const r of rows) {
    if (!r.search) continue;
    sum.checked += r.search.checked;
    sum.saturated += r.search.saturated;
    sum.blocked += r.search.blocked;
    sum.suspended += r.search.suspended;
  }
  return sum;
}
