import { monthWords, weekdayWords } from './dates/day-math.ts';
import { cue } from './intent-cue.ts';
import { SHOWN } from './intent-cues-swap.ts';

/** (Up to six words may stand between what was sent and its verb: "i promemoria per i turni di lunedì sono usciti".) Adverbs and times between a verb of sending and what was sent ("sono usciti regolarmente gli avvisi", "sono già partiti", "sono partiti stanotte i promemoria", "sono arrivati a tutti i promemoria"). */
const ADVERBS = "(?:(?:gia|davvero|regolarmente|correttamente|effettivamente|tutti|tutte|ancora|puntualmente|bene|poi|stanotte|stamattina|stamane|stasera|oggi|ieri|sera|notte|mattina|(?:ieri|l' altra) (?:sera|notte)|in nottata|nella notte|questa (?:notte|mattina)|a tutti|a tutte|ai colleghi|a ciascuno|a (?:tutti )?i destinatari) ){0,2}";

/** The e-mails of notice by their kind ("le mail di avviso dei turni", "i messaggi di promemoria"). */
const NOTICE_MAILS = "(?:mail|email|messaggi|sms) (?:di|d') ?(?:avviso|promemoria|notifica|reminder)";

/** What was sent gave errors or did not go ("gli avvisi di stanotte hanno dato errore?", "qualche errore con le mail?", "le mail di avviso non sono arrivate"). */
const NOTICE_ERRORS = `(?:promemoria|notifiche|avvisi|invii|${NOTICE_MAILS})(?: \\S+){0,4} (?:ha|hanno) (?:dato|avuto|restituito|generato) (?:qualche |degli |un |dei )?(?:errore|errori|problema|problemi)|(?:errore|errori|problema|problemi) (?:con|nelle|nei|negli|nell'|nel|sulle|sui) (?:le |i |gli |l' )?(?:mail|email|promemoria|notifiche|avvisi|invii|${NOTICE_MAILS})|(?:promemoria|notifiche|avvisi|${NOTICE_MAILS})(?: \\S+){0,3} non (?:sono|e) (?:ancora |mai )?(?:arrivat|partit|uscit|andat)[oaie]`;

/** The scheduled jobs: reminders sent, notifications, cron, the scheduled processes ("i processi schedulati"). */
export const jobsStatusCue = cue(`(?:promemoria|notifiche|notifica|avvisi|invii|riepilogo (?:settimanale|giornaliero|mensile)|(?:mail|email|messaggi) (?:dei|del|sui) (?:turni|calendario|promemoria)|${NOTICE_MAILS})(?: [a-z']+){0,6} (?:sono|e) ${ADVERBS}(?:andat|uscit|partit|stat[oiae] (?:inviat|spedit|mandat))[a-z]*|(?:e|sono) ${ADVERBS}(?:uscit|partit|andat|arrivat)[oaie] ${ADVERBS}(?:il |la |i |le |gli |l' )?(?:promemoria|notifiche|notifica|riepilogo|resoconto|avvisi|(?:mail|email|messaggi?) (?:dei|del|sui) (?:turni|calendario|promemoria)|${NOTICE_MAILS})|${NOTICE_ERRORS}|(?:hai|avete|ha|hanno) ${ADVERBS}(?:mandat|inviat|spedit)[a-z]* (?:(?:le )?(?:mail|email|messaggi) (?:dei|del|sui) (?:turni|calendario|promemoria)|(?:i )?promemoria|(?:le )?notifiche|(?:gli )?avvisi|(?:il )?riepilogo)|(?:mail|email|messaggi|notifiche|avvisi) (?:dei |del |di |della )?(?:turni|promemoria|calendario|reperibilita) (?:sono |e )?${ADVERBS}(?:uscit|partit|arrivat|inviat|spedit)[a-z]*|schedul[a-z]*|(?:stato|esito|registro|elenco) (?:dei |degli |delle )?(?:job|jobs|invii|promemoria|attivita pianificate|notifiche)|job pianificati|prossimi job|jobs?|batch|elaborazion[ei] (?:notturn|automatic|pianificat)[a-z]*|promemoria (?:inviati|spediti)|(?:promemoria|invii|avvisi) (?:sono )?(?:partit|andat|stat[io] inviat|stat[io] spedit)[a-z]*|(?:sono|e) (?:partit[io]|andat[io]) (?:i |gli )?(?:promemoria|invii|avvisi)|(?:promemoria|notifiche|invii|avvisi|(?:notifica|invio|avviso|riepilogo|resoconto|prospetto|mail|email|messaggio) (?:settimanale|giornaliero|quotidiano|mensile|automatic[oa]|programmat[oa]|dei turni|del calendario))(?: \\S+){0,6} (?:inviat|spedit|partit|recapitat|trasmess|consegnat)[a-z]*|(?:notifiche|promemoria|avvisi|invii) (?:programmat|pianificat|automatic)[a-z]*|invi[oi] automatic[oi]|(?:stato|esito|riscontro|prospetto|riepilogo|report|resoconto|log)(?: [a-z']+){0,4} (?:job|jobs|invii|invio|promemoria|notifiche)|invii (?:notificat|effettuat|eseguit)[a-z]*|invi[oi](?: [a-z']+){0,2} (?:dei |delle |degli )?(?:promemoria|notifiche|avvisi)|(?:comunicazioni|messaggi|email|mail) (?:automatic[ih]e|automatici|programmat[ie]|pianificat[ie])|^(?:promemoria|notifiche|avvisi)(?: ok| inviati| partiti)?$|^invii(?: ok| di (?:oggi|ieri|stanotte|stamattina))?$|(?:ha|hanno|avete|abbiamo|e|sono|e stata|sono state|e stato|sono stati) ${ADVERBS}(?:mandat|inviat|spedit|trasmess|partit|recapitat)[a-z]* ${ADVERBS}(?:i |le |gli |la |il |l' )?(?:promemoria|notifiche|notifica|avvisi|avviso|invii)|(?:promemoria|notifiche|avvisi|(?:notifica|avviso) (?:di |del |della |dei )?(?:ieri|oggi|stamattina|stanotte|stasera|settimanale|automatic[oa]|turni|calendario))(?: \\S+){0,6} (?:arrivat|ricevut)[a-z]*|(?:promemoria|notifiche|notifica|avvisi|invii)(?: \\S+){0,5} (?:parte|partono|partira|partiranno|arriva|arrivano|arrivera|arriveranno|escono|esce|vengono (?:inviat|spedit|mandat)[a-z]*)|(?:arriva|arrivano|arrivato|arrivata|arrivati|arrivate|partito|partiti|partono|parte) (?:piu |ancora |mai )?${ADVERBS}(?:il |i |le |la |gli )?(?:promemoria|notifiche|avvisi)|cron|crontab|(?:processi|procedure) (?:automatic|notturn|pianificat)[a-z]*|log (?:dei )?jobs?`);

