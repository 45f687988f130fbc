import { describeAbsence } from '../availability/describe-availability.ts';
import { elided, formatDayIt } from '../domain/format-day-it.ts';
import { headRoles } from '../domain/role.ts';
import { recordAudit, type Clock, type Store } from '../ports.ts';
import type { Identity } from './identity.ts';

/**
 * Who may do what, as data plus one function each. A magistrate acts only for themselves; the head of
 * office and the segreteria may act for others; only the head publishes. A refusal is a courteous
 * Italian sentence, and it is audited.
 */

export type Permission =
  | 'act_for_others'
  | 'generate_calendar'
  | 'publish_calendar'
  | 'approve'
  | 'office_status'
  | 'giada_request'
  | 'office_fairness';

type Check = (who: Identity) => boolean;

const isOfficeStaff: Check = (who) => who.isHead || (who.kind === 'staff' && who.role === 'segreteria');

const checks: Record<Permission, Check> = {
  act_for_others: isOfficeStaff,
  generate_calendar: isOfficeStaff,
  publish_calendar: (who) => who.isHead,
  approve: (who) => who.isHead,
  office_status: (who) => isOfficeStaff(who) || who.role === 'procuratore_aggiunto' || who.role === 'presidente_sezione',
  giada_request: (who) => ['procuratore', 'procuratore_aggiunto', 'sostituto', 'vpo', 'gip_gup'].includes(who.role),
  office_fairness: (who) => who.isHead,
};

/** Roles of a Tribunale, whose deputies are the section presidents, not the procuratori aggiunti. */
const TRIBUNALE_ROLES: ReadonlySet<string> = new Set(['presidente_tribunale', 'presidente_sezione', 'giudice', 'gip_gup', 'dibattimento']);

/**
 * For a procuratore or presidente who is not the head today (they left the office, have not yet taken office, or are
 * absent while the vicario acts for them), why: "Non risulti più in servizio come capo dell'ufficio (ultimo giorno di
 * servizio il 10 dicembre 2026): ", "risulti in ferie dal 7 all'11 dicembre 2026: fino al tuo rientro ".
 */
function notHeadToday(who: Identity): string {
  if (who.headAbsence) return `risulti ${describeAbsence(who.headAbsence)}: fino al tuo rientro `;
  const m = who.magistrate;
  if (!m || !headRoles.has(m.role) || who.isHead) return '';
  if (m.serviceEnd !== undefined) return `non risulti più in servizio come capo dell'ufficio (ultimo giorno di servizio ${elided('il', Number(m.serviceEnd.slice(8)))}${formatDayIt(m.serviceEnd)}): `;
  if (m.serviceStart !== undefined) return `prenderai servizio come capo dell'ufficio ${elided('il', Number(m.serviceStart.slice(8)))}${formatDayIt(m.serviceStart)}: `;
  return '';
}

/**
 * Whom a head's decision belongs to, as the one refused should read it: the vicario by name for a head in service who is
 * absent ("al vicario, Anna De Luca": that head is still in service, only away), otherwise the head in service ("solo" when
 * `emphasis` says so).
 */
function headsTask(who: Identity, emphasis: '' | 'solo '): string {
  return who.headAbsence ? `al vicario, ${who.headAbsence.vicario}` : `${emphasis}al capo dell'ufficio in servizio`;
}

/** The refusal, in words that fit the one refused: a clerk has no duties of their own, a Tribunale no procuratori aggiunti. */
const refusals: Record<Permission, (who: Identity) => string> = {
  act_for_others: (who) => (who.kind === 'staff'
    ? 'Mi dispiace, registrare o togliere le assenze dei magistrati spetta al capo dell\'ufficio e alla segreteria.'
    : 'Mi dispiace, puoi gestire solo i tuoi turni e le tue assenze: per un collega possono farlo il capo dell\'ufficio o la segreteria.'),
  generate_calendar: () => 'Mi dispiace, generare il calendario spetta al capo dell\'ufficio e alla segreteria.',
  publish_calendar: (who) => `Mi dispiace, ${notHeadToday(who)}pubblicare il calendario spetta ${headsTask(who, 'solo ')}.`,
  approve: (who) => `Mi dispiace, ${notHeadToday(who)}questa approvazione spetta ${headsTask(who, '')}.`,
  office_status: (who) => `Mi dispiace, lo stato dell'ufficio è visibile al capo dell'ufficio, ${TRIBUNALE_ROLES.has(who.role) ? 'ai presidenti di sezione' : 'ai procuratori aggiunti'} e alla segreteria.`,
  giada_request: () => 'Mi dispiace, le richieste di data per la prima udienza spettano ai magistrati del pubblico ministero e ai GIP/GUP.',
  office_fairness: (who) => `Mi dispiace, il quadro dei carichi di tutto l'ufficio è visibile solo ${TRIBUNALE_ROLES.has(who.role) || who.role === 'dibattimento' ? 'al presidente del Tribunale' : "al capo dell'ufficio"}.${who.kind === 'magistrate' ? ' Posso mostrarti il tuo: scrivi "com\'è la mia equità?".' : ''}`,
};

export function allows(who: Identity, permission: Permission): boolean {
  return checks[permission](who);
}

/** Null when allowed; otherwise the Italian refusal, after recording it in the audit log. */
export async function refusalFor(store: Store, clock: Clock, who: Identity, permission: Permission, subject: string): Promise<string | null> {
  if (allows(who, permission)) return null;
  await recordAudit(store, { at: clock.now().toISOString(), actor: who.personId, action: `chat.${permission}`, subject, refused: true, details: { role: who.role } });
  return refusals[permission](who);
}
