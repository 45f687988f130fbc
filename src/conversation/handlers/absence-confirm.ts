import { absenceTypeLabels } from '../../domain/absence.ts';
import { dutiesInRange } from '../../calendar/versions/duties-in-range.ts';
import { declareAbsence } from '../../use-cases/declare-absence.ts';
import { proposeReplan } from '../../use-cases/replan-calendar.ts';
import { headOf } from '../head-of.ts';
import { formatPeriod } from '../format-period.ts';
import { personNameIn } from '../format-duty.ts';
import { openPending, settlePending, type Pending } from '../pending.ts';
import { reply, say, type Reply } from '../reply.ts';
import type { Turn } from '../turn.ts';

interface AbsencePayload {
  magistrateId: string;
  type: keyof typeof absenceTypeLabels;
  from: string;
  to: string;
  note: string;
  merge?: boolean;
}

/**
 * The confirmed absence: recorded, then for every published calendar it touches a replan proposal is
 * made (the fewest changes) and sent to the head for approval; the head hears of the absence anyway.
 */
export async function confirmAbsence(turn: Turn, pending: Pending): Promise<Reply> {
  const { store, clock, notifier } = turn.deps;
  const p = pending.payload as unknown as AbsencePayload;
  const result = await declareAbsence(store, clock, { magistrate: p.magistrateId, type: p.type, from: p.from, to: p.to, note: p.note, merge: p.merge === true, actor: turn.who.personId });
  if (!result.ok) {
    await settlePending(store, pending.id, 'cancelled', 'non registrata');
    return say('problem', result.message);
  }
  const name = personNameIn(turn.config, p.magistrateId);
  const what = `${absenceTypeLabels[p.type]} di ${name} ${formatPeriod(turn.today, result.absence.from, result.absence.to)}`;
  await settlePending(store, pending.id, 'done', `registrata (${result.absence.id})`);
  const lines = [`Fatto: ho registrato ${what}.`];
  const head = headOf(turn.config);
  const state = store.snapshot();
  const touched = dutiesInRange(state, pending.officeId, p.from, p.to).versions
    .filter((v) => v.duties.some((d) => d.magistrateId === p.magistrateId && d.from <= p.to && d.to >= p.from));
  for (const version of touched) {
    const replan = await proposeReplan(store, clock, { officeId: pending.officeId, from: version.from, to: version.to }, turn.who.personId);
    if (!replan.ok || !replan.version) {
      lines.push(`Il calendario ${formatPeriod(turn.today, version.from, version.to)} va rivisto: ${replan.ok ? replan.lines.join(' ') : replan.message}`);
      continue;
    }
    const whose = p.magistrateId === turn.who.personId ? 'i tuoi turni' : `i turni di ${name}`;
    lines.push(`Ho proposto al capo dell'ufficio chi copre ${whose} (calendario ${formatPeriod(turn.today, version.from, version.to)}): chi riceve i turni ne avrà notizia alla pubblicazione.`);
    if (head) {
      const approval = await openPending(store, clock, {
        kind: 'replan_approval', officeId: pending.officeId, createdBy: turn.who.personId, answerers: [head],
        payload: { from: version.from, to: version.to, versionNumber: replan.version.number, absenceId: result.absence.id, magistrateId: p.magistrateId },
      });
      const proposal: Reply = {
        kind: 'confirm', title: 'Nuova assenza: proposta di ripianificazione',
        sections: [{ lines: [`${name} ha comunicato: ${what}.`] }, { lines: replan.lines.slice(0, -1), list: false }, { lines: ['Approvi e pubblichi la nuova versione?'] }],
        actions: [
          { id: 'approve', label: 'Approva e pubblica', style: 'primary', pendingId: approval.id },
          { id: 'reject', label: 'Non ora', style: 'default', pendingId: approval.id },
        ],
      };
      await notifier.send({ to: { kind: 'magistrate', officeId: pending.officeId, magistrateId: head }, text: `${name}: ${what}. Proposta di ripianificazione da approvare.`, key: `replan-approval:${approval.id}`, reply: proposal });
    }
  }
  if (touched.length === 0 && head && head !== p.magistrateId) {
    await notifier.send({ to: { kind: 'magistrate', officeId: pending.officeId, magistrateId: head }, text: `Nuova assenza: ${what}. Nessun turno pubblicato è toccato.`, key: `absence:${result.absence.id}` });
  }
  return reply('done', 'Assenza registrata', { lines });
}
