import { versionNumbered } from '../src/calendar/versions/calendar-versions.ts';
import { formatRangeIt } from '../src/domain/format-day-it.ts';
import { officeJobSettings } from '../src/domain/office-jobs.ts';
import { personNameIn } from '../src/conversation/format-duty.ts';
import { headOf } from '../src/conversation/head-of.ts';
import { actingHeadNote, withActingHeadNote } from '../src/conversation/acting-head-note.ts';
import { noHeadInService, noHeadRecipient } from '../src/conversation/no-head-notice.ts';
import { readPending } from '../src/conversation/pending.ts';
import type { Reply } from '../src/conversation/reply.ts';
import { countWords } from './count-words.ts';
import { inWindow, isOpen, sendReply, type DueItem, type Job } from './due-item.ts';
import { romeDay } from './wall-clock.ts';

interface ReplanPayload {
  from: string;
  to: string;
  magistrateId?: string;
  versionNumber?: number;
}

/**
 * When an absence led to a replan proposal (a `replan_approval` pending) and the head has not answered
 * within `afterHours` (default 24), the head is reminded once, with the same buttons. Key
 * `absence.follow-up:<pending id>`. A proposal answered, expired or withdrawn meanwhile is not followed up.
 * The reminder goes to whoever acts as head on the day it is sent (`headOf`), not to the head first asked, who may have
 * left the office since; when nobody does, the segreteria (or the office channel) is told why the proposal waits.
 */
export const absenceFollowUpJob: Job = {
  name: 'absence.follow-up',
  due(input) {
    const items: DueItem[] = [];
    const conversations = input.state.conversations;
    for (const id of Object.keys(conversations)) {
      const pending = readPending(conversations, id);
      if (!pending || pending.kind !== 'replan_approval' || pending.status !== 'open') continue;
      const config = input.state.offices[pending.officeId];
      if (!config) continue;
      const settings = officeJobSettings(config.jobs).absenceFollowUp;
      if (!settings.enabled) continue;
      const planned = new Date(new Date(pending.createdAt).getTime() + settings.afterHours * 3_600_000);
      const key = `absence.follow-up:${pending.id}`;
      if (!inWindow(planned, input) || !isOpen(input.state.jobs.records, key)) continue;
      const payload = pending.payload as unknown as ReplanPayload;
      const who = payload.magistrateId ? personNameIn(config, payload.magistrateId) : 'un magistrato';
      const period = formatRangeIt(payload.from, payload.to);
      const today = romeDay(input.at);
      const head = headOf(config, today, input.state.absences);
      const clerk = head ? null : noHeadRecipient(config);
      if (!head && !clerk) continue;
      items.push({
        job: 'absence.follow-up', key, officeId: pending.officeId, planned, retryable: true,
        stale: pending.expiresAt < input.at.toISOString() ? 'la proposta è scaduta' : null,
        summary: `sollecito ${head ? 'al capo dell\'ufficio' : 'alla segreteria (nessun capo dell\'ufficio in servizio)'}: ripianificazione del calendario ${period} dopo l'assenza di ${who}`,
        perform: async (ctx) => {
          const state = ctx.store.snapshot();
          const current = readPending(state.conversations, pending.id);
          if (!current || current.status !== 'open') return { kind: 'skip', detail: 'la proposta è già stata decisa' };
          const version = payload.versionNumber === undefined ? null : versionNumbered(state, { officeId: pending.officeId, from: payload.from, to: payload.to }, payload.versionNumber);
          if (version?.status === 'withdrawn') return { kind: 'skip', detail: 'la proposta è stata ritirata: nessun turno pubblicato deve cambiare' };
          if (!head) {
            const text = `La proposta di ripianificazione del calendario ${period}, fatta dopo l'assenza di ${who}, attende l'approvazione del capo dell'ufficio da più di ${countWords(settings.afterHours, 'ora', 'ore')}. ${noHeadInService(config, today)} Finché non è approvata, nel calendario pubblicato i turni di chi è assente restano senza sostituto.`;
            return { kind: 'send', notification: { to: clerk!, text }, detail: text };
          }
          const waiting = `La proposta di ripianificazione del calendario ${period}, fatta dopo l'assenza di ${who}, attende la tua approvazione da più di ${countWords(settings.afterHours, 'ora', 'ore')}.`;
          const message: Reply = withActingHeadNote({
            kind: 'confirm', title: 'Proposta di ripianificazione in attesa',
            sections: [{ lines: [
              waiting,
              'Finché non la approvi, nel calendario pubblicato i turni di chi è assente restano senza sostituto.',
            ] }],
            actions: [
              { id: 'approve', label: 'Approva e pubblica', style: 'primary', pendingId: pending.id },
              { id: 'reject', label: 'Non ora', style: 'default', pendingId: pending.id },
            ],
          }, actingHeadNote(config, today, state.absences));
          return sendReply({ kind: 'magistrate', officeId: pending.officeId, magistrateId: head }, message, waiting);
        },
      });
    }
    return items;
  },
};
