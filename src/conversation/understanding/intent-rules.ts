import { ABSENCE_WORDS, absenceCancelCue, absenceDeclareCue, absenceInformedCue, absenceWordCue } from './intent-cues-absence.ts';
import { DUTY_EXPLAIN_OBJECTS, DUTY_WORDS, colleagueDutiesCue, dutyExplainCue, dutiesCue, dutyWordCue, onDutyCue, ownDayQuestionCue, ownDutiesCue } from './intent-cues-duties.ts';
import { CLOSING_FORMULAS, courtesyCue, howToCue, howToDoCue } from './intent-cues-help.ts';
import {
  absentTodayCue, calendarFeedCue, courseWordCue, howManyAttendCue, whoAttendsCue, calendarGenerateCue, calendarPublishCue, coverageStatusCue, giadaRequestCue, jobsStatusCue, nobodyThereCue, someoneAttendsCue, generateThemCue, CALENDAR_OBJECTS,
} from './intent-cues-staff.ts';
import { comparedLoadCue, officeFairnessCue, ownFairnessCue, ownLoadWords } from './intent-cues-fairness.ts';
import { agreedCue, replacementCue, swapCue } from './intent-cues-swap.ts';
import { cue, type IntentCue } from './intent-cue.ts';
import { wordContexts } from './intent-context.ts';
import { chooseFinding, findCue, type CueFinding } from './intent-score.ts';
import type { NormalizedText } from './normalize-text.ts';
import type { Intent } from './understanding.ts';

/**
 * How the intent is recognised: every cue below that matches the normalised text is weighed
 * (`intent-score.ts`: strong or weak, less where it stands in a reason, a condition, a past fact, words
 * taken back or a wish, `intent-context.ts`, `intent-context-facts.ts`) and the best score wins. Among equal scores the cue listed first wins:
 * staff commands and GIADA come first because their sentences also contain the words of the others
 * ("prima udienza", "i turni"). A sentence with none of these cues is `unknown`.
 */
