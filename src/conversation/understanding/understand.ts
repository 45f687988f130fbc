import { addDays, isCivilDay, type CivilDay } from '../../domain/civil-day.ts';
import { parseDates, type DateReading } from './dates/parse-dates.ts';
import { extractMagistrate } from './extract-magistrate.ts';
import { detectIntent } from './intent-rules.ts';
import type { CueFinding } from './intent-score.ts';
import { normalizeText, type NormalizedText } from './normalize-text.ts';
import { placeInThePast } from './past-dates.ts';
import { correctedAbsenceType, correctedMagistrate, correctedService } from './corrected-slots.ts';
import { askingClause, withoutBeside } from './request-words.ts';
import { widensPastService } from './service-scope.ts';
import { findService, namesSeveralAbsenceTypes } from './slot-keywords.ts';
import type { DayRange, Intent, UnderstandOptions, Understanding } from './understanding.ts';

/** Which slots each intent keeps; the others are null whatever the text says. */
interface SlotPolicy {
  dates: boolean;
  service: boolean;
  absenceType: boolean;
  magistrate: boolean;
  /** The range used when the text names no date (see `understanding.ts`); null: left null. */
  defaultRange(today: CivilDay, understanding: Understanding): DayRange | null;
}

const FOUR_WEEKS = 28;
const nextFourWeeks = (today: CivilDay): DayRange => ({ from: today, to: addDays(today, FOUR_WEEKS - 1) });
const justToday = (today: CivilDay): DayRange => ({ from: today, to: today });
const none = (): null => null;
const policy = (slots: string, defaultRange: SlotPolicy['defaultRange'] = none): SlotPolicy => ({
  dates: slots.includes('d'), service: slots.includes('s'), absenceType: slots.includes('a'), magistrate: slots.includes('m'), defaultRange,
});

/** d = dates, s = service, a = absence type, m = magistrate. */
export const slotPolicies: Readonly<Record<Intent, SlotPolicy>> = {
  duties: policy('dsm', nextFourWeeks),
  on_duty: policy('ds', justToday),
  absence_declare: policy('dam', (today, u) => (u.absenceType === 'malattia' ? justToday(today) : null)),
  absence_cancel: policy('dam'),
  swap: policy('dsm'),
  help: policy(''),
  unknown: policy(''),
  calendar_generate: policy('ds'),
  calendar_publish: policy('ds'),
  coverage_status: policy('ds', nextFourWeeks),
  absent_today: policy('da', justToday),
  giada_request: policy('d'),
  calendar_feed: policy(''),
  jobs_status: policy(''),
  duty_explain: policy('dsm'),
  fairness: policy(''),
  fairness_office: policy(''),
};

/** What decided each slot: the words read, for the reply's "ho capito: …" and for debugging. */
export interface UnderstandingEvidence {
  /** The words that decided the intent. */
  intent: string | null;
  /** Every intent cue weighed, best first: intent, words, strength, contexts (reason, condition, past, retracted, greeting, time, howto), score. */
  intentCues: readonly CueFinding[];
  dates: string[];
  /** True when no date was written and the intent's default range was used. */
  defaultDates: boolean;
  service: string | null;
  absenceType: string | null;
  magistrate: string | null;
}

export interface UnderstandingReport {
  understanding: Understanding;
  evidence: UnderstandingEvidence;
}

/**
 * Intents whose date is a day asked about, never the moment of asking: "adesso mi serve GIADA", "mo' ci serve GIADA"
 * is an urgent request, not one for a hearing today; a date written ("GIADA per domani") still counts.
 */
const NOT_DATED_BY_NOW: ReadonlySet<Intent> = new Set(['giada_request']);
const NOW_WORD = /^(?:ora|adesso)$/;
const onlyNow = (reading: DateReading | null): boolean => reading !== null && reading.evidence.length > 0 && reading.evidence.every((e) => NOW_WORD.test(e.trim()));

/** Intents whose request may be about the very absence a past fact tells ("ieri ero malato …, togli la malattia di ieri"). */
const ABOUT_ABSENCES: ReadonlySet<Intent> = new Set(['absence_declare', 'absence_cancel']);

/**
 * The dates of the request: a past fact told beside it ("ero in ferie la settimana scorsa, che turni ho
 * questa settimana?") does not date it, unless the request is that fact or about an absence, or nothing
 * else is dated.
 */
