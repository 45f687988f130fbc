import { cue } from './intent-cue.ts';

/** The duties one can hand over or swap. */
export const DUTY_NOUNS = "turn[oi]|reperibilita|repe|udienz[ae]|direttissim[ae]|arrest[a-z]*|convalid[ae]|assegnazion[ei]";

/** Asking a colleague whether they can or will do a duty for me ("mi puoi cambiare l'udienza?", "potresti coprirmi sabato?"). */
const CAN_YOU = '(?:puoi|potresti|potete|potreste|vuoi|vorresti|volete|riesci a|riusciresti a|riuscite a)';
const A_DUTY = "(?:il |la |i |le |l' )?(?:turn[oi]|reperibilita|repe|udienz[ae]|direttissim[ae]|arrest[a-z]*|convalid[ae]|assegnazion[ei])";
/** "fare / prendere / tenere" only with the duty after them: "mi puoi fare l'elenco" asks something else. */
const FOR_ME = `(?:mi|me) ${CAN_YOU} (?:cambiare|scambiare|coprire|sostituire)|${CAN_YOU} (?:cambiar|scambiar|coprir|sostituir)(?:mi|melo|mela|meli|mele)|(?:mi|me) ${CAN_YOU} (?:prendere|fare|tenere) ${A_DUTY}|${CAN_YOU} (?:prender|far|tener)mi ${A_DUTY}`;

/** English loanwords of chat for exchanging ("posso switchare il turno", "swappiamo la repe?"). */
const LOANWORDS = 'switch[a-z]*|swap(?:p[a-z]*)?';

const FIRST_PERSON = '(?:mi|me|mio|mia|miei|mie|io|posso|riesco|potro|devo|sono|saro)';
/**
 * "la mia repe chi la prende?", "la mia repe la prende qualcuno?": a duty handed over when the writer speaks of themselves; alone ("oggi gli
 * arrestati chi li prende?") it asks who is on duty.
 */
const HANDED_OVER = `(?<=(?:^|\\s)${FIRST_PERSON}\\s.*)(?:chi l[oaie] prende|l[oaie] (?:prende|vuole|copre|fa) qualcuno)|chi l[oaie] prende(?=\\s(?:.*\\s)?${FIRST_PERSON}(?:\\s|$))`;

/**
 * A swap told as done or agreed ("con Neri abbiamo fatto cambio", "abbiamo fatto a cambio") and taking over a
 * colleague's duty ("io faccio la sua repe", "fa lui la mia udienza"): a swap, not a question about duties.
 */
const SWAP_DONE = `(?:fatto|fare|facciamo|faremo|fatt[oaie]|fanno|fatta) (?:il |un |lo |uno |a )?(?:cambio|scambio)|(?:faccio|faro|prendo|prendero|copro|tengo|terro) (?:io )?(?:la sua|il suo|le sue|i suoi) (?:${DUTY_NOUNS})|(?:fa|fara|prende|prendera|copre|coprira|tiene|terra) (?:lui |lei )?(?:la mia|il mio|le mie|i miei) (?:${DUTY_NOUNS})`;

/**
 * A duty taken over or offered told without a verb of swapping: "il Pardini mi prende le direttissime", "mi copre lui la
 * repe", "la vuoi la mia reperibilità?", "in cambio ti faccio capodanno" (an exchange between two people: not "in cambio lunedì prendo ferie").
 */
const OFFERED = `mi (?:prende|prendera|copre|coprira|tiene|terra) (?:lui |lei )?(?:il |la |i |le |l' )?(?:${DUTY_NOUNS})|(?:vuoi|volete|vorresti|vorreste|vuole|vorrebbe) (?:tu |lei |voi )?(?:la mia|il mio|le mie|i miei) (?:${DUTY_NOUNS})|in cambio (?:(?:io )?(?:ti|vi|le|gli) (?:faccio|faro|prendo|prendero|copro|tengo|terro|do|daro|lascio)|(?:tu )?(?:mi|me) (?:fai|faresti|fa|farebbe|prendi|prenderesti|copri|tieni|dai|daresti|lasci)|(?:della|del|delle|dei) (?:tua|tuo|tue|tuoi|sua|suo|sue|suoi|mia|mio|mie|miei))`;

/** "me li fate vedere?", "me le fai sapere?": making one see or know one's duties shows them, it hands none over. */
export const SHOWN = ' (?:vedere|sapere|avere|leggere|conoscere|controllare|pervenire|trovare|vede|sape|ave)(?= |$)';

/**
 * A duty handed on between two people, to or from the writer ("ti giro la repe di sabato", "mi giri gli affari di lunedì?", "ti passo
 * l'udienza"); not "mi giri i turni di dicembre?" (forward me the calendar).
 */