/** A GIADA first-hearing date request. */
export const giadaRequestCue = cue("giada|prima udienza|fiss(?!at[oaie] )[a-z]* (?:la |una |un' |l' |dell' |della |di una |di un' |di )?(?:data|udienza)|rito (?:direttissimo|immediato|abbreviato)|giudizio direttissimo|data (?:di |della )?(?:prima )?udienza|citazione diretta|rinvio a giudizio|giudizio immediato|decreto penale");

/**
 * A calendar of someone else's activities ("la Scuola ha pubblicato il calendario dei corsi", "il calendario delle lezioni"):
 * publishing it is no publishing of the duties.
 */
const OTHERS_CALENDAR = "(?! (?:dei|delle|della|del|di) (?:corsi|corso|lezioni|scuola|formazione|seminari|convegni|esami|incontri|partite|eventi))";

/** Publishing a calendar, in every form of the verb and by its synonyms. */
export const calendarPublishCue = cue(`pubblicar(?:lo|la|li|le)|pubblic(?:a|ate|hiamo|ar)(?:me|ce|te)?l[oaie]|pubblica(?:te)?(?:mi|ci) (?:(?:il|la|i|le) )?(?:mese di |calendario di |turni di )?(?:${monthWords.join('|')}|prossimo mese|mese prossimo)|pubblicatel[oaie]|pubblica|pubblicare|pubblicate|pubblichi|pubblichiamo|pubblicala|pubblicali|pubblicalo|pubblic[a-z]*(?: [a-z']+){0,3} (?:calendari[oa]?${OTHERS_CALENDAR}|turni|turnazione)|(?:calendari[oa]?${OTHERS_CALENDAR}|turni|turnazione|reperibilita|repe) (?:[a-z']+ ){0,7}pubblicat[oaie]|(?:${monthWords.join('|')}|mese prossimo|prossimo mese) (?:[a-z']+ ){0,2}(?:va|andrebbe|e da|deve essere|dovrebbe essere|puo essere|sia|venga) (?:gia |subito |ora )?pubblicat[oa]|calendari[oa]?${OTHERS_CALENDAR} (?:[a-z']+ ){0,7}pubblic[a-z]*|pubblicazione|rend[a-z]* definitiv[oaie]|diffusione (?:del |della |dei )?(?:calendari[oa]?${OTHERS_CALENDAR}|turnazione|turni)|(?:calendari[oa]?${OTHERS_CALENDAR}|turnazione|turni) (?:[a-z']+ ){0,7}(?:comunicat[oaie]|inviat[oaie]|mandat[oaie]|trasmess[oaie]|diffus[oaie]) a tutti|(?:diffondi|diffondere|ufficializza[a-z]*|metti online|mettere online|rendi visibile|rendere visibile)(?: [a-z']+){0,3} (?:calendari[oa]?${OTHERS_CALENDAR}|turni|turnazione)|(?:rend[a-z]*|res[oaie]) (?:pubblic[oaie]|pubblich[ei]|definitiv[oaie]|ufficial[ei])|pubblich(?:i|iamo|iate|ino|er[a-z]+)|pubblicar[a-z]*|calendari[oa]?${OTHERS_CALENDAR} (?:[a-z']+ ){0,7}(?:approvat|definitiv)[a-z]*|(?:approv|ufficializz|conferm)[a-z]*(?: [a-z']+){0,2} (?:calendari[oa]?${OTHERS_CALENDAR}|turnazione)`);

