import { formatDayIt } from '../domain/format-day-it.ts';
import { describeCandidate, type EngineState } from './engine-model.ts';
import { genderOf } from './setup.ts';
import { describeUnavailable } from './unavailability.ts';

/**
 * Proceedings already fixed on a hearing the judge or a panel member can no longer hold (an absence or a
 * full exemption recorded after the assignment), as Italian lines, earliest hearing first. GIADA never
 * fixes a hearing on such a day, but it cannot move one fixed before the absence was known: the
 * Dibattimento office decides (a reassignment, or the hearing held by a substitute).
 */
export function listCasesOnBlockedDays(state: EngineState): string[] {
  const { table, candidates } = state.model;
  const hit = [...state.cases.values()]
    .filter((c) => c.status === 'assigned' && c.hearing >= 0 && table.blocked[c.hearing] !== undefined)
    .sort((a, b) => (a.hearingDate! < b.hearingDate! ? -1 : a.hearingDate! > b.hearingDate! ? 1 : a.request.id < b.request.id ? -1 : 1));
  if (hit.length === 0) return [];
  return [
    hit.length === 1 ? "Un processo è fissato in un'udienza che non si può più tenere:" : `${hit.length} processi sono fissati in udienze che non si possono più tenere:`,
    ...hit.map((c) => {
      const who = describeCandidate(state.model, candidates[c.candidate]!, 'a');
      const by = table.blockedBy[c.hearing];
      const why = by ? `${state.model.names(by.magistrateId)} ${describeUnavailable(by.span, genderOf(state.model.setup, by.magistrateId))}` : table.blocked[c.hearing];
      return `  ${c.request.id}: udienza del ${formatDayIt(c.hearingDate!)} davanti ${who}, ma quel giorno ${why}.`;
    }),
    'Per ciascuno l\'ufficio del dibattimento valuta la riassegnazione ("turnario giada reassign --cause riassegnazione").',
  ];
}