const HANDED_TO = "(?:mi|ti|vi|gli|le) (?:gir|pass)[a-z]* (?:il |la |i |gli |le |l' )?(?:mio |mia |miei |mie |tuo |tua |tuoi |tue )?(?:turno|reperibilita|repe|udienz[ae]|direttissim[ae]|arrest[a-z]*|convalid[ae]|assegnazion[ei]|affari)(?= |$)";

/** Exchanging, handing on or taking over a duty. */
/**
 * A change of plans, of mind, of address ("scusate il cambio di programma", "cambio di idea"): no swap of a duty.
 * An apology for a change ("scusate il cambio") apologises for what the message asks, it asks no swap.
 */
const OF_PLANS = "(?:di|del) (?:programma|programmi|piano|piani|idea|idee|rotta|sede|casa|indirizzo|telefono|cellulare|numero|orario|passo|stagione)(?= |$)";
export const swapCue = cue(`${LOANWORDS}|${SWAP_DONE}|${FOR_ME}|mi serv(?:e|irebbe) (?:una mano|un cambio|un sostituto|una sostituta|qualcuno) (?:per|con|a coprire|che mi (?:copra|faccia|prenda)) (?:[a-z']+ ){0,2}(?:${DUTY_NOUNS})|chi (?:mi|me l[oaie]) (?:prende|prenderebbe|copre|coprirebbe|tiene|terrebbe|sostituisce|sostituirebbe)|chi (?:mi )?fa(?:ra|rebbe)? (?:il |la |i |le |l' )?(?:mio|mia|miei|mie) (?:${DUTY_NOUNS})|mi fa(?:|i|ra|resti|rebbe|reste|te) (?:tu |lei |voi )?(?:il |la |i |le |l' )?(?:${DUTY_NOUNS})|(?:te|ve|glie)l[oaie] ricambi[a-z]*|ricambi[a-z]* (?:il favore|la cortesia)|scambi[a-z]*|scambier[a-z]*|invert[a-z]*|pass[a-z]* (?:il |la |i |le |l' )?(?:mio |mia |miei |mie )?(?:${DUTY_NOUNS})|cambio (?!${OF_PLANS})(?:di|del|turno|turni|repe|reperibilita|udienz[ae]|direttissim[ae]|arrest[a-z]*|convalid[ae]|assegnazion[ei]|affari)|cambio (?:\\S+ ){0,4}con|cambi(?:are|ar[lm][oaie]|amo|iamo|erei|eresti|erebbe|eremmo|ereste) con(?= )(?! (?:urgenza|calma|effetto|decorrenza|cortesia|sollecitudine|precisione)\\b)|(?<!senza )(?:un|una|mio|mia) sostitut[oa](?! procurat)|non (?:posso|riesco a|potro) farl[oa]|prend[a-z]* (?:io |lei |tu |voi )?(?:il |la |i |le |l' )?(?:mio |mia |miei |mie |tuo |tua |tuoi |tue |suo |sua |suoi |sue )(?:turn[oi]|reperibilita|repe|udienz[ae]|direttissim[ae])|(?:me|se) l[oaie] prend[a-z]*|(?:me|te|ce|se) l[oaie] (?:cambi|scambi|copr|sostitu)[a-z]*|me l[oaie] (?:fa|fai|faresti|farebbe|prende|tiene)(?!${SHOWN})|cambi[a-z]* con qualcuno|mi (?:cambi|scambi)(?:|eresti|ereste|ate)(?= )|(?:lo|la|li|le) fa(?:i|resti|rebbe) tu|fa(?:i|resti) tu (?:il|la|i|le) (?:mio|mia|miei|mie)|al posto mio|al mio posto|al posto (?:di|del|della|dell') ?[a-z']+|in vece mia|in ?vece di me|mi tien[a-z]*|mi salv[a-z]*|subentr[a-z]*|copr[a-z]* (?:il |la |i |le |l' )?(?:mio|mia|miei|mie) (?:turn[oi]|udienz[ae]|repe|reperibilita|direttissim[ae]|convalid[ae])|(?:farsi|farti|farvi|si fa|ti fai|vi fate|si farebbe|ti faresti) carico (?:del|della|dei|delle|di) (?:mio|mia|miei|mie)|salvami|chi mi (?:aiuta|da una mano|fa il favore)|cerco (?:un |una |qualcuno)|qualcuno (?:che )?(?:mi |me l[oaie] )?(?:puo |potrebbe )?(?:copr|sostitu|prend|tien|teng)[a-z]*|(?:l' |l[oaie] )?ho (?:girat|passat|cedut|lasciat)[oaie] (?:(?:il |la |i |le |l' )?(?:mio |mia |miei |mie )?(?:${DUTY_NOUNS}) )?(?:a|al|alla)|(?:prende|prendi|prenderebbe|prenderesti|copre|copri|fa|fai|tiene|tieni) (?:lei|lui|tu|voi|loro) (?:il |la |i |le |l' )?(?:${DUTY_NOUNS})|tienimi|tenermi|chi mi fa (?:il|la|l'|le|i)|chi (?:me |mi )l[oaie] (?:prende|vuole|piglia)|chi l[oaie] (?:vuole|piglia)|${HANDED_OVER}|(?:l[oaie] |ti |vi )gir[a-z]* a|(?:l[oaie]|gliel[oaie]) (?:pass|ced|lasci|affid)[a-z]* (?:a|ad|al collega|alla collega)|(?:l[oaie]|gliel[oaie]) (?:do|daro|darei|diamo) (?:a|ad|al|alla)(?= )|${HANDED_TO}|(?:lasci|affid|gir|pass)[a-z]* (?:il |la |i |gli |le |l' )?(?:mio |mia |miei |mie )?(?:${DUTY_NOUNS}|affari) (?:\\S+ ){0,3}(?:a|ad|al|alla)(?= [a-z])|mi (?:prendi|prenderesti|prendereste|prendete)|(?<!scus[a-z]* (?:per )?)(?:un|il|dare il|darmi un) cambio(?! ${OF_PLANS})|da(?:re|rti|rgli|rle)? (?:la mia|il mio) (?:${DUTY_NOUNS})|cambi[a-z]* (?:il |un |i |la |le |l' )?(?:mio |mia |miei )?(?:${DUTY_NOUNS})|fare cambio|fa(?:re|i|ccio|mo|ccia|cciamo|resti|reste|rebbe|remmo)? (?:a |il )?cambio|(?:mi |ci )?fa(?:i|te|resti|reste|rebbe|rebbero) (?:il |la |i )?(?:favore|piacere|cortesia) di (?:copr|sostitu|prend|ten|fa)[a-z]*|ced[aeiou][a-z]*|cedr[a-z]*|accoll[a-z]*|baratt[a-z]*|rilev[oa] io|rilevare|(?:mi dai|mi da|dammi|mi daresti) (?:la tua|il tuo|le tue|i tuoi)|(?:ti|vi) do (?:la mia|il mio|le mie|i miei)|disponibile a (?:fare|prendere|coprire|sostituir[a-z]*|tenere)|(?:se|te|ve) la sent[a-z]* di|(?:ti|vi|gli|le) (?:va|andrebbe|dispiace|dispiacerebbe|scoccia|scoccerebbe|pesa|peserebbe) di (?:fare|prendere|coprire|tenere|sostituir[a-z]*)|sostitui[a-z]*|sostituisc[a-z]*|coprirmi|copr(?:i|ite)mi|(?:fa|fara|farebbe|tiene|terra|terrebbe|copre|coprira|coprirebbe) (?:lui |lei )?(?:il |la |i |le |l' )(?:mio|mia|miei|mie) (?:${DUTY_NOUNS})|(?:il mio|la mia|i miei|le mie) (?:${DUTY_NOUNS}) (?:[a-z0-9']+ ){0,4}(?:la|lo|le|li|l') (?:fa|fara|tiene|terra|prende|prendera|copre|coprira)(?= |$)|(?:farmi|coprirmi|tenermi|prendermi) (?:il |la |i |le |l' )(?:${DUTY_NOUNS})|(?:copre|coprira|sostituisce|sostituira) me|(?:cambi|scambi|copri|prendi|tieni)(?:a|ate|ar|r)?(?:me|ce)l[oaie]|(?:mi|me) copr[a-z]*|(?:${DUTY_NOUNS}) (?:[a-z0-9']+ ){0,4}(?:me l[oaie] |mi )fa(?:i|resti|rebbe|reste|te)(?=$| )(?!${SHOWN})|darmi il cambio|dare il cambio|${OFFERED}`);

/**
 * The noun of a replacement ("chiedo la sostituzione per sabato", "si prega di provvedere alla
 * sostituzione"): weak, since an office informing of an absence asks for one as its consequence.
 */
export const replacementCue = cue('sostituzion[ei]');

/**
 * An agreement between colleagues told beside a duty ("la repe di sabato la prende la Rossi, ci siamo messi d'accordo",
 * "d'accordo con la Rossi, la fa lei"): weak, a swap only when nothing stronger is asked ("il procuratore è d'accordo,
 * pubblica gennaio").
 */
export const agreedCue = cue("ci siamo (?:gia )?(?:accordat[ie]|mess[ie] d' ?accordo|sentiti e (?:va bene|d' ?accordo))|(?:siamo|e) (?:gia |tutti e due |entrambi )?d' ?accordo|(?:gia )?d' ?accordo con (?:il|la|l'|lui|lei)|come da accordi");

