/**
 * Normalises an utterance the way magistrates type it: lower case, accents folded ("lunedì",
 * "lunedi'" and "lunedi" all become "lunedi"), punctuation dropped, elided articles split off
 * ("dall'8" -> "dall' 8", "l'udienza" -> "l' udienza"), common typos fixed ("sabto" -> "sabato"),
 * "x" read as "per", "+" and "&" as "e" ("oggi+domani"). Work is per word, so every normalised word
 * keeps the word it came from: surnames are returned as written (lower case, accents kept).
 */

import { DIALECT_WORDS, readDialect, withoutHaveParticle } from './dialect-words.ts';
import { OFFICE_DUTY_WORDS } from './office-duty-words.ts';
import { readStreets } from './street-names.ts';
import { correctTypo, expandCut } from './fuzzy-words.ts';
import { joinSplit, loanPair, splitJoined } from './joined-words.ts';
import { knownWords } from './known-words.ts';
import { withoutListMarkers } from './list-markers.ts';
import { withoutTrailers } from './message-trailers.ts';

/** Elided articles and prepositions split from the next word; "d'" is not one of them ("d'amico"). */
const ELISIONS: readonly string[] = ["l'", "dall'", "all'", "dell'", "nell'", "sull'", "un'", "quest'", "quell'", "dev'", "c'", "po'"];

/** Misspellings seen in chat, word for word. */
const TYPOS: Readonly<Record<string, string>> = {
  x: 'per',
  sabto: 'sabato', sbato: 'sabato', sabat: 'sabato', sab: 'sabato',
  domenca: 'domenica', domencia: 'domenica', dom: 'domenica',
  lunedu: 'lunedi', lunedo: 'lunedi', luned: 'lunedi', lun: 'lunedi',
  martedi: 'martedi', marted: 'martedi',
  mercoldi: 'mercoledi', mercoledu: 'mercoledi', merc: 'mercoledi',
  giovedu: 'giovedi', giov: 'giovedi', gio: 'giovedi', mer: 'mercoledi', mart: 'martedi',
  venrdi: 'venerdi', venedi: 'venerdi', venerdu: 'venerdi', ven: 'venerdi',
  domaini: 'domani', doamni: 'domani', domni: 'domani', dmani: 'domani', domai: 'domani', domnai: 'domani', domian: 'domani',
  reperibbile: 'reperibile', reperebile: 'reperibile', reperibie: 'reperibile', reperibilta: 'reperibilita',
  setimana: 'settimana', settimna: 'settimana', settiamna: 'settimana',
  prosima: 'prossima', prosimo: 'prossimo', porssima: 'prossima', prossma: 'prossima',
  dicmbre: 'dicembre', dicebre: 'dicembre', genaio: 'gennaio', febraio: 'febbraio',
  ferei: 'ferie', fere: 'ferie', malatia: 'malattia', malatto: 'malato',
  // "ho qlc la sett. prox?": something (to do).
  qlc: 'qualcosa', qlcs: 'qualcosa', qcs: 'qualcosa', qcosa: 'qualcosa',
  qnd: 'quando', qdo: 'quando', cmq: 'comunque', xche: 'perche', nn: 'non', ke: 'che', ki: 'chi',
  turmi: 'turni', trno: 'turno', tunro: 'turno',
  calendaro: 'calendario', calednario: 'calendario',
  direttisime: 'direttissime', direttissma: 'direttissima',
  // "i direttissimi" (the trials, masculine) are the duty of "le direttissime"; "rito direttissimo" stays GIADA's.
  direttissimi: 'direttissime', direttisimi: 'direttissime',
  dic: 'dicembre', gen: 'gennaio', genn: 'gennaio', feb: 'febbraio', febb: 'febbraio', magg: 'maggio', giug: 'giugno', lugl: 'luglio', apr: 'aprile', mag: 'maggio', giu: 'giugno', lug: 'luglio',
  ago: 'agosto', set: 'settembre', sett: 'settembre', ott: 'ottobre', nov: 'novembre',
  natal: 'natale', capodano: 'capodanno', ferragoso: 'ferragosto',
  ud: 'udienza', pome: 'pomeriggio', pom: 'pomeriggio', rep: 'repe', grz: 'grazie', graz: 'grazie', tnx: 'grazie', tks: 'grazie', thx: 'grazie', thanks: 'grazie',
  // English courtesy words typed in chat are never a colleague's name ("i miei turni pls").
  pls: 'cortesemente', plz: 'cortesemente', please: 'cortesemente', plis: 'cortesemente',
  // English loanwords of an office.
  reminder: 'promemoria', reminders: 'promemoria', alert: 'avvisi',
  // Dialect seen in chat.
  nun: 'non', dimane: 'domani', domane: 'domani', quanno: 'quando', sabbato: 'sabato', freva: 'febbre',
  sn: 'sono', cn: 'con', xke: 'perche', gg: 'giorni', ggg: 'giorni', prox: 'prossima', pross: 'prossima',
  // An elided article typed without its apostrophe ("dell immacolata", "l udienza", "c e").
  l: "l'", dell: "dell'", dall: "dall'", all: "all'", nell: "nell'", sull: "sull'", c: "c'",
};

