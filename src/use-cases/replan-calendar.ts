import { formatRangeIt } from '../domain/format-day-it.ts';
import { fairnessHistoryFrom } from '../calendar/fairness-history.ts';
import { replanCalendar } from '../calendar/replan.ts';
import { replanBase } from '../calendar/replan-base.ts';
import { describeBrokenContinuation } from '../calendar/continuation-text.ts';
import { actionOfVersion } from '../calendar/versions/version-action.ts';
import { latestPublished, latestVersion, saveProvisional } from '../calendar/versions/calendar-versions.ts';
import { diffVersions, type VersionDiff } from '../calendar/versions/diff-versions.ts';
import { formatDutyChange } from '../calendar/versions/format-duty-change.ts';
import { toAssignments, toDuties } from '../calendar/versions/duties.ts';
import { newViolations } from '../calendar/rules/new-violations.ts';
import { withdrawProposal } from '../calendar/versions/withdraw-proposal.ts';
import { checkRules } from '../calendar/rules/index.ts';
import { formatViolationLine } from '../calendar/rules/violation-line.ts';
import type { Violation } from '../calendar/assignment.ts';
import type { CalendarVersion } from '../domain/calendar.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { Clock, Store } from '../ports.ts';
import { calendarContextFor, withEdgeBans, type PeriodRequest } from './generate-calendar.ts';

export type ReplanResult =
  | {
    ok: true; version: CalendarVersion | null; diff: VersionDiff; warnings: Violation[];
    /** The number of the unapproved replan proposal the new version replaces, null when none. */
    supersedes: number | null;
    /**
     * The number of the unapproved replan proposal withdrawn because, with the absences known now, no duty of the published
     * version moves (the absences behind it were withdrawn): no version is made, the published one stays. Null otherwise.
     */
    withdrawn: number | null;
    lines: string[];
  }
  | { ok: false; message: string };

/**
 * After new absences, proposes a replanned version of the published calendar of a period that moves
 * only the duties their holders can no longer do. The proposal is a provisional version; publishing it
 * is the head's acceptance. When an earlier proposal still awaits approval (the period's latest version, a replan of
 * the published one), the new one covers every absence known and replaces it, keeping the places it already filled
 * (`replanBase`); its changes are still listed against the published version. When nothing would change against the
 * published version (the absences behind the waiting proposal were withdrawn), no version is made: the waiting proposal
 * is withdrawn (`withdrawn` names it) and the published version stays. A newer version edited or generated after the
 * publication is never overwritten: the replan is refused.
 */