function requestDates(normalized: NormalizedText, today: CivilDay, decisive: CueFinding | undefined): DateReading | null {
  const pastFacts = decisive !== undefined && !decisive.contexts.includes('past') && !ABOUT_ABSENCES.has(decisive.intent);
  const reasons = decisive !== undefined && !decisive.contexts.includes('reason');
  const besides = withoutBeside(normalized.words, normalized.clauseStart, { pastFacts, reasons });
  const whole = (besides === null ? null : parseDates(besides, today)) ?? parseDates(normalized.text, today);
  const own = requestSentence(normalized, decisive);
  const inOwn = own === null ? null : parseDates(own, today);
  // The request's sentence names its own date and the whole message's reading took none of it: the other
  // sentences tell the context ("ho un'udienza fiume oggi. chi fa le convalide domani?"); a reading that
  // joins them stands ("dicembre. chi fa le convalide il 24?").
  // A date the writer restates ("le feste di natale? intendo dal 24 al 27") is what the request is about.
  const all = whole === null || restated(normalized.text, whole) ? parseDates(normalized.text, today) : null;
  if (all !== null && restated(normalized.text, all)) return all;
  if (whole !== null && restated(normalized.text, whole)) return whole;
  const ownFirst = inOwn !== null && own !== null && !(whole?.evidence ?? []).some((e) => own.includes(e));
  // Unless the other sentences are only a range that holds the request's own date: they make it precise
  // ("ho turni nelle vacanze di natale? dal 24 dic al 6 gen").
  const precised = ownFirst && whole !== null && coversReading(whole, inOwn) && onlyDatesOutside(normalized, bounds(normalized.sentenceStart, decisive?.at ?? 0), whole);
  const chosen = ownFirst && !precised ? inOwn : whole;
  // The question's own clause names its own date and the reading took none of it: the clauses before tell the
  // context ("sabato torna Rossi, domenica chi fa la reperibilità?").
  // A question dictated without "?" after what the writer tells ("… e volevo sapere se venerdì ho la reperibilità") is asked too.
  const asking = decisive === undefined ? null : askingClause(normalized.words, normalized.clauseStart, decisive.at);
  const clause = decisive !== undefined && normalized.asked[decisive.at] === true ? requestClause(normalized, decisive) : (asking?.text ?? null);
  const inClause = clause === null ? null : parseDates(clause, today);
  if (inClause === null || clause === null || inClause.from === null || chosen === null || chosen.from === null) return chosen;
  const covers = coversReading(chosen, inClause);
  // A clause that is only a date ("dicembre. chi fa le convalide il 24?") places the question's day: the joined reading stands.
  const onlyDates = onlyDatesOutside(normalized, clause === asking?.text ? [asking.from, asking.to] : bounds(normalized.clauseStart, decisive!.at), chosen);
  return !onlyDates && (!chosen.evidence.some((e) => clause.includes(e)) || !covers) ? inClause : chosen;
}

/** Whether reading `outer` holds every day of `inner`. */
function coversReading(outer: DateReading, inner: DateReading | null): boolean {
  return inner !== null && outer.from !== null && inner.from !== null && outer.to !== null && inner.to !== null && outer.from <= inner.from && inner.to <= outer.to;
}

/** The first and the past-the-last word of the clause or sentence (by `starts`) holding word `at`. */
function bounds(starts: readonly boolean[], at: number): [number, number] {
  const indices = starts.flatMap((start, i) => (start ? [i] : []));
  return [indices.filter((i) => i <= at).pop() ?? 0, indices.find((i) => i > at) ?? starts.length];
}

/** Whether the words outside [from, to) are only the reading's dates and the words around a date. */
function onlyDatesOutside(normalized: NormalizedText, [from, to]: [number, number], reading: DateReading): boolean {
  const outside = normalized.words.filter((_w, i) => i < from || i >= to).join(' ');
  return reading.evidence.reduce((rest, e) => rest.replace(e, ' '), outside).split(' ').every((w) => w === '' || DATE_LINKS.has(w));
}

/** Words that may stand around a date in a clause that is only that date ("a dicembre, …", "per il mese di gennaio: …"). */
const DATE_LINKS = new Set(['a', 'ad', 'in', 'per', 'di', 'del', 'il', 'la', 'lo', "l'", 'nel', 'nella', 'mese', 'giorno', 'e', 'ok', 'allora', 'quindi', 'poi', 'invece',
  'da', 'dal', "dall'", 'dalla', 'fino', 'al', "all'", 'alla', 'tra', 'fra', 'i', 'giorni']);

