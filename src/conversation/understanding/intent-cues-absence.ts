import { cue } from './intent-cue.ts';

/** Signs of illness written instead of the word ("ho vomitato", "mal di testa"). */
/** Illnesses by name, children's ones too ("mio figlio ha la varicella"). */
export const DISEASES = "varicella|morbillo|scarlattina|rosolia|pertosse|parotite|orecchioni|tonsillite|bronchiolite|laringite|faringite|sinusite|congiuntivite|mononucleosi|pidocchi|mani piedi bocca|herpes|fuoco di sant' antonio";
/** Medical specialists seen at a visit ("dal cardiologo", "visita dall' oculista"): a visit to one is sick leave. */
export const SPECIALISTS = "cardiolog[oa]|oculist[ao]|ortopedic[oa]|dermatolog[oa]|ginecolog[oa]|urolog[oa]|neurolog[oa]|otorino(?:laringoiatra)?|gastroenterolog[oa]|endocrinolog[oa]|pneumolog[oa]|fisiatra|fisioterapist[ao]|allergolog[oa]|reumatolog[oa]|oncolog[oa]|chirurg[oa]|specialista|radiolog[oa]|dietolog[oa]|nutrizionista|ostetric[oa]|pediatra|osteopata|logopedista|psichiatra|medico di base|medico curante";
/** A visit or an exam by the adjective of its specialty ("visita cardiologica", "controllo oculistico", "esame ortopedico"). */
export const SPECIALTY_ADJECTIVES = "(?:cardiolog|oculist|ortoped|dermatolog|ginecolog|urolog|neurolog|otorinolaringoiatr|gastroenterolog|endocrinolog|pneumolog|fisiatr|allergolog|reumatolog|oncolog|chirurg|radiolog|dietolog|ostetr|pediatr|psichiatr|odontoiatr|senolog|angiolog|ematolog|nefrolog|diabetolog|geriatr|dentist|specialist)ic[oaih]e?";
/** Diagnostic exams by name ("ho la risonanza magnetica", "colonscopia giovedì"): a medical appointment, sick leave. */
export const DIAGNOSTIC_EXAMS = "risonanza magnetica|ecografia|mammografia|colonscopia|gastroscopia|elettrocardiogramma|ecocardiogramma|holter|ecodoppler|scintigrafia|(?:ho|faccio|fare|devo fare|avro) (?:la |una |l' )?(?:tac|radiografia|biopsia)";
/** Rest ordered by a doctor ("il medico mi ha dato riposo fino a mercoledì"). */
export const DOCTOR_REST = "(?:medico|dottore|dottoressa|pediatra|ortopedico|specialista) (?:[a-z']+ ){0,5}(?:riposo|giorni di malattia|a casa)|riposo (?:assoluto|forzato|a letto)|certificato medico";
/**
 * A fever by its degrees ("ho 38 e mezzo", "con la febbre a 39", "ho 38.5, resto a casa", "sto a 38 e mezzo"): the number
 * ends the phrase or a clause follows ("ho 39 oggi non vengo"), not a noun ("ho 38 anni", "ho 38 udienze").
 */
