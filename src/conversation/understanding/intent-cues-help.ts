import { cue } from './intent-cue.ts';

/** Asking how to do something ("non ho capito come si segnano le ferie"): help, whatever the action named. */
export const HOW_TO = "non (?:ho (?:ben |bene |ancora |mica |proprio )?capito|so(?: bene| ancora)?|capisco(?: bene)?|riesco a capire) come|(?:mi )?spieg(?:hi|a|ami|ate|atemi|heresti) (?:come|un po'|cosa|che cosa)|mi spieghi$|spiegami$";
/**
 * Asking how to do an action ("come faccio a chiedere uno scambio dal bot?", "come si fa a segnare le ferie?"):
 * help, unless the action is getting the calendar link ("come faccio ad avere i turni sul telefono").
 */
export const howToDoCue = cue("come (?:faccio|si fa|fare|facciamo) (?:a|ad)|come (?:posso|si puo|devo|si deve|bisogna)");
/**
 * What can be asked here, in the impersonal and passive forms of an office ("si chiede quali operazioni
 * possono essere richieste", "che tipo di richieste si possono fare?", "quali cose posso chiedere").
 */
const WHAT_CAN_BE_ASKED = "(?:quali|che|che tipo di|che tipi di|che genere di|quale tipo di) (?:operazioni|richieste|domande|funzioni|funzionalita|comandi|cose|servizi|attivita|pratiche) (?:[a-z']+ )?(?:si )?(?:possono|posso|possiamo|puo|si puo|potrei|e possibile|sono) (?:essere )?(?:fa|chied|richied|richiest|chiest|effettu|svol|inoltr|formul|gestit|gestir|present|invi|trattat|ammess)[a-z]*";

/** How to do something, what to write or ask ("cosa devo scrivere", "che si può chiedere qua?", "che ti si può domandare?"). */
export const howToCue = cue(HOW_TO + `|(?:che |che cosa |cosa )(?:(?:ti |vi |gli |le )?si |ti |vi |gli |le )?(?:devo|posso|possiamo|bisogna|si deve|puo|possono|dovrei|potrei) (?:scriver|chieder|domandar|dir|digitar)(?:e|ti|vi|gli|le)|come (?:devo|posso|si deve) (?:scrivere|chiedere)|che comandi|(?:in che modo|in quale modo|come) (?:devo|debba|dovrei|posso|possa|potrei|si deve|si debba|si possono|vanno|bisogna) (?:formulare|porre|impostare|inoltrare|presentare|redigere)|(?:quali|che) (?:funzioni|funzionalita|servizi) (?:offr|fornisc|svolg|ha|hai|mett)[a-z]*|${WHAT_CAN_BE_ASKED}`);

/** The formulas closing a formal letter ("Con osservanza.", "Con ossequi", "In fede"): a courtesy, like "cordiali saluti". */
export const CLOSING_FORMULAS = "con (?:osservanza|ossequi|ossequio|deferenza|stima|i migliori saluti)|ossequi|in fede|distinti saluti";

/** What turnario can do (any person: "cosa sai fare", "'sto coso che sa fa'?"), greetings, thanks, wishes, small talk. */
export const courtesyCue = cue(`aiuto|help|aiutami|(?:mi )?aiut(?:i|eresti|armi|atemi)|salut(?:are|arti|arvi|arla|o tutti)|ci sei|come (?:posso|si puo|devo|dovrei) (?:usar|utilizzar)[a-z]*|(?:a )?(?:che|cosa) serv(?:e|i)|(?:che )?cos[ae] (?:gli|ti|le|vi) (?:posso|si puo|possiamo) (?:chiedere|domandare|scrivere)|(?:che |che cosa |cosa )(?:sai|sa|sapete|puoi|puo|potete) fa(?:re)?(?= |$)|(?:che )?cos[ae] (?:posso|si puo|possiamo) (?:chieder|domandar|scriver)(?:e|ti|le|vi|gli)|(?:che )?cos[ae] (?:posso|si puo) fare|^che (?:posso|si puo|possiamo) fare(?: (?:qui|con te|con questo|con questa app|con il bot|con turnario))?$|usarti|mi presento|sono (?:il nuovo|la nuova|nuov[oa](?: (?:qui|in ufficio|arrivat[oa]))?|appena arrivat[oa]|arrivat[oa] (?:oggi|ieri|da poco|in ufficio))|da dove (?:parto|comincio|inizio|partire|cominciare|iniziare)|come (?:funziona|si usa|si utilizza|ti uso|ti si usa|funzioni)|(?:funzioni|funzionalita|opzioni) (?:disponibili|a disposizione)|buon (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|inizio settimana)(?= a tutti| ragazzi| colleghi| $|$)|istruzioni|comandi|esempi[o]?|grazie|ringrazi[a-z]*|thx|thanks|buon (?:pomeriggio|lavoro|fine settimana|weekend)|come va|come stai|che fai|brav[oa]|goditi|godetevi|goditel[aei]|riposati|riposatevi|bravissim[oa]|ottimo|tutto bene|buon lavoro|ciao|buongiorno|buonasera|buondi|saluti|cordialita|cordialmente|${CLOSING_FORMULAS}|un saluto|buona settimana|buon inizio|buona domenica|complimenti|ci sentiamo|a dopo|bentornat[oa]|benvenut[oa]|buonanotte|buona (?:notte|serata|giornata)|arrivederci|a presto|salve|ok|okay|perfetto|gentil[a-z]*|a posto|tutto chiaro|va bene|menu|che (?:mi )?racconti|come te la passi|ehi|ehila|hey|scus[a-z]* (?:per )?il disturbo|ci vediamo(?! (?:(?:al|alla|allo|a|per|dopo|prima del(?:la)?) )?(?:il |la |un |una )?(?:pranzo|cena|aperitivo|caffe|festa|brindisi|pizza|colazione|rinfresco))|lascia(?:mo)? (?:perdere|stare)|va be|vabbe|d' accordo|ricevuto|augur[a-z]*|buon[ea]? (?:vacanz[ae]|ferie|riposo|rientro)|buon anno|buone feste|buon natale|buona pasqua|felice anno nuovo`);