export interface NormalizedText {
  /** The words as written, lower case, punctuation stripped; parallel to `words`. */
  raw: readonly string[];
  /** Whether each word was written with a capital initial (a hint for surnames). */
  capitalized: readonly boolean[];
  /** Whether each word is an acronym written in capitals among lower-case words ("RGNR", "DDA", "INPS"): never a surname. */
  acronym: readonly boolean[];
  /** The normalised words. */
  words: readonly string[];
  /** `words` joined by single spaces, for the pattern tables. */
  text: string;
  /** Whether each word begins a clause: it follows a punctuation mark (, ; : ? ! … a full stop) or is the first. */
  clauseStart: readonly boolean[];
  /** Whether each word begins a sentence: it follows a full stop, ? ! … or is the first ("esco ora dall'aula. chi ha gli arrestati?"). */
  sentenceStart: readonly boolean[];
  /**
   * Whether each word stands in a clause ending with a question mark ("sono fuori sede oggi: ho turni
   * domani?": "ho turni domani" is asked, the first clause told).
   */
  asked: readonly boolean[];
  /** Whether each word was written with "@" before it, naming a colleague the message is addressed to ("@Ferrero ok, …"); not turnario itself. */
  addressed: readonly boolean[];
}

/** Names of turnario itself: "@turnario" addresses no colleague. */
const OWN_NAMES = new Set(['turnario', 'bot', 'assistente']);

/** "lunedì" -> "lunedi"; "perché" -> "perche". */
export function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Splits "dall'8" into ["dall'", "8"]; leaves "d'amico" whole. */
function splitElision(word: string): string[] {
  const article = ELISIONS.find((e) => word.startsWith(e) && word.length > e.length);
  return article ? [article, word.slice(article.length)] : [word];
}

/** Strips punctuation around a word, keeping date separators and apostrophes inside it. */
function trimPunctuation(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}°']+$/u, '');
}

/** "lunedi'" (an apostrophe for the accent) -> "lunedi"; "e'" -> "e". */
function dropAccentApostrophe(word: string): string {
  return /[aeiou]'$/.test(word) ? word.slice(0, -1) : word;
}

/** Words cut short with an apostrophe in speech ("so' libero", "mo' genera"), which would otherwise lose it as an accent. */
const APOCOPES: Readonly<Record<string, string>> = { "so'": 'sono', "mo'": 'adesso' };

function normalizeWord(raw: string): string {
  const apocope = APOCOPES[raw];
  if (apocope) return apocope;
  const folded = dropAccentApostrophe(foldAccents(raw));
  return TYPOS[folded] ?? DIALECT_WORDS[folded] ?? OFFICE_DUTY_WORDS[folded] ?? correctTypo(folded);
}