export const FEVER = "(?:con|ho|ha|tengo|avendo|sto a|sono a|sta a) (?:la febbre (?:a )?)?(?:37|38|39|40|41)(?:\\.\\d| e mezzo| e (?:\\d|un|due|tre|quattro|cinque|sei|sette|otto|nove))?(?: (?:di febbre|gradi|di temperatura))?(?= (?:e|ma|oggi|domani|stamattina|stanotte|da|dal|non|resto|rimango|sto|staro|quindi|percio|a|mi|per)(?: |$)|$)";
export const ILLNESS_SIGNS = `${DISEASES}|${DOCTOR_REST}|vomit[a-z]*|bloccat[oa] (?:con |per |alla )?la schiena|(?:schiena|collo|ginocchio|caviglia) bloccat[oa]|sto (?:da cani|malissimo|uno schifo|a pezzi)|(?:sta|stanno) (?:male|malissimo|poco bene)|dolor[ei] (?:a|al|alla|alle|ai|di)|influenzat[oa]|covid|positiv[oa] al|tampone|bronchite|polmonite|otite|cistite|lombalgia|sciatica|vertigini|diarrea|gastrite|colica|appendicite|pronto soccorso|convalescenza|prognosi|infortunat[oa]|mi sento (?:male|uno straccio|a pezzi|poco bene|debole)|non mi sento bene|(?:sto|sono) (?:poco bene|maluccio|malino)|non sto (?:bene|benissimo)|a letto con|${FEVER}|mi (?:operano|opero|devo operare)|operazione|intervento chirurgico|operat[oa] (?:al|alla|allo|agli|alle|di|d')|sotto i ferri|mi sono (?:rott|fatt[oa] male|slogat)[a-z]*|distorsione|ingessat[oa]|schiena bloccata|colpo della strega|non riesc[a-z]* (?:a|ad) (?:alzarmi|muovermi|camminare)|nausea|mal di (?:testa|pancia|stomaco|gola|schiena|denti)|raffreddat[oa]|raffreddore|tosse|emicrania|gastroenterite|intossicazione|infortuni[oa]|frattura`;
/** A civic duty at an election ("presidente di seggio", "scrutatore", "al seggio elettorale"): an absence of type "altro". */
export const ELECTION_DUTY = "(?:vice ?)?presidente (?:di|del) seggio|(?:segretari[oa]|componente|membro) (?:di|del) seggio|scrutator[ei]|scrutatric[ei]|seggi[o]? elettoral[ei]|(?:al|ai) seggi[o]?";

/**
 * "permesso" as leave, not a permit one collects or shows ("il permesso per il parcheggio", "permesso di sosta",
 * "permesso ZTL", "permesso di soggiorno"): a permit is no absence.
 */
export const LEAVE_PERMIT = "permess[oi](?! (?:per |di |del |della |dell' |d' |della |nel |nella )?(?:il |la |l' |i |le )?(?:parchegg[a-z]*|sosta|ztl|accesso|soggiorno|transito|posto auto|auto|macchina|ingresso|costruire|porto d' armi)(?= |$))";

/** Words of an absence: its types, its reasons, its verbs ("ferie", "sto a casa", "manco"); "in corso" (ongoing) is no course. */
export const ABSENCE_WORDS = `ferie|non (?:viene|verra)(?! (?:piu )?[a-z]+(?:at|ut|it|ss|st)[oaie](?= |$))|${ELECTION_DUTY}|fuori (?:sede |ufficio )?per (?:lavoro|servizio)|fuori sede|settimana bianca|funeral[ei]|esequie|trasloco|(?:motivi|ragioni) di salute|indispost[oa]|indisposizione|${ILLNESS_SIGNS}|(?:resto|rimango|restero|rimarro|staro|sto) a (?:casa|letto)|(?:sono|saro) a letto|non (?:aspettatemi|mi aspettate)|vacanz[ae]|malat[oaie]|malatti[ae]|ammalat[oaie]|influenz[a-z]*|febbre|visit[ae](?: [a-z']+){0,2} (?:medic|specialistic|ospedal|clinic|controllo|dentist)[a-z]*|(?:visit[ae]|controll[oi]|esam[ei]|consulenz[ae]) (?:[a-z']+ ){0,1}${SPECIALTY_ADJECTIVES}|${DIAGNOSTIC_EXAMS}|(?:dal|dalla|dall') (?:medico|dentista|${SPECIALISTS})|visit[ae] (?:[a-z']+ ){0,2}(?:${SPECIALISTS})|in ospedale|ricover[a-z]*|congedo|${LEAVE_PERMIT}|maternita|paternita|parentale|(?<!(?:^| )(?:in|nel) )cors[oi]|formazione|ssm|incontr[oi] di studio|relat(?:ore|rice)|docenza|scuola superiore|convegn[oi]|seminari[oi]|assenz[ae]|assente|lutto|missione|trasferta|motivi [a-z]+|(?:impegn[oi]|esigenz[ae]|ragion[ei]|question[ei]|problem[ai]) (?:familiar|personal|privat|di famiglia)[a-z]*|aspettativa|104|mi assent[a-z]*|assentarmi|(?:io )?manco|manchero|giorn[oi] (?:liber[oi]|di riposo|di recupero)|recupero|riposo compensativo|(?:faccio|fare|faro|facciamo) (?:il )?ponte|stacco|esam[ei] (?:medic|clinic|del sangue|diagnostic)[a-z]*|analisi (?:del sangue|clinich)[a-z]*`;
/**
 * Verbs and phrases withdrawing something ("togli", "non vale più", "ci ho ripensato"). The forms of "levare"
 * leave out the words that only begin like it: "levante" / "Levanto" (Sestri Levante, the Riviera di Levante),
 * "levatura", "levatrice", "levataccia".
 */
