import { monthWords, weekdayWords } from './dates/day-math.ts';
import { addressedColleague, withoutAddressed } from './addressed-names.ts';
import { surnameHeadingDuties } from './headed-names.ts';
import { asSubject } from './subject-names.ts';
import { withoutContacts } from './contact-names.ts';
import { withoutTitleCase } from './title-case.ts';
import { withoutWriterName } from './writer-name.ts';
import type { NormalizedText } from './normalize-text.ts';
import { cityWords, firstNames, indefiniteArticles, knownWords, surnameParticles, titleWords } from './known-words.ts';
import { addressedAtEnd, afterObjectAndVerb, calledAtStart, pairedWithWriter } from './swap-names.ts';
import {
  CLITICS, GREETINGS, lowerAmongCapitals, PLACE_CUES, skipArticlesAndTitles, SUBJECT_VERBS, surnameAt, type MagistrateMatch,
} from './surname-at.ts';
import type { Intent } from './understanding.ts';

export type { MagistrateMatch } from './surname-at.ts';

/**
 * A colleague's surname in an utterance, as written (lower case). Found after a title
 * ("la collega Ferri", "dott. Rossi"), after a preposition that introduces a person ("i turni di
 * Russo", "scambio con Russo", "cedo il turno a Bianchi") or as the subject ("Russo è reperibile?").
 * Two-word surnames start with a particle ("de luca", "di pietro"); "d'amico" is one word.
 */

/** Prepositions that may introduce a colleague, by intent. */
const CUES_BY_INTENT: Partial<Record<Intent, readonly string[]>> = {
  swap: ['con', 'a', 'al', 'alla', 'da', 'dal', 'dalla', 'di'],
  duties: ['di', 'del', 'della', 'per', 'ha', 'fa', 'turni'],
  duty_explain: ['di', 'del', 'della', 'a', 'ha', 'fa'],
  // "per" only with a verb of recording ("inserisci ferie per de luca"), see `STAFF_CUES`: else it gives a reason ("permesso per pediatra").
  absence_declare: ['di', 'del', 'della'],
  absence_cancel: ['di', 'del', 'della', 'a', 'al', 'alla'],
};

/**
 * Cues written right before a surname with no preposition ("turni russo", "che turni ha de luca"):
 * a particle after them that is also a preposition ("turni di russo") is the preposition.
 */
const BARE_CUES = new Set(['turni', 'ha', 'fa', 'ferie', 'malattia', 'congedo', 'permesso', 'formazione']);
const PREPOSITION_PARTICLES = new Set(['di', 'del', 'della', 'dello', 'da', 'dal', 'dalla']);
/** Common nouns heading an institution's or a building's name. */
const INSTITUTIONS = new Set(['agenzia', 'corte', 'banca', 'ministero', 'tribunale', 'procura', 'palazzo', 'consiglio', 'camera', 'cassa', 'ufficio', 'ordine', 'scuola',
  'universita', 'ospedale', 'policlinico', 'istituto', 'archivio', 'questura', 'prefettura', 'comune', 'provincia', 'regione', 'guardia', 'casa', 'museo', 'teatro', 'biblioteca', 'piazza', 'via']);
/** Buildings named after a person or a place, the name right after the noun ("all'ospedale Brotzu", "al policlinico Gemelli", "al liceo Galilei"). */
const NAMED_BUILDINGS = new Set(['ospedale', 'policlinico', 'clinica', 'istituto', 'liceo', 'scuola', 'teatro', 'museo', 'stadio', 'universita', 'ateneo', 'hotel', 'albergo', 'aeroporto', 'stazione', 'via', 'viale', 'piazza', 'piazzale']);
/** Prepositions joining the words of an institution's name ("Agenzia delle Entrate", "Corte dei Conti", "Banca d'Italia"). */
const INSTITUTION_LINKS = new Set(['di', 'del', 'della', 'dello', 'delle', 'dei', 'degli', "d'"]);

/**
 * Cases, crimes, proceedings and their files, named by the town where they happened ("l'omicidio di Montesarchio", "il processo di
 * Avellino") or by a party ("il processo Barsotti", "il fascicolo Marchetti", "l'imputato Galli").
 */
