import type { Candidate } from './candidates.ts';
import type { CandidateTrace, DrawSource, DrawTrace } from './decision.ts';
import type { HearingSearch } from './search-hearing.ts';
import { sameIndex, type Queues } from './queues.ts';

export interface Choice {
  chosen: { candidate: Candidate; search: HearingSearch } | null;
  traces: CandidateTrace[];
  draw: DrawTrace | null;
}

interface Row {
  candidate: Candidate;
  received: number;
  index: number;
  search: HearingSearch | null;
  trace: CandidateTrace | null;
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

function trace(row: Row, outcome: CandidateTrace['outcome'], reason: string, dayOf: (h: number) => string): CandidateTrace {
  const hearing = row.search && row.search.hearing >= 0 ? dayOf(row.search.hearing) : null;
  return {
    kind: row.candidate.kind, id: row.candidate.id, received: row.received, capacity: row.candidate.capacity,
    index: Math.round(row.index * 1e6) / 1e6, outcome, reason, firstFree: hearing,
  };
}

function noRoomReason(s: HearingSearch): string {
  const parts = [`${s.saturated} sature`];
  if (s.blocked > 0) parts.push(`${s.blocked} in giorni di indisponibilità (${s.blockedReason ?? ''})`);
  if (s.suspended > 0) parts.push(`${s.suspended} nella sospensione feriale`);
  return `nessuna udienza con posto nel range: ${s.checked} udienze esaminate, ${parts.join(', ')}`;
}

/**
 * Rotation within the weight class: the competent candidates by assignment index, lowest first. A
 * group with the same index is looked at together: those without a hearing with room are skipped (and
 * recorded), the others are ranked by their first free hearing, then by id (rotation mode) or drawn
 * (draw mode: the pool is every candidate within `drawSlack` of the lowest index still in play).
 * Candidates never reached are recorded with their higher index.
 */
export function chooseCandidate(
  competent: readonly Candidate[],
  klass: number,
  queues: Queues,
  search: (c: Candidate) => HearingSearch,
  dayOf: (h: number) => string,
  draw: { source: DrawSource; slack: number } | null,
): Choice {
  const rows: Row[] = competent
    .map((candidate) => ({ candidate, received: queues.received(candidate.index, klass), index: queues.index(candidate.index, klass), search: null, trace: null }))
    .sort((a, b) => (sameIndex(a.index, b.index) ? (a.candidate.id < b.candidate.id ? -1 : 1) : a.index - b.index));
  let chosen: Row | null = null;
  let drawTrace: DrawTrace | null = null;
  let at = 0;
  while (at < rows.length && chosen === null) {
    const lowest = rows[at]!.index;
    let endGroup = at;
    while (endGroup < rows.length && (draw ? rows[endGroup]!.index <= lowest + draw.slack + 1e-9 : sameIndex(rows[endGroup]!.index, lowest))) endGroup += 1;
    const group = rows.slice(at, endGroup);
    const withRoom: Row[] = [];
    for (const row of group) {
      row.search = search(row.candidate);
      if (row.search.hearing >= 0) withRoom.push(row);
      else row.trace = trace(row, 'senza_udienze', noRoomReason(row.search), dayOf);
    }
    if (withRoom.length > 0) {
      if (draw) {
        const pool = withRoom.map((r) => r.candidate.id).sort();
        const position = draw.source.choose(pool);
        chosen = withRoom.find((r) => r.candidate.id === pool[position]) ?? null;
        drawTrace = { day: draw.source.day, commitment: draw.source.commitment, drawNumber: draw.source.drawNumber, pool, position };
        for (const r of withRoom) {
          if (r !== chosen) r.trace = trace(r, 'non_estratto', `nell'insieme dei meno carichi (${pool.length}), non estratto`, dayOf);
        }
      } else {
        withRoom.sort((a, b) => {
          const da = dayOf(a.search!.hearing);
          const db = dayOf(b.search!.hearing);
          return da !== db ? (da < db ? -1 : 1) : a.candidate.id < b.candidate.id ? -1 : 1;
        });
        chosen = withRoom[0] ?? null;
        const chosenDay = chosen ? dayOf(chosen.search!.hearing) : '';
        for (const r of withRoom.slice(1)) {
          const later = dayOf(r.search!.hearing) > chosenDay;
          r.trace = later
            ? trace(r, 'parita_udienza_successiva', `stesso indice (${fmt(r.index)}), ma prima udienza libera più tarda`, dayOf)
            : trace(r, 'parita_ordine', `stesso indice (${fmt(r.index)}) e stessa data, viene dopo nell'ordine degli identificativi`, dayOf);
        }
      }
    }
    at = endGroup;
  }
  if (chosen) {
    const why = drawTrace ? `estratto tra i ${drawTrace.pool.length} meno carichi con udienze libere` : `indice di assegnazione più basso (${fmt(chosen.index)})`;
    chosen.trace = trace(chosen, 'scelto', why, dayOf);
  }
  const lowestChosen = chosen?.index ?? 0;
  for (const row of rows) {
    row.trace ??= trace(row, 'indice_piu_alto', `indice più alto (${fmt(row.index)} contro ${fmt(lowestChosen)})`, dayOf);
  }
  return {
    chosen: chosen ? { candidate: chosen.candidate, search: chosen.search! } : null,
    traces: rows.map((r) => r.trace!),
    draw: drawTrace,
  };
}
