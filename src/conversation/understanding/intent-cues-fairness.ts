import { cue } from './intent-cue.ts';

/**
 * Questions about fairness: one's own load against one's target (the Calendar's fairness report at a Procura, the
 * GIADA weights at a Tribunale), and the whole office's. The words are normalised (no accents, "l' equita").
 */

/** What a load is called ("carico", "obiettivo", "equità"). */
const LOAD_WORDS = "equita|carico|carichi|obiettivo|scarto|squilibrio|equilibrio";
/** What a Tribunale counts ("fascicoli", "procedimenti", "processi"). */
const CASE_WORDS = "fascicoli|procedimenti|processi|affari|cause";

/**
 * One's own load: "com'è la mia equità?", "il mio carico GIADA", "quanto carico ho rispetto agli altri?", "sono in linea
 * con il mio obiettivo?", "quanti fascicoli mi sono stati assegnati?", "sono trattato equamente?".
 */
export const ownFairnessCue = cue([
  `(?:la )?mia (?:equita|quota)`,
  // "le udienze a mio carico" are those assigned to me, not my load.
  `il mio (?:carico|obiettivo|scarto)|(?<!(?:^|\\s)a\\s)mio (?:carico|obiettivo|scarto)`,
  `i miei carichi`,
  `(?:quanto|che|quale) carico (?:di lavoro )?(?:ho|abbia|avro|mi (?:spetta|tocca|e stato (?:dato|assegnato)))`,
  `(?:sono|resto|rimango) (?:in linea|al passo|sopra|sotto|oltre|avanti|indietro) (?:con |rispetto (?:al|all') |al |all' )?(?:il mio |l' |mio )?obiettivo`,
  `(?:quant[ie]|che numero di) (?:${CASE_WORDS}) (?:mi )?(?:sono stati|ho|hanno|mi hanno) (?:assegnat|ricevut|avut|dat)[a-z]*`,
  `(?:ho|faccio) (?:piu|meno) (?:turni|carico|lavoro|${CASE_WORDS}) (?:(?:degli|dei|rispetto agli|rispetto ai|in confronto agli|in confronto ai) (?:altri|colleghi))`,
  `(?:sono|vengo) trattat[oa] (?:equamente|in modo equo)`,
].join('|'));

/** "carico … rispetto agli altri": a load compared with the colleagues', said of oneself by "ho", "mio", "me". */
export const comparedLoadCue = cue(`rispetto (?:agli altri|ai colleghi|alla media)|in confronto (?:agli altri|ai colleghi)`);
const word = (source: string) => `(?:^|\\s)(?:${source})(?=$|\\s)`;
/** Both a load word and the writer ("ho", "mio", "me"), anywhere: what makes a comparison one's own load. */
export const ownLoadWords = new RegExp(`^(?=.*${word(`${LOAD_WORDS}|turni|lavoro|${CASE_WORDS}`)})(?=.*${word('ho|mio|mia|miei|me|io|mi')})`);

/**
 * The whole office's: "equità del calendario", "come sono distribuiti i procedimenti?", "i carichi dell'ufficio",
 * "la distribuzione dei turni tra i colleghi".
 */
export const officeFairnessCue = cue([
  `(?:l' )?equita (?:del calendario|dei turni|dell' ufficio|della procura|del tribunale|tra (?:i )?colleghi|di tutti|complessiva|generale|dei carichi)`,
  `come (?:sono|vengono|sono stati) (?:distribuiti|ripartiti|divisi|assegnati) (?:i |gli |le )?(?:${CASE_WORDS}|turni|carichi)`,
  `(?:distribuzione|ripartizione|suddivisione) (?:dei|delle|degli) (?:${CASE_WORDS}|turni|carichi)`,
  `(?:i )?carichi (?:di lavoro )?(?:dell' ufficio|di tutti|dei colleghi|della procura|del tribunale|delle sezioni|dei giudici|dei magistrati)`,
  `(?:report|prospetto|quadro|rapporto) (?:dell' |sull' |di |della )?(?:equita|carichi)`,
].join('|'));