const CASE_NOUNS = new Set(['omicidio', 'omicidi', 'femminicidio', 'strage', 'rapina', 'rapine', 'furto', 'furti', 'delitto', 'sequestro', 'incendio', 'sparatoria', 'incidente',
  'processo', 'processi', 'procedimento', 'inchiesta', 'indagine', 'indagini', 'caso', 'vicenda', 'fatti', 'carcere', 'sindaco', 'circondario', 'provincia', 'territorio', 'zona',
  'fascicolo', 'fascicoli', 'causa', 'cause', 'dibattimento', 'sentenza', 'sentenze', 'ricorso', 'ricorsi', 'pratica', 'pratiche', 'istruttoria', 'perizia', 'querela', 'esposto',
  'imputato', 'imputata', 'imputati', 'indagato', 'indagata', 'indagati', 'teste', 'testimone', 'fallimento']);

/** A capitalised word after these is the writer's own name, signing off ("Cordiali saluti, Giuseppe"). */
const CLOSINGS = new Set(['saluti', 'saluto', 'cordialmente', 'firmato', 'grazie', 'ringrazio', 'distinti', 'buona', 'giornata']);

/** A capitalised word after these is a place or a feast ("in formazione a Scandicci", "Santo Stefano"). */
const PLACE_PREPOSITIONS = new Set(['a', 'ad', 'in', 'presso', 'verso', 'san', 'santo', 'santa', "sant'"]);

/**
 * Common nouns heading a place's name, capitalised with it ("Monte Sant'Angelo", "Porto Cesareo", "Castel Volturno",
 * "Lido di Camaiore"): the capitalised word after one is the rest of the place's name, no colleague.
 */
const PLACE_HEADS = new Set(['monte', 'porto', 'castel', 'castello', 'borgo', 'torre', 'villa', 'lido', 'marina', 'capo', 'isola', 'lago', 'val', 'valle', 'rocca', 'pieve',
  'bagni', 'terme', 'passo', 'colle', 'poggio', 'serra', 'cala', 'punta', 'riva', 'forte']);

/**
 * "al Cardarelli", "alla Mangiagalli", "allo Spallanzani": a capitalised word after "a" and an article is a place
 * (a hospital, a school), not a colleague, but for a swap, whose verb binds it ("cedo la repe alla Bianchi").
 */
const AT_PLACE = new Set(['al', 'allo', 'alla', "all'", 'ai', 'agli', 'alle']);

/** Nouns of set phrases after "per" ("per fortuna", "per caso"): no colleague, whatever their capital. */
const PER_IDIOMS = new Set(['fortuna', 'caso', 'piacere', 'sicurezza', 'esempio', 'sbaglio', 'errore', 'scrupolo', 'precauzione', 'tempo']);

/** Abbreviated titles, written only before a name. */
const NAME_ONLY_TITLES = new Set(['dott', 'dottor', 'dott.ssa', 'dottssa', 'dr', 'cons', 'avv', 'pres']);

/** Demonstratives: never a colleague, whatever their capital ("quel giorno", "Quella sera"). */
const DEMONSTRATIVES = new Set(['quel', 'quello', 'quella', 'quelli', 'quelle', 'quei', 'quegli', 'questo', 'questa', 'questi', 'queste', 'codesto', 'codesta']);

