import type { AbsenceType } from '../../domain/absence.ts';
import { DIAGNOSTIC_EXAMS, DISEASES, DOCTOR_REST, ELECTION_DUTY, FEVER, LEAVE_PERMIT, SPECIALISTS, SPECIALTY_ADJECTIVES } from './intent-cues-absence.ts';
import type { SpokenServiceKind } from './understanding.ts';

/**
 * The words that name a service kind or an absence type, as patterns on the normalised text
 * (lower case, no accents). When several are present the earliest in the sentence wins.
 */
export interface Keyword<T> {
  value: T;
  pattern: RegExp;
}

const words = <T>(value: T, source: string): Keyword<T> => ({ value, pattern: new RegExp(`\\b(?:${source})\\b`) });

export const serviceKeywords: readonly Keyword<SpokenServiceKind>[] = [
  // "l'udienza di convalida", "le udienze di convalida del fermo": the hearing of the arrests' turn, not a hearing of the calendar.
  words('arrestati', "turn[oi] (?:degli |per gli |di |dei )?arrest[io]|arrestat[oi]|arresti|direttissim[ae]|udienz[ae] (?:di |della |delle |per la |per le )?convalid[ae]|convalid[ae]"),
  words('assegnazione', "turn[oi] (?:di |dell' |delle |per l' |per le )?assegnazion[ei]|assegnazion[ei]|affari(?: nuovi)?"),
  words('reperibilita', 'turn[oi] estern[oi]|pronta disponibilita|reperibil[a-z]*|repe|rep'),
  words('udienza', 'udienz[ae]'),
];

/**
 * Absence types by the words that name them ("ferie", "malattia", "congedo", "corso"): when one is
 * written it decides, whatever other signs the sentence gives ("ho il bambino con la febbre, prendo
 * congedo" is a congedo).
 */
export const absenceKeywords: readonly Keyword<AbsenceType>[] = [
  words('ferie', 'ferie|vacanz[ae]|settimana bianca|giorn[oi] liber[oi]|(?:faccio|fare|faro|facciamo) (?:il )?ponte'),
  words('malattia', "(?:motivi|ragioni) di salute|per salute|malat[oaie]|malatti[ae]|ammalat[oaie]|influenz[a-z]*|indispost[oa]|indisposizione|in mutua|certificato medico"),
  words('congedo', `congedo|${LEAVE_PERMIT}|maternita|paternita|parentale|legge 104|104|aspettativa`),
  // "in corso", "nel corso di" (ongoing, during: "nella settimana in corso") name no course.
  words('formazione', "incontr[oi] di studio|relat(?:ore|rice)|docenza|(?<!(?:^| )(?:in|nel) )cors[oi]|formazione|ssm|scuola superiore(?: della magistratura)?|convegn[oi]|seminari[oi]|aggiornamento"),
  words('altro', `fuori (?:sede |ufficio )?per (?:lavoro|servizio)|motivi personali|motivi di famiglia|motivi familiari|lutto|missione|trasferta|altro motivo|altra assenza|assenza per altro|${ELECTION_DUTY}`),
];

/**
 * Being away, no reason given ("fuori sede"): of type "altro" only when no type is named ("scrivo per la dott.ssa Lombardi, fuori
 * sede: segnatele ferie" asks ferie). "fuori sede per formazione / per un corso" is training: the reason after it names the type.
 */
export const awayKeywords: readonly Keyword<AbsenceType>[] = [
  words('altro', "fuori sede(?! per (?:(?:un |una |il |la |l' )?(?:formazione|cors[oi]|convegn[oi]|seminari[oi]|aggiornamento|docenza|incontr[oi] di studio)))"),
];

