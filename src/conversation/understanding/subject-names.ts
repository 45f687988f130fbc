import { firstNames } from './known-words.ts';
import type { NormalizedText } from './normalize-text.ts';
import { afterTimeWords } from './subject-time.ts';
import {
  CLITICS, GREETINGS, lowerAmongCapitals, SECOND_PERSON_VERBS, skipArticlesAndTitles, SUBJECT_VERBS, surnameAt, type MagistrateMatch,
} from './surname-at.ts';
import type { Intent } from './understanding.ts';

/**
 * A colleague named as the subject of a clause: at the start (after "ma", "e", a group called), at a clause's start, after "se",
 * then a verb of the third person, a state told without a verb ("Colucci malata da oggi") or, in a swap, a verb speaking to them.
 */

/** The group called at a message's start, in chat ("raga", "ragazzi", "colleghi"). */
const CALLED_GROUPS = new Set(['raga', 'ragazzi', 'ragazze', 'regaz', 'colleghi', 'colleghe', 'amici', 'gente']);

/** Clitics written before a verb of the one addressed ("te la senti", "me la cambi"). */
const ADDRESS_CLITICS = new Set([...CLITICS, 'te', 'me', 'ce', 've', "l'"]);

/**
 * Where a subject may stand: the start (after "ma", "e"), the start of a clause, and after "se" asking
 * about someone ("qualcuno sa se De Rosa è di repe sabato").
 */
function subjectStarts(text: NormalizedText): number[] {
  // "raga ma Guidetti è di turno?": the group called and a conjunction open the message before its subject.
  let first = 0;
  while (first < 2 && CALLED_GROUPS.has(text.words[first] ?? '')) first++;
  const starts = [text.words[first] === 'ma' || text.words[first] === 'e' ? first + 1 : first];
  text.words.forEach((w, i) => {
    if (i > 0 && text.clauseStart[i]) starts.push(i);
    if (w === 'se') starts.push(i + 1);
  });
  // Not a first name, nor the one greeted ("ciao, Marco è di turno?"); after a greeting closed by its own sentence ("Ciao. Colucci malata …") a subject again.
  const greeted = (at: number): boolean => GREETINGS.has(text.words[at - 1] ?? '') && text.sentenceStart[at] !== true;
  return [...new Set(starts)].filter((at) => at === starts[0] || (!firstNames.has(text.words[at] ?? '') && !greeted(at)));
}

/**
 * A state told of a capitalised subject without its verb, as chat writes it ("Colucci malata da oggi", "Ferraro in
 * ferie dal 3", "Neri assente domani", "Gatti di turno sabato?").
 */
const STATE_WITHOUT_VERB = /^(?:malat[oa]|ammalat[oa]|assente|influenzat[oa]|indispost[oa]|reperibile|in (?:ferie|malattia|congedo|permesso|formazione|missione|trasferta)|a casa|fuori sede|di (?:turno|repe))$/;
/** A first person plural right after a capitalised name in a swap speaks to them ("Pugliese scambiamo rep sab?", "Gallo ci invertiamo?"). */
const WE_VERB = /^[a-z]{2,}(?:iamo|amo)$/;

/**
 * Verbs that open a message the way a lower-case surname would, before a state ("mettimi in ferie …", "segnatemi assente
 * venerdì", "rimango in ferie fino a …"): an imperative with "mi" attached, a first person in -ango / -engo. Not "Longo".
 */
const OPENING_VERB = /^(?:[a-z]{2,}[aei]mi|[a-z]{2,}[ae]temi|[a-z]+(?:ang|eng)o)$/;

/** Whether the words at `after` tell a state without a verb ("malata", "in ferie"). */
const toldState = (text: NormalizedText, after: number): boolean =>
  STATE_WITHOUT_VERB.test(text.words[after] ?? '') || STATE_WITHOUT_VERB.test(`${text.words[after] ?? ''} ${text.words[after + 1] ?? ''}`)
  || AT_COURSE.test(text.words.slice(after, after + 5).join(' '));