/** A word that, capitalised right after a title, can only be a surname: alphabetic, no month, weekday, demonstrative, article or title. */
const isTitleSurname = (word: string): boolean => /^[a-z][a-z']+[a-z]$/.test(word) && !monthWords.includes(word) && !weekdayWords.includes(word)
  && !DEMONSTRATIVES.has(word) && !titleWords.has(word) && !indefiniteArticles.has(word);

/** True when an indefinite article stands between a cue and the word at `at` ("per una rogatoria"). */
function afterIndefinite(text: NormalizedText, from: number, at: number): boolean {
  return text.words.slice(from, at).some((w) => indefiniteArticles.has(w));
}

function afterTitle(text: NormalizedText): MagistrateMatch | null {
  for (let i = 0; i < text.words.length; i++) {
    // "un collega", "una collega": anyone, not a colleague named next.
    if (!titleWords.has(text.words[i]!) || indefiniteArticles.has(text.words[i - 1] ?? '')) continue;
    const found = surnameAt(text, skipArticlesAndTitles(text, i + 1));
    // Who capitalises the title capitalises the surname: "il Procuratore chiede" names nobody.
    if (found && !(text.capitalized[i] && lowerAmongCapitals(text, found))) return found;
    // After an abbreviated title only a name can follow: "il dott. Gentile" even though "gentile" is a word.
    const next = skipArticlesAndTitles(text, i + 1);
    if (NAME_ONLY_TITLES.has(text.words[i]!) && text.capitalized[next] && /^[a-z][a-z']+[a-z]$/.test(text.words[next] ?? '')) return { surname: text.raw[next]!, index: next };
    // A capitalised city right after a title is a surname ("il collega Messina", "la dott.ssa Palermo").
    if (text.capitalized[next] && cityWords.has(text.words[next] ?? '')) return { surname: text.raw[next]!, index: next };
    // A capitalised common word or ordinal right after a title written in lower case is a surname too ("la collega Quarta",
    // "il collega Primo", "la dott.ssa Bella"), but never a demonstrative, a month or a weekday.
    if (!text.capitalized[i] && text.capitalized[next] && !text.clauseStart[next] && isTitleSurname(text.words[next] ?? '')) return { surname: text.raw[next]!, index: next };
  }
  return null;
}

/**
 * Prepositions with many uses besides introducing a person ("di poter", "per sopravvenuti impegni", "a
 * sostituirmi"): after them a word is a colleague only if capitalised when the writer uses capitals.
 */
const WEAK_CUES = new Set(['di', 'del', 'della', 'per', 'a', 'al', 'alla', 'da', 'dal', 'dalla']);

/**
 * Someone's occasions and relatives: "di" after the first ("il compleanno di Giulia", "la nascita di Matteo",
 * "colpo di frusta") and a name after the second ("il funerale di zio Pino") are no colleague.
 */
const OCCASIONS = new Set(['nascita', 'compleanno', 'funerale', 'esequie', 'matrimonio', 'nozze', 'laurea', 'battesimo', 'comunione', 'cresima',
  'anniversario', 'onomastico', 'saggio', 'recita', 'partita', 'gara', 'ricovero', 'operazione', 'intervento', 'decesso', 'morte', 'scomparsa', 'colpo']);
const RELATIVES = new Set(['zio', 'zia', 'padre', 'madre', 'mamma', 'papa', 'figlio', 'figlia', 'marito', 'moglie', 'nonno', 'nonna', 'fratello', 'sorella',
  'suocero', 'suocera', 'cognato', 'cognata', 'nipote', 'cugino', 'cugina', 'compagno', 'compagna', 'fidanzato', 'fidanzata', 'bambino', 'bambina', 'bimbo', 'bimba']);

/**
 * What "di" links a colleague to ("i turni di Russo", "le ferie di Neri", "quella di Bassi", "il 3 di Neri"):
 * after any other noun it links a thing ("la gara di nuoto", "la riunione di condominio"), which only a
 * capital can make a name (`capitalizedInside`).
 */
const OF_A_PERSON = new RegExp(`^(?:turn[oi]|repe|reperibil[a-z]*|udienz[ae]|direttissim[ae]|arrest[a-z]*|convalid[ae]|assegnazion[ei]|affari|servizi?o?|impegn[oi]|calendario|agenda|programma|ferie|malatti[ae]|conged[oi]|permess[oi]|formazione|assenz[ae]|vacanz[ae]|cors[oi]|missione|trasferta|certificato|posto|vece|conto|parte|nome|quell[oaie]|quelli|richiest[ae]|domand[ae]|situazione|sostitut[oa]|sostituzione|cambio|scambio|lavoro|settimana|weekend|mese|giorn[oi]|giornata|notte|sera|mattina|pomeriggio|oggi|domani|dopodomani|ieri|[0-9]+|${[...monthWords, ...weekdayWords].join('|')})$`);
const OF_WORDS = new Set(['di', 'del', 'della', 'dello', 'dei', 'degli', 'delle', "dell'"]);

/** Courses and trips: "a" / "di" after them names where they are held ("corso a Sestri Levante", "il convegno di Santa Margherita"), but in a swap. */
const HELD_AT = new Set(['convegno', 'convegni', 'corso', 'corsi', 'seminario', 'seminari', 'congresso', 'congressi', 'incontro', 'giornata', 'riunione']);
const heldAt = (text: NormalizedText, i: number, intent: Intent): boolean =>
  intent !== 'swap' && (PLACE_CUES.has(text.words[i] ?? '') || OF_WORDS.has(text.words[i] ?? '')) && HELD_AT.has(text.words[i - 1] ?? '');

/** Meetings: "con" after them names whom one meets. */
const MEETINGS = new Set(['appuntamento', 'appuntamenti', 'riunione', 'incontro', 'colloquio', 'cena', 'pranzo', 'visita', 'controllo', 'seduta', 'lezione', 'esame', 'uscita', 'viaggio', 'impegno']);

/** Verbs of going or being somewhere: "a" / "da" after them names a place or whom one visits. */
const MOTION_VERBS = new Set(['andare', 'vado', 'vai', 'andiamo', 'andro', 'andrei', 'portare', 'porto', 'portarlo', 'portarla', 'accompagnare', 'accompagno',
  'sono', 'saro', 'sto', 'staro', 'stare', 'resto', 'restare', 'torno', 'tornare', 'vengo', 'venire', 'corro', 'correre', 'scappo', 'partire', 'parto']);

/**
 * Travelling or going home ("scendo dai miei a Sciacca", "salgo dai suoceri a Bergamo", "vado qualche giorno a Cefalù"): an "a"
 * later in the same clause names where, not whom, and so does one right after whom one visits ("dai miei a Sciacca").
 */
const TRAVEL_VERB = /^(?:scend|sal|vad|and|torn|part|rientr|ritorn|vol|corr|scapp)(?:o|go|iamo|ere|ire|are|ro|ra|rei|ato|ata)$/;
const HOME_PEOPLE = new Set(['miei', 'tuoi', 'suoi', 'nostri', 'vostri', 'loro', 'parenti', 'genitori', 'suoceri', 'nonni', 'zii', 'cugini']);
function travelsTo(text: NormalizedText, i: number): boolean {
  if (HOME_PEOPLE.has(text.words[i - 1] ?? '')) return true;
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    if (TRAVEL_VERB.test(text.words[j]!)) return true;
    if (text.clauseStart[j]) break;
  }
  return false;
}

/** Coming back or arriving, verb or noun ("rientro", "al ritorno", "rientrando", "arrivata"): "da" after it names a place. */
const COMING_BACK = /^(?:rientr|ritorn|torn|arriv)(?:o|i|a|ando|are|ato|ata|ati|ate|ero|era|iamo)$/;

/** Verbs and nouns of leaving or travel: "per" after them names where one goes ("partire per il mare", "il traghetto per Olbia"). */
const LEAVING = /^(?:(?:ri)?part(?:ire|o|i|e|iamo|ite|ono|iro|ira|irei|ito|ita|iti|ite|enza)|salp[a-z]*|imbarc[a-z]*|trasfer(?:irmi|isco)|(?:mi )?avvio|traghett[oi]|tren[oi]|vol[oi]|aere[oi]|navi?|bigliett[oi]|pullman|autobus|corrier[ae])$/;

/**
 * Past participles said of what someone did ("l'ha scritto la cancelleria", "me l'ha detto la segreteria", "ha chiesto lei"),
 * listed: their shapes alone (-ito, -so, -sto, -uto) are those of surnames too ("ha Esposito", "l'ha Rossi", "Caputo").
 */
const PARTICIPLES = new Set(`detto fatto scritto deciso chiesto richiesto risposto preso messo visto letto capito comunicato
segnalato mandato inviato spiegato proposto stabilito confermato avuto ottenuto trovato pubblicato cambiato dichiarato chiamato
assegnato generato preparato segnato coperto lasciato ceduto saputo ricevuto anticipato rinviato fissato spostato girato passato
scambiato sostituito annullato tolto organizzato previsto programmato deliberato disposto chiuso aperto`.split(/\s+/));

/** A feminine participle used as an adjective ("decentrata", "maturate", "retribuita"): it agrees with the absence noun before it. */
const AGREEING_PARTICIPLE = /^[a-z]{3,}(?:at|it|ut)[ae]$/;

/** Possessives, skipped like articles ("della mia collega"). */
const POSSESSIVES = new Set(['mio', 'mia', 'nostro', 'nostra']);

function afterCue(text: NormalizedText, cues: readonly string[], intent: Intent): MagistrateMatch | null {
  for (let i = 0; i < text.words.length; i++) {
    const word = text.words[i]!;
    if (!cues.includes(word)) continue;
    // "ferie Di Marco": the cue word itself, capitalised inside the sentence, is the particle of a surname.
    // At a clause's start only with its word capitalised too ("Dalla Costa mi copre", not "Dalla prossima settimana" nor "Dal 3 dicembre").
    const particled = PREPOSITION_PARTICLES.has(word) && text.capitalized[i] === true && (!text.clauseStart[i] || text.capitalized[i + 1] === true) ? surnameAt(text, i) : null;
    if (particled && particled.surname.includes(' ')) return particled;
    const at = skipArticlesAndTitles(text, i + 1);
    if (afterIndefinite(text, i + 1, at) || (word === 'per' && PER_IDIOMS.has(text.words[at] ?? ''))) continue;
    // "prendo il congedo, punto e basta": a cue with no preposition does not reach past its clause.
    if (BARE_CUES.has(word) && !PREPOSITION_PARTICLES.has(word) && text.clauseStart[at] === true) continue;
    // "formazione decentrata", "ferie maturate": a feminine participle in lower case after an absence noun agrees with it, no surname.
    if (BARE_CUES.has(word) && !text.capitalized[at] && AGREEING_PARTICIPLE.test(text.words[at] ?? '')) continue;
    // "l'ha scritto la cancelleria", "ha chiesto lei": a participle in lower case after "ha" is its verb, no surname.
    if (word === 'ha' && !text.capitalized[at] && PARTICIPLES.has(text.words[at] ?? '')) continue;
    // "mal di gola", "mal di testa": a body part, not a colleague.
    if (word === 'di' && text.words[i - 1] === 'mal') continue;
    if (PREPOSITION_PARTICLES.has(word) && OCCASIONS.has(text.words[i - 1] ?? '')) continue;
    if (OF_WORDS.has(word) && i > 0 && !OF_A_PERSON.test(text.words[i - 1]!)) continue;
    // "ho appuntamento con il pediatra": whom one meets, not whom one swaps with.
    if (word === 'con' && MEETINGS.has(text.words[i - 1] ?? '')) continue;
    // "devo andare a teatro", "porto mio figlio a calcio", "sono dal notaio": where one goes, not to whom a duty goes.
    if (PLACE_CUES.has(word) && (MOTION_VERBS.has(text.words[i - 1] ?? '') || RELATIVES.has(text.words[i - 1] ?? ''))) continue;
    if (PLACE_CUES.has(word) && intent !== 'swap' && travelsTo(text, i)) continue;
    if (heldAt(text, i, intent)) continue;
    // "prima di partire per il mare", "parto per la montagna": where one leaves for, not whom a duty goes to.
    if (word === 'per' && LEAVING.test(text.words[i - 1] ?? '')) continue;
    if (RELATIVES.has(text.words[at] ?? '') || RELATIVES.has(text.words[i + 1] ?? '')) continue;
    // "alla mia precedente comunicazione": after a possessive only a title brings a colleague ("la mia collega Ferri").
    if (text.words.slice(i + 1, at).some((w) => POSSESSIVES.has(w)) && !text.words.slice(i + 1, at).some((w) => titleWords.has(w))) continue;
    // A particle written with its capital ("segna ferie Di Lauro") begins the surname, not a preposition.
    const found = surnameAt(text, at, !BARE_CUES.has(word) || !PREPOSITION_PARTICLES.has(text.words[at] ?? '') || text.capitalized[at] === true);
    if (found && !(WEAK_CUES.has(word) && at === i + 1 && lowerAmongCapitals(text, found))) return found;
  }
  return null;
}

/** Whether the capitalised word at `i` is in a name right after a case noun ("il processo Marino Bianchi"). */
function namesACase(text: NormalizedText, i: number): boolean {
  let first = i;
  while (first > 1 && text.capitalized[first - 1] && !text.clauseStart[first]) first--;
  return CASE_NOUNS.has(text.words[first - 1] ?? '') && !text.capitalized[first - 1];
}

/** A capitalised word inside the sentence that is no known word ("metti in malattia De Santis"). */
function capitalizedInside(text: NormalizedText, intent: Intent): MagistrateMatch | null {
  for (let i = 1; i < text.words.length; i++) {
    const before = text.words[i - 1]!;
    if (!text.capitalized[i] || GREETINGS.has(before) || PLACE_PREPOSITIONS.has(before) || CLOSINGS.has(before)) continue;
    if (PLACE_HEADS.has(before) && text.capitalized[i - 1] === true) continue;
    // "a Finale Ligure", "Santa Margherita Ligure": a capitalised word after a place's capitalised first word is the rest of its name.
    if (text.capitalized[i - 1] === true && !text.clauseStart[i - 1] && PLACE_PREPOSITIONS.has(text.words[i - 2] ?? '')) continue;
    if (INSTITUTION_LINKS.has(before) && PLACE_HEADS.has(text.words[i - 2] ?? '') && text.capitalized[i - 2] === true) continue;
    if (intent !== 'swap' && AT_PLACE.has(before)) continue;
    // "col rientro da Bressanone", "torno da Cortina", "rientro dalla Sardegna": where one comes back from.
    if (intent !== 'swap' && PLACE_CUES.has(before) && (MOTION_VERBS.has(text.words[i - 2] ?? '') || COMING_BACK.test(text.words[i - 2] ?? ''))) continue;
    // A capital at the start of a clause is sentence case ("ferie dal 3 al 7: Parigi!"); in a swap it may name whom ("… chi mi sostituisce: Rossi").
    if (text.clauseStart[i] && intent !== 'swap') continue;
    // "il traghetto per Olbia", "parto per Milano": where one travels to.
    if (before === 'per' && LEAVING.test(text.words[i - 2] ?? '')) continue;
    // A relative's name or an occasion's ("il funerale di zio Pino", "la nascita di Matteo").
    if (RELATIVES.has(before) || (PREPOSITION_PARTICLES.has(before) && OCCASIONS.has(text.words[i - 2] ?? ''))) continue;
    // An institution's or a place's name ("l'Agenzia delle Entrate", "la Corte dei Conti"): a capitalised common noun, then "di".
    if (INSTITUTION_LINKS.has(before) && text.capitalized[i - 2] === true && (knownWords.has(text.words[i - 2] ?? '') || INSTITUTIONS.has(text.words[i - 2] ?? ''))) continue;
    // A trial or an inquiry named by its defendant ("il processo Barsotti", "il processo Marino Bianchi"): no colleague.
    if (namesACase(text, i)) continue;
    if (heldAt(text, i - 1, intent)) continue;
    // A building's name ("una visita all'ospedale Brotzu", "ricoverato al policlinico Gemelli"): a place.
    if (NAMED_BUILDINGS.has(before) && !text.capitalized[i - 1]) continue;
    // A case or an office named by its town ("il duplice omicidio di Montesarchio", "la procura di Ariano"): a place.
    if (INSTITUTION_LINKS.has(before) && (CASE_NOUNS.has(text.words[i - 2] ?? '') || INSTITUTIONS.has(text.words[i - 2] ?? ''))) continue;
    // "Dal Pozzo che turni ha", "Della Valle la prossima settimana": a capitalised particle opening a clause begins the surname.
    const particled = surnameParticles.has(before) && text.capitalized[i - 1] && text.clauseStart[i - 1] ? surnameAt(text, i - 1) : null;
    if (particled && particled.index === i - 1 && particled.surname.includes(' ')) return particled;
    // The second word of a double surname whose first was passed over ("Cara Rossi Doria, …", the one greeted) is passed over with it.
    const double = text.capitalized[i - 1] && !surnameParticles.has(before) ? surnameAt(text, i - 1) : null;
    if (double && double.index === i - 1 && double.surname.includes(' ')) continue;
    const found = surnameAt(text, i);
    if (found && (found.index === i)) return found;
    // A capitalised city right after a verb or "con" is a surname ("lo copre Messina"); elsewhere a place ("a Messina").
    // "da" is the verb "dà" only after a clitic ("lo da Messina"): else the place one comes from ("col rientro da Trieste", "torno da Milano").
    const fromPlace = before === 'da' && !CLITICS.has(text.words[i - 2] ?? '');
    if (cityWords.has(text.words[i]!) && !fromPlace && (SUBJECT_VERBS.has(before) || before === 'con' || before === 'tiene')) return { surname: text.raw[i]!, index: i };
  }
  return null;
}

/**
 * The staff record an absence for a colleague with "a" ("metti ferie a Verdi"); without such a verb
 * "a" introduces a place ("convegno a Frosinone"), so it is a cue only then.
 */
const STAFF_RECORD_VERB = /(?:^|\s)(?:mett[a-z]*|segn(?:a|o|i|are|ate|ami|atemi|ale|ala|alo|ali|agli|atele|ategli)|registr[a-z]*|inserisc[a-z]*|inserire)(?=\s)/;

/** After a recording verb, "a" and the absence itself introduce the colleague ("metti in ferie Rossi il 24"). */
const STAFF_CUES = ['a', 'al', 'alla', 'per', 'ferie', 'malattia', 'congedo', 'permesso', 'formazione'];

/** Whose duties with a verb of falling to someone: "a" brings the colleague ("quali turni toccano a Bianchi", "cosa spetta al collega Neri"). */
const FALLS_TO = /(?:^|\s)(?:tocc|spett|assegnat|affidat)[a-z]* (?:a|al|alla)\s/;
const FALLS_TO_CUES = ['a', 'al', 'alla'];

/**
 * A first name followed by a surname names the colleague by the surname ("con Luigi Ferrara", "la collega
 * Rita Caputo", "che turni ha Antonio Sorrentino", "Maria De Luca"): the word after the first name, when
 * capitalised like it or surname-like, is the one kept.
 */
function surnameAfterFirstName(text: NormalizedText, found: MagistrateMatch): MagistrateMatch {
  const at = found.index;
  if (found.surname.includes(' ') || !firstNames.has(text.words[at] ?? '')) return found;
  const next = text.words[at + 1] ?? '';
  if (next === '' || text.clauseStart[at + 1] === true || firstNames.has(next) || monthWords.includes(next) || weekdayWords.includes(next)) return found;
  const surname = surnameAt(text, at + 1);
  if (surname && (text.capitalized[at + 1] || !text.capitalized[at])) return surname;
  // A capitalised word that is also a common one or a city ("Paolo Romano", "Luigi Ferrara").
  return text.capitalized[at] && text.capitalized[at + 1] && /^[a-z][a-z']+[a-z]$/.test(next) ? { surname: text.raw[at + 1]!, index: at + 1 } : found;
}

/** The colleague named in the utterance, or null. */
export function extractMagistrate(written: NormalizedText, intent: Intent): MagistrateMatch | null {
  const base = CUES_BY_INTENT[intent];
  if (!base) return null;
  // In a swap the one called may be the one asked ("ho chiamato Rossi, mi fa lui la repe").
  const own = withoutWriterName(withoutTitleCase(written, intent));
  const text = intent === 'swap' ? own : withoutContacts(withoutAddressed(own));
  const staff = (intent === 'absence_declare' || intent === 'absence_cancel') && STAFF_RECORD_VERB.test(text.text) ? [...base, ...STAFF_CUES] : base;
  const cues = intent === 'duties' && FALLS_TO.test(text.text) ? [...staff, ...FALLS_TO_CUES] : staff;
  const found = afterTitle(text) ?? afterCue(text, cues, intent) ?? pairedWithWriter(text, intent) ?? (intent === 'swap' ? addressedColleague(text) : null) ?? asSubject(text, intent) ?? surnameHeadingDuties(text, intent) ?? capitalizedInside(text, intent) ?? afterObjectAndVerb(text, intent) ?? calledAtStart(text, intent) ?? addressedAtEnd(text, intent);
  // An elided particle is kept apart from its word while reading ("dell' acqua"), joined in the surname ("dell'acqua").
  return found ? elisionJoined(surnameAfterFirstName(text, found)) : null;
}

const elisionJoined = (found: MagistrateMatch): MagistrateMatch => ({ ...found, surname: found.surname.replace(/' /g, "'") });
