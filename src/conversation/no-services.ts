import { exampleColleague } from './example-colleague.ts';
import { allows } from './permissions.ts';
import type { Turn } from './turn.ts';

/**
 * What a question about duties gets in an office with no duty services (a Tribunale using turnario for GIADA and
 * absences): there is no duty calendar, and absences can still be told. Null when the office has services.
 */
export function noServicesAnswer(turn: Turn): string | null {
  if (turn.config.services.length > 0) return null;
  const none = 'Nel tuo ufficio non ci sono turni di servizio organizzati con turnario, quindi non c\'è un calendario dei turni da preparare o da consultare.';
  if (turn.who.kind === 'staff' && !allows(turn.who, 'act_for_others')) return none;
  const example = turn.who.kind === 'magistrate' ? '"sarò in ferie dal 3 al 7 marzo"' : `"metti in ferie ${exampleColleague(turn) ?? 'Rossi'} dal 3 al 7 marzo"`;
  return `${none} Puoi comunque comunicarmi le assenze, per esempio ${example}.`;
}
