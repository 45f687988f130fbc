import { requestTypeLabels, type GiadaProfile, type RequestType } from '../domain/giada.ts';

/** What each GIADA action is, in Italian, for refusals. */
export type GiadaAction = 'request' | 'reassign' | 'cancel' | 'join' | 'backfill' | 'configure';

const actionWords: Record<GiadaAction, string> = {
  request: 'chiedere la fissazione della prima udienza',
  reassign: 'riassegnare un processo',
  cancel: "annullare un'assegnazione",
  join: 'registrare una riunione di processi',
  backfill: "inserire un'assegnazione del turno cartaceo",
  configure: 'modificare la configurazione di GIADA',
};

const profileWords: Record<GiadaProfile, string> = {
  pm: 'Il profilo PM',
  gip: 'Il profilo GIP/GUP',
  dibattimento: "Il profilo dell'ufficio del dibattimento",
};

/** The request types each profile may file: the PM the direct summons, the GIP/GUP the other three. */
const requestTypesByProfile: Record<GiadaProfile, readonly RequestType[]> = {
  pm: ['citazione_diretta'],
  gip: ['rinvio_a_giudizio', 'giudizio_immediato', 'opposizione_decreto_penale'],
  dibattimento: [],
};

/** The request types a profile may file, in the order of `requestTypes`. */
export function listRequestTypesFor(profile: GiadaProfile): readonly RequestType[] {
  return requestTypesByProfile[profile];
}

/** The GIADA profile a magistrate files requests with: GIP/GUP for the gip_gup role, PM for every other. */
export function giadaProfileForRole(role: string): GiadaProfile {
  return role === 'gip_gup' ? 'gip' : 'pm';
}

/**
 * Null when `profile` may do `action` (for a request, of `type`); otherwise the Italian refusal. Only the
 * Dibattimento office configures, reassigns, cancels, joins and backfills; only PM and GIP/GUP request.
 */
export function checkPermission(profile: GiadaProfile, action: GiadaAction, type?: RequestType): string | null {
  if (action === 'request') {
    const allowed = requestTypesByProfile[profile];
    if (type !== undefined && allowed.includes(type)) return null;
    if (allowed.length === 0) {
      return `${profileWords[profile]} non può ${actionWords.request}: le richieste partono dal PM (citazione diretta) o dal GIP/GUP (rinvio a giudizio, giudizio immediato, opposizione a decreto penale).`;
    }
    const label = type === undefined ? 'questo tipo di richiesta' : `una richiesta di ${requestTypeLabels[type]}`;
    return `${profileWords[profile]} non può presentare ${label}: può chiedere solo ${allowed.map((t) => requestTypeLabels[t]).join(', ')}.`;
  }
  if (profile === 'dibattimento') return null;
  return `${profileWords[profile]} non può ${actionWords[action]}: è una funzione riservata all'ufficio del dibattimento.`;
}