export async function proposeReplan(store: Store, clock: Clock, request: PeriodRequest, actor: string): Promise<ReplanResult> {
  const state = store.snapshot();
  const found = calendarContextFor(state, request);
  if (!found.ok) return found;
  const key = { officeId: found.officeId, from: request.from, to: request.to };
  const published = latestPublished(state, key);
  if (!published) return { ok: false, message: `Il calendario ${formatRangeIt(request.from, request.to)} non è ancora pubblicato: basta rigenerare quello provvisorio.` };
  const latest = latestVersion(state, key)!;
  let pending: DeepReadonly<CalendarVersion> | null = null;
  if (latest.id !== published.id) {
    const action = await actionOfVersion(store, latest.id);
    if (action !== 'calendar.replan' || latest.basedOn !== published.id) return { ok: false, message: overwriteRefusal(latest.number, action) };
    pending = latest;
  }
  const ctx = withEdgeBans(state, found.officeId, found.ctx);
  const base = pending ? replanBase(ctx, published, pending) : published;
  const proposal = await replanCalendar(ctx, base, { history: fairnessHistoryFrom(state, found.officeId, request.from) });
  const duties = toDuties(ctx, proposal.assignments);
  const diff = diffVersions(published.duties, duties);
  const unchanged = { ok: true as const, version: null, diff, warnings: [], supersedes: null, withdrawn: null };
  if (pending && diff.changes.length === 0) {
    // Nothing left to move (the absences behind the proposal were withdrawn): a version equal to the published one would
    // only ask the head to publish it again, so the proposal is withdrawn and the published version stays in force.
    await withdrawProposal(store, clock, pending.id, actor, 'nessun turno pubblicato cambia con le assenze note');
    return { ...unchanged, withdrawn: pending.number, lines: [withdrawnLine(pending.number, published.number)] };
  }
  if (pending && diffVersions(pending.duties, duties).changes.length === 0) {
    return { ...unchanged, lines: [`La proposta provvisoria ${pending.number}, non ancora approvata, copre già tutte le assenze: resta quella da approvare.`] };
  }
  if (!pending && (proposal.displaced.length === 0 || diff.changes.length === 0)) return { ...unchanged, lines: ['Nessun turno pubblicato è toccato dalle assenze: non serve ripianificare.'] };
  // Rules the proposal breaks that the published calendar did not: the head sees them before accepting. Cover is left
  // out: a place left uncovered is on its change line ("a nessuno (resta scoperto)"), and a cover message that changed
  // because a place was filled ("manca un magistrato su 2" for "mancano 2") is no new breach.
  const warnings = newViolations(checkRules(ctx, toAssignments(published.duties)), checkRules(ctx, proposal.assignments))
    .filter((v) => v.ruleId !== 'copertura');
  const version = await saveProvisional(store, clock, {
    ...key, duties, uncovered: proposal.uncovered, actor, basedOn: published.id, action: 'calendar.replan',
    details: { displaced: proposal.displaced.length, changes: diff.changes.length, warnings: warnings.map((w) => w.message), ...(pending ? { supersedes: pending.number } : {}) },
  });
  const lines = [`Proposta di ripianificazione (versione provvisoria ${version.number}): ${diff.changes.length} ${diff.changes.length === 1 ? 'turno cambia' : 'turni cambiano'}.`];
  if (pending) lines.push(`Sostituisce la proposta provvisoria ${pending.number}, non ancora approvata: copre tutte le assenze note e i cambiamenti sono rispetto alla versione pubblicata ${published.number}.`);
  for (const c of diff.changes) lines.push(formatDutyChange(ctx, c));
  if (warnings.length > 0) {
    lines.push(`Attenzione: la proposta viola ${warnings.length === 1 ? 'una regola' : `${warnings.length} regole`}:`);
    for (const w of warnings) lines.push(formatViolationLine(w));
  }
  // A block cut by the edge that the published version gave whole to one magistrate and the proposal splits.
  for (const split of proposal.splitBlocks) lines.push(describeBrokenContinuation(ctx, split, proposal.assignments));
  lines.push('Per accettarla, pubblica la nuova versione.');
  return { ok: true, version, diff, warnings, supersedes: pending?.number ?? null, withdrawn: null, lines };
}

/** What a replan says when it withdrew the proposal awaiting approval, for the command line and the chat's writer. */
function withdrawnLine(number: number, published: number): string {
  return `La proposta provvisoria ${number}, non ancora approvata, non serve più: con le assenze note nessun turno pubblicato cambia. `
    + `L'ho ritirata e resta in vigore il calendario pubblicato (versione ${published}), senza nulla da pubblicare.`;
}

/** Why a replan would overwrite the newer provisional version, and what to do instead. */
function overwriteRefusal(number: number, action: string | null): string {
  const how = action === 'calendar.edit' ? 'contiene modifiche fatte a mano dopo la pubblicazione'
    : action === 'calendar.generate' ? 'è stata generata di nuovo dopo la pubblicazione'
      : 'non è una proposta di ripianificazione in attesa di approvazione';
  return `C'è già una versione provvisoria più recente di quella pubblicata (versione ${number}) che ${how}: ripianificare la sovrascriverebbe. `
    + 'Pubblicala e poi ripianifica, oppure copri a mano, in quella versione, i turni toccati dalle assenze.';
}
