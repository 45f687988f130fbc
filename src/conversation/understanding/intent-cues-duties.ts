import { monthWords, weekdayWords } from './dates/day-math.ts';
import { cue } from './intent-cue.ts';

/** Words that make a "chi …" question one about duties. */
export const DUTY_WORDS = "turn[oi]|pronta disponibilita|reperibil[a-z]*|repe?|udienz[ae]|direttissim[ae]|arrest[a-z]*|convalid[ae]|assegnazion[ei]|affari|servizio|guardia|cop(?:re|rono|rira)";
/** A question about one's own duties ("che turni ho a gennaio? … devo prenotare le vacanze"). */
export const OWN_DUTIES_QUESTION = "(?:che|quali) (?:turni|udienze|reperibilita|servizi) (?:ho|avro|mi toccano|mi spettano|faccio)";

/** Who is on duty: a question word or a list of everybody's duties (with a duty word, see `dutyWordCue`). */
/** The role noun with "di" and a day ("reperibile di oggi?", "il reperibile di domani?", "i reperibili del weekend"): who holds it then. */
const ROLE_OF_DAY = `(?<!(?:sono|saro|sarei|ero|resto|rimango|io|se) )(?<!(?:sono|saro|sarei|ero|io) (?:il|la|i|le|l') )(?:(?:il|la|i|le|l') )?(?:reperibil[ei]|pm di turno|magistrat[oi] di turno|turnista) (?:di|del|della|dello|per|x) (?:${['oggi', 'domani', 'dopodomani', 'stasera', 'stanotte', 'stamattina', 'questo', 'questa', 'prossim[oa]', 'weekend', 'settimana', 'natale', 'capodanno', 'pasqua', 'pasquetta', 'ferragosto', '\\d{1,2}', ...weekdayWords].join('|')})`;
/**
 * The duty named first, then whether anyone holds it ("domenica 14 di reperibilità c'è qualcuno?", "sabato di turno ci sarà un
 * collega?"): who is on duty then; not someone looked for to take it ("di repe c'è qualcuno disponibile a scambiare?").
 */
const DUTY_THEN_SOMEONE = "(?:di turno|di repe|di reperibilita|in servizio)(?: [a-z0-9']+){0,2} (?:c' e|c' era|ci sono|c' erano|ci sara|ci saranno|ci sta) (?:qualcuno|qualche collega|un collega|un magistrato|un pm|(?:dei )?colleghi|(?:dei )?magistrati)(?= |$)(?! (?:disponibil|liber|dispost|pront|che|per|a |ad |chi|mi |me )[a-z]*)";

/**
 * Whether there is (was, will be) a holder of the duty, the role named ("c'era un reperibile sabato scorso?", "c'è il
 * reperibile a natale?", "c'erano dei reperibili?"): who holds it then; not one looked for to take it ("c'è un reperibile
 * disponibile a scambiare?").
 */
const THERE_IS_THE_ROLE = "(?:c' e|c' era|ci sono|c' erano|ci sara|ci saranno|ci sta|c' e stato|c' e stata) (?:(?:un|il|i|dei|qualche|l') )?(?:reperibil[ei]|turnista|pm di turno|magistrat[oi] di turno)(?= |$)(?! (?:disponibil|liber|dispost|pront|che|chi|mi |me )[a-z]*)";

export const onDutyCue = cue(`${ROLE_OF_DAY}|${DUTY_THEN_SOMEONE}|${THERE_IS_THE_ROLE}|` + "chi|(?:c' e|c' era|ci sono|c' erano|ci sara|ci saranno|ci sta) (?:qualcuno|qualche collega|un collega|un magistrato|un pm)(?= (?:di turno|reperibil[a-z]*|di repe|in servizio|per (?:le|la|gli|il|l') ))|quale collega|quali colleghi|chi e di turno|chi sono i|qual(?:e)? e (?:il|la|l')(?! mio| mia)|quali sono (?:i|le|gli)(?! miei| mie)|(?:turni|reperibil[a-z]*|udienze|direttissime) di tutti|tutti i (?:turni|reperibili)|(?:elenco|prospetto|quadro|lista|tabella|tabellone|riepilogo) (?:dei |delle |degli )?(?:reperibili|pm di turno|magistrati di turno|turni(?! mie)(?= di tutti| dell' ufficio| della procura| di (?:[a-z']+ )?(?:settimana|mese|oggi|domani)))|nominativ[oi]|qual[ei] (?:collega|colleghi|magistrat[oaie]|pm|giudic[ei])|(?<!(?:sono|saro|sarei|ero) )(?:il|la|i|le|del|della|dei|delle|al|alla|ai|alle|dal|dalla|dello|l'|dell') (?:collega|colleghi|colleghe|magistrat[oaie]|pm) (?:di turno|reperibil[a-z]*|di repe|in servizio|assegnatari[oa]|designat[oaie]|incaricat[oaie])");
export const dutyWordCue = cue(DUTY_WORDS);