/**
 * The stems of the verbs of generating, so that every person and tense counts ("genererei", "preparo",
 * "elaboreresti", "rigeneriamo", "creerai"); not the adjective "generale / generali".
 */
const GENERATE_STEMS = "(?:(?!general[ei](?: |$))(?:gener|rigener)|cre(?:a|i|o|iamo|ate|er)|ricre|prepar|elabor|rielabor|calcol|ricalcol|produc|predispo|rifa|rifac|rifar)";
/** A verb of generating with its object as a clitic ("marzo, generamelo", "il calendario, preparatelo", "prepararla"). */
const GENERATE_WITH_CLITIC = "(?!general[ei](?: |$))(?:gener|rigener|prepar|elabor|rielabor|ricalcol|predispo)(?:a|ar|ate|iamo)(?:me|ce)?(?:la|lo|li|le)|predisponi(?:me|ce)?(?:la|lo|li|le)|predisporr?(?:me|ce)?(?:la|lo|li|le)|rifa(?:r|te)?(?:me|ce)?l[oaie]|rifall[oaie]|rifacciamol[oaie]";

/** The first person plural of a verb of generating, the writer among those who do it ("generiamo dicembre", "facciamo i turni di gennaio", "prepariamo il mese prossimo"). */
const LETS_GENERATE = "(?:generiamo|rigeneriamo|prepariamo|facciamo|rifacciamo|elaboriamo|rielaboriamo|creiamo|predisponiamo|calcoliamo|ricalcoliamo|impostiamo|organizziamo|pianifichiamo)";

/** A verb of generating for the writer, a month after it ("generami aprile", "generatemi maggio", "preparaci giugno"). */
const GENERATE_FOR_ME = "(?!general[ei](?: |$))(?:gener|rigener|prepar|elabor|rielabor|ricalcol)(?:a|ate)(?:mi|ci)|predisponi(?:mi|ci)|rifa(?:mmi|cci|temi|teci)";

/**
 * A perfect tense before a verb of generating tells what was done ("avete rifatto il calendario", "è stato
 * rifatto"): a calendar that exists, told as context (of a question about one's duties), not a request.
 */
const NOT_DONE = "(?<!(?:^|\\s)(?:ho|hai|ha|abbiamo|avete|hanno|e stat[oa]|sono stat[ie])(?: gia| appena| ormai| gia tutto)? )";
/** "il nuovo calendario", "nel nuovo calendario": one that exists; "un nuovo calendario", "nuovo calendario per marzo" asks for one. */
const NEW_CALENDAR = "(?<!(?:^|\\s)(?:il|nel|del|sul|col|al|dal|quel|questo|sto) )nuovo calendario";

/** A calendar still to be drawn up, told terse ("calendario udienze dal 1 marzo al 15 aprile da preparare"); not "turni da fare" (one's duties). */
const STILL_TO_DRAFT = "(?:calendari[oa]?|turni|turnazione|bozza) (?:[a-z0-9°']+ ){0,8}da (?:preparare|predisporre|elaborare|generare|rigenerare|rifare|redigere|compilare|creare|impostare)";

/**
 * The bare imperative with its object as a clitic, in its own clause after the object ("turni di udienza di febbraio: generali",
 * "le udienze di aprile, fatele pure"): "generali" is also the adjective ("affari generali"), "fateli" any doing, so this counts
 * only opening a later clause of a message about the calendar (`opensLaterClause`, with `CALENDAR_OBJECTS`).
 */
export const generateThemCue = cue("(?:gener|rigener)al[ie]|fa(?:te)?l[ie]|fall[ie]");
/** What a bare "generali" or "fateli" may stand for: the duties or the calendar of a period. */
export const CALENDAR_OBJECTS = "turni|turnazione|calendari[oa]?|udienze|reperibilita|repe|direttissime|convalide|assegnazioni";

/**
 * "Fare" followed by a verb of seeing or knowing is the causative "make me see" ("mi fate vedere i turni di gennaio",
 * "mi fai sapere i turni"): the writer asks to be shown the duties, nothing is generated.
 */