/** Words around "sett" that make it "settimana" ("sett prox", "questa sett") rather than "settembre" ("5 sett"). */
const WEEK_AFTER = new Set(['prossima', 'scorsa', 'corrente', 'entrante', 'successiva', 'ventura', 'dopo', 'che']);
const WEEK_BEFORE = new Set(['questa', 'sta', 'la', 'prossima', 'scorsa', 'ogni', 'della', 'nella', 'una', 'tutta', 'in']);

/** Words before a count of weeks ("tra due sett.", "per 2 sett", "le prossime 3 sett"): a number after them counts weeks, not a day of September. */
const COUNT_BEFORE = new Set(['tra', 'fra', 'per', 'prossime', 'ultime']);
const COUNT = /^(?:\d{1,2}|un|una|due|tre|quattro|cinque|sei|sette|otto|dieci)$/;

/** "sett" is both "settimana" and "settembre": its neighbours decide, "settembre" otherwise. */
function readSett(words: string[], raw: readonly string[]): string[] {
  const counted = (i: number) => COUNT.test(words[i - 1] ?? '') && COUNT_BEFORE.has(words[i - 2] ?? '');
  return words.map((w, i) => {
    if (raw[i] !== 'sett') return w;
    if (counted(i)) return /^(?:1|un|una)$/.test(words[i - 1] ?? '') ? 'settimana' : 'settimane';
    return WEEK_AFTER.has(words[i + 1] ?? '') || WEEK_BEFORE.has(words[i - 1] ?? '') ? 'settimana' : w;
  });
}

const WEEKDAY_WORDS = new Set(['lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica']);
const MONTH_WORDS = new Set(['gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']);
const AFTER_WEEKDAY = new Set(['prossimo', 'prossimi', 'scorso', 'scorsi', 'mattina', 'pomeriggio', 'sera']);

/**
 * "mar" is both "martedì" and "marzo": "martedì" next to another weekday ("lun e mar"), after a list
 * of weekdays with their days ("lun 2 e mar 3") or before "prossimo"; "marzo" after a day number, near
 * another month or before a year ("il 3 mar", "gen-mar", "mar 2027").
 */
function readMar(words: string[], raw: readonly string[]): string[] {
  const inList = (i: number) => ['e', 'o', 'ed'].includes(words[i - 1] ?? '') && WEEKDAY_WORDS.has(words[i - 3] ?? '');
  const nearWeekday = (i: number) => inList(i) || [i - 2, i - 1, i + 1, i + 2].some((j) => WEEKDAY_WORDS.has(words[j] ?? ''));
  // "il 3 mar", "da gen a mar", "mar 2027": "marzo" after a day number, near another month or before a year.
  const asMonth = (i: number) => /^\d{1,2}°?$/.test(words[i - 1] ?? '') || /^\d{4}$/.test(words[i + 1] ?? '') || [i - 2, i - 1, i + 1, i + 2].some((j) => MONTH_WORDS.has(words[j] ?? ''));
  return words.map((w, i) => (raw[i] !== 'mar' ? w : nearWeekday(i) || AFTER_WEEKDAY.has(words[i + 1] ?? '') ? 'martedi' : asMonth(i) ? 'marzo' : w));
}

/** Marks where a clause ends, in place of the punctuation that ended it; and where a sentence ends. */
const CLAUSE_BREAK = '\uE000';
const SENTENCE_BREAK = '\uE001';
/** A sentence ended by a question mark. */
const QUESTION_BREAK = '\uE002';

interface WrittenWord {
  word: string;
  start: boolean;
  sentence: boolean;
  /** Written with "@" before it ("@Ferrero ok, …"): the one the message is addressed to. */
  mention?: boolean;
  /** The last word before a question mark. */
  question?: boolean;
}
/** Abbreviations whose full stop ends no sentence ("il dott. Gentile"). */
const ABBREVIATIONS = new Set(['dott', 'dr', 'avv', 'sig', 'sigg', 'prof', 'pres', 'proc', 'cons', 'ing', 'on', 'es', 'ecc', 'ca', 'p', 'pag', 'n', 'nr', 'art', 'sez', 'rag', 'geom', 'gent', 'egr', 'ill', 'ill.mo']);