/** Signs of an absence type that do not name it (symptoms, a funeral): they decide only when no type is named. */
export const absenceSigns: readonly Keyword<AbsenceType>[] = [
  words('malattia', `${DISEASES}|${DOCTOR_REST}|febbre|sto male|sta male|stanno male|(?:sta|stanno) (?:poco bene|malissimo)|vomit[a-z]*|bloccat[oa] (?:con |per |alla )?la schiena|(?:schiena|collo|ginocchio|caviglia) bloccat[oa]|sto (?:da cani|malissimo|uno schifo|a pezzi)|dolor[ei] (?:a|al|alla|alle|ai|di)|covid|positiv[oa] al|tampone|bronchite|polmonite|otite|cistite|lombalgia|sciatica|vertigini|diarrea|gastrite|colica|appendicite|pronto soccorso|convalescenza|prognosi|infortunat[oa]|mi sento (?:male|uno straccio|a pezzi|poco bene|debole)|non mi sento bene|(?:sto|sono) (?:poco bene|maluccio|malino)|non sto (?:bene|benissimo)|a letto con|${FEVER}|mi (?:operano|opero|devo operare)|operazione|intervento chirurgico|operat[oa] (?:al|alla|allo|agli|alle|di|d')|sotto i ferri|mi sono (?:rott|fatt[oa] male|slogat)[a-z]*|distorsione|ingessat[oa]|schiena bloccata|colpo della strega|non riesc[a-z]* (?:a|ad) (?:alzarmi|muovermi|camminare)|nausea|mal di (?:testa|pancia|stomaco|gola|schiena|denti)|raffreddat[oa]|raffreddore|tosse|emicrania|gastroenterite|intossicazione|infortuni[oa]|frattura|visit[ae](?: [a-z']+){0,2} (?:medic|specialistic|ospedal|clinic|controllo|dentist)[a-z]*|(?:visit[ae]|controll[oi]|esam[ei]|consulenz[ae]) (?:[a-z']+ ){0,1}${SPECIALTY_ADJECTIVES}|${DIAGNOSTIC_EXAMS}|(?:dal|dalla|dall') (?:medico|dentista|${SPECIALISTS})|(?:ho|avro|c' ho) (?:il|un|l') (?:medico|dentista|oculista|cardiologo|ortopedico|fisioterapista|esame)|visit[ae] (?:[a-z']+ ){0,2}(?:${SPECIALISTS})|in ospedale|ricover[a-z]*|esam[ei] (?:medic|clinic|del sangue|diagnostic)[a-z]*|analisi (?:del sangue|clinich)[a-z]*`),
  // Caring for children at home without an illness ("la scuola di mio figlio è chiusa", "resto a casa coi bambini").
  words('congedo', "(?:scuola|asilo|nido|materna|elementari) (?:[a-z']+ ){0,4}(?:chius[oae]|in sciopero)|sciopero (?:della |dell' |del |delle )?(?:scuola|asilo|nido|maestre|insegnanti)|(?:con|coi|col) (?:i |il |la |le |l' )?(?:mio |mia |miei |mie )?(?:figli[oae]?|bambin[oiae]|bimb[oiae]|piccol[oiae]|pup[oiae]|regazzin[oiae]|ragazzin[oiae])(?= |$)"),
  // Called as a witness ("devo testimoniare in una causa", "sono citato come teste", "devo deporre a Perugia"): a civic duty.
  words('altro', "testimoni(?:are|ero|o|anza)|(?:come|da|quale|sono|saro|faccio il|faro il|faccio da|faro da) (?:teste|testimone)|deporre|recupero|riposo compensativo|giorn[oi] di (?:riposo|recupero)|funeral[ei]|esequie|trasloco|matrimoni[oa]|nozze|battesim[oi]|(?:prima )?comunione|cresima|(?:impegn[oi]|esigenz[ae]|ragion[ei]|question[ei]|problem[ai]) (?:familiar|personal|privat|di famiglia)[a-z]*|motivi privati|elezion[ei]|votazion[ei]|ballottaggi[o]?|referendum|consultazion[ei] elettoral[ei]|(?:a )?votare"),
];

/**
 * A relative who is ill ("mio figlio ha la febbre", "il bambino malato", "malattia del figlio", "er regazzino
 * malato", "il piccolino con la febbre", "mi' fija c'ha la febbre"): the writer stays home to care for
 * them, a congedo, not their own illness. Not "ragazzi" alone, which calls the colleagues ("ragazzi tengo la
 * febbre").
 */
const RELATIVE = "figli[oae]?|(?:ragazz|regazz)in[oiae]|(?:figliol|bambin|bimb|pup|pargol|piccol|creatur)(?:in|ett|ucci|ol|olin)?[oiae]|mamma|madre|padre|papa|marito|moglie|compagn[oa]|nonn[oa]|suocer[oa]|genitor[ei]";
const ILL = `${DISEASES}|bronchite|polmonite|otite|gastroenterite|covid|positiv[oa] al|tosse|raffreddore|vomit[a-z]*|virus|malat[oaie]|malatti[ae]|febbre|influenz[a-z]*|sta male|in ospedale|ricoverat[oa]|con la (?:febbre|tosse|influenza)`;
/** Taking a relative somewhere ("accompagno mia madre al Gemelli per un controllo", "devo portare mio padre a fare gli esami"): a congedo too. */
const ACCOMPANY = `(?:accompagn(?:o|are|ero|erei)|porto|portare)(?: (?:il|la|i|le|mio|mia|miei|mie))* (?:${RELATIVE})`;
const RELATIVE_ILL = new RegExp(`\\b(?:${ACCOMPANY}|(?:${RELATIVE})(?: [a-z']+){0,3} (?:${ILL})|(?:${ILL})(?: [a-z']+){0,2} (?:del|della|di mio|di mia|dei|delle|mio|mia) (?:${RELATIVE}))\\b`);

export interface KeywordMatch<T> {
  value: T;
  index: number;
  text: string;
}

/** The keyword found earliest in `text`, or null. */
export function findEarliest<T>(text: string, table: readonly Keyword<T>[]): KeywordMatch<T> | null {
  let best: KeywordMatch<T> | null = null;
  for (const keyword of table) {
    const match = keyword.pattern.exec(text);
    if (match && (best === null || match.index < best.index)) best = { value: keyword.value, index: match.index, text: match[0] };
  }
  return best;
}

export function findService(text: string): KeywordMatch<SpokenServiceKind> | null {
  return findEarliest(text, serviceKeywords);
}

/** True when two or more absence types are named ("ferie e malattie comprese"): no single type is meant. */
export function namesSeveralAbsenceTypes(text: string): boolean {
  return new Set([...absenceKeywords, ...awayKeywords].filter((k) => k.pattern.test(text)).map((k) => k.value)).size > 1;
}

/** The absence type: a named one (earliest), being away ("fuori sede"), a relative's illness as a congedo, or a sign of one. */
export function findAbsenceType(text: string): KeywordMatch<AbsenceType> | null {
  const relativeIll = RELATIVE_ILL.exec(text);
  const unrelated = relativeIll ? text.replace(relativeIll[0], ' '.repeat(relativeIll[0].length)) : text;
  const named = findEarliest(unrelated, absenceKeywords) ?? findEarliest(unrelated, awayKeywords);
  if (named) return named;
  if (relativeIll) return { value: 'congedo', index: relativeIll.index, text: relativeIll[0] };
  return findEarliest(text, absenceSigns);
}