const NOT_SHOWN = `(?!${SHOWN})`;
/** Generating (or redoing) a calendar, in every form of the verb and by its synonyms; "il provvisorio" is the provisional calendar. */
export const calendarGenerateCue = cue(`genera|generare|generate|rigenera|rigenerare|(?:lancia|avvia|fai partire|esegui|procedi con) (?:la |una )?(?:nuova )?(?:generazione|elaborazione)|generazione (?:del |della |dei |delle |di |per )(?:calendari[oa]?|turni|turnazione|bozza|reperibilita|${monthWords.join('|')}|prossimo mese|mese prossimo)|${NOT_DONE}${GENERATE_STEMS}[a-z]*(?: [a-z']+){0,3} (?:reperibilita|repe|direttissime|convalide|assegnazioni) (?:di|del|della|per) (?:${monthWords.join('|')}|prossimo mese|mese prossimo|settimana prossima|prossima settimana)|${NOT_DONE}${GENERATE_STEMS}[a-z]*(?: [a-z']+){0,3} (?:calendari[oa]?|turni|turnazione|bozza)|(?:calendari[oa]?|turni|turnazione) (?:[a-z']+ ){0,6}(?:me |ce )?(?:l[oaie] )(?:prepar|predispo|elabor|gener)[a-z]*|(?:calendari[oa]?|turni|turnazione|reperibilita|repe|bozza|${monthWords.join('|')}) (?:[a-z']+ ){0,6}(?:va|vanno|andrebbe|andrebbero|e da|sono da|deve essere|devono essere|dovrebbe essere|dovrebbero essere|venga|vengano) (?:gia |ancora |subito )?(?:preparat|predispost|elaborat|generat|rigenerat|rifatt|rifar|ricalcolat|creat|compilat|redatt)[a-z]*|calendario provvisorio|${STILL_TO_DRAFT}|${NOT_DONE}${GENERATE_STEMS}[a-z]* (?:(?:il|un|lo|quel) )?(?:nuovo )?provvisorio(?= |$)|${NEW_CALENDAR}|(?:redazione|stesura|predisposizione|preparazione|compilazione|compilare|redigere|redigi|stendere|stendi) (?:del |della |dei |delle |il |la |i )?(?:calendari[oa]?|turni|turnazione|bozza)|(?:imposta|impostare|pianifica|pianificare|organizza|organizzare|compila|compilare|fai|fare|fate)${NOT_SHOWN}(?: [a-z']+){0,2} (?:calendari[oa]?|turni|turnazione) (?:di|del|della|per)(?: il mese di)? (?:${monthWords.join('|')}|prossimo mese|mese prossimo|settimana prossima|prossima settimana)|(?:rifai|rifare|rifate|ricalcola|ricalcolare|elabora|elaborare|prepara|preparare|crea|creare|predisponi|genera|rigenera) (?:(?:il|la|i|le) )?(?:mese di )?(?:${monthWords.join('|')})|${NOT_DONE}${LETS_GENERATE} (?:(?:il|la|i|le) )?(?:turni (?:di |del |per )?)?(?:mese di )?(?:${monthWords.join('|')}|prossimo mese|mese prossimo)|bozza (?:del |di )?calendario|bozza (?:(?:di|del|della|dei|delle|per) )?(?:prossimo |prossima )?(?:${monthWords.join('|')}|mese|settimana|turni|reperibilita|repe|udienze|direttissime|arresti|convalide)|${GENERATE_WITH_CLITIC}|${GENERATE_FOR_ME} (?:(?:il|la|i|le) )?(?:mese di |calendario di |turni di )?(?:${monthWords.join('|')}|prossimo mese|mese prossimo)`);

/**
 * A check that someone covers a day ("verificate che martedì ci sia qualcuno di turno", "controlla se
 * sabato c'è qualcuno di reperibilità"): a verb of checking, then that someone is on a duty.
 */
const SOMEONE_COVERS = "(?:verific|controll|accert|assicur|sincer)[a-z]* (?:che|se) (?:[a-z0-9']+ ){0,5}(?:ci sia|ci siano|c' e|ci sara|ci sono|ci saranno) (?:qualcuno|almeno (?:uno|una|un collega|un magistrato|un pm)|un collega|un magistrato|un pm) (?:di turno|di repe|di reperibilita|reperibile|in udienza|(?:di |in )?servizio|a coprire|per coprire)";

/** Whom every slot must have: a judge, a magistrate, someone assigned. */
const ASSIGNEE = "(?:almeno )?(?:un|una|il|la|l'|qualcuno|un nome|un nominativo) ?(?:giudice|magistrat[oa]|pm|titolare|collega|assegnatari[oa]|sostitut[oa]|nominativo|nome|presidente|reperibile)?";
/**
 * Every slot has someone ("verificate che le udienze di marzo abbiano tutte un giudice", "controlla se ogni turno ha un
 * magistrato", "tutte le udienze hanno un giudice?"): the check the office makes of a calendar's coverage.
 */
