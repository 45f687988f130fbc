import type { NormalizedText } from './normalize-text.ts';
import { GREETINGS, surnameAt, type MagistrateMatch } from './surname-at.ts';
import type { Intent } from './understanding.ts';

/** Duty nouns that may follow the colleague's surname in a request without a verb ("Bianchi turni dicembre"). */
const DUTY_NOUNS = /^(?:turn[oi]|repe?|reperibilita|udienz[ae]|direttissim[ae]|arrest[a-z]*|convalid[ae]|assegnazion[ei]|servizi|impegni|calendario|settimana|agenda)$/;

/** Words that open a question about duties and are nobody's name ("quante reperibilità ho …"). */
const QUESTION_OPENERS = new Set(['quante', 'quanti', 'quale', 'quali', 'che', 'cosa', 'quando', 'dove', 'altre', 'altri', 'nuove', 'nuovi', 'prossime', 'prossimi', 'ultime', 'ultimi', 'tante', 'tanti', 'poche', 'pochi', 'troppe', 'troppi']);

/**
 * A surname opening a verbless request about duties, the duty noun right after it ("Bianchi turni dicembre",
 * "Rossi repe gennaio?", "buongiorno, Ferraro udienze settimana prossima"): the duties of that colleague.
 */
export function surnameHeadingDuties(text: NormalizedText, intent: Intent): MagistrateMatch | null {
  if (intent !== 'duties') return null;
  let at = 0;
  while (GREETINGS.has(text.words[at] ?? '') && at < 2) at++;
  if (at > 0 && !text.clauseStart[at]) return null;
  if (QUESTION_OPENERS.has(text.words[at] ?? '')) return null;
  const found = surnameAt(text, at);
  if (!found) return null;
  const after = found.index + found.surname.split(' ').length;
  return text.clauseStart[after] !== true && DUTY_NOUNS.test(text.words[after] ?? '') ? found : null;
}