export const intentCues: readonly IntentCue[] = [
  { intent: 'jobs_status', any: jobsStatusCue, strength: 'strong' },
  // Before GIADA: "il mio carico GIADA" asks one's load, not for a hearing date.
  { intent: 'fairness_office', any: officeFairnessCue, strength: 'strong' },
  { intent: 'fairness', any: ownFairnessCue, strength: 'strong' },
  { intent: 'fairness', any: comparedLoadCue, also: ownLoadWords, unless: officeFairnessCue, strength: 'strong' },
  { intent: 'giada_request', any: giadaRequestCue, strength: 'strong' },
  { intent: 'calendar_publish', any: calendarPublishCue, strength: 'strong' },
  { intent: 'calendar_generate', any: calendarGenerateCue, strength: 'strong' },
  { intent: 'calendar_generate', any: generateThemCue, also: cue(CALENDAR_OBJECTS), unless: cue(ABSENCE_WORDS), strength: 'strong', opensLaterClause: true },
  { intent: 'coverage_status', any: coverageStatusCue, strength: 'strong' },
  { intent: 'coverage_status', any: nobodyThereCue, also: cue(`${DUTY_WORDS}|calendario`), strength: 'strong' },
  { intent: 'calendar_feed', any: calendarFeedCue, unless: cue(`${ABSENCE_WORDS}|chi (?:e|sono|fa|ha|copre)`), strength: 'strong' },
  { intent: 'absent_today', any: absentTodayCue, strength: 'strong' },
  { intent: 'absent_today', any: whoAttendsCue, also: courseWordCue, strength: 'strong' },
  { intent: 'absent_today', any: howManyAttendCue, also: courseWordCue, strength: 'strong' },
  { intent: 'absence_cancel', any: absenceCancelCue, strength: 'strong' },
  { intent: 'swap', any: swapCue, strength: 'strong' },
  { intent: 'absence_declare', any: absenceDeclareCue, strength: 'strong' },
  { intent: 'absence_declare', any: absenceInformedCue, strength: 'strong' },
  { intent: 'swap', any: replacementCue, strength: 'weak' },
  { intent: 'swap', any: agreedCue, also: dutyWordCue, strength: 'weak' },
  // "qualcuno va al convegno venerdì?": an event others may attend, no absence told.
  { intent: 'absence_declare', any: absenceWordCue, unless: someoneAttendsCue, strength: 'weak' },
  { intent: 'help', any: howToCue, strength: 'strong' },
  { intent: 'help', any: howToDoCue, unless: calendarFeedCue, strength: 'strong' },
  // "perché a me?", "come mai ho gli arrestati il 7?": why a duty went to someone; "perché non ho turni?" or one about ferie is not.
  { intent: 'duty_explain', any: dutyExplainCue, also: cue(DUTY_EXPLAIN_OBJECTS), unless: cue(`non|${ABSENCE_WORDS}`), strength: 'strong' },
  { intent: 'on_duty', any: onDutyCue, also: dutyWordCue, strength: 'strong' },
  // "a chi tocca domenica?": whose turn it is says the duty without a duty word.
  { intent: 'on_duty', any: cue("a chi (?:tocca|toccano|tocchera|spetta|spettano)"), strength: 'strong' },
  { intent: 'duties', any: ownDutiesCue, strength: 'strong' },
  { intent: 'duties', any: colleagueDutiesCue, strength: 'strong' },
  // "rep sett pross ce l'ho io?": having a duty named in the sentence, said of oneself.
  { intent: 'duties', any: cue("ce l' (?:ho|avro|avrei) (?:io|proprio io)|(?:ce|me) l' (?:hanno|avete) (?:mess|assegnat|dat)[oaie]"), also: dutyWordCue, strength: 'strong' },
  // "io sabato?", "ven io?": oneself and a day, asked with nothing else, asks one's duties that day.
  { intent: 'duties', any: ownDayQuestionCue, strength: 'strong', wholeAskedClause: true },
  { intent: 'duties', any: dutiesCue, strength: 'weak' },
  { intent: 'help', any: courtesyCue, strength: 'weak' },
];

/** A cleft question says the same as the plain one: "chi è che manca" is "chi manca". */
const CLEFT_VERBS = new Set(['e', 'sono', 'sara', 'era']);

/** The words and clause starts without the "è che" of a cleft question; `kept`: the index each word had. */
export function dropCleft(words: readonly string[], clauseStart: readonly boolean[]): { words: string[]; clauseStart: boolean[]; kept: number[] } {
  const dropped = new Set<number>();
  words.forEach((w, i) => {
    if (w === 'chi' && CLEFT_VERBS.has(words[i + 1] ?? '') && words[i + 2] === 'che') dropped.add(i + 1).add(i + 2);
  });
  const keep = (_x: unknown, i: number) => !dropped.has(i);
  return { words: words.filter(keep), clauseStart: clauseStart.filter(keep), kept: words.flatMap((_w, i) => (dropped.has(i) ? [] : [i])) };
}

export interface IntentReading {
  intent: Intent;
  /** The words that decided (null for `unknown`). */
  evidence: string | null;
  /** Every cue found, best first: what was weighed against what. */
  findings: CueFinding[];
  /** The finding that decided (not always the first of `findings`: a question asked beside a told absence wins their tie). */
  decisive?: CueFinding;
}

/** Words that open a message as a salutation ("ciao, …", "buongiorno, …"). */
const SALUTATIONS = new Set(['ciao', 'buongiorno', 'buonasera', 'buondi', 'salve', 'ehi', 'ehila', 'hey']);
const courtesyRank = intentCues.findIndex((c) => c.any === courtesyCue);

/**
 * A salutation that only opens a question about something else ("ciao, hai letto la circolare sul
 * processo telematico?"): its own clause, then three words or more with no courtesy of their own, asked. It
 * greets; it is not what the message asks, so it does not make the message a courtesy. Small talk told
 * after it ("buongiorno a tutti, settimana lunga questa") asks nothing: the whole is a courtesy.
 */