const EVERY_SLOT_HAS = `(?:verific|controll|accert|assicur|sincer)[a-z]*(?: [a-z']+){0,3} (?:che|se) (?:[a-z0-9']+ ){0,8}(?:abbia|abbiano|hanno|ha|avranno|avra) (?:(?:tutt[ie]|ciascun[oa]|ognun[oa]|gia) )+${ASSIGNEE}(?= |$)|(?:verific|controll|accert|assicur|sincer)[a-z]*(?: [a-z']+){0,3} (?:che|se) (?:[a-z0-9']+ ){0,8}(?:abbia|abbiano|hanno|ha|avranno|avra) (?:gia )?${ASSIGNEE}(?= |$) (?:per |a )?(?:tutt[ie]|ciascun[oa]|ognun[oa])|(?:tutt[ie] (?:le|i|gli) |ogni |ciascun[oa] |ciascun )(?:turn[oi]|udienz[ae]|repe|reperibilita|direttissim[ae]|convalid[ae]|assegnazion[ei]|giorn[oi]|giornat[ae]|sabat[oi]|domenic[ah]e?|festivi|collegi|caselle|slot)(?: [a-z0-9']+){0,4} (?:ha|hanno|abbia|abbiano|avra|avranno) (?:gia )?(?:almeno )?(?:un|una|il|la|l') ?(?:giudice|magistrat[oa]|pm|titolare|collega|assegnatari[oa]|sostitut[oa]|nominativo|presidente)(?= |$)`;

/** How well a period is covered: uncovered turns, nobody on duty. */
export const coverageStatusCue = cue(SOMEONE_COVERS + "|" + EVERY_SLOT_HAS + "|manca(?:no)? (?:qualcuno|colleghi|magistrati|pm) (?:a|al|alla|alle|ai|agli|per|nell[ea]|in) (?:(?:il|la|i|le|gli|l') )?(?:turn[oi]|repe|reperibilita|udienz[ae]|direttissim[ae]|arrest[a-z]*|convalid[ae]|assegnazion[ei])|come siamo messi|copertur[ae]|scopertur[ae]|copert[oiae]|scopert[oiae]|buc(?:o|hi)|vacanti|sguarnit[oiae]|turni mancanti|turni liberi|(?:caselle|celle|spazi|slot|turni) (?:ancora )?(?:vuot[ei]|da riempire|non assegnat[ie])|senza (?:[a-z']+ )?(?:nessuno|copertura|magistrat[oi]|pm|reperibil[a-z]*|turn[oi]|sostitut[oi]|collega|colleghi|assegnatari[oa]|titolare|nominativ[oi])|nessun[oa]? (?:e |sia |sara |risulta )?(?:reperibil[a-z]*|di turno|di repe|in servizio)|priv[oiae] di (?:[a-z']+ )?(?:magistrat[oi]|copertura|pm|titolare)|manca(?:no)? (?:il |la |un |una |i )?(?:reperibil[a-z]*|magistrat[oi]|pm|copertura|titolare)|(?:da|restano da|rimangono da|ancora da) coprire|nessuno (?:fa|copre|ha|prende|fara|coprira) (?:la |le |il |i |l' |gli )?(?:turn[oi]|repe|reperibil[a-z]*|udienz[ae]|direttissim[ae]|arrest[a-z]*|convalid[ae]|assegnazion[ei]|affari)");
/** "Non c'è nessuno …": coverage only when the sentence speaks of a duty or the calendar. */
export const nobodyThereCue = cue("non (?:c' e|ci sono|ci sara|ci sia|ci siano|risulta|risultano|e previsto|sono previsti) (?:nessuno|nessun[oa]? (?:magistrat[oi]|pm|collega|reperibile|titolare)|alcun[oa]? (?:magistrat[oi]|pm|collega|reperibile|titolare))|nessuno in calendario");

/**
 * Someone else who cannot open or see from a device ("dal cellulare non riesce ad aprire niente"): the reason
 * the writer asks in their stead (whether the colleague is on duty), not a request for the calendar link.
 */