export const CANCEL_VERBS = "rinunci[a-z]*|lasci(?:amo|a|ate) (?:perdere|stare)|non se ne fa (?:piu )?niente|lev(?!ant|atur|atric|atacc)(?:a|o|ia|ino|ando|at|ar|er|am)[a-z]*|mi levi|(?:e|sono|e stato|e stata) saltat[oiae]|(?:era|e stato|e stata) un errore|per errore|per sbaglio|ripensato|ci ripenso|cambiato idea|togli[a-z]*|tolg[a-z]*|tolt[oaie]|annull[a-z]*|cancell(?!ier|eri)[a-z]*|elimin[a-z]*|rimuov[a-z]*|rimoss[oaie]|disdett[oaie]|revoc[a-z]*|ritir[a-z]*|disdi[a-z]*|non (?:(?:le|la|li|lo|ne|ci|mi|me|ce|si) )?(?:sono|saro|vado|va|vanno|andro|andra|andranno|parto|parte|partiro|partira|faccio|faro|fara|prendo|prende|prendero|prendera|ho|serve|servono|voglio|vuole) piu|non (?:[a-z']+ ){0,3}piu (?:usufruire|fruire|godere|prendere|utilizzare|bisogno)|non (?:(?:ne|ci|me|mi|lo|la|li|le) )?(?:usufruir|fruir|godr|utilizzer|avvarr)[a-z]* piu|non (?:vale|valgono) piu|non (?:e|sono) piu valid[oaie]|dimenticate|dimenticatevi|scordatevi|ignorate|stralci[a-z]*|depenn[a-z]*|fa(?:te|i) finta";
/** A cancel verb with its object as a pronoun ("le ferie …, toglietele"): the absence named anywhere before. */
export const CANCEL_WITH_PRONOUN = "(?:togli|toglie|tolg|cancell|annull|elimin|rimuov|revoc|ritir|disdi|lev)[a-z]*(?:le|la|li|lo)";

/** Withdrawing an absence: a cancel verb within ten words of an absence word, either side. */
export const absenceCancelCue = new RegExp(`(?:^|\\s)(?:${CANCEL_VERBS})\\s(?:\\S+\\s){0,10}(?:${ABSENCE_WORDS})(?=$|\\s)|(?:^|\\s)(?:${ABSENCE_WORDS})\\s(?:\\S+\\s){0,10}(?:${CANCEL_VERBS})(?=$|\\s)|(?:^|\\s)(?:${ABSENCE_WORDS})\\s.*(?:^|\\s)(?:${CANCEL_WITH_PRONOUN})(?=$|\\s)|(?:^|\\s)niente (?:piu )?(?:le |la |il )?(?:${ABSENCE_WORDS})(?=$|\\s)`);

