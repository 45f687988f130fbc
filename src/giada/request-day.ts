import { formatDayIt } from '../domain/format-day-it.ts';
import type { HearingRequest } from '../domain/giada.ts';
import { dayWithArticle } from './day-with-article.ts';

/**
 * Why a request's date cannot be used, or null. The fixing window counts from the request's date, so a
 * request dated in the past could be given a first hearing on a day already gone: a request is filed
 * today, and a case already fixed on paper goes in as a paper-shift backfill instead.
 */
export function refuseStaleRequestDay(request: Pick<HearingRequest, 'id' | 'requestedOn'>, today: string): string | null {
  if (request.requestedOn >= today) return null;
  return `La richiesta ${request.id} è datata ${formatDayIt(request.requestedOn)}, un giorno già passato: la data della richiesta è quella in cui la si presenta (oggi è ${dayWithArticle('il', today)}). Se il processo è già stato fissato con il turno cartaceo, l'ufficio del dibattimento lo inserisce come assegnazione del turno cartaceo.`;
}

/** Why a reassignment's new request date cannot be used, or null: the search for the new hearing counts from it. */
export function refuseStaleReassignDay(on: string, today: string): string | null {
  if (on >= today) return null;
  return `La nuova data di richiesta (${formatDayIt(on)}) è già passata: la nuova udienza si cerca a partire da essa, quindi indica la data di oggi (${formatDayIt(today)}) o una successiva.`;
}
