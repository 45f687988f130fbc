import type { Understanding } from './understanding/index.ts';
import { refusalFor } from './permissions.ts';
import { resolveColleague } from './resolve-colleague.ts';
import type { Turn } from './turn.ts';

export type Target = { ok: true; magistrateId: string; name: string; self: boolean } | { ok: false; message: string; refused: boolean };

/**
 * Whom an action is for: the writer, or the colleague they named — which only the head and the
 * segreteria may do (a refusal is audited). Staff must name someone.
 */
export async function targetOf(turn: Turn, u: Pick<Understanding, 'magistrate'>, action: string): Promise<Target> {
  if (!u.magistrate) {
    if (turn.who.kind === 'staff') return { ok: false, refused: false, message: 'Per quale magistrato? Scrivi anche il cognome, per esempio: "ferie per Rossi dal 3 al 7 marzo".' };
    return { ok: true, magistrateId: turn.who.personId, name: turn.who.displayName, self: true };
  }
  const found = resolveColleague(turn, u.magistrate);
  if (!found.ok) return { ok: false, refused: false, message: found.message };
  const self = found.magistrate.id === turn.who.personId;
  if (!self) {
    const refusal = await refusalFor(turn.deps.store, turn.deps.clock, turn.who, 'act_for_others', `${action}:${found.magistrate.id}`);
    if (refusal) return { ok: false, refused: true, message: refusal };
  }
  return { ok: true, magistrateId: found.magistrate.id, name: `${found.magistrate.name} ${found.magistrate.surname}`, self };
}
