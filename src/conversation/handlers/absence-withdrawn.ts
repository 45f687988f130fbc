import type { Absence } from '../../domain/absence.ts';
import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import { proposeReplan } from '../../use-cases/replan-calendar.ts';
import { absenceWithArticle } from '../absence-words.ts';
import { personNameIn } from '../format-duty.ts';
import { formatPeriod } from '../format-period.ts';
import { headOf } from '../head-of.ts';
import { listSections } from '../list-sections.ts';
import { readPending } from '../pending.ts';
import type { Turn } from '../turn.ts';
import { askHeadToApprove } from './replan-approval-request.ts';
import { closeSupersededApprovals } from './absence-confirm.ts';

type Period = { from: string; to: string };

/** The periods of the office's replan proposals still awaiting the head that the withdrawn absences fall in. */
function awaitedPeriods(turn: Turn, absences: readonly DeepReadonly<Absence>[]): Period[] {
  const conversations = turn.deps.store.snapshot().conversations;
  const periods: Period[] = [];
  for (const id of Object.keys(conversations)) {
    const open = readPending(conversations, id);
    if (!open || open.kind !== 'replan_approval' || open.status !== 'open' || open.officeId !== turn.who.officeId) continue;
    const { from, to } = open.payload as Partial<Period>;
    if (!from || !to || !absences.some((a) => a.from <= to && a.to >= from)) continue;
    if (!periods.some((p) => p.from === from && p.to === to)) periods.push({ from, to });
  }
  return periods;
}

/**
 * Absences withdrawn while a replan proposal of their calendar awaits the head's approval: the proposal is made again on
 * the absences still known (it replaces the waiting one; with none left every duty stays as published), and the head
 * gets the new one to approve, instead of one that would move duties for an absence that no longer exists. Returns
 * the lines for the writer (none when no proposal was waiting or the waiting one still fits).
 */
export async function replanAfterWithdrawal(turn: Turn, absences: readonly DeepReadonly<Absence>[]): Promise<string[]> {
  const head = headOf(turn.config);
  if (!head || absences.length === 0) return [];
  const { store, clock, notifier } = turn.deps;
  const magistrateId = absences[0]!.magistrateId;
  const name = personNameIn(turn.config, magistrateId);
  const self = magistrateId === turn.who.personId;
  const what = absences.map((a) => `${absenceWithArticle(a.type)}${self ? '' : ` di ${name}`} ${formatPeriod(turn.today, a.from, a.to)}`).join(' e ');
  // "Mario Rossi ha ritirato le ferie dal 3 al 10 dicembre.", or "Giulia Ferraro ha ritirato le ferie di Mario Rossi …".
  const said = `${turn.who.displayName} ha ritirato ${what}.`;
  const lines: string[] = [];
  for (const period of awaitedPeriods(turn, absences)) {
    const calendar = `calendario ${formatPeriod(turn.today, period.from, period.to)}`;
    const replan = await proposeReplan(store, clock, { officeId: turn.who.officeId, ...period }, turn.who.personId);
    if (!replan.ok) {
      await notifier.send({
        to: { kind: 'magistrate', officeId: turn.who.officeId, magistrateId: head },
        text: `${said} La proposta di ripianificazione del ${calendar}, ancora da approvare, va rivista: ${replan.message}`,
        key: `absence-withdrawn:${absences[0]!.id}:${period.from}`,
      });
      lines.push(`Ho avvisato il capo dell'ufficio che la proposta di ripianificazione del ${calendar} va rivista.`);
      continue;
    }
    if (!replan.version || replan.supersedes === null) continue;
    await closeSupersededApprovals(turn, turn.who.officeId, period, replan.supersedes, replan.version.number);
    const body = replan.diff.changes.length === 0
      ? [{ lines: [`La proposta provvisoria ${replan.supersedes} non serve più: nella versione provvisoria ${replan.version.number}, che la sostituisce, ogni turno resta com'è nel calendario pubblicato. Approvandola chiudi la revisione senza spostare nessun turno.`] }]
      : listSections(replan.lines.slice(0, -1));
    await askHeadToApprove(turn, {
      officeId: turn.who.officeId, head, period, versionNumber: replan.version.number, absenceId: absences[0]!.id, magistrateId,
      supersedes: replan.supersedes, title: 'Assenza ritirata: proposta di ripianificazione aggiornata', sections: [{ lines: [said] }, ...body],
      text: `${said} Proposta di ripianificazione aggiornata da approvare, che sostituisce la proposta provvisoria ${replan.supersedes}.`,
    });
    lines.push(`Ho inviato al capo dell'ufficio la proposta di ripianificazione aggiornata del ${calendar}, che sostituisce quella ancora da approvare.`);
  }
  return lines;
}