const OTHERS_CANNOT = "(?:non|ancora non|proprio non) (?:riesce|riescono|puo|possono|ce la fa|ce la fanno)(?= |$)";
/** Asking for the calendar subscription link (iCal feed) rather than for the duties themselves. */
export const FEED_WORDS = `(?:import|esport|aggiung|inserisc|inserir)[a-z]* (?:i |tutti i )?(?:miei )?turni|(?:calendario|agenda) (?:del|dello|dell' |di) ?(?:telefono|cellulare|telefonino|pc|computer|iphone|ipad|outlook|google|teams|gmail|apple|icloud)|(?:come|posso|si possono|si puo) (?:metto|mettere|porto|portare|carico|caricare|vedo|vedere|avere|ho|avere) (?:i |tutti i )?(?:miei )?turni (?:nel|sul|in|sull') ?(?:mio )?(?:calendario|agenda)(?! (?:(?:di|del|della|per|a|in) )?(?:${monthWords.join('|')}|settimana|mese|prossim[oa]|oggi|domani)(?: |$))|(?:in automatico|automaticamente)(?: [a-z']+){0,3} (?:sul|nel|in) (?:mio )?calendario|(?:arrivino|arrivano|compaiano|compaiono|appaiano|appaiono) (?:[a-z']+ ){0,3}(?:sul|nel) (?:mio )?calendario|iphone|ipad|android|smartphone|link|url|indirizzo|outlook|google|gmail|ical|ics|icalendar|webcal|feed|sincronizz[a-z]*|abbon[a-z]*|iscriv[a-z]*|collegamento|(?:cambiato|nuovo) (?:telefono|cellulare|smartphone)|(?:sul|nel|del|dal|col) (?:mio |mia )?(?:telefono|cellulare|telefonino|iphone|smartphone|pc|computer)(?! ${OTHERS_CANNOT})|(?:sull'|nell'|dell'|all') (?:app|agenda)|(?:il )?mio calendario(?! (?:(?:di|del|della|per|a|in|questa|questo|la|il) )?(?:${monthWords.join('|')}|settimana|mese|prossim[oa]|oggi|domani|weekend|natale|capodanno|pasqua|ferragosto)(?: |$))`;
export const calendarFeedCue = cue(FEED_WORDS);

/** The people of an office, as a plural ("i giudici", "i sostituti"). */
const PEOPLE = 'colleghi|colleghe|magistrati|magistrate|pm|giudici|sostituti|consiglieri|procuratori';

/** The office's people, a complement naming their group or not ("i colleghi del dipartimento", "i pm della DDA"). */
const PEOPLE_PHRASE = `(?:${PEOPLE})(?: (?:del|della|dello|dell'|dei|degli|delle|di) [a-z']+(?: [a-z']+)?)?`;

/** "chi dei sostituti", "chi di noi", "chi tra i pm": who among the office's people. */
const AMONG_PEOPLE = `(?:(?:dei|degli|delle|tra i|fra i|tra gli|fra gli|tra le|fra le) (?:${PEOPLE})|(?:di|tra|fra|tra di) (?:noi|voi))`;
/** Who has an absence, recorded or asked ("chi ha ferie segnate", "chi ha le ferie registrate", "chi ha permessi venerdì"); who among us is missing. */
const WHO_HAS_ABSENCE = `chi(?: ${AMONG_PEOPLE})? (?:ha|hanno|avra|avranno|aveva) (?:gia )?(?:(?:le|la|delle|dei|un|una|qualche) )?(?:ferie|malattia|malattie|congedo|congedi|permess[oi]|assenz[ae]|giorn[oi] di ferie|cors[oi]|formazione|convegn[oi]|seminari[oi]|trasfert[ae]|mission[ei])(?= |$)|chi ${AMONG_PEOPLE} (?:manca|mancano|mancheranno|mancera|mancava|non c' e|non ci sara)(?= |$)`;

/**
 * Who among the office has put in, asked or sent an absence, a word or two between ("chi dei colleghi ha gia messo le ferie?",
 * "chi ha mandato il certificato di malattia oggi?", "chi ha gia chiesto il congedo per dicembre?"): someone else's absence asked.
 */
const WHO_PUT_IN_ABSENCE = `chi(?: ${AMONG_PEOPLE})? (?:ha|hanno|aveva|avevano) (?:gia |ancora |poi |davvero )?(?:mess|pres|chiest|segnat|inserit|registrat|caricat|comunicat|mandat|inviat|spedit|presentat|consegnat|trasmess|prenotat|fatt)[oaie] (?:(?:le|la|il|i|un|una|dei|delle|qualche|gli) )?(?:giorn[oi] (?:di )?|(?:certificat[oi]|giustificativ[oi]|richiest[ae]|domand[ae]) (?:medic[oi] )?(?:di |per |della |del )?)?(?:ferie|malattia|congedo|congedi|permess[oi]|certificat[oi] medic[oi])(?= |$)`;

/** Words of a time that may close a question on who is absent ("in congedo chi c'è questa settimana", "in ferie chi c'è il 3 dicembre"). */
const WHEN_WORD = `(?:oggi|domani|dopodomani|stamattina|stasera|questa|questo|sta|la|il|l'|lo|i|le|a|ad|in|di|del|della|nel|nella|per|e|settimana|prossima|prossimo|mese|weekend|fine|ponte|feste|natale|capodanno|pasqua|ferragosto|\\d{1,2}|${weekdayWords.join('|')}|${monthWords.join('|')})`;

/** Who is absent (third persons: "chi è in ferie", "quanti ne mancano"). */
/**
 * Which or how many of the staff are missing ("quali giudici mancano oggi?", "quali pm mancheranno domani"); not what a duty
 * lacks ("quanti pm mancano per coprire le udienze", "per le direttissime"), which is the coverage.
 */