export function onlyOpeningSalutation(words: readonly string[], clauseStart: readonly boolean[], asked: readonly boolean[]): boolean {
  if (!SALUTATIONS.has(words[0] ?? '')) return false;
  const end = clauseStart.findIndex((start, i) => i > 0 && start);
  if (end < 0 || words.length - end < 3 || !asked.slice(end).includes(true)) return false;
  const rest = words.slice(end).join(' ');
  return !courtesyCue.test(rest) && !howToCue.test(rest);
}

const SUBSTANCE_WORDS = 3;
/** Greetings and thanks that only frame a message (not "come si usa", "aiuto": those ask for help). */
const FRAMING = cue(`grazie(?: mille| tante| in anticipo| anticipatamente)?|ringrazio|buongiorno|buonasera|buondi|ciao|salve|(?:cordiali )?saluti|un saluto|cordialmente|buona giornata|buona serata|buon lavoro|scus[a-z]* (?:per )?il disturbo|${CLOSING_FORMULAS}`);

/**
 * Greetings and thanks around a question about something else ("buongiorno, qualcuno sa se il bar è aperto
 * oggi? grazie"): one clause of three words or more, asked with "?", holds no courtesy and no question on how
 * to use turnario, and the rest is only greetings and thanks. A courtesy word is a reply only when the message
 * is only courtesy.
 */
export function courtesyAroundOther(words: readonly string[], clauseStart: readonly boolean[], asked: readonly boolean[]): boolean {
  const starts = clauseStart.flatMap((s, i) => (s || i === 0 ? [i] : []));
  const clauses = starts.map((from, k) => ({ from, words: words.slice(from, starts[k + 1] ?? words.length) }));
  const other = (c: { from: number; words: string[] }) => {
    const text = c.words.join(' ');
    return c.words.length >= SUBSTANCE_WORDS && asked[c.from] === true && !courtesyCue.test(text) && !howToCue.test(text);
  };
  if (!clauses.some(other)) return false;
  const rest = clauses.filter((c) => !other(c)).map((c) => c.words.join(' ')).join(' ').replace(new RegExp(FRAMING.source, 'g'), ' ');
  return !courtesyCue.test(rest) && !howToCue.test(rest);
}

/**
 * A domain word that only says when ("raga pizza stasera dopo l'udienza?", "ci vediamo dopo le ferie"):
 * a weak cue in a time reference asks nothing, and alone leaves the message unknown.
 */
const onlyATime = (f: CueFinding): boolean => f.strength === 'weak' && f.contexts.includes('time') && f.score <= 0;

/** The intent of a normalised utterance, the words that decided it and everything weighed. */
export function detectIntent(normalized: Pick<NormalizedText, 'words' | 'clauseStart'> & Partial<Pick<NormalizedText, 'addressed' | 'asked'>>): IntentReading {
  const { words, clauseStart, kept } = dropCleft(normalized.words, normalized.clauseStart);
  const asked = kept.map((i) => normalized.asked?.[i] === true);
  const text = words.join(' ');
  const contexts = wordContexts(words, clauseStart, asked);
  // A message opening with "@Ferrero" speaks to that colleague: its courtesies ("ok, allora ci sentiamo dopo") are theirs, not turnario's.
  const greetsOnly = onlyOpeningSalutation(words, clauseStart, asked) || normalized.addressed?.[0] === true || courtesyAroundOther(words, clauseStart, asked);
  const findings = intentCues.flatMap((c, rank) => (greetsOnly && rank === courtesyRank ? [] : findCue(c, rank, text, contexts, { clauseStart, asked }) ?? []));
  const best = chooseFinding(findings.filter((f) => !onlyATime(f)), asked);
  findings.sort((a, b) => b.score - a.score || a.rank - b.rank);
  // The decisive finding's word index, back in the message's own words (the callers index `normalized` with it).
  return best ? { intent: best.intent, evidence: best.words, findings, decisive: { ...best, at: kept[best.at] ?? best.at } } : { intent: 'unknown', evidence: null, findings };
}