/** At a course, its place named or not, as chat writes it ("Corradini a Scandicci x corso ssm", "Neri al convegno di Roma", "Bassi per corso"). */
const AT_COURSE = /^(?:(?:a|ad|in) [a-z']+ )?(?:al|ai|a un|a|per|per il|per un|per i) (?:cors[oi]|convegn[oi]|seminari[oi]|formazione|incontr[oi] di studio)(?: |$)/;

/**
 * A masculine article right before a word in lower case makes it a thing told of ("il modulo è già in segreteria", "lo
 * schema è pronto", "il verbale è in cancelleria"): a colleague is named bare, by title ("il collega rossi") or in capitals.
 */
const MASCULINE_ARTICLES = new Set(['il', 'lo', 'i', 'gli']);
const thingAfterArticle = (text: NormalizedText, at: number): boolean =>
  MASCULINE_ARTICLES.has(text.words[at - 1] ?? '') && text.capitalized[at] !== true;

function subjectAt(text: NormalizedText, intent: Intent, at: number, opening: boolean): MagistrateMatch | null {
  const found = surnameAt(text, skipArticlesAndTitles(text, at));
  if (!found || thingAfterArticle(text, found.index)) return null;
  let after = found.index + found.surname.split(' ').length;
  // The surname first, then the first name, as offices write them ("Rossi Mario è di turno domani?").
  if (text.capitalized[found.index] === true && text.capitalized[after] === true && !text.clauseStart[after] && firstNames.has(text.words[after] ?? '')) after++;
  after = afterTimeWords(text.words, after);
  // A negated verb has its subject too ("Bianchi non va più in ferie", "Neri non può coprire sabato").
  if (text.words[after] === 'non') after++;
  let verbAt = after;
  while (verbAt < after + 2 && ADDRESS_CLITICS.has(text.words[verbAt] ?? '')) verbAt++;
  const verb = text.words[CLITICS.has(text.words[after] ?? '') ? after + 1 : after];
  if (verb === undefined) return null;
  // Only a capitalised surname, not a first name ("Marco malato oggi" names no colleague), speaks without a verb of its own; a writer who
  // writes no capitals opens the message with it in lower case ("corradini a scandicci x corso", "vezzani ci scambiamo la repe?").
  const lowerOpening = opening && !text.capitalized.some(Boolean) && !text.words[found.index]!.includes("'") && !OPENING_VERB.test(found.surname);
  const capital = (text.capitalized[found.index] === true || lowerOpening) && !firstNames.has(text.words[found.index] ?? '');
  // Spoken to by a first name ("Marco mi copri sabato?", like "Ciao Marco, scambiamo sabato?"): no surname is named.
  const spokenTo = SECOND_PERSON_VERBS.has(text.words[verbAt] ?? '') || text.words[after] === 'ti';
  if (intent === 'swap' && spokenTo && firstNames.has(text.words[found.index] ?? '')) return null;
  const addressed = intent === 'swap' && (spokenTo || (capital && WE_VERB.test(text.words[verbAt] ?? '')));
  // A conditional of the third person is a subject's verb too ("Moretti sarebbe d'accordo a scambiare", "Neri potrebbe coprirmi").
  return SUBJECT_VERBS.has(verb) || /^[a-z]{2,}rebbe$/.test(verb) || addressed || (capital && toldState(text, after)) ? found : null;
}

/** The colleague named as the subject of a clause ("Russo è reperibile?", "Colucci malata da oggi", "Pugliese scambiamo rep sab?"). */
export function asSubject(text: NormalizedText, intent: Intent): MagistrateMatch | null {
  const starts = subjectStarts(text);
  for (const at of starts) {
    const found = subjectAt(text, intent, at, at === starts[0]);
    if (found && (at === 0 || !lowerAmongCapitals(text, found))) return found;
  }
  return null;
}