/**
 * A token ends its sentence when it ends with a full stop that is no abbreviation's. The short forms of
 * chat ("rep.", "sett.", "pross.", "ud.", "pom.", "dom.": the keys of `TYPOS`) end one only when the next
 * word begins with a capital ("ho la rep. Chi fa …"), not in "rep. sett. pross. ce l'ho io?".
 */
function endsSentence(token: string, next: string | undefined): boolean {
  if (!/\.$/.test(token)) return false;
  const word = foldAccents(token.toLowerCase().replace(/\.+$/, ''));
  if (ABBREVIATIONS.has(word)) return false;
  return !(word in TYPOS || dottedCut(token) !== undefined) || next === undefined || /^\p{Lu}/u.test(next);
}

/**
 * A token that is a domain word cut short with its full stop ("conv.", "mal.", "l'ass."): that word, after
 * its elided article; not a short form of `TYPOS` nor a word ("per.", "con.").
 */
function dottedCut(token: string): string[] | undefined {
  const [, article, cut] = /^((?:\p{L}+')?)(\p{L}{3,})\.$/u.exec(token) ?? [];
  const word = cut === undefined ? '' : foldAccents(cut.toLowerCase());
  const whole = cut === undefined || word in TYPOS || knownWords.has(word) ? undefined : expandCut(word);
  return whole === undefined ? undefined : [...(article ? [article] : []), whole];
}

/** Written words with joined ones split ("lasettimana" -> "la settimana"), split ones joined ("dopo domani" -> "dopodomani") and English pairs read ("on call" -> "di repe"). */
function rejoin(words: readonly WrittenWord[]): WrittenWord[] {
  const split = words.flatMap(({ word, start, sentence, mention, question }, i) => splitJoined(foldAccents(word.toLowerCase()), words[i + 1] && foldAccents(words[i + 1]!.word.toLowerCase())).map((part, k, parts) => ({
    word: parts.length > 1 ? part : word, start: start && k === 0, sentence: sentence && k === 0, mention: mention === true && k === 0, question: question === true && k === parts.length - 1,
  })));
  const out: WrittenWord[] = [];
  for (let i = 0; i < split.length; i++) {
    const next = split[i + 1];
    const pair = next && !next.start ? [foldAccents(split[i]!.word.toLowerCase()), foldAccents(next.word.toLowerCase())] as const : undefined;
    const one = pair ? joinSplit(...pair) : undefined;
    const loan = pair ? loanPair(...pair) : undefined;
    if (loan) out.push({ ...split[i]!, word: loan[0] }, { ...next!, word: loan[1] });
    else out.push(one ? { ...split[i]!, word: one, question: split[i]!.question === true || next!.question === true } : split[i]!);
    if (one || loan) i++;
  }
  return out;
}

/** "dall'8" -> ["dall'", "8"] as written (capitals kept); other words whole. */
function splitWritten(word: string): string[] {
  return splitElision(word.toLowerCase()).length > 1 ? [word.slice(0, word.indexOf("'") + 1), word.slice(word.indexOf("'") + 1)] : [word];
}

/** The written words, punctuation trimmed, each with whether it begins a clause. */
function wordsWithBreaks(cleaned: string): WrittenWord[] {
  const out: WrittenWord[] = [];
  let pending = true;
  let pendingSentence = true;
  const tokens = cleaned.split(/\s+/);
  tokens.forEach((token, t) => {
    if (token === CLAUSE_BREAK || token === SENTENCE_BREAK || token === QUESTION_BREAK || /^[-–—]+$/.test(token)) {
      pending = true;
      pendingSentence ||= token !== CLAUSE_BREAK;
      const last = out[out.length - 1];
      if (token === QUESTION_BREAK && last) last.question = true;
      return;
    }
    let mention = token.startsWith('@');
    for (const word of (dottedCut(token) ?? splitWritten(trimPunctuation(token))).filter((w) => w.length > 0)) {
      out.push({ word, start: pending, sentence: pendingSentence, mention });
      mention = false;
      pending = false;
      pendingSentence = false;
    }
    if (endsSentence(token, tokens[t + 1])) pending = pendingSentence = true;
  });
  return rejoin(out);
}

/** A day or a numeric date before a dash and a day ("3 - 7 dicembre", "27/12 – 2/1"). */
const DAY_BEFORE_DASH = /(\d{1,2}(?:[/.]\d{1,2}(?:[/.]\d{2,4})?)?)\s*[-–—]\s*(?=\d)/gu;
/** A day and its month (typos too: "27 dicemre") before a dash and a day. */
const MONTH_BEFORE_DASH = /(\d{1,2}\s+(?:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)[a-z]*)\s*[-–—]\s*(?=\d)/giu;
const WEEKDAY = '(?:lun|mar|mer|gio|ven|sab|dom)[a-zìí]*';
const MONTH_NAME = '(?:genn?(?:aio)?|febb?(?:raio)?|mar(?:zo)?|apr(?:ile)?|mag(?:gio)?|giu(?:gno)?|lug(?:lio)?|ago(?:sto)?|sett?(?:embre)?|ott(?:obre)?|nov(?:embre)?|dic(?:embre)?)';
/** Two months joined by a dash ("aprile-maggio", "gen - mar 2027"). */
const MONTH_DASH = new RegExp(`\\b(${MONTH_NAME})\\s*[-–—]\\s*(${MONTH_NAME})\\b`, 'giu');
/** Two weekdays joined by a dash, with their days or not ("lunedì-mercoledì", "lunedì 7 - mercoledì 9"). */
const WEEKDAY_DASH = new RegExp(`\\b(${WEEKDAY}(?:\\s+\\d{1,2})?)\\s*[-–—]\\s*(${WEEKDAY}(?:\\s+\\d{1,2})?)`, 'giu');
const MONTH_AHEAD = '(?=\\s+(?:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)[a-z]*\\b)';
/** Days listed before their month with commas, spaces or "e" ("3, 4, 5 dicembre", "3 e 4 e 5 dicembre"), or with slashes ("7/9 dicembre", "24/25/26 dic"). */
const DAY_LIST = new RegExp(`\\b\\d{1,2}(?:(?:\\s*,\\s*|\\s+|\\s*,?\\s*(?:e|ed)\\s+)\\d{1,2}\\b)+${MONTH_AHEAD}|\\b\\d{1,2}(?:/\\d{1,2})+${MONTH_AHEAD}`, 'giu');

/**
 * A dash between two dates is a range, spaced or not, short or long, not a clause break: "3 – 7 dicembre"
 * is "3-7 dicembre", "27 dicemre - 2 gennaio" is "27 dicemre fino al 2 gennaio" (the month kept a word of
 * its own, for its typo to be read), "lunedì-mercoledì" is "da lunedì a mercoledì", "aprile-maggio" is "da aprile a maggio". Days listed before
 * their month are a chain ("3, 4, 5 dicembre", "7/9 dicembre": "3-4-5 dicembre", "7-9 dicembre"), their
 * commas no clause breaks.
 */
/**
 * Days listed before their month: a chain when they follow one another or are joined by slashes ("3, 4, 5 dicembre": "3-4-5",
 * "7/9 dicembre": "7-9"); days apart joined by commas or "e" stay a list ("3 e 10 marzo", "3, 5 e 7 marzo": "3 5 e 7"), never
 * the days between them.
 */
function dayChainOrList(list: string): string {
  const days = (list.match(/\d{1,2}/g) ?? []).map(Number);
  const chain = list.includes('/') || days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  return chain ? days.join('-') : `${days.slice(0, -1).join(' ')} e ${days[days.length - 1]}`;
}

function joinDateDashes(text: string): string {
  return text
    .replace(DAY_LIST, dayChainOrList)
    .replace(MONTH_BEFORE_DASH, '$1 fino al ').replace(DAY_BEFORE_DASH, '$1-').replace(MONTH_DASH, 'da $1 a $2').replace(WEEKDAY_DASH, 'da $1 a $2');
}

/** Splits, cleans and normalises an utterance. */
export function normalizeText(text: string): NormalizedText {
  const cleaned = joinDateDashes(withoutListMarkers(withoutTrailers(text))).replace(/[’`´]/g, "'").replace(/[?!…]*\?[?!…]*/g, ` ${QUESTION_BREAK} `).replace(/[!…]+/g, ` ${SENTENCE_BREAK} `).replace(/[;:,]+/g, ` ${CLAUSE_BREAK} `).replace(/["()[\]{}]+/g, ' ').replace(/\s*[+&]\s*/g, ' e ');
  const split = withoutHaveParticle(wordsWithBreaks(cleaned));
  const raw = split.map(({ word }) => word.toLowerCase());
  const capitalized = split.map(({ word }) => /^\p{Lu}/u.test(word));
  const acronym = acronyms(split.map(({ word }) => word));
  const words = readStreets(readDialect(readMar(readSett(raw.map(normalizeWord), raw), raw), capitalized, split.map(({ start }) => start)), split.map(({ word }) => word), split.map(({ start }) => start));
  return {
    raw,
    capitalized,
    acronym,
    words,
    text: words.join(' '),
    clauseStart: split.map(({ start }) => start),
    sentenceStart: split.map(({ sentence }) => sentence),
    asked: askedWords(split),
    addressed: split.map(({ word, mention }) => mention === true && !OWN_NAMES.has(word.toLowerCase())),
  };
}

/**
 * Acronyms: a word all in capitals, three letters or fewer or with at most one vowel ("DDA", "GIP", "RGNR", "INPS"),
 * in a message whose other words are not all in capitals (not caps lock). A surname in capitals has more vowels ("ROSSI", "NERI").
 */
function acronyms(written: readonly string[]): boolean[] {
  const shouted = (w: string): boolean => /^\p{Lu}{2,}$/u.test(w);
  const lower = written.some((w) => /\p{Ll}/u.test(w));
  return written.map((w) => lower && shouted(w) && (w.length <= 3 || (w.match(/[AEIOUÀÈÉÌÒÙ]/g) ?? []).length <= 1));
}

/** Whether each word stands in a clause that ends with a question mark. */
function askedWords(split: readonly WrittenWord[]): boolean[] {
  const asked = split.map(() => false);
  let inQuestion = false;
  for (let i = split.length - 1; i >= 0; i--) {
    inQuestion ||= split[i]!.question === true;
    asked[i] = inQuestion;
    if (split[i]!.start) inQuestion = false;
  }
  return asked;
}

/** Index of the word that contains character `offset` of `normalized.text`. */
export function wordIndexAt(normalized: NormalizedText, offset: number): number {
  let position = 0;
  for (let i = 0; i < normalized.words.length; i++) {
    position += normalized.words[i]!.length + 1;
    if (offset < position) return i;
  }
  return normalized.words.length - 1;
}

/**
 * The text with the chosen words blanked (empty, same positions, so indices and the other per-word
 * arrays still hold): how a reader drops names that are not the colleague meant (the writer's own,
 * a contact, one addressed with "@").
 */
export function blankWords(text: NormalizedText, blank: (index: number) => boolean): NormalizedText {
  const words = text.words.map((w, i) => (blank(i) ? '' : w));
  return { ...text, words, raw: text.raw.map((w, i) => (blank(i) ? '' : w)), text: words.join(' ') };
}
