import { monthWords } from './dates/day-math.ts';
import type { Intent } from './understanding.ts';

/**
 * How the intent is recognised: rules tried in order on the normalised text, the first whose
 * `any` pattern matches (with its `also` pattern, if any, and whose `unless` does not) wins. Staff commands and GIADA come first
 * because their sentences also contain the words of the others ("prima udienza", "i turni").
 * A sentence with none of these cues is `help` when it is a greeting or a thank-you, else `unknown`.
 */
export interface IntentRule {
  intent: Intent;
  any: RegExp;
  /** Must match too: "chi" asks who is on duty only when the sentence speaks of a duty. */
  also?: RegExp;
  unless?: RegExp;
}

const cue = (source: string): RegExp => new RegExp(`(?:^|\\s)(?:${source})(?=$|\\s)`);

/** Signs of illness written instead of the word ("ho vomitato", "mal di testa"). */
const ILLNESS_SIGNS = "vomit[a-z]*|mi sono (?:rott|fatt[oa] male|slogat)[a-z]*|distorsione|ingessat[oa]|schiena bloccata|colpo della strega|non riesc[a-z]* (?:a|ad) (?:alzarmi|muovermi|camminare)|nausea|mal di (?:testa|pancia|stomaco|gola|schiena|denti)|raffreddat[oa]|raffreddore|tosse|emicrania|gastroenterite|intossicazione|infortuni[oa]|frattura";
const ABSENCE_WORDS = `ferie|fuori (?:sede |ufficio )?per (?:lavoro|servizio)|fuori sede|settimana bianca|funeral[ei]|esequie|trasloco|motivi di salute|indispost[oa]|indisposizione|${ILLNESS_SIGNS}|(?:resto|rimango|restero|rimarro|staro|sto) a (?:casa|letto)|vacanz[ae]|malat[oaie]|malattia|ammalat[oaie]|influenz[a-z]*|febbre|visit[ae](?: [a-z']+){0,2} (?:medic|specialistic|ospedal|clinic|controllo|dentist)[a-z]*|dal (?:medico|dentista)|in ospedale|ricover[a-z]*|congedo|permess[oi]|maternita|paternita|parentale|cors[oi]|formazione|ssm|scuola superiore|convegn[oi]|seminari[oi]|assenz[ae]|assente|lutto|missione|trasferta|motivi [a-z]+|aspettativa|104`;
const CANCEL_VERBS = "niente|rinunci[a-z]*|cambiato idea|togli[a-z]*|tolga|annull[a-z]*|cancell[a-z]*|elimin[a-z]*|rimuov[a-z]*|rimoss[oa]|revoc[a-z]*|ritir[a-z]*|disdi[a-z]*|non (?:(?:le|la|li|lo|ne|ci|mi|me|ce) )?(?:sono|saro|vado|faccio|prendo|ho|serve|servono|voglio) piu";
/** Words that make a "chi …" question one about duties. */
const DUTY_WORDS = "turn[oi]|reperibil[a-z]*|repe|udienz[ae]|direttissim[ae]|arrest[a-z]*|convalid[ae]|assegnazion[ei]|affari|servizio|guardia|cop(?:re|rono|rira)";
/** Asking for the calendar subscription link (iCal feed) rather than for the duties themselves. */
const FEED_WORDS = "iphone|ipad|android|smartphone|link|url|indirizzo|outlook|google|gmail|ical|ics|icalendar|webcal|feed|sincronizz[a-z]*|abbon[a-z]*|iscriv[a-z]*|(?:sul|nel|al|del|dal|col) (?:mio |mia )?(?:telefono|cellulare|telefonino|iphone|smartphone|pc|computer)|(?:sull'|nell'|dell'|all') (?:app|agenda)|(?:il )?mio calendario";

