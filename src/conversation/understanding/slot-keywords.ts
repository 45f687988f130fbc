import type { AbsenceType } from '../../domain/absence.ts';
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
  words('arrestati', "turn[oi] (?:degli |per gli |di |dei )?arrest[io]|arrestat[oi]|arresti|direttissim[ae]|convalid[ae]"),
  words('assegnazione', "turn[oi] (?:di |dell' |delle |per l' |per le )?assegnazion[ei]|assegnazion[ei]|affari(?: nuovi)?"),
  words('reperibilita', 'turn[oi] estern[oi]|reperibil[a-z]*|repe'),
  words('udienza', 'udienz[ae]'),
];

export const absenceKeywords: readonly Keyword<AbsenceType>[] = [
  words('ferie', 'ferie|vacanz[ae]|settimana bianca'),
  words('malattia', "motivi di salute|per salute|malat[oaie]|malattia|ammalat[oaie]|influenz[a-z]*|febbre|sto male|sta male|stanno male|indispost[oa]|indisposizione|vomit[a-z]*|bloccat[oa] la schiena|(?:schiena|collo|ginocchio|caviglia) bloccat[oa]|sto (?:da cani|malissimo|uno schifo|a pezzi)|dolor[ei] (?:a|al|alla|alle|ai|di)|influenzat[oa]|covid|positiv[oa] al|tampone|bronchite|polmonite|otite|cistite|lombalgia|sciatica|vertigini|diarrea|gastrite|colica|appendicite|pronto soccorso|convalescenza|prognosi|infortunat[oa]|mi sento (?:male|uno straccio|a pezzi|poco bene|debole)|non mi sento bene|a letto con|con (?:la febbre a )?(?:37|38|39|40)(?: e mezzo)?(?: di febbre)?|mi (?:operano|opero|devo operare)|operazione|intervento chirurgico|operat[oa] (?:al|alla|allo|agli|alle|di|d')|sotto i ferri|mi sono (?:rott|fatt[oa] male|slogat)[a-z]*|distorsione|ingessat[oa]|schiena bloccata|colpo della strega|non riesc[a-z]* (?:a|ad) (?:alzarmi|muovermi|camminare)|nausea|mal di (?:testa|pancia|stomaco|gola|schiena|denti)|raffreddat[oa]|raffreddore|tosse|emicrania|gastroenterite|intossicazione|infortuni[oa]|frattura|certificato medico|visit[ae](?: [a-z']+){0,2} (?:medic|specialistic|ospedal|clinic|controllo|dentist)[a-z]*|dal (?:medico|dentista)|in ospedale|covid|ricover[a-z]*|in mutua"),
  words('congedo', "congedo|permess[oi]|maternita|paternita|parentale|legge 104|104|aspettativa"),
  words('formazione', "cors[oi]|formazione|ssm|scuola superiore(?: della magistratura)?|convegn[oi]|seminari[oi]|aggiornamento"),
  words('altro', "fuori (?:sede |ufficio )?per (?:lavoro|servizio)|fuori sede|funeral[ei]|esequie|trasloco|motivi personali|motivi di famiglia|motivi familiari|lutto|missione|trasferta|altro motivo|altra assenza|assenza per altro"),
];

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

export function findAbsenceType(text: string): KeywordMatch<AbsenceType> | null {
  return findEarliest(text, absenceKeywords);
}