/** Words that restate what was just said more precisely, right before a date ("intendo dal …", "cioè il …", "ovvero …"). */
const RESTATING = /(?:^|\s)(?:intendo|intendevo|intendiamo|cioe|ovvero|ossia|vale a dire|nel senso|meglio|precisamente|per la precisione|per essere precis[oaie])(?: (?:proprio|esattamente|solo))?(?: (?:da|dal|dall'|dalla|il|l'|la|le|i|fino a|fino al|fino alla|tra|fra|per|a|al|nei giorni|i giorni))?\s$/;

/** A reading whose date follows words that restate it: the writer's own precision over what was named before. */
function restated(text: string, reading: DateReading): boolean {
  // A date corrected to ("sabato 5? anzi no, domenica 6 volevo dire") is restated too.
  return reading.corrected === true || reading.evidence.some((e) => {
    const at = text.indexOf(e);
    return at > 0 && RESTATING.test(text.slice(0, at));
  });
}

/**
 * The sentence of the request when the message has several ("ho un'udienza fiume oggi. chi fa le
 * convalide domani?"), the others blanked (same length, so offsets hold); null for one sentence. Its
 * date and service are the request's; the other sentences tell its context.
 */
function requestSentence(normalized: NormalizedText, decisive: CueFinding | undefined): string | null {
  if (decisive === undefined || normalized.sentenceStart.filter(Boolean).length < 2) return null;
  const starts = normalized.sentenceStart.flatMap((s, i) => (s ? [i] : []));
  const from = starts.filter((i) => i <= decisive.at).pop() ?? 0;
  const to = starts.find((i) => i > decisive.at) ?? normalized.words.length;
  return normalized.words.map((w, i) => (i >= from && i < to ? w : ' '.repeat(w.length))).join(' ');
}

/** The clause of the request's deciding words, the others blanked (same length, so offsets hold). */
function requestClause(normalized: NormalizedText, decisive: CueFinding): string {
  const starts = normalized.clauseStart.flatMap((s, i) => (s ? [i] : []));
  const from = starts.filter((i) => i <= decisive.at).pop() ?? 0;
  const to = starts.find((i) => i > decisive.at) ?? normalized.words.length;
  return normalized.words.map((w, i) => (i >= from && i < to ? w : ' '.repeat(w.length))).join(' ');
}

/** Asking about duties, a service named only in a reason is not the one asked ("… devo organizzare le udienze"). */
const ASKING_DUTIES: ReadonlySet<Intent> = new Set(['duties', 'on_duty']);

/** The service of the request: one named outside its reasons, else (but for questions about duties) one named in them. */
function requestService(normalized: NormalizedText, intent: Intent, decisive: CueFinding | undefined): ReturnType<typeof findService> {
  // "la bozza della reperibilità? anzi no, di tutto dicembre, non solo la reperibilità": every service.
  if (widensPastService(normalized.text)) return null;
  // "chi fa la repe sabato? anzi no, le convalide": the service corrected to.
  const corrected = correctedService(normalized.text);
  if (corrected) return corrected;
  // "pom. ho ud., chi mi copre la rep.?": a service in the very clause of the request is the one asked.
  // A question dictated inside a clause ("… e volevo sapere se venerdì ho la reperibilità") first, then the whole clause.
  if (decisive !== undefined) {
    const asking = askingClause(normalized.words, normalized.clauseStart, decisive.at);
    const inClause = (asking === null ? null : findService(asking.text)) ?? findService(requestClause(normalized, decisive));
    if (inClause) return inClause;
  }
  const scope = intent === 'duties' ? withoutToldAfterQuestion(normalized, decisive) : normalized;
  const own = requestSentence(scope, decisive);
  const inOwn = own === null ? null : findService(own);
  if (inOwn) return inOwn;
  const besides = decisive?.contexts.includes('reason') ? null : withoutBeside(scope.words, scope.clauseStart, { pastFacts: false, reasons: true });
  if (besides === null) return findService(scope.text);
  return findService(besides) ?? (ASKING_DUTIES.has(intent) ? null : findService(scope.text));
}

/**
 * Asking one's duties with "?", the sentences told after the question are why one asks ("quali turni ho dal 14 al 20
 * dicembre? ho un'udienza fuori sede"): a service named only there is no filter on the duties asked. Those sentences
 * blanked (same length, so offsets hold) when none of them is asked too; else the text as it is.
 */