export const intentRules: readonly IntentRule[] = [
  { intent: 'jobs_status', any: cue("(?:stato|esito|registro|elenco) (?:dei |degli |delle )?(?:job|jobs|invii|promemoria|attivita pianificate|notifiche)|job pianificati|prossimi job|jobs?|promemoria (?:inviati|spediti)|(?:promemoria|invii|avvisi) (?:sono )?(?:partit|andat|stat[io] inviat|stat[io] spedit)[a-z]*|(?:sono|e) (?:partit[io]|andat[io]) (?:i |gli )?(?:promemoria|invii|avvisi)|(?:promemoria|notifiche|invii|avvisi)(?: [a-z']+){0,6} (?:inviat|spedit|partit|recapitat)[a-z]*|(?:notifiche|promemoria|avvisi|invii) (?:programmat|pianificat|automatic)[a-z]*|invi[oi] automatic[oi]|(?:stato|esito|riscontro|prospetto|riepilogo|report|resoconto|log)(?: [a-z']+){0,4} (?:job|jobs|invii|invio|promemoria|notifiche)|invii (?:notificat|effettuat|eseguit)[a-z]*|log (?:dei )?jobs?") },
  { intent: 'giada_request', any: cue("giada|prima udienza|fissa[a-z]* (?:la |una )?(?:data|udienza)|data (?:di |della )?(?:prima )?udienza|citazione diretta|rinvio a giudizio|giudizio immediato|decreto penale") },
  { intent: 'calendar_publish', any: cue("pubblica|pubblicare|pubblicate|pubblichi|pubblichiamo|pubblicala|pubblicali|pubblicalo|pubblic[a-z]*(?: [a-z']+){0,3} (?:calendari[oa]?|turni|turnazione)|calendari[oa]? (?:[a-z']+ ){0,5}pubblic[a-z]*|pubblicazione|rend[a-z]* definitiv[oaie]|rend[a-z]* pubblic[oaie]|calendari[oa]? (?:[a-z']+ ){0,3}(?:approvat|definitiv)[a-z]*|(?:approv|ufficializz|conferm)[a-z]*(?: [a-z']+){0,2} (?:calendari[oa]?|turnazione)") },
  { intent: 'calendar_generate', any: cue(`genera|generare|generate|rigenera|rigenerare|(?:genera|generi|rigenera|crea|crei|ricrea|prepara|prepari|elabora|elabori|rielabora|calcola|calcoli|produci|predisponi|ricalcola|rifa|rifai|rifare|predispo)[a-z]*(?: [a-z']+){0,3} (?:calendari[oa]?|turni|turnazione|bozza)|(?:calendari[oa]?|turni|turnazione) (?:[a-z']+ ){0,6}(?:me |ce )?(?:l[oaie] )(?:prepar|predispo|elabor|gener)[a-z]*|calendario provvisorio|nuovo calendario|(?:rifai|rifare|rifate|ricalcola|ricalcolare|elabora|elaborare|prepara|preparare|crea|creare|predisponi|genera|rigenera) (?:(?:il|la|i|le) )?(?:mese di )?(?:${monthWords.join('|')})|bozza (?:del |di )?calendario|bozza (?:di|del|della|dei|delle|per) (?:prossimo |prossima )?(?:${monthWords.join('|')}|mese|settimana|turni|reperibilita|udienze|direttissime)|(?:prepara|preparar|predisponi|predisporr|elabora|elaborar|ricalcola|ricalcolar)(?:la|lo|li|le)|(?:genera|generar|rigenera|rigenerar)(?:la|lo)`) },
  { intent: 'coverage_status', any: cue("copertur[ae]|scopertur[ae]|copert[oia]|scopert[oiae]|buchi|vacanti|sguarnit[oiae]|turni mancanti|turni liberi|senza (?:[a-z']+ )?(?:nessuno|copertura|magistrat[oi]|pm|reperibil[a-z]*|turn[oi])|nessun[oa]? (?:e |sia |sara |risulta )?(?:reperibil[a-z]*|di turno|di repe|in servizio)") },
  { intent: 'calendar_feed', any: cue(FEED_WORDS), unless: cue(ABSENCE_WORDS) },
  { intent: 'absent_today', any: cue(`chi (?:e |sara |risulta |c' e |ci sara )?(?:assente|sta male|stanno male|in ferie|in malattia|malat[oa]|in congedo|in permesso|in formazione|al corso|fuori|manca|non c' e)|assenti|chi manca|elenco (?:dei |delle |degli )?(?:assenze|assenti|malati)|(?:quanti|quante|quali) (?:colleghi |colleghe |magistrati |pm |giudici )?(?:sono|saranno|risultano|siamo|saremo) (?:assenti|in ferie|in malattia|malati|in congedo|in permesso|in formazione)|assenze (?:di )?(?:oggi|domani|della settimana)|^(?:i )?malati(?= (?:oggi|domani|dopodomani|questa|della|nella|sta)(?: |$)|$)|(?:quanti|quali|chi sono i) malati`) },
  { intent: 'absence_cancel', any: new RegExp(`(?:^|\\s)(?:${CANCEL_VERBS})\\s(?:\\S+\\s){0,8}(?:${ABSENCE_WORDS})(?=$|\\s)|(?:^|\\s)(?:${ABSENCE_WORDS})\\s(?:\\S+\\s){0,8}(?:${CANCEL_VERBS})(?=$|\\s)`) },
  { intent: 'swap', any: cue("scambi[a-z]*|scambier[a-z]*|invert[a-z]*|pass[a-z]* (?:il |la |i |le |l' )?(?:mio |mia |miei |mie )?(?:turn[oi]|reperibilita|udienz[ae]|direttissim[ae])|cambio (?:di|del|turno|turni|repe|reperibilita|udienz[ae]|direttissim[ae])|prend[a-z]* (?:io )?(?:il |la |i |le |l' )?(?:mio |mia |miei |mie |tuo |tua |tuoi |tue )(?:turn[oi]|reperibilita|repe|udienz[ae]|direttissim[ae])|(?:me|se) l[oaie] prend[a-z]*|(?:me|te|ce|se) l[oaie] (?:cambi|scambi|copr|sostitu)[a-z]*|cambi[a-z]* con qualcuno|(?:lo|la|li|le) fa(?:i|resti|rebbe) tu|fa(?:i|resti) tu (?:il|la|i|le) (?:mio|mia|miei|mie)|al posto mio|al mio posto|in vece mia|mi (?:prendi|prenderesti|prendereste|prendete)|(?:un|il|dare il|darmi un) cambio|da(?:re|rti|rgli|rle)? (?:la mia|il mio) (?:turn[oi]|reperibilita|udienz[ae])|cambi[a-z]* (?:il |un |i |la |le )?(?:mio |mia |miei )?(?:turn[oi]|reperibilita|udienz[ae])|fare cambio|fa(?:re|i|ccio|mo|ccia|cciamo)? (?:a |il )?cambio|ced[a-z]*|sostitui[a-z]*|sostituisc[a-z]*|coprirmi|mi copr[a-z]*|darmi il cambio|dare il cambio") },
  { intent: 'absence_declare', any: cue(`${ABSENCE_WORDS}|non ci sono|non ci saro|(?:sono|saro|staro|rimango) (?:via|fuori)(?! (?:di|da) )|non vengo|non posso esserci|non sar[oa] in ufficio|sto male|non (?:potro|posso|riesco (?:a|ad)|riusciro (?:a|ad)) (?:essere (?:presente|in ufficio)|esserci|venire|prendere servizio)`) },
  { intent: 'help', any: cue("(?:che )?cosa (?:devo|posso|bisogna) (?:scrivere|chiedere|dire|digitare)|come (?:devo|posso|si deve) (?:scrivere|chiedere)|che comandi") },
  { intent: 'on_duty', any: cue("chi|quale collega|quali colleghi|chi e di turno|chi sono i|qual(?:e)? e (?:il|la|l')(?! mio| mia)|quali sono (?:i|le|gli)(?! miei| mie)|(?:turni|reperibil[a-z]*|udienze|direttissime) di tutti|tutti i (?:turni|reperibili)|elenco (?:dei |delle )?(?:reperibili|turni|pm di turno)|nominativ[oi]|(?<!(?:sono|saro|sarei|ero) )(?:il|la|i|le) (?:collega|colleghi|colleghe|magistrat[oaie]|pm) (?:di turno|reperibil[a-z]*|di repe|in servizio)"), also: cue(DUTY_WORDS) },
  { intent: 'duties', any: cue("turn[oi]|reperibil[a-z]*|repe|udienz[ae]|direttissim[ae]|arrest[a-z]*|convalid[ae]|assegnazion[ei]|affari|ho da fare|devo fare|c' e (?:qualcosa|niente|nulla)|(?:qualcosa|niente|nulla) per me|cosa ho|che ho|cos' ho|cosa c' e|ho (?:qualcosa|impegni)|impegn[oi]|tocca(?: a me)?|(?<!(?:molto|per|di|del|il|al|mio|tanto|troppo|da|dal|sul|nel|un|ufficio|posto) )lavoro(?= (?:a|il|lo|la|o|oggi|domani|dopodomani|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|questo|questa|stanotte|stasera|io)(?: |$)|$)|devo lavorare|si lavora|sono di|di servizio|servizi[o]?|libero|libera|calendario|agenda|programma") },
  { intent: 'help', any: cue("aiuto|help|aiutami|cosa (?:sai|puoi) fare|che (?:cosa )?(?:sai|puoi) fare|(?:che )?cosa (?:posso|si puo) (?:chiederti|chiedere|domandarti|domandare|scriverti|scrivere|fare)|come (?:posso )?usarti|come (?:funziona|si usa|ti uso|funzioni)|istruzioni|comandi|esempi|grazie|ringrazio|thx|thanks|buon (?:pomeriggio|lavoro|fine settimana|weekend)|come va|come stai|che fai|brav[oa]|bravissim[oa]|ottimo|tutto bene|buon lavoro|ciao|buongiorno|buonasera|buonanotte|buona (?:notte|serata|giornata)|arrivederci|a presto|salve|ok|okay|perfetto|gentil[a-z]*|a posto|tutto chiaro|va bene|menu|che (?:mi )?racconti|come te la passi|ehi|ehila|hey|auguri|buon anno|buone feste|buon natale|buona pasqua|felice anno nuovo") },
];

/** The intent of a normalised utterance, and the words that decided it. */
export function detectIntent(text: string): { intent: Intent; evidence: string | null } {
  for (const rule of intentRules) {
    const match = rule.any.exec(text);
    if (match && (rule.also?.test(text) ?? true) && !(rule.unless?.test(text) ?? false)) return { intent: rule.intent, evidence: match[0].trim() };
  }
  return { intent: 'unknown', evidence: null };
}