/** Not being there, said of oneself ("non ci sono", "non vengo", "sto male"). */
export const NOT_THERE = "non ci sono|non c[ie] sto|non c[ie] staro|non ci saro|niente ufficio|non ce la faccio|(?:sono|saro|staro|rimango) (?:via|fuori)(?! (?:di|da) )|non vengo|non arrivo|non arrivero|non (?:riesco|riusciro) (?:a|ad) arrivare|non faccio in tempo|non posso esserci|non sar[oa] in ufficio|non (?:sar[oa]|saremo) present[ei](?! (?:a|al|alla|alle|ai|agli|all') )|sto male|non (?:potro|posso|riesco (?:a|ad)|riusciro (?:a|ad)) (?:essere (?:presente|in ufficio)|esserci|venire|prendere servizio)|non (?:sono|saro|saro piu) in (?:ufficio|sede|procura|tribunale)|(?:sono|saro|sarei) impossibilitat[oa] (?:a|ad) (?:venire|essere|presenziare|prendere servizio)|(?:mi prendo|prendo|prendero|mi prendero) (?:la|una|mezza) giornata";
/** Verbs that declare or ask for an absence when an absence word follows ("prendo ferie", "segnami in malattia"). */
export const DECLARE_VERBS = "sono|saro|saremo|siamo|staro|vado|andro|prendo|prendero|prenderei|mi prendo|chiedo|chiederei|richiedo|vorrei|volevo|metto|mi metto|mettimi|mettetemi|segna|segnami|segnate|segnatemi|segnale|segnagli|segnatele|segnategli|mettile|mettigli|mettetele|mettetegli|registrale|registragli|inserisci|inseriscimi|registra|registrami|comunico|fruisco|fruiro|usufruisco|usufruiro|godo|godro|mi serve|mi servono|mi servirebbe|mi servirebbero";

/**
 * A message that opens with the type of an absence and its days, with no verb ("ferie dal 2 al 20 agosto, …",
 * "malattia oggi e domani"): the telegraphic declaration of chat, as plain as one with its verb.
 */
const NOMINAL_DECLARATION = "^(?:(?:ciao|buongiorno|buonasera|salve) )?(?:ferie|malattia|congedo(?: parentale)?|permesso|formazione) (?:dal|dall'|da|il|l'|oggi|domani|dopodomani|questa|prossima|settimana|tutta|tutto|\\d{1,2}(?:[-/.]\\d{1,2})*)(?= |$)";

/** Declaring an absence plainly: not being there, an absence verb, or a declaring verb before an absence word. */
export const absenceDeclareCue = cue(`${NOMINAL_DECLARATION}|${NOT_THERE}|(?:io )?manco|manchero|mi assent[a-z]*|assentarmi|(?:resto|rimango|restero|rimarro|staro|sto) a (?:casa|letto)|(?:penso|credo|preferisco|devo|dovro|conviene) (?:di )?(?:(?:stare|restare|rimanere) a (?:casa|letto)|non (?:venire|esserci|farcela|rientrare))|(?:sono|saro) a letto|(?:${DECLARE_VERBS}) (?:[a-z0-9']+ ){0,3}(?:${ABSENCE_WORDS})`);

/** A word of an absence alone ("ferie 28-31 dicembre", "febbre"): weak, other requests name absences too. */
export const absenceWordCue = cue(ABSENCE_WORDS);

/**
 * An office informing of a colleague's absence ("si informa la S.V. che il dott. Colombo oggi è assente
 * per malattia", "comunico che la collega Neri sarà in ferie dal 3"): a declaration for them.
 */
export const absenceInformedCue = cue(`(?:si (?:informa|comunica|segnala|rappresenta|fa presente)|comunic(?:o|iamo)|inform(?:o|iamo)|segnal(?:o|iamo)|(?:la|vi|le) (?:informo|comunico|segnalo)) (?:\\S+ ){0,8}(?:e|sara|risulta|sono|saranno|risultano) (?:\\S+ )?(?:assent[ei]|in (?:ferie|malattia|congedo|permesso|formazione|missione)|malat[oaie]|ammalat[oaie])`);