function withoutToldAfterQuestion(normalized: NormalizedText, decisive: CueFinding | undefined): NormalizedText {
  if (decisive === undefined || normalized.asked[decisive.at] !== true) return normalized;
  const to = normalized.sentenceStart.findIndex((s, i) => s && i > decisive.at);
  if (to < 0 || normalized.asked.slice(to).includes(true)) return normalized;
  const words = normalized.words.map((w, i) => (i < to ? w : ' '.repeat(w.length)));
  return { ...normalized, words, text: words.join(' ') };
}

/** "quali sono i turni di …", "qual è la reperibilità del …": a question about the duties of whoever "di" names. */
const WHOSE_DUTIES = /\b(?:quali sono|quali saranno|qual e|quale e) (?:i|le|gli|il|la|l') (?:turn[oi]|udienz[ae]|reperibilita|repe|direttissime|convalide|servizi|impegni) (?:di|del|della|dello)\b/;

/** Asking who is on duty, the duties of a named colleague are that colleague's duties ("quali sono i turni di Francesca Amato?"). */
function whoseDuties(normalized: NormalizedText, intent: Intent): Intent {
  return intent === 'on_duty' && WHOSE_DUTIES.test(normalized.text) && extractMagistrate(normalized, 'duties') !== null ? 'duties' : intent;
}

function assertToday(today: CivilDay): void {
  if (!isCivilDay(today)) throw new RangeError(`today must be a civil day YYYY-MM-DD, got "${today}"`);
}

/** Understands one utterance and says which words decided what. */
export function explainUnderstanding(text: string, { today }: UnderstandOptions): UnderstandingReport {
  assertToday(today);
  const normalized = normalizeText(text);
  const detected = detectIntent(normalized);
  const { evidence: intentEvidence, findings } = detected;
  const intent = whoseDuties(normalized, detected.intent);
  const rules = slotPolicies[intent];
  // The request's words: the deciding finding, whose clause and sentence date it ("chi è reperibile questa settimana? Sono in ferie da mercoledì").
  const decisive = detected.decisive ?? findings[0];
  const service = rules.service ? requestService(normalized, intent, decisive) : null;
  // Asking who is absent, several types named ("ferie e malattie comprese") is every type.
  const everyType = intent === 'absent_today' && namesSeveralAbsenceTypes(normalized.text);
  const absence = rules.absenceType && !everyType ? correctedAbsenceType(normalized.text) : null;
  const magistrate = rules.magistrate ? correctedMagistrate(normalized, intent) : null;
  // A day told in the past tense ("ero in ferie il 3 novembre", "chi era reperibile il 3 novembre?") is the last one, not the next.
  const read = rules.dates ? placeInThePast(normalized, requestDates(normalized, today, decisive), today) : null;
  const dates: DateReading | null = NOT_DATED_BY_NOW.has(intent) && onlyNow(read) ? null : read;
  // Several periods apart: the first is `from`/`to`, each is in `periods` (never the days between them).
  const first = dates?.periods?.[0];
  const understanding: Understanding = {
    intent,
    from: first?.from ?? dates?.from ?? null,
    to: first?.to ?? dates?.to ?? null,
    service: service?.value ?? null,
    absenceType: absence?.value ?? null,
    magistrate: magistrate?.surname ?? null,
  };
  if (dates?.periods) understanding.periods = dates.periods.map((p) => ({ ...p }));
  if (dates?.periods && dates.alternatives) understanding.alternativePeriods = true;
  if (dates?.problem) understanding.problem = dates.problem;
  const fallback = dates === null ? rules.defaultRange(today, understanding) : null;
  if (fallback) Object.assign(understanding, fallback);
  return {
    understanding,
    evidence: {
      intent: intentEvidence,
      intentCues: findings,
      dates: dates?.evidence ?? [],
      defaultDates: fallback !== null,
      service: service?.text ?? null,
      absenceType: absence?.text ?? null,
      magistrate: magistrate?.surname ?? null,
    },
  };
}

/**
 * Understands one Italian utterance written on `today` (a civil day in Europe/Rome; the clock is
 * never read). Pure: the same text and day always give the same answer.
 */
export function understand(text: string, options: UnderstandOptions): Understanding {
  return explainUnderstanding(text, options).understanding;
}
