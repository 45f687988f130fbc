import { serviceKeywords } from './slot-keywords.ts';

/**
 * A service named only to widen the request past it: "non solo la reperibilità" (every service, the one named
 * too), or a correction to every duty after one was named ("la bozza della repe, anzi no, di tutti i turni").
 * The request then is about no single service.
 */
const SERVICES = serviceKeywords.map((k) => k.pattern.source.replace(/^\\b/, '').replace(/\\b$/, '')).join('|');
const NOT_ONLY = new RegExp(`\\bnon solo (?:per |a |di )?(?:il |la |le |i |gli |l' |lo |del |della |delle |dei |degli |dell' )?(?:${SERVICES})\\b`);
const CORRECTOR = '(?:anzi(?: no)?|no scusa|mi correggo|intendevo|volevo dire|cioe)';
const CORRECTED_TO_ALL = new RegExp(`\\b${CORRECTOR} (?:(?:di|per|a|con) )?(?:tutti i (?:turni|servizi)|tutto il calendario|tutte le turnazioni|il calendario completo)\\b`);
/** The same month corrected to as a whole ("la repe di dicembre? anzi no, di tutto dicembre"): the whole calendar of it (not a day of it widened: "la repe del 5 dicembre? anzi no, di tutto dicembre"). */
const MONTHS = 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre';
const WHOLE_MONTH_AGAIN = new RegExp(`\\b(?:di|a|per|del mese di) (${MONTHS})\\b.* ${CORRECTOR} (?:(?:di|per|a) )?tutt[oa] (?:il mese di )?\\1\\b`);

/** Whether the text widens the request past the service it names. */
export function widensPastService(text: string): boolean {
  return NOT_ONLY.test(text) || CORRECTED_TO_ALL.test(text) || WHOLE_MONTH_AGAIN.test(text);
}
