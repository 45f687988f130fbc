import { cue } from './intent-cue.ts';

/** Asking how to do something ("non ho capito come si segnano le ferie"): help, whatever the action named. */
export const HOW_TO = "non (?:ho capito|so|capisco|riesco a capire) come|(?:mi )?spieg(?:hi|a|ami|ate|atemi|heresti) (?:come|un po')|mi spieghi$|spiegami$";
/** How to do something, what to write. */
export const howToCue = cue(HOW_TO + "|(?:che |che cosa |cosa )(?:devo|posso|bisogna|si deve|dovrei) (?:scrivere|chiedere|dire|digitare)|come (?:devo|posso|si deve) (?:scrivere|chiedere)|che comandi");

/** What turnario can do, greetings, thanks, wishes, small talk. */
export const courtesyCue = cue("aiuto|help|aiutami|(?:a )?(?:che|cosa) serv(?:e|i)|(?:che )?cosa (?:gli|ti|le|vi) (?:posso|si puo|possiamo) (?:chiedere|domandare|scrivere)|cosa (?:sai|puoi) fare|che (?:cosa )?(?:sai|puoi) fare|(?:che )?cosa (?:posso|si puo) (?:chiederti|chiedere|domandarti|domandare|scriverti|scrivere|fare)|come (?:posso )?usarti|come (?:funziona|si usa|ti uso|funzioni)|istruzioni|comandi|esempi|grazie|ringrazio|thx|thanks|buon (?:pomeriggio|lavoro|fine settimana|weekend)|come va|come stai|che fai|brav[oa]|bravissim[oa]|ottimo|tutto bene|buon lavoro|ciao|buongiorno|buonasera|buondi|saluti|cordialita|cordialmente|un saluto|buona settimana|buon inizio|buona domenica|complimenti|ci sentiamo|a dopo|bentornat[oa]|benvenut[oa]|buonanotte|buona (?:notte|serata|giornata)|arrivederci|a presto|salve|ok|okay|perfetto|gentil[a-z]*|a posto|tutto chiaro|va bene|menu|che (?:mi )?racconti|come te la passi|ehi|ehila|hey|scus[a-z]* (?:per )?il disturbo|ci vediamo|lascia(?:mo)? (?:perdere|stare)|va be|vabbe|d' accordo|ricevuto|augur[a-z]*|buon[ea]? (?:vacanz[ae]|ferie|riposo|rientro)|buon anno|buone feste|buon natale|buona pasqua|felice anno nuovo");