const WHICH_PEOPLE_MISS = `(?:quali|quanti|quante) (?:${PEOPLE}|persone)(?: [a-z']+){0,2} (?:manca|mancano|mancheranno|mancavano)(?! (?:ancora )?(?:per|a) (?:coprire|garantire|le |la |il |i |gli |l' ))(?= |$)`;

export const absentTodayCue = cue(`${WHO_HAS_ABSENCE}|${WHO_PUT_IN_ABSENCE}|(?:chi|quali|quanti|quante)(?: ${AMONG_PEOPLE})?(?: [a-z']+){0,2} non (?:c' e|ci sono|ci sara|ci saranno|ci sia|ci siano|(?:e|sono|sara|saranno) (?:in ufficio|in sede|presenti?)|viene|vengono|verra|verranno|lavora|lavorano|lavorera|lavoreranno)(?= |$)|(?:quali|quanti|quante) (?:${PEOPLE})(?: [a-z']+){0,3} non (?:c' e|ci sono|ci sara|ci saranno|ci sia|ci siano|(?:e|sono|sara|saranno) (?:in ufficio|in sede|presenti?)|viene|vengono|verra|verranno|lavora|lavorano|lavorera|lavoreranno)(?= |$)|(?:chi|quali colleghi|quanti colleghi|quanti|quante) (?:e|sono|sara|saranno) (?:via|fuori sede|fuori ufficio)(?= |$)|(?:sono|siamo|saremo|saranno) tutti (?:presenti|in ufficio|in sede)|(?:siamo|saremo) al completo|^manca(?:no)? (?:dei |qualche |alcuni )?(?:${PEOPLE})(?= |$)|(?:quanti|quante|quali) (?:[a-z']+ )?(?:in ferie|in malattia|malati|assenti|in congedo|in permesso|in formazione)(?= |$)|(?<!(?:^|\\s)(?:il|la|lo|l'|del|della|al|alla|dal|dalla) )(?:qualcuno|gente|nessuno|${PEOPLE}|persone|mezza procura|mezzo ufficio|molti|tanti|parecchi) (?:[a-z']+ ){0,2}(?:in ferie|in malattia|malat[oi]|assent[ie]|in congedo|in permesso|in formazione)(?= |$)|(?:quanti|quante) (?:ne |di noi |colleghi )?(?:manca|mancano|mancheranno)|${WHICH_PEOPLE_MISS}|chi(?! mi | me )(?: [a-z']+){0,4} (?:malat[oaie]|in malattia|in ferie|assent[ei]|in congedo|in permesso|in formazione|(?:e|sono|sta|stanno|resta|restano|rimane|rimangono) a casa)(?= |$)|chi(?: ${AMONG_PEOPLE})? (?:e |sara |risulta |c' e |ci sara |sta |va |andra )?(?:assente|sta male|stanno male|in ferie|in malattia|malat[oa]|in congedo|in permesso|in formazione|in missione|in trasferta|(?:(?:al|ai|a un|a) (?:cors[oi]|convegn[oi]|seminari[oi])|a formazione)(?= |$)|fuori|manca|non c' e)|assenti|chi manca|elenco (?:dei |delle |degli )?(?:assenze|assenti|malati)|(?:quanti|quante|quali) (?:${PEOPLE_PHRASE} )?(?:sono|saranno|risultano|siamo|saremo|stanno|restano|rimangono) (?:(?:a casa|fuori|via) )?(?:assenti|in ferie|in malattia|malati|in congedo|in permesso|in formazione)|(?:quanti|quante) (?:(?:${PEOPLE}|persone) )?(?:sono|saranno|stanno|staranno|restano|resteranno|rimangono) a casa|(?<!(?:cancell|togli|tolg|elimin|annull|rimuov|lev|segn|mett|registr|inserisc)[a-z]* (?:(?:le|tutte le|mie|le mie) )?)assenze (?:di )?(?:oggi|domani|della settimana)|^(?:e |ci sono |quali sono |quante )?(?:le )?assenze (?:di |per |della |del |in )?(?:oggi|domani|dopodomani|(?:questa|quella|la|sta) settimana|settimana prossima|prossima settimana|questo mese|(?:il )?mese prossimo|${monthWords.join('|')})$|(?:elenco|lista|quadro|prospetto|riepilogo) (?:delle |dei )?(?:ferie|assenze|malattie|congedi|permessi) (?:dei |degli |delle |di tutti i )?(?:${PEOPLE}|altri)(?= |$)|(?:oggi|domani|dopodomani|stamattina|questa settimana|in settimana|settimana prossima) (?:le |ci sono |quante |quali )?(?:assenze|assenti)(?= |$)|(?:quadro|prospetto|riepilogo|situazione|elenco|lista) (?:delle |degli |dei )?(?:assenze|assenti)|chi(?! mi)(?: [a-z']+){0,2} (?:sara |saranno |e |sono )?(?:in ferie|in malattia|assent[ei]|in congedo|in permesso|in formazione)|chi (?:va|andra|vanno|prende|prendera|ha preso|ha chiesto|ha messo|ha segnato|si e (?:mess|pres)[oa]|si sono (?:mess|pres)[ie]|si prende|si prendera)(?: le| il| un| dei| delle| qualche)? (?:giorn[oi] (?:di )?)?(?:in )?(?:ferie|malattia|congedo|permess[oi])|(?:quali|quanti|quante) (?:${PEOPLE})(?: [a-z']+){0,3} (?:ferie|malattia|congedo|permesso|formazione|assent[ie])|(?:c' e|ci sono|ci sara|ci saranno|e|sono) (?:qualche|un|una|alcuni|alcune|dei|delle|altri) (?:collega|colleghi|colleghe|magistrat[oaie]|pm|giudic[ei])(?: [a-z']+)? (?:in ferie|in malattia|malat[oaie]|ammalat[oaie]|assent[ei]|in congedo|in permesso|in formazione)(?= |$)|(?:qualche|alcuni|alcune) (?:collega|colleghi|colleghe|magistrat[oaie]|pm|giudic[ei]) (?:e|sono|sara|saranno|risulta|risultano|sta|stanno) (?:in ferie|in malattia|malat[oaie]|ammalat[oaie]|assent[ei]|in congedo|in permesso|in formazione)(?= |$)|(?:c' e|ci sono|ci sara|ci saranno) qualcuno (?:in ferie|in malattia|malat[oa]|assente|in congedo|in permesso|in formazione)|(?:elenco|lista|nomi|nominativi) (?:dei |delle |degli )?(?:${PEOPLE})(?: [a-z']+){0,2} (?:in ferie|in malattia|malati|assenti|in congedo|in permesso|in formazione)|(?:in )?(?:ferie|malattia|congedo|permesso|formazione)(?: [a-z0-9']+){0,3} chi(?: c' e| ce| c' sono| ci sono| ci sara| ci saranno| risulta| risultano| e| sono| sara| saranno)?(?: ${WHEN_WORD})*$|(?:quanta gente|quante persone|quanti colleghi|quanti|qualcuno) (?:manca|mancano)|^(?:i )?malati(?= |$)|colleghi (?:che )?(?:sono |saranno |risultano |saranno )?(?:in ferie|in malattia|in congedo|in permesso|in formazione|assenti|malati)|(?:quanti|quali|chi sono i) malati`);