/** Having duties, said of oneself ("ho turni sabato?", "ho la repe a natale?", southern "tengo"); not "non ho". */
export const HAVE_DUTIES = "(?<!non )(?:ho|tengo) (?:(?:dei|delle|qualche|il|la|i|le|l') )?(?:turni|udienz[ae]|reperibilita|repe|direttissime|convalide)";

/** Southern "tengo" for "ho" in a question on one's duties ("che tengo da fare?", "cosa tengo domani?"), not "che tengo la febbre". */
export const TENGO_QUESTION = "tengo da fare|(?:cosa|che|che cosa|cos') tengo(?= (?:oggi|domani|dopodomani|stasera|stanotte|in settimana|nel weekend|questa settimana|la settimana prossima|settimana prossima|questo|questa|prossima|prossimo|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|a|al|il|fino)(?: |$)|$)";

/** "che faccio la vigilia?", "cosa faccio domani?": doing, asked with a day right after, asks one's duties that day. */
export const FACCIO_QUESTION = "(?:cosa|che|che cosa|cos') faccio(?= (?:oggi|domani|dopodomani|stasera|stanotte|in settimana|nel weekend|questa settimana|la settimana prossima|settimana prossima|questo|questa|prossima|prossimo|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|la vigilia|a natale|a capodanno|a pasqua|a ferragosto|il \\d{1,2}|a (?:inizio|fine) )(?: |$))";

/** Asking to be shown one's duties ("fammi vedere i turni", "mostrami le udienze di dicembre"). */
export const SHOW_DUTIES = "(?:fammi vedere|fammi sapere|mostrami|fammi avere|dammi|dimmi|elencami|mandami|inviami) (?:i miei |le mie |i |le |l' |la |il )?(?:turni|udienze|reperibilita|servizi|impegni)";

/** A question about one's own duties or a statement of being on duty ("che turni ho", "ho udienze", "cosa mi tocca", "sono di turno"). */
export const ownDutiesCue = cue(`${OWN_DUTIES_QUESTION}|${HAVE_DUTIES}|${SHOW_DUTIES}|ho da fare|${TENGO_QUESTION}|${FACCIO_QUESTION}|devo fare|(?:cosa|che) mi (?:aspetta|attende|tocca)|cosa ho|che ho|cos' ho|(?:sono|saro) (?:di turno|reperibil[a-z]*|di repe|d' ?udienza|in udienza)|(?:i miei|le mie) (?:turni|udienze|reperibilita|servizi|impegni)`);

/** Participles after "ha" that ask what someone did or said ("cosa ha detto il presidente?"), not what they have. */
const DONE = 'detto|fatto|scritto|deciso|chiesto|richiesto|risposto|combinato|preso|messo|visto|capito|comunicato|segnalato|mandato|inviato|spiegato|proposto|stabilito|confermato|avuto|ottenuto|trovato|letto|pubblicato|cambiato|dichiarato|chiamato|assegnato|generato|preparato|segnato|coperto|lasciato|ceduto';
/** What "cosa fa" may ask besides a colleague's doing: turnario itself ("cosa fa questo programma?"), the weather, idioms. */
const NOT_A_COLLEAGUE = 'questo|questa|sto|il bot|la app|l\' app|turnario|il programma|il sistema|freddo|caldo|male|schifo|ridere|piacere|fede|fatica|differenza|tempo';
/**
 * What a colleague has or does, asked ("cosa ha il Martelli la settimana prossima?", Tuscan "icché ha la Niccolai?",
 * "cos'avrà la Rossi sabato?", "che turni ha la Rossi sabato?", opening the message "che ha il Neri domani?", "i' Guidi icché fa sabato?"): their duties then, as "che turni ha". A "che ha"
 * inside the sentence is mostly a relative ("la collega che ha la repe").
 */
