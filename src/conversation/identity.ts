import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { Magistrate } from '../domain/magistrate.ts';
import type { CivilDay } from '../domain/civil-day.ts';
import { roleLabels, type Role } from '../domain/role.ts';
import { headOnDay } from './head-of.ts';
import type { Absence } from '../domain/absence.ts';
import { staffRoleLabels, type StaffMember, type StaffRole } from '../domain/staff.ts';
import type { StoreState } from '../domain/store-state.ts';
import type { ChatIdentities } from '../domain/magistrate.ts';

export type ChatPlatform = 'slack' | 'teams' | 'console';

/**
 * Who wrote, as the platform knows them: a Slack member id, a Teams (Entra) object id, or for the
 * console the person's id in the office file. An e-mail, when the platform gives one, is a fallback.
 */
export interface ChatUser {
  platform: ChatPlatform;
  id: string;
  email?: string;
}

/** A chat user recognised as a person of an office. */
export interface Identity {
  officeId: string;
  personId: string;
  /** "Maria Esposito". */
  displayName: string;
  surname: string;
  kind: 'magistrate' | 'staff';
  role: Role | StaffRole;
  /** "sostituto procuratore", "segreteria". */
  roleLabel: string;
  /** Acts as head of office today: the procuratore or presidente del Tribunale in service, or the vicario standing in. */
  isHead: boolean;
  /** For the head in service who is absent today while the vicario acts for them: the absence and the vicario's name. */
  headAbsence?: Pick<Absence, 'type' | 'from' | 'to'> & { vicario: string };
  magistrate: DeepReadonly<Magistrate> | null;
  staff: DeepReadonly<StaffMember> | null;
}

function matches(chat: DeepReadonly<ChatIdentities>, user: ChatUser): boolean {
  if (user.platform === 'slack' && chat.slackUserId === user.id) return true;
  if (user.platform === 'teams' && chat.teamsAadObjectId !== undefined && chat.teamsAadObjectId.toLowerCase() === user.id.toLowerCase()) return true;
  return user.email !== undefined && chat.email !== undefined && chat.email.toLowerCase() === user.email.toLowerCase();
}

/** The person a chat user is, across the offices in the store, with their rights on `day`; null when nobody matches. */
export function identify(state: DeepReadonly<StoreState>, user: ChatUser, day: CivilDay): Identity | null {
  for (const config of Object.values(state.offices)) {
    const officeId = config.office.id;
    for (const m of config.magistrates) {
      if ((user.platform === 'console' && m.id === user.id) || matches(m.chat, user)) {
        const head = headOnDay(config, day, state.absences);
        const away = head?.absentHead?.magistrateId === m.id ? head.absentHead : undefined;
        const vicario = away ? config.magistrates.find((x) => x.id === head!.magistrateId) : undefined;
        return {
          officeId, personId: m.id, displayName: `${m.name} ${m.surname}`, surname: m.surname, kind: 'magistrate', role: m.role,
          roleLabel: roleLabels[m.role], isHead: head?.magistrateId === m.id, magistrate: m, staff: null,
          ...(away && vicario ? { headAbsence: { type: away.type, from: away.from, to: away.to, vicario: `${vicario.name} ${vicario.surname}` } } : {}),
        };
      }
    }
    for (const s of config.staff) {
      if ((user.platform === 'console' && s.id === user.id) || matches(s.chat, user)) {
        return {
          officeId, personId: s.id, displayName: `${s.name} ${s.surname}`, surname: s.surname, kind: 'staff', role: s.role,
          roleLabel: staffRoleLabels[s.role], isHead: false, magistrate: null, staff: s,
        };
      }
    }
  }
  return null;
}

const platformLabels: Record<ChatPlatform, string> = { slack: 'Slack', teams: 'Microsoft Teams', console: 'della console' };

/** What an unrecognised user is told: how to be enabled, and nothing else. */
export function unknownUserLines(user: ChatUser): string[] {
  const account = user.platform === 'console' ? 'Non trovo nessuna persona con questo identificativo nella configurazione degli uffici.' : `Non riconosco il tuo account ${platformLabels[user.platform]} (${user.id}).`;
  return [
    account,
    'turnario risponde ai magistrati e al personale registrati nella configurazione del proprio ufficio.',
    user.platform === 'console'
      ? 'Scegli una persona dell\'ufficio, per esempio con --as seguito dal cognome.'
      : `Per essere abilitato chiedi alla segreteria di aggiungere questo identificativo alla tua scheda (campo "chat"), poi scrivimi di nuovo.`,
  ];
}