/**
 * Who takes part in courses or goes to them, the course named anywhere ("il CSM ha pubblicato i corsi: chi di noi partecipa a
 * ottobre?", "la Scuola ha pubblicato il programma dei corsi, chi ci va a maggio?"): who is away then (with `courseWordCue`);
 * not who goes to a duty ("chi va in udienza giovedì? la Rossi è al corso").
 */
export const whoAttendsCue = cue(`chi(?: ${AMONG_PEOPLE})? (?:ci )?(?:va|vanno|andra|andranno|partecipa|partecipano|partecipera|parteciperanno|(?:e|sono|si e|si sono) iscritt[oaie])(?= |$)(?! (?:in udienza|in aula|a fare|a coprire|a sostituir[a-z]*|al posto|di turno|in servizio|di repe)(?: |$))`);
/**
 * How many or which of the office's people are at courses, the course named anywhere ("quanti sostituti saranno a Scandicci per i corsi
 * della Scuola a dicembre?", "quali colleghi vanno al convegno di giugno?"): who is away then (with `courseWordCue`).
 */
export const howManyAttendCue = cue(`(?:quanti|quante|quali) (?:di noi|${PEOPLE}) (?:[a-z']+ )?(?:sono|saranno|saremo|siamo|vanno|andranno|andiamo|andremo|partecipano|parteciperanno|partecipiamo|parteciperemo|(?:sono|saranno|si sono) iscritt[oaie])(?= |$)(?! (?:in udienza|in aula|di turno|in servizio|di repe|reperibil[a-z]*)(?: |$))`);
/**
 * Whether anyone goes to an event ("qualcuno va al convegno ANM venerdì?", "qualcuno di voi partecipa al seminario?", "c'è qualcuno
 * che va al corso di Scandicci?"): a colleague looking for company, asking no one's absence (unlike "chi va al convegno?") and
 * declaring none; the event's word is no absence of the writer's.
 */
export const someoneAttendsCue = cue(`(?:qualcuno|qualcun altro|nessuno)(?: (?:di voi|di noi|tra voi|tra di voi|fra voi|${AMONG_PEOPLE}))?(?: che)? (?:ci )?(?:va|andra|viene|verra|partecipa|partecipera|(?:e|si e) iscritt[oa])(?: [a-z0-9']+){0,2} (?:convegn[oi]|cors[oi]|seminari[oi]|incontr[oi] di studio|giornat[ae] di studio|congress[oi]|presentazion[ei]|formazione)(?= |$)`);
export const courseWordCue = cue('cors[oi]|convegn[oi]|seminari[oi]|formazione|scuola');