export const colleagueDutiesCue = cue(`(?:(?:cosa|che cosa|cos') |cos'|^(?:e |ma |allora )?che |(?:che|quali) (?:turni|udienze|reperibilita|servizi|impegni) )(?:(?:ha|avra|tiene)(?! (?:${DONE}|da dire|bisogno|ragione|torto|senso|che non va)(?: |$))|fa(?:ra)?(?! (?:${NOT_A_COLLEAGUE})(?: |$)))`);

/**
 * One's own duties: a duty word, "cosa ho", "tocca a me", "sono libero"; not "turni" naming an office ("buongiorno dall'ufficio turni"),
 * nor "questo programma" naming turnario itself ("cosa sa fare questo programma?").
 */
export const dutiesCue = cue(`(?<!(?:ufficio|ufficio dei|dell' ufficio|all' ufficio|dall' ufficio|l' ufficio|sezione|gestione|servizio|responsabile) )turn[oi]|pronta disponibilita|reperibil[a-z]*|repe|udienz[ae]|direttissim[ae]|arrest[a-z]*|convalid[ae]|assegnazion[ei]|affari|ho da fare|${TENGO_QUESTION}|devo fare|(?:cosa|che) mi (?:aspetta|attende|tocca)|(?:sono|saro) (?:impegnat[oa]|occupat[oa])|c' e (?:qualcosa|niente|nulla)|(?:qualcosa|niente|nulla) per me|cosa ho|che ho|cos' ho|cosa c' e|(?:ho|tengo) (?:qualcosa|impegni)|impegn[oi]|tocca(?: a me)?|(?<!(?:molto|per|di|del|il|al|mio|tanto|troppo|da|dal|sul|nel|un|ufficio|posto|buon|bel|questo|quel) )lavoro(?= (?:a|il|lo|la|o|oggi|domani|dopodomani|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|questo|questa|stanotte|stasera|io)(?: |$)|$)|devo lavorare|si lavora|sono di|(?:sono|saro|sarei|ero|io|ho) (?:di |in )?servizio|in servizio|(?:mio|miei) servizi[o]?|(?:sono|saro|sarei|resto|rimango|io) liber[oa]|liber[oa] io|calendario|agenda|(?<!(?:questo|sto|codesto|quel|nuovo|il vostro|vostro) )programma`);

/** A word of a day as a terse question names it: "sabato", "domani", "il 5", "3/7", "natale", "prossimo". */
const DAY_WORD = `(?:${weekdayWords.join('|')}|${monthWords.join('|')}|oggi|domani|dopodomani|stasera|stanotte|stamattina|mattina|pomeriggio|sera|notte|prossim[oa]|settimana|weekend|natale|capodanno|pasqua|pasquetta|ferragosto|\\d{1,2}°?(?:[/.]\\d{1,2}(?:[/.]\\d{2,4})?)?)`;
const DAY_PHRASE = `(?:(?:il|la|l'|questo|questa|per|a|al|di|del|della|nel|nella|e) )?${DAY_WORD}(?: (?:e |di |del |della )?${DAY_WORD}){0,3}`;
/** Oneself ("io", "e io", "per me") beside a day, nothing else: with `wholeAskedClause`, "io sabato?", "ven io?" ask one's duties. */
export const ownDayQuestionCue = cue(`(?:e |ma )?(?:io|per me|a me)(?: invece)? ${DAY_PHRASE}|${DAY_PHRASE} (?:e |ma )?(?:io|per me|a me)`);

/**
 * "perché a me?", "ma come mai ho gli arrestati il 7?", "perché Russo ha la reperibilità sabato?": the message opens by
 * asking why; it asks about a duty only with a duty word or "a me", "io", "tocca" (see `intent-rules.ts`).
 */
export const dutyExplainCue = /^(?:ma |scusa |scusate |senti |e )?(?:perche|come mai)(?=\s)/;
/** What makes an opening "perché" a question about a duty's holder. */
export const DUTY_EXPLAIN_OBJECTS = `a me|io|tocca|toccano|toccato|toccata|assegnat[oaie]|${DUTY_WORDS}`;
